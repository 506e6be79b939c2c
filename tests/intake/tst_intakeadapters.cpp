// Every source adapter against payload fixtures (tests/data/intake), including the edge cases
// each monitoring system is known for; label matchers and the intake policy.

#include "TestSupport.h"
#include "domain/LabelMatcher.h"
#include "intake/IntakePolicy.h"
#include "intake/Rfc3339.h"
#include "intake/SourceAdapter.h"
#include "util/CompactJson.h"
#include "util/TimeFormat.h"

#include <QJsonDocument>

#include <QJsonArray>
#include <QTest>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
QByteArray fixture(const char *name)
{
    return test::dataFile(QStringLiteral("intake/") + QLatin1String(name));
}
qint64 at(const char *iso)
{
    return *parseIsoUtc(QString::fromLatin1(iso));
}
constexpr qint64 received = 1795689600000; // 2026-11-26T12:00:00Z
} // namespace

class TestIntakeAdapters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void rfc3339()
    {
        QCOMPARE(parseRfc3339(u"2026-11-26T10:00:00Z"), at("2026-11-26T10:00:00Z"));
        // Go's nanoseconds truncate to milliseconds.
        QCOMPARE(parseRfc3339(u"2026-11-26T10:00:00.123456789Z"), at("2026-11-26T10:00:00.123Z"));
        QCOMPARE(parseRfc3339(u"2026-11-26T11:00:00+01:00"), at("2026-11-26T10:00:00Z"));
        QCOMPARE(parseRfc3339(u"2026-11-26T05:30:00.5-04:30"), at("2026-11-26T10:00:00.500Z"));
        QCOMPARE(parseRfc3339(u"1970-01-01T00:00:00Z"), qint64(0));
        QCOMPARE(parseRfc3339(u"2024-02-29T00:00:00Z"), at("2024-02-29T00:00:00Z"));
        QVERIFY(!parseRfc3339(u"2026-11-26T10:00:00"));        // no zone
        QVERIFY(!parseRfc3339(u"2026-13-01T00:00:00Z"));
        QVERIFY(!parseRfc3339(u"2026-11-31T00:00:00Z"));
        QVERIFY(!parseRfc3339(u"2026-11-26T10:00:00Zjunk"));
        QVERIFY(!parseRfc3339(u"yesterday"));
        QVERIFY(isGoZeroTime(u"0001-01-01T00:00:00Z"));
    }

    void alertmanagerGroup()
    {
        const AdapterResult r = parseAlertmanager(fixture("alertmanager_firing.json"), received);
        QVERIFY(!r.rejection);
        QCOMPARE(r.alerts.size(), 2);
        const Alert &a = r.alerts[0];
        QCOMPARE(a.source, QStringLiteral("alertmanager"));
        QCOMPARE(a.dedupKey, QStringLiteral("a1b2c3d4e5f60001"));
        QCOMPARE(a.status, QStringLiteral("firing"));
        QCOMPARE(a.title, QStringLiteral("Checkout 5xx above 5%"));
        QCOMPARE(a.service, QStringLiteral("checkout"));
        QCOMPARE(a.startsAt, at("2026-11-26T10:00:00.123Z"));
        QVERIFY(!a.endsAt); // Go's zero time means "no end"
        QCOMPARE(a.receivedAt, received);
        QCOMPARE(a.senderGroupKey, QStringLiteral("{}/{service=\"checkout\"}:{alertname=\"HighErrorRate\"}"));
        QCOMPARE(a.labels.value(QStringLiteral("instance")).toString(), QStringLiteral("checkout-1"));
        QCOMPARE(a.annotations.value(QStringLiteral("generatorURL")).toString(), QStringLiteral("http://prometheus.example:9090/graph?g0.expr=rate"));
        QVERIFY(a.rawPayload.isNull()); // everything it said is in the fields above
    }

    void alertmanagerMixedFiringAndResolved()
    {
        const AdapterResult r = parseAlertmanager(fixture("alertmanager_mixed.json"), received);
        QVERIFY(!r.rejection);
        QCOMPARE(r.alerts[0].status, QStringLiteral("resolved"));
        QCOMPARE(r.alerts[0].endsAt, at("2026-11-26T10:20:00Z"));
        QCOMPARE(r.alerts[1].status, QStringLiteral("firing"));
        QVERIFY(!r.alerts[1].endsAt); // a firing alert's endsAt is only Alertmanager's timeout
    }

    void alertmanagerProblemsNamePaths()
    {
        const AdapterResult r = parseAlertmanager(fixture("alertmanager_bad_fields.json"), received);
        QVERIFY(r.rejection);
        QVERIFY(r.alerts.isEmpty()); // all or nothing: the good first alert is not kept either
        QCOMPARE(r.rejection->httpStatus, 400);
        QCOMPARE(r.rejection->reason, QStringLiteral("invalid_payload"));
        const QString all = r.rejection->errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("alerts[1].status: expected one of firing, resolved")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("alerts[1].labels.count: expected a string")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("alerts[1].startsAt: expected an RFC 3339 time")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("alerts[0]")));

        const AdapterResult v3 = parseAlertmanager(fixture("alertmanager_version3.json"), received);
        QVERIFY(v3.rejection);
        QVERIFY(v3.rejection->errors.join(QString()).contains(QStringLiteral("version 3 is not supported")));
    }

    void grafana()
    {
        const AdapterResult r = parseGrafana(fixture("grafana_firing.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(r.alerts.size(), 1);
        const Alert &a = r.alerts[0];
        QCOMPARE(a.source, QStringLiteral("grafana"));
        QCOMPARE(a.dedupKey, QStringLiteral("9f1e2d3c4b5a6978"));
        QCOMPARE(a.startsAt, at("2026-11-26T10:00:00Z"));
        QCOMPARE(a.annotations.value(QStringLiteral("dashboardURL")).toString(), QStringLiteral("https://grafana.example/d/payments"));
        QCOMPARE(a.annotations.value(QStringLiteral("silenceURL")).toString().left(34), QStringLiteral("https://grafana.example/alerting/s"));
        QVERIFY(a.annotations.value(QStringLiteral("values")).toString().contains(QStringLiteral("912.5")));
        QCOMPARE(a.title, QStringLiteral("p99 latency above 800 ms"));
    }

    void pagerDuty()
    {
        const AdapterResult t = parsePagerDuty(fixture("pagerduty_trigger.json"), received);
        QVERIFY(!t.rejection);
        QCOMPARE(t.replyDedupKey, QStringLiteral("pg-primary-replication-lag"));
        const Alert &a = t.alerts.constFirst();
        QCOMPARE(a.status, QStringLiteral("firing"));
        QCOMPARE(a.title, QStringLiteral("Replication lag on pg-primary above 30 s"));
        QCOMPARE(a.service, QStringLiteral("database"));
        QCOMPARE(a.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(a.labels.value(QStringLiteral("alertname")).toString(), QStringLiteral("replication"));
        QCOMPARE(a.startsAt, at("2026-11-26T09:59:00Z"));
        QCOMPARE(a.annotations.value(QStringLiteral("custom_details")).toObject().value(QStringLiteral("lag_seconds")).toInt(), 42);

        const AdapterResult ack = parsePagerDuty(fixture("pagerduty_acknowledge.json"), received);
        QVERIFY(!ack.rejection);
        QCOMPARE(ack.alerts.constFirst().status, QStringLiteral("acknowledged"));
        const AdapterResult res = parsePagerDuty(fixture("pagerduty_resolve.json"), received);
        QCOMPARE(res.alerts.constFirst().status, QStringLiteral("resolved"));
        QCOMPARE(res.alerts.constFirst().endsAt, received);
    }

    void pagerDutyRejectsLikePagerDuty()
    {
        const AdapterResult r = parsePagerDuty(fixture("pagerduty_invalid.json"), received);
        QVERIFY(r.rejection);
        QCOMPARE(r.rejection->message, QStringLiteral("Event object is invalid"));
        const QString all = r.rejection->errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("payload.source: is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("payload.severity: expected one of critical, error, warning, info")), qPrintable(all));
        // Acknowledge and resolve need the key they refer to.
        const AdapterResult noKey = parsePagerDuty(R"({"routing_key":"k","event_action":"resolve"})", received);
        QVERIFY(noKey.rejection);
        QVERIFY(noKey.rejection->errors.join(QString()).contains(QStringLiteral("dedup_key: is missing")));
    }

    void pagerDutyTriggerWithoutKeyIsIdempotentPerBody()
    {
        const QByteArray body = R"({"routing_key":"k","event_action":"trigger","payload":{"summary":"s","source":"h","severity":"info","timestamp":"2026-11-26T10:00:00Z"}})";
        const AdapterResult one = parsePagerDuty(body, received);
        const AdapterResult again = parsePagerDuty(body, received + 5000);
        QVERIFY(!one.rejection);
        QCOMPARE(one.replyDedupKey.size(), 32);
        QCOMPARE(one.replyDedupKey, again.replyDedupKey);
        QByteArray other = body;
        other.replace("10:00:00", "10:05:00");
        QVERIFY(parsePagerDuty(other, received).replyDedupKey != one.replyDedupKey);
    }

    void datadogDefaultTemplate()
    {
        const AdapterResult t = parseDatadog(fixture("datadog_default.json"), received);
        QVERIFY(!t.rejection);
        const Alert &a = t.alerts.constFirst();
        QCOMPARE(a.status, QStringLiteral("firing"));
        QCOMPARE(a.title, QStringLiteral("Disk usage high on db-3"));
        QCOMPARE(a.startsAt, qint64(1795687200000));
        const AdapterResult r = parseDatadog(fixture("datadog_default_recovered.json"), received);
        const Alert &b = r.alerts.constFirst();
        QCOMPARE(b.status, QStringLiteral("resolved"));
        // The event ids differ; the identity (monitor title) is what matches the two.
        QCOMPARE(b.dedupKey, a.dedupKey);
        QCOMPARE(b.endsAt, qint64(1795689000000));
    }

    void datadogCustomFields()
    {
        const AdapterResult t = parseDatadog(fixture("datadog_custom.json"), received);
        QVERIFY(!t.rejection);
        const Alert &a = t.alerts.constFirst();
        QCOMPARE(a.dedupKey, QStringLiteral("7402961100000000042"));
        QCOMPARE(a.title, QStringLiteral("API error budget burn"));
        QCOMPARE(a.labels.value(QStringLiteral("priority")).toString(), QStringLiteral("P1"));
        QCOMPARE(a.labels.value(QStringLiteral("team")).toString(), QStringLiteral("core"));
        QCOMPARE(a.service, QStringLiteral("api"));
        QVERIFY(parseDatadog(R"({"title":"x","date":"noon"})", received).rejection);
        QVERIFY(parseDatadog(R"({"body":"no title"})", received).rejection);
    }

    void generic()
    {
        const AdapterResult one = parseGeneric(fixture("generic_single.json"), received);
        QVERIFY(!one.rejection);
        const Alert &a = one.alerts.constFirst();
        QCOMPARE(a.dedupKey, QStringLiteral("backup-2026-11-26"));
        QCOMPARE(a.service, QStringLiteral("backups"));
        QCOMPARE(a.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV3"));
        QCOMPARE(a.startsAt, at("2026-11-26T06:00:00Z"));
        const AdapterResult batch = parseGeneric(fixture("generic_batch.json"), received);
        QCOMPARE(batch.alerts.size(), 2);
        QCOMPARE(batch.alerts[0].startsAt, received); // no starts_at: when we got it
        // No dedup key: the labels are the identity, so a resend is the same alert.
        const AdapterResult noKey = parseGeneric(R"({"title":"t","service":"s"})", received);
        QCOMPARE(noKey.alerts.constFirst().dedupKey, parseGeneric(R"({"service":"s","title":"t"})", received).alerts.constFirst().dedupKey);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray(R"({"title": "x")") << QStringLiteral("malformed_json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed_json");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("invalid_payload");
        QTest::newRow("invalid utf-8") << fixture("generic_invalid_utf8.json") << QStringLiteral("invalid_utf8");
        QTest::newRow("wrong types") << fixture("generic_wrong_types.json") << QStringLiteral("invalid_payload");
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        for (const SourceRoute &route : sourceRoutes()) {
            const AdapterResult r = route.parse(body, received);
            QVERIFY2(r.rejection, qPrintable(route.source));
            QVERIFY(r.alerts.isEmpty());
            QCOMPARE(r.rejection->httpStatus, 400);
            // Every source agrees on the reason, except that each has its own required fields.
            if (reason != QLatin1String("invalid_payload"))
                QCOMPARE(r.rejection->reason, reason);
        }
        if (reason == QLatin1String("invalid_payload") && body.contains("exploded")) {
            const QString all = parseGeneric(body, received).rejection->errors.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(QStringLiteral("title: expected a string")), qPrintable(all));
            QVERIFY(all.contains(QStringLiteral("labels.env: expected a string")));
            QVERIFY(all.contains(QStringLiteral("status: expected one of firing, resolved")));
            QVERIFY(all.contains(QStringLiteral("starts_at: expected an RFC 3339 time")));
        }
    }

    // Our fast writer must produce exactly what Qt's does.
    void compactJsonMatchesQt()
    {
        const QJsonObject o{
            {QStringLiteral("plain"), QStringLiteral("abc")},
            {QStringLiteral("escapes"), QStringLiteral("quote \" backslash \\ tab \t newline \n cr \r bell \x07 nul-free")},
            {QStringLiteral("unicode"), QStringLiteral("Grüße — ☃ 𝄞")},
            {QStringLiteral("int"), 42}, {QStringLiteral("negative"), -7}, {QStringLiteral("big"), 9007199254740991.0},
            {QStringLiteral("fraction"), 912.5}, {QStringLiteral("tiny"), 1e-7},
            {QStringLiteral("yes"), true}, {QStringLiteral("nothing"), QJsonValue::Null},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, QStringLiteral("two"), QJsonObject{}, QJsonArray{}}}}},
            {QStringLiteral(""), QString()}};
        QCOMPARE(compactJson(o), QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(compactJson({}), QByteArray("{}"));
    }

    void labelMatchers()
    {
        QJsonObject labels{{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                           {QStringLiteral("service"), QStringLiteral("storage")}};
        auto m = parseLabelMatchers(QStringLiteral(R"(alertname=DiskFull, service=~"db|storage", env!="staging", team!~"web.*")"));
        QVERIFY2(m.ok(), qPrintable(m.error()));
        QCOMPARE(m->size(), 4);
        QVERIFY(matchesAll(*m, labels));
        labels.insert(QStringLiteral("service"), QStringLiteral("storage-2")); // regexes are anchored
        QVERIFY(!matchesAll(*m, labels));
        QVERIFY(parseLabelMatchers(QString())->isEmpty());
        QVERIFY(!parseLabelMatchers(QStringLiteral("service~db")).ok());
        QVERIFY(!parseLabelMatchers(QStringLiteral("service=~\"(\"")).ok());
        QVERIFY(!parseLabelMatchers(QStringLiteral("a=1,,b=2")).ok());
        QVERIFY(parseLabelMatchers(QStringLiteral(R"(msg="a, b")"))->constFirst().value == QStringLiteral("a, b"));
        QCOMPARE(m->at(1).toString(), QStringLiteral(R"(service=~"db|storage")"));
    }

    void policySeverityAndGroupKey()
    {
        IntakePolicy policy = IntakePolicy::defaults();
        IntakeRule db;
        db.id = 7;
        db.name = QStringLiteral("Databases by sender group");
        db.matchers = *parseLabelMatchers(QStringLiteral("service=~\"db|database\""));
        db.groupBy = {IntakeRule::senderGroupKeyName()};
        db.minSeverity = 4;
        policy.rules.prepend(db);

        Alert a;
        a.source = QStringLiteral("alertmanager");
        a.dedupKey = QStringLiteral("f1");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("Lag")}, {QStringLiteral("service"), QStringLiteral("db")},
                    {QStringLiteral("severity"), QStringLiteral("Critical")}};
        a.senderGroupKey = QStringLiteral("{}:{alertname=\"Lag\"}");
        QCOMPARE(policy.ruleFor(a).id, qint64(7));
        QCOMPARE(policy.severityOf(a, policy.ruleFor(a)), 2); // case-insensitive mapping
        QVERIFY(policy.groupKeyOf(a, policy.ruleFor(a)).contains(a.senderGroupKey));

        Alert web = a;
        web.labels.insert(QStringLiteral("service"), QStringLiteral("web"));
        web.labels.insert(QStringLiteral("severity"), QStringLiteral("bogus"));
        web.service = QStringLiteral("web");
        const IntakeRule &fallback = policy.ruleFor(web);
        QCOMPARE(fallback.id, qint64(0));
        QCOMPARE(policy.severityOf(web, fallback), fallback.defaultSeverity);
        Alert web2 = web;
        web2.dedupKey = QStringLiteral("f2");
        QCOMPARE(policy.groupKeyOf(web, fallback), policy.groupKeyOf(web2, fallback)); // same service + alertname
        web2.labels.insert(QStringLiteral("alertname"), QStringLiteral("Other"));
        QVERIFY(policy.groupKeyOf(web, fallback) != policy.groupKeyOf(web2, fallback));
    }

    void previewShowsWhichAlertsMerge()
    {
        IntakePolicy policy = IntakePolicy::defaults();
        QList<Alert> alerts;
        auto add = [&](qint64 id, const char *name, const char *service, const char *severity) {
            Alert a;
            a.id = id;
            a.source = QStringLiteral("alertmanager");
            a.dedupKey = QString::number(id);
            a.title = QLatin1String(name);
            a.service = QLatin1String(service);
            a.labels = {{QStringLiteral("alertname"), QLatin1String(name)}, {QStringLiteral("service"), QLatin1String(service)},
                        {QStringLiteral("severity"), QLatin1String(severity)}};
            alerts << a;
        };
        add(1, "DiskFull", "db", "critical");
        add(2, "DiskFull", "db", "critical");
        add(3, "DiskFull", "web", "critical");
        add(4, "Slow", "web", "warning");
        const auto groups = previewGrouping(policy, alerts);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[0].alertIds, (QList<qint64>{1, 2}));
        QVERIFY(groups[0].opensIncident);
        QCOMPARE(groups[2].alertIds, QList<qint64>{4});
        QVERIFY(!groups[2].opensIncident); // SEV4 is below the default minimum (SEV3)

        // Group by alert name only: the two DiskFull services merge.
        policy.rules[0].groupBy = {QStringLiteral("alertname")};
        QCOMPARE(previewGrouping(policy, alerts).constFirst().alertIds, (QList<qint64>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestIntakeAdapters)
#include "tst_intakeadapters.moc"
