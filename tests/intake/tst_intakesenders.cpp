// What real senders send, over real HTTP on loopback: each sender's own documented (or captured)
// bodies are accepted and stored, a body sent to the wrong address is refused with a 4xx that
// says what it is and what the address reads (and stores nothing), test notifications are held
// and open nothing, and an unreadable optional time is stored as the time received, which the
// alert's detail says.

#include "LoopbackIntakeTest.h"
#include "alerts/AlertDetail.h"
#include "storage/AlertStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
QByteArray fixture(const char *name)
{
    return test::dataFile(QStringLiteral("intake/") + QLatin1String(name));
}
using test::scalar;
} // namespace

class TestIntakeSenders : public test::LoopbackIntakeTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        const auto started = startIntake();
        QVERIFY2(started.ok(), qPrintable(started.error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void documentedBodiesAreStored_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("stored");
        QTest::newRow("alertmanager 0.28 capture") << QStringLiteral("/api/v1/alertmanager") << fixture("alertmanager_capture_firing.json") << 200 << 4;
        QTest::newRow("alertmanager version 3") << QStringLiteral("/api/v1/alertmanager") << fixture("alertmanager_version3.json") << 200 << 1;
        QTest::newRow("grafana unified") << QStringLiteral("/api/v1/grafana") << fixture("grafana_unified_docs.json") << 200 << 2;
        QTest::newRow("grafana legacy") << QStringLiteral("/api/v1/grafana") << fixture("grafana_legacy_alerting.json") << 200 << 1;
        QTest::newRow("pagerduty documented") << QStringLiteral("/v2/enqueue") << fixture("pagerduty_docs_trigger.json") << 202 << 1;
        QTest::newRow("pagerduty v1") << QStringLiteral("/v2/enqueue") << fixture("pagerduty_v1_trigger.json") << 202 << 1;
        QTest::newRow("datadog custom") << QStringLiteral("/api/v1/datadog") << fixture("datadog_custom.json") << 200 << 1;
        QTest::newRow("generic documented") << QStringLiteral("/api/v1/alerts") << fixture("generic_single.json") << 200 << 1;
    }

    void documentedBodiesAreStored()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, stored);
        const qint64 before = alerts();
        const auto reply = m_http.post(url(path), body);
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(alerts(), before + stored);
    }

    void pagerDutyTimestampWithoutColonIsExact()
    {
        const auto reply = m_http.post(url(QStringLiteral("/v2/enqueue")),
                                       R"({"routing_key":"samplekeyhere","dedup_key":"colonless","event_action":"trigger",)"
                                       R"("payload":{"summary":"s","source":"h","severity":"info","timestamp":"2015-07-17T08:42:58.315+0000"}})");
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(QStringLiteral("dedup_key")).toString(), QStringLiteral("colonless"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT starts_at FROM alerts WHERE dedup_key = 'colonless'")), qint64(1437122578315));
    }

    void unreadableOptionalTimeIsStoredNotRefused()
    {
        const auto reply = m_http.post(url(QStringLiteral("/api/v1/alerts")),
                                       R"({"title":"Certificate expiry check","dedup_key":"late-time","starts_at":"yesterday evening"})");
        QVERIFY2(reply.status == 200, reply.body.constData());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at, received_at, annotations FROM alerts WHERE dedup_key = 'late-time'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY2(q.value(2).toString().contains(QStringLiteral(R"("sitrep.time_fallback":{"starts_at":"yesterday evening"})")),
                 qPrintable(q.value(2).toString()));
    }

    // The alert detail says why a test opened nothing and which time the alert carries.
    void alertDetailSaysWhy()
    {
        QVERIFY(m_http.post(url(QStringLiteral("/v2/enqueue")),
                            R"({"event_action":"trigger","dedup_key":"detail-note","payload":{"summary":"s","severity":"info","timestamp":"noon-ish"}})")
                    .status == 202);
        const qint64 id = scalar(*m_db, QStringLiteral("SELECT id FROM alerts WHERE dedup_key = 'detail-note'"));
        auto alert = AlertStore(*m_db).byId(id);
        QVERIFY2(alert.ok() && alert->has_value(), alert.ok() ? "no alert" : qPrintable(alert.error()));
        const QString html = ui::AlertDetail::html(**alert, 0, std::nullopt);
        QVERIFY2(html.contains(QStringLiteral("Sitrep could not read the sender's payload.timestamp (“noon-ish”) and used the time it received the alert instead.")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("sitrep.time_fallback"))); // said in words, not as a raw annotation

        Alert test = **alert;
        test.heldReason = QStringLiteral("test_notification");
        test.source = QStringLiteral("datadog");
        QVERIFY(ui::AlertDetail::html(test, 0, std::nullopt).contains(QStringLiteral("Datadog sent it as a test notification, so it opens no incident.")));
    }

    void testNotificationsAreHeld_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("datadog") << QStringLiteral("/api/v1/datadog") << fixture("datadog_test_notification.json");
        QTest::newRow("grafana contact point") << QStringLiteral("/api/v1/grafana") << fixture("grafana_test_notification.json");
        QTest::newRow("grafana legacy channel") << QStringLiteral("/api/v1/grafana") << fixture("grafana_legacy_test.json");
    }

    void testNotificationsAreHeld()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const qint64 incidents = scalar(*m_db, QStringLiteral("SELECT count(*) FROM incidents"));
        const auto reply = m_http.post(url(path), body);
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json().value(QStringLiteral("held")).toInt(), 1);
        QCOMPARE(reply.json().value(QStringLiteral("incidents_opened")).toInt(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM incidents")), incidents);
    }

    // The wrong body at an address: 400 with what it is, what the address reads, and nothing stored.
    void wrongFormatsAreNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("grafana unified to alertmanager") << QStringLiteral("/api/v1/alertmanager") << fixture("grafana_unified_docs.json")
                                                         << QStringLiteral("This is Grafana's unified alerting webhook; send it to /api/v1/grafana.");
        QTest::newRow("grafana legacy to alertmanager") << QStringLiteral("/api/v1/alertmanager") << fixture("grafana_legacy_alerting.json")
                                                        << QStringLiteral("This is Grafana's legacy alerting webhook (ruleName, state, evalMatches)");
        QTest::newRow("alertmanager to pagerduty") << QStringLiteral("/v2/enqueue") << fixture("alertmanager_capture_firing.json")
                                                   << QStringLiteral("This is Prometheus Alertmanager's webhook; send it to /api/v1/alertmanager.");
        QTest::newRow("change event to pagerduty") << QStringLiteral("/v2/enqueue") << fixture("pagerduty_change_event.json")
                                                   << QStringLiteral("This is a PagerDuty change event");
        QTest::newRow("pagerduty to datadog") << QStringLiteral("/api/v1/datadog") << fixture("pagerduty_docs_trigger.json")
                                              << QStringLiteral("This is a PagerDuty Events API v2 event; send it to /v2/enqueue.");
        QTest::newRow("grafana legacy to generic") << QStringLiteral("/api/v1/alerts") << fixture("grafana_legacy_ok.json")
                                                   << QStringLiteral("send it to /api/v1/grafana, which reads it");
    }

    void wrongFormatsAreNamed()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const qint64 before = alerts();
        const auto reply = m_http.post(url(path), body);
        QCOMPARE(reply.status, 400);
        const QJsonObject answer = reply.json();
        QVERIFY2(answer.value(QStringLiteral("message")).toString().contains(says), reply.body.constData());
        QVERIFY2(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("This address reads")), reply.body.constData());
        if (path != QLatin1String("/v2/enqueue")) // PagerDuty's answer shape has no reason
            QCOMPARE(answer.value(QStringLiteral("reason")).toString(), QStringLiteral("unsupported_format"));
        else
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("invalid event"));
        QCOMPARE(alerts(), before);
    }
};

QTEST_GUILESS_MAIN(TestIntakeSenders)
#include "tst_intakesenders.moc"
