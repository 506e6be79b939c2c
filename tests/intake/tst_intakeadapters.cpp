// Every source adapter against payload fixtures (tests/data/intake), including the edge cases
// each monitoring system is known for; label matchers and the intake policy.

#include "TestSupport.h"
#include "domain/IntakePolicy.h"
#include "domain/LabelMatcher.h"
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
// The body as Alertmanager before 0.19 (and many relays) sends it: no fingerprint.
QByteArray withoutFingerprints(const QByteArray &body)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonArray alerts = root.value(QStringLiteral("alerts")).toArray();
    for (QJsonValueRef a : alerts) {
        QJsonObject o = a.toObject();
        o.remove(QStringLiteral("fingerprint"));
        a = o;
    }
    root.insert(QStringLiteral("alerts"), alerts);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
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
        // ISO 8601 offsets without the colon, as PagerDuty's documentation writes them.
        QCOMPARE(parseRfc3339(u"2015-07-17T08:42:58.315+0000"), at("2015-07-17T08:42:58.315Z"));
        QCOMPARE(parseRfc3339(u"2026-11-26T11:00:00+0100"), at("2026-11-26T10:00:00Z"));
        QCOMPARE(parseRfc3339(u"2026-11-26T05:30:00-0430"), at("2026-11-26T10:00:00Z"));
        QCOMPARE(parseRfc3339(u"2026-11-26T12:00:00+02"), at("2026-11-26T10:00:00Z"));
        QVERIFY(!parseRfc3339(u"2026-11-26T10:00:00+01:0"));
        QVERIFY(!parseRfc3339(u"2026-11-26T10:00:00+010"));
        QVERIFY(!parseRfc3339(u"2026-11-26T10:00:00+2500"));
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
        // A number as a label value is its text, and an unreadable start is not a refusal.
        QVERIFY2(!all.contains(QStringLiteral("labels.count")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("startsAt")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("alerts[0]")));

        QByteArray fixed = fixture("alertmanager_bad_fields.json");
        fixed.replace("burning", "firing");
        const AdapterResult accepted = parseAlertmanager(fixed, received);
        QVERIFY2(!accepted.rejection, accepted.rejection ? qPrintable(accepted.rejection->message) : "");
        const Alert &b = accepted.alerts[1];
        QCOMPARE(b.labels.value(QStringLiteral("count")).toString(), QStringLiteral("3"));
        QCOMPARE(b.startsAt, received);
        QCOMPARE(b.annotations.value(timeFallbackAnnotation).toObject(), QJsonObject({{QStringLiteral("startsAt"), QStringLiteral("yesterday")}}));
        QVERIFY(!accepted.alerts[0].annotations.contains(timeFallbackAnnotation));

        const AdapterResult v5 = parseAlertmanager(R"({"version":"5","status":"firing","alerts":[]})", received);
        QVERIFY(v5.rejection);
        QVERIFY2(v5.rejection->errors.join(QString()).contains(QStringLiteral("payload version 5 is not one Sitrep reads")),
                 qPrintable(v5.rejection->errors.join(QString())));
    }

    // Debian's Alertmanager 0.28, captured (tests/data/intake/README.md): for every alert, the
    // identity we derive from its labels is the fingerprint Alertmanager sent, so an old
    // Alertmanager (before 0.19, no fingerprint) and a new one deduplicate alike.
    void alertmanagerFingerprintMatchesCapture_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("firing") << fixture("alertmanager_capture_firing.json");
        QTest::newRow("resolved") << fixture("alertmanager_capture_resolved.json");
    }

    void alertmanagerFingerprintMatchesCapture()
    {
        QFETCH(QByteArray, body);
        const QJsonArray sent = QJsonDocument::fromJson(body).object().value(QStringLiteral("alerts")).toArray();
        QCOMPARE(sent.size(), 4);
        const AdapterResult r = parseAlertmanager(body, received);
        QVERIFY(!r.rejection);
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const QString fingerprint = sent[i].toObject().value(QStringLiteral("fingerprint")).toString();
            QCOMPARE(fingerprint.size(), 16);
            QCOMPARE(detail::prometheusFingerprint(r.alerts[i].labels), fingerprint);
            QCOMPARE(r.alerts[i].dedupKey, fingerprint);
        }
        // The same body as Alertmanager before 0.19 sends it.
        const AdapterResult old = parseAlertmanager(withoutFingerprints(body), received);
        QVERIFY2(!old.rejection, old.rejection ? qPrintable(old.rejection->message) : "");
        QCOMPARE(old.alerts.size(), r.alerts.size());
        for (qsizetype i = 0; i < r.alerts.size(); ++i) {
            QCOMPARE(old.alerts[i].dedupKey, r.alerts[i].dedupKey);
            QCOMPARE(old.alerts[i].labels, r.alerts[i].labels); // quotes, newlines, UTF-8 kept exactly
        }
        const Alert &odd = r.alerts[1];
        QCOMPARE(odd.labels.value(QStringLiteral("team")).toString(), QStringLiteral("Grüße ☃ 𝄞"));
        QCOMPARE(odd.labels.value(QStringLiteral("note")).toString(), QStringLiteral("line one\nline two\ttab"));
        QVERIFY(!odd.annotations.contains(QStringLiteral("generatorURL"))); // sent empty
        QVERIFY(r.alerts[0].annotations.contains(QStringLiteral("generatorURL")));
        QVERIFY(!r.alerts[0].annotations.contains(timeFallbackAnnotation));
    }

    // prometheus/common's own test vectors for LabelSet fingerprints (model/signature_test.go).
    void prometheusFingerprintVectors()
    {
        QCOMPARE(detail::prometheusFingerprint({}), QStringLiteral("%1").arg(14695981039346656037ULL, 16, 16, QLatin1Char('0')));
        QCOMPARE(detail::prometheusFingerprint({{QStringLiteral("name"), QStringLiteral("garland, briggs")},
                                                {QStringLiteral("fear"), QStringLiteral("love is not enough")}}),
                 QStringLiteral("%1").arg(5799056148416392346ULL, 16, 16, QLatin1Char('0')));
        QCOMPARE(detail::prometheusFingerprint({{QStringLiteral("first-label"), QStringLiteral("first-label-value")}}),
                 QStringLiteral("%1").arg(5146282821936882169ULL, 16, 16, QLatin1Char('0')));
    }

    void alertmanagerVersion3()
    {
        const AdapterResult r = parseAlertmanager(fixture("alertmanager_version3.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->message) : "");
        QCOMPARE(r.alerts.size(), 1);
        const Alert &a = r.alerts[0];
        // The 64-bit group key exactly, not as the nearest double.
        QCOMPARE(a.senderGroupKey, QStringLiteral("13919281416722334501"));
        QCOMPARE(a.dedupKey, detail::prometheusFingerprint(a.labels));
        QCOMPARE(a.title, QStringLiteral("Instance api-3:8080 down"));
        QCOMPARE(a.service, QStringLiteral("api"));
        QCOMPARE(a.startsAt, at("2016-04-21T20:22:03.457Z"));
        QVERIFY(!a.endsAt);
    }

    // Shapes relays and test tools send: no version, no status per alert, no times.
    void alertmanagerFromRelays()
    {
        const AdapterResult r = parseAlertmanager(R"({"status":"resolved","alerts":[{"labels":{"alertname":"TestAlert","severity":"warning"}}]})", received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts[0];
        QCOMPARE(a.status, QStringLiteral("resolved")); // the group's status
        QCOMPARE(a.startsAt, received);
        QCOMPARE(a.endsAt, received);
        QCOMPARE(a.annotations.value(timeFallbackAnnotation).toObject(), QJsonObject({{QStringLiteral("startsAt"), QString()}}));
        const AdapterResult upper = parseAlertmanager(R"({"version":"4","alerts":[{"status":"Firing","labels":{"a":"b"},"startsAt":"2026-11-26T10:00:00Z","endsAt":"noon"}]})", received);
        QVERIFY(!upper.rejection);
        QCOMPARE(upper.alerts[0].status, QStringLiteral("firing")); // stored in Alertmanager's spelling
        QVERIFY(!upper.alerts[0].annotations.contains(timeFallbackAnnotation)); // a firing alert's endsAt is unused
        const AdapterResult nullLabel = parseAlertmanager(R"({"alerts":[{"status":"firing","labels":{"a":"b","gone":null},"startsAt":"2026-11-26T10:00:00Z"}]})", received);
        QVERIFY(!nullLabel.rejection);
        QCOMPARE(nullLabel.alerts[0].labels, QJsonObject({{QStringLiteral("a"), QStringLiteral("b")}}));
    }

    // Bodies of other senders at the Alertmanager address are answered with what they are.
    void alertmanagerNamesOtherFormats_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("grafana unified") << fixture("grafana_unified_docs.json") << QStringLiteral("Grafana's unified alerting webhook; send it to /api/v1/grafana");
        QTest::newRow("grafana legacy") << fixture("grafana_legacy_alerting.json") << QStringLiteral("Grafana's legacy alerting webhook (ruleName, state, evalMatches)");
        QTest::newRow("pagerduty") << fixture("pagerduty_docs_trigger.json") << QStringLiteral("PagerDuty Events API v2 event; send it to /v2/enqueue");
        QTest::newRow("datadog") << fixture("datadog_default.json") << QStringLiteral("Datadog webhook; send it to /api/v1/datadog");
        QTest::newRow("nothing known") << QByteArray(R"({"hello":"world"})") << QStringLiteral("does not recognise this payload");
    }

    void alertmanagerNamesOtherFormats()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const AdapterResult r = parseAlertmanager(body, received);
        QVERIFY(r.rejection);
        QCOMPARE(r.rejection->httpStatus, 400);
        QCOMPARE(r.rejection->reason, QStringLiteral("unsupported_format"));
        QVERIFY2(r.rejection->message.contains(says), qPrintable(r.rejection->message));
        QVERIFY2(r.rejection->message.contains(QStringLiteral("This address reads Prometheus Alertmanager's webhook (payload version 4")),
                 qPrintable(r.rejection->message));
        QVERIFY(!r.rejection->message.contains(QStringLiteral("is missing")));
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

    void grafanaUnifiedDocumented()
    {
        const AdapterResult r = parseGrafana(fixture("grafana_unified_docs.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(r.alerts.size(), 2);
        const Alert &a = r.alerts[0];
        QCOMPARE(a.dedupKey, QStringLiteral("d1f0a8e4c2b39f77"));
        QCOMPARE(a.startsAt, at("2026-11-26T07:51:03.157Z")); // microseconds and +02:00
        QCOMPARE(a.title, QStringLiteral("Memory above 90% in eu-1"));
        QVERIFY(!a.annotations.contains(QStringLiteral("dashboardURL"))); // sent empty
        QCOMPARE(a.annotations.value(QStringLiteral("values")).toString(), QStringLiteral(R"({"B":93.52177350813903,"C":1})"));
        QVERIFY(a.annotations.value(QStringLiteral("valueString")).toString().startsWith(QStringLiteral("[ var='B'")));
        QCOMPARE(a.senderGroupKey, QStringLiteral("{}:{}"));
        QVERIFY(a.heldReason.isEmpty());
        const Alert &b = r.alerts[1];
        QCOMPARE(b.status, QStringLiteral("resolved"));
        QCOMPARE(b.endsAt, at("2026-11-26T07:45:00Z"));
        QCOMPARE(b.annotations.value(QStringLiteral("imageURL")).toString(), QStringLiteral("https://grafana.example/public/img/attachments/cpu-us-1.png"));
        QCOMPARE(b.annotations.value(QStringLiteral("panelURL")).toString(), QStringLiteral("https://grafana.example/d/payments-hosts?viewPanel=2"));
    }

    // A contact point's "Test": kept as a test, with Grafana's own fingerprint for its labels.
    void grafanaTestNotification()
    {
        const AdapterResult r = parseGrafana(fixture("grafana_test_notification.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts.constFirst();
        QCOMPARE(a.heldReason, QString(testNotificationReason));
        QCOMPARE(detail::prometheusFingerprint(a.labels), QStringLiteral("57c6d9296de2ad39"));
        QVERIFY(!a.annotations.contains(QStringLiteral("values"))); // null
        QCOMPARE(a.title, QStringLiteral("Notification test"));
    }

    void grafanaLegacy()
    {
        const AdapterResult r = parseGrafana(fixture("grafana_legacy_alerting.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(r.alerts.size(), 1);
        const Alert &a = r.alerts[0];
        QCOMPARE(a.source, QStringLiteral("grafana"));
        QCOMPARE(a.status, QStringLiteral("firing"));
        QCOMPARE(a.title, QStringLiteral("Checkout latency high"));
        QCOMPARE(a.dedupKey, QStringLiteral("legacy/1/12"));
        QCOMPARE(a.service, QStringLiteral("checkout"));
        QCOMPARE(a.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(a.labels.value(QStringLiteral("alertname")).toString(), QStringLiteral("Checkout latency high"));
        QCOMPARE(a.annotations.value(QStringLiteral("ruleUrl")).toString(), QStringLiteral("https://grafana.example/d/checkout/checkout?tab=alert&viewPanel=4&orgId=1"));
        QCOMPARE(a.annotations.value(QStringLiteral("imageUrl")).toString(), QStringLiteral("https://grafana.example/public/img/attachments/checkout-latency.png"));
        QCOMPARE(a.annotations.value(QStringLiteral("message")).toString(), QStringLiteral("p95 checkout latency has been above 800 ms for 5 minutes"));
        QCOMPARE(a.annotations.value(QStringLiteral("evalMatches")).toArray().size(), 2);
        QCOMPARE(a.startsAt, received);
        QVERIFY(!a.rawPayload.isEmpty());

        const AdapterResult ok = parseGrafana(fixture("grafana_legacy_ok.json"), received + 60000);
        QVERIFY(!ok.rejection);
        QCOMPARE(ok.alerts[0].status, QStringLiteral("resolved"));
        QCOMPARE(ok.alerts[0].dedupKey, a.dedupKey);
        QCOMPARE(ok.alerts[0].endsAt, received + 60000);

        const AdapterResult test = parseGrafana(fixture("grafana_legacy_test.json"), received);
        QVERIFY(!test.rejection);
        QCOMPARE(test.alerts[0].heldReason, QString(testNotificationReason));
        QVERIFY(test.alerts[0].dedupKey.startsWith(QStringLiteral("test/legacy/0/")));

        // The spelling of Grafana 4 (rule_url) and a capitalised state; no_data fires.
        const AdapterResult old = parseGrafana("{\"title\":\"[No Data] Disk\",\"ruleId\":3,\"ruleName\":\"Disk\",\"state\":\"No_Data\",\"rule_url\":\"http://g/r\",\"evalMatches\":[]}", received);
        QVERIFY2(!old.rejection, old.rejection ? qPrintable(old.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(old.alerts[0].status, QStringLiteral("firing"));
        QCOMPARE(old.alerts[0].annotations.value(QStringLiteral("state")).toString(), QStringLiteral("no_data"));
        QCOMPARE(old.alerts[0].annotations.value(QStringLiteral("ruleUrl")).toString(), QStringLiteral("http://g/r"));

        const AdapterResult paused = parseGrafana(R"({"ruleId":3,"ruleName":"Disk","state":"paused","evalMatches":[]})", received);
        QVERIFY(paused.rejection);
        QCOMPARE(paused.rejection->httpStatus, 400);
        QVERIFY2(paused.rejection->errors.join(QString()).contains(QStringLiteral("state: is “paused”, which Grafana does not notify about")),
                 qPrintable(paused.rejection->errors.join(QString())));

        const AdapterResult neither = parseGrafana(R"({"receiver":"x","status":"firing"})", received);
        QVERIFY(neither.rejection);
        QCOMPARE(neither.rejection->reason, QStringLiteral("unsupported_format"));
        QVERIFY2(neither.rejection->message.contains(QStringLiteral("unified alerting (alerts, orgId) or legacy alerting (ruleName, state, evalMatches)")),
                 qPrintable(neither.rejection->message));
        // Alertmanager's own body on Grafana's address is the same shape: read, as Grafana's.
        QVERIFY(!parseGrafana(fixture("alertmanager_capture_firing.json"), received).rejection);
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
        QVERIFY2(all.contains(QStringLiteral("payload.summary: is blank")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("payload.severity: expected a string or a number")), qPrintable(all));
        // Acknowledge and resolve need the key they refer to.
        const AdapterResult noKey = parsePagerDuty(R"({"routing_key":"k","event_action":"resolve"})", received);
        QVERIFY(noKey.rejection);
        QVERIFY(noKey.rejection->errors.join(QString()).contains(QStringLiteral("dedup_key: is missing")));
        const AdapterResult noAction = parsePagerDuty(R"({"routing_key":"k","payload":{"summary":"s","severity":"info"}})", received);
        QVERIFY(noAction.rejection);
        QVERIFY(noAction.rejection->errors.join(QString()).contains(QStringLiteral("event_action: is missing")));
    }

    // PagerDuty's documented example: a timestamp with "+0000", read exactly.
    void pagerDutyDocumentedExample()
    {
        const AdapterResult r = parsePagerDuty(fixture("pagerduty_docs_trigger.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts.constFirst();
        QCOMPARE(a.startsAt, at("2026-11-26T08:42:58.315Z"));
        QVERIFY(!a.annotations.contains(timeFallbackAnnotation));
        QCOMPARE(a.dedupKey, QStringLiteral("orders-db/disk-latency"));
        QCOMPARE(a.service, QStringLiteral("orders-db"));
        QCOMPARE(a.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(a.labels.value(QStringLiteral("alertname")).toString(), QStringLiteral("disk latency"));
        QCOMPARE(a.annotations.value(QStringLiteral("custom_details")).toObject().value(QStringLiteral("queue depth")).toDouble(), 17.5);
        QCOMPARE(a.annotations.value(QStringLiteral("images")).toArray().size(), 1);
        QCOMPARE(a.annotations.value(QStringLiteral("links")).toArray().size(), 1);
        QCOMPARE(a.annotations.value(QStringLiteral("client")).toString(), QStringLiteral("Orders Monitoring"));
        QCOMPARE(a.annotations.value(QStringLiteral("client_url")).toString(), QStringLiteral("https://monitoring.example.com"));

        // The documentation's own example values, word for word where it matters.
        const AdapterResult doc = parsePagerDuty(R"({"payload":{"summary":"Example alert on host1.example.com","timestamp":"2015-07-17T08:42:58.315+0000",)"
            R"("source":"monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003","severity":"info",)"
            R"("component":"postgres","group":"prod-datapipe","class":"deploy","custom_details":{"ping time":"1500ms","load avg":0.75}},)"
            R"("routing_key":"samplekeyhere","dedup_key":"samplekeyhere","event_action":"trigger","client":"Sample Monitoring Service",)"
            "\"client_url\":\"https://monitoring.example.com\"}", received);
        QVERIFY2(!doc.rejection, doc.rejection ? qPrintable(doc.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(doc.alerts[0].startsAt, at("2015-07-17T08:42:58.315Z"));
    }

    // An optional time that cannot be read: the event is stored with the time received, and says so.
    void pagerDutyUnreadableTimestampFallsBack()
    {
        const AdapterResult r = parsePagerDuty(R"({"routing_key":"k","event_action":"trigger","dedup_key":"d",)"
            R"("payload":{"summary":"s","source":"h","severity":"CRITICAL","timestamp":"17/07/2015 08:42"}})", received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts[0];
        QCOMPARE(a.startsAt, received);
        QCOMPARE(a.annotations.value(timeFallbackAnnotation).toObject(),
                 QJsonObject({{QStringLiteral("payload.timestamp"), QStringLiteral("17/07/2015 08:42")}}));
        QCOMPARE(a.labels.value(QStringLiteral("severity")).toString(), QStringLiteral("critical")); // PagerDuty's spelling
        // Epoch seconds and milliseconds, as some tools send.
        const AdapterResult epoch = parsePagerDuty(R"({"event_action":"trigger","payload":{"summary":"s","severity":"info","timestamp":1795687200}})", received);
        QVERIFY(!epoch.rejection);
        QCOMPARE(epoch.alerts[0].startsAt, qint64(1795687200000));
    }

    // What PagerDuty would refuse but loses nothing to accept: no routing_key or source, and the
    // empty severity Alertmanager renders from '{{ .CommonLabels.severity }}' for an alert
    // without that label; custom_details as a string.
    void pagerDutyLiberalTriggers()
    {
        const AdapterResult r = parsePagerDuty(R"({"event_action":"trigger","payload":{"summary":"Backup late","severity":"","custom_details":"see the backup log"}})", received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts[0];
        QVERIFY(!a.labels.contains(QStringLiteral("severity")));
        QVERIFY(!a.labels.contains(QStringLiteral("source")));
        QCOMPARE(a.annotations.value(QStringLiteral("custom_details")).toString(), QStringLiteral("see the backup log"));
        QCOMPARE(a.dedupKey.size(), 32); // made from the body, like PagerDuty makes one up
        const AdapterResult urgent = parsePagerDuty(R"({"event_action":"trigger","payload":{"summary":"s","severity":"urgent"}})", received);
        QVERIFY(!urgent.rejection);
        QCOMPARE(urgent.alerts[0].labels.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent")); // for the mapping
    }

    void pagerDutyEventsV1()
    {
        const AdapterResult r = parsePagerDuty(fixture("pagerduty_v1_trigger.json"), received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        const Alert &a = r.alerts[0];
        QCOMPARE(a.status, QStringLiteral("firing"));
        QCOMPARE(a.dedupKey, QStringLiteral("srv07/HTTP"));
        QCOMPARE(r.replyDedupKey, QStringLiteral("srv07/HTTP"));
        QCOMPARE(a.title, QStringLiteral("FAILURE for production/HTTP on machine srv07.example.com"));
        QCOMPARE(a.annotations.value(QStringLiteral("details")).toObject().value(QStringLiteral("load avg")).toDouble(), 3.5);
        QCOMPARE(a.annotations.value(QStringLiteral("contexts")).toArray().size(), 2);
        QCOMPARE(a.startsAt, received);
        const AdapterResult resolve = parsePagerDuty(R"({"service_key":"k","event_type":"resolve","incident_key":"srv07/HTTP"})", received);
        QVERIFY(!resolve.rejection);
        QCOMPARE(resolve.alerts[0].status, QStringLiteral("resolved"));
        QCOMPARE(resolve.alerts[0].dedupKey, QStringLiteral("srv07/HTTP"));
        const AdapterResult noKey = parsePagerDuty(R"({"service_key":"k","event_type":"acknowledge"})", received);
        QVERIFY(noKey.rejection);
        QVERIFY(noKey.rejection->errors.join(QString()).contains(QStringLiteral("incident_key: is missing")));
    }

    void pagerDutyNamesOtherFormats()
    {
        const AdapterResult change = parsePagerDuty(fixture("pagerduty_change_event.json"), received);
        QVERIFY(change.rejection);
        QCOMPARE(change.rejection->reason, QStringLiteral("unsupported_format"));
        QVERIFY2(change.rejection->message.contains(QStringLiteral("This is a PagerDuty change event")), qPrintable(change.rejection->message));
        QVERIFY(change.rejection->message.contains(QStringLiteral("This address reads PagerDuty Events API v2 alert events")));
        const AdapterResult am = parsePagerDuty(fixture("alertmanager_capture_firing.json"), received);
        QVERIFY(am.rejection);
        QVERIFY2(am.rejection->message.contains(QStringLiteral("Prometheus Alertmanager's webhook; send it to /api/v1/alertmanager")),
                 qPrintable(am.rejection->message));
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
        // An unreadable $DATE is not a refusal: the time received, and a note saying so.
        const AdapterResult noon = parseDatadog(R"({"title":"x","date":"noon"})", received);
        QVERIFY(!noon.rejection);
        QCOMPARE(noon.alerts[0].startsAt, received);
        QCOMPARE(noon.alerts[0].annotations.value(timeFallbackAnnotation).toObject(), QJsonObject({{QStringLiteral("date"), QStringLiteral("noon")}}));
        const AdapterResult noTitle = parseDatadog(R"({"body":"no title"})", received);
        QVERIFY(noTitle.rejection);
        QVERIFY(noTitle.rejection->errors.join(QString()).contains(QStringLiteral("title: is missing")));
        // Templates that name it after the variable.
        const AdapterResult alertTitle = parseDatadog(R"({"alert_title":"[Triggered on {host:a}] Host is Down","date_posix":"1795687200"})", received);
        QVERIFY(!alertTitle.rejection);
        QCOMPARE(alertTitle.alerts[0].title, QStringLiteral("Host is Down"));
        QCOMPARE(alertTitle.alerts[0].startsAt, qint64(1795687200000));
    }

    // $ALERT_TRANSITION's values (Datadog's list), from the variable or the title's prefix.
    void datadogTransitions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("severity");
        QTest::newRow("Triggered") << QByteArray(R"({"title":"Disk","alert_transition":"Triggered"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("Re-Triggered") << QByteArray(R"({"title":"Disk","alert_transition":"Re-Triggered"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("Recovered") << QByteArray(R"({"title":"Disk","alert_transition":"Recovered"})") << QStringLiteral("resolved") << QStringLiteral("");
        QTest::newRow("Warn") << QByteArray(R"({"title":"Disk","alert_transition":"Warn"})") << QStringLiteral("firing") << QStringLiteral("warning");
        QTest::newRow("Re-Warn") << QByteArray(R"({"title":"Disk","alert_transition":"Re-Warn"})") << QStringLiteral("firing") << QStringLiteral("warning");
        QTest::newRow("No Data") << QByteArray(R"({"title":"Disk","alert_transition":"No Data"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("Re-No Data") << QByteArray(R"({"title":"Disk","alert_transition":"Re-No Data"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("Renotify") << QByteArray(R"({"title":"Disk","alert_transition":"Renotify"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("Null") << QByteArray(R"({"title":"Disk","alert_transition":"Null"})") << QStringLiteral("firing") << QStringLiteral("");
        QTest::newRow("title Recovered on") << QByteArray(R"({"title":"[Recovered on {host:db-3}] Disk"})") << QStringLiteral("resolved") << QStringLiteral("");
        QTest::newRow("title Warn") << QByteArray(R"({"title":"[Warn] Disk"})") << QStringLiteral("firing") << QStringLiteral("warning");
        QTest::newRow("alert_type success") << QByteArray(R"({"title":"Disk","alert_type":"success"})") << QStringLiteral("resolved") << QStringLiteral("");
        QTest::newRow("alert_type warning") << QByteArray(R"({"title":"Disk","alert_type":"warning"})") << QStringLiteral("firing") << QStringLiteral("warning");
    }

    void datadogTransitions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, status);
        QFETCH(QString, severity);
        const AdapterResult r = parseDatadog(body, received);
        QVERIFY2(!r.rejection, r.rejection ? qPrintable(r.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(r.alerts[0].status, status);
        QCOMPARE(r.alerts[0].labels.value(QStringLiteral("severity")).toString(), severity);
        QCOMPARE(r.alerts[0].title, QStringLiteral("Disk"));
        QCOMPARE(r.alerts[0].dedupKey, QStringLiteral("Disk")); // every transition is the same alert
    }

    // The priority ($ALERT_PRIORITY or the title's [P1]) or severity a template sends becomes
    // the SEV through the severity mapping; $PRIORITY ("normal", "low") is not a monitor priority.
    void datadogPriorityAndSeverity_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("sev");
        QTest::newRow("alert_priority P4") << QByteArray(R"({"title":"Disk","alert_priority":"P4"})") << 4;
        QTest::newRow("alert_priority p2") << QByteArray(R"({"title":"Disk","alert_priority":"p2"})") << 2;
        QTest::newRow("priority 1") << QByteArray(R"({"title":"Disk","priority":"1"})") << 1;
        QTest::newRow("title [P5]") << QByteArray(R"({"title":"[P5] [Triggered] Disk"})") << 5;
        QTest::newRow("severity critical") << QByteArray(R"({"title":"Disk","severity":"critical"})") << 2;
        QTest::newRow("priority over warn") << QByteArray(R"({"title":"[P1] [Warn] Disk"})") << 1;
        QTest::newRow("event priority low") << QByteArray(R"({"title":"Disk","priority":"low"})") << 3; // the rule's default
    }

    void datadogPriorityAndSeverity()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, sev);
        const AdapterResult r = parseDatadog(body, received);
        QVERIFY(!r.rejection);
        const IntakePolicy policy = IntakePolicy::defaults();
        QCOMPARE(policy.severityOf(r.alerts[0], policy.ruleFor(r.alerts[0])), sev);
    }

    void datadogTestNotification()
    {
        const AdapterResult t = parseDatadog(fixture("datadog_test_notification.json"), received);
        QVERIFY(!t.rejection);
        const Alert &a = t.alerts[0];
        QCOMPARE(a.heldReason, QString(testNotificationReason));
        QCOMPARE(a.title, QStringLiteral("Disk usage high on db-3"));
        QCOMPARE(a.status, QStringLiteral("firing"));
        // Never the real monitor's identity: a test must not swallow (or stand in for) the real alert.
        const AdapterResult real = parseDatadog(fixture("datadog_default.json"), received);
        QVERIFY(a.dedupKey != real.alerts[0].dedupKey);
        QVERIFY(real.alerts[0].heldReason.isEmpty());
        const AdapterResult byType = parseDatadog(R"({"title":"[Triggered] Disk","event_type":"test_notification"})", received);
        QCOMPARE(byType.alerts[0].heldReason, QString(testNotificationReason));
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
        // The example in docs/intake.md.
        const AdapterResult documented = parseGeneric(R"({"title":"Nightly backup did not finish","severity":"SEV3","service":"backups","dedup_key":"backup-2026-11-26"})", received);
        QVERIFY(!documented.rejection);
        QCOMPARE(IntakePolicy::defaults().severityOf(documented.alerts[0], IntakePolicy::fallbackRule()), 3);
        // Optional times that cannot be read fall back to the time received, and say so.
        const AdapterResult late = parseGeneric(R"({"title":"t","status":"Resolved","starts_at":"last night","ends_at":1795689000})", received);
        QVERIFY2(!late.rejection, late.rejection ? qPrintable(late.rejection->errors.join(QLatin1Char(';'))) : "");
        QCOMPARE(late.alerts[0].status, QStringLiteral("resolved"));
        QCOMPARE(late.alerts[0].startsAt, received);
        QCOMPARE(late.alerts[0].endsAt, qint64(1795689000000));
        QCOMPARE(late.alerts[0].annotations.value(timeFallbackAnnotation).toObject(), QJsonObject({{QStringLiteral("starts_at"), QStringLiteral("last night")}}));
        // Labels with numbers are their text; another sender's body is named.
        QCOMPARE(parseGeneric(R"({"title":"t","labels":{"port":8080,"ratio":0.1,"tls":true}})", received).alerts[0].labels,
                 QJsonObject({{QStringLiteral("alertname"), QStringLiteral("t")}, {QStringLiteral("port"), QStringLiteral("8080")},
                             {QStringLiteral("ratio"), QStringLiteral("0.1")}, {QStringLiteral("tls"), QStringLiteral("true")}}));
        const AdapterResult legacy = parseGeneric(fixture("grafana_legacy_alerting.json"), received);
        QVERIFY(legacy.rejection);
        QCOMPARE(legacy.rejection->reason, QStringLiteral("unsupported_format"));
        QVERIFY(legacy.rejection->message.contains(QStringLiteral("send it to /api/v1/grafana, which reads it")));
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
            // Datadog takes a number as the title (its templates render variables as text).
            if (route.source == QLatin1String("datadog") && body.contains("exploded"))
                continue;
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
            QVERIFY(!all.contains(QStringLiteral("starts_at"))); // an optional time never refuses
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
