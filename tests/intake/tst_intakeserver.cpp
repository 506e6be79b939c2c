// The intake server over real HTTP on loopback, on a file and on a PostgreSQL server: every
// route, status codes and machine-readable reasons, authentication, size limit, nothing stored
// on a rejection, 503 under overload, /healthz (with whether commits are durable) and /metrics,
// concurrent senders.

#include "LoopbackIntakeTest.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
QByteArray fixture(const char *name)
{
    return test::dataFile(QStringLiteral("intake/") + QLatin1String(name));
}
using test::scalar;

// Holds the intake writer inside its transaction for as long as a test wants, by a condition
// rather than by time. On a file, a trigger on `alerts` calls sitrep_test_gate(), which waits
// while the gate is closed; the function is registered on every SQLite connection this process
// opens (sqlite3_auto_extension), so also on the writer's own. On a server, the test's own
// connection holds a lock on `alerts` that the writer's insert waits for (its reads do not).
// Opened again when it goes out of scope, so a failing test never leaves the writer stuck (the
// server's destructor waits for it).
class WriterGate
{
public:
    explicit WriterGate(const Database &db) : m_db(db)
    {
        if (!m_db.isServer())
            QSqlQuery(db.connection()).exec(QStringLiteral(
                "CREATE TRIGGER IF NOT EXISTS test_gate BEFORE INSERT ON alerts BEGIN SELECT sitrep_test_gate(); END"));
    }
    ~WriterGate() { open(); }
    void close()
    {
        if (m_db.isServer()) {
            QSqlQuery q(m_db.connection());
            m_locked = q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("LOCK TABLE alerts IN EXCLUSIVE MODE"));
            QVERIFY2(m_locked, qPrintable(q.lastError().text()));
            return;
        }
        std::lock_guard lock(state().mutex);
        state().closed = true;
    }
    void open()
    {
        if (m_db.isServer()) {
            if (m_locked)
                QSqlQuery(m_db.connection()).exec(QStringLiteral("COMMIT"));
            m_locked = false;
            return;
        }
        {
            std::lock_guard lock(state().mutex);
            state().closed = false;
        }
        state().changed.notify_all();
    }
    // How many statements are waiting at the gate now.
    int waiting() const
    {
        if (m_db.isServer())
            return int(scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'relation' "
                                                   "AND relation = 'alerts'::regclass")));
        std::lock_guard lock(state().mutex);
        return state().waiting;
    }

    // Call once, before the connections that should know the function are opened.
    static void registerFunction()
    {
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&WriterGate::addFunction));
    }

private:
    const Database &m_db;
    bool m_locked = false;
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool closed = false;
        int waiting = 0;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static int addFunction(sqlite3 *db, char **, const void *)
    {
        return sqlite3_create_function_v2(db, "sitrep_test_gate", 0, SQLITE_UTF8, nullptr, &WriterGate::pass,
                                          nullptr, nullptr, nullptr);
    }
    static void pass(sqlite3_context *context, int, sqlite3_value **)
    {
        std::unique_lock lock(state().mutex);
        ++state().waiting;
        state().changed.wait(lock, [] { return !state().closed; });
        --state().waiting;
        sqlite3_result_null(context);
    }
};
} // namespace

class TestIntakeServer : public test::LoopbackIntakeTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        WriterGate::registerFunction();
        const auto started = startIntake();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->listenAddress(), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void everySourceAccepts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("alertmanager") << QStringLiteral("/api/v1/alertmanager") << fixture("alertmanager_firing.json") << 200;
        QTest::newRow("grafana") << QStringLiteral("/api/v1/grafana") << fixture("grafana_firing.json") << 200;
        QTest::newRow("pagerduty") << QStringLiteral("/v2/enqueue") << fixture("pagerduty_trigger.json") << 202;
        QTest::newRow("datadog") << QStringLiteral("/api/v1/datadog") << fixture("datadog_custom.json") << 200;
        QTest::newRow("generic") << QStringLiteral("/api/v1/alerts") << fixture("generic_batch.json") << 200;
    }
    void everySourceAccepts()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const qint64 before = alerts();
        const auto reply = m_http.post(url(path), body);
        QCOMPARE(reply.status, status);
        QVERIFY(alerts() > before); // committed before the answer
        if (status == 202) {
            // PagerDuty's own answer.
            QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
            QCOMPARE(reply.json().value(QStringLiteral("message")).toString(), QStringLiteral("Event processed"));
            QCOMPARE(reply.json().value(QStringLiteral("dedup_key")).toString(), QStringLiteral("pg-primary-replication-lag"));
        } else {
            QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QVERIFY(reply.json().value(QStringLiteral("created")).toInt() > 0);
        }
        // A retry of the same request is harmless.
        const qint64 after = alerts();
        QCOMPARE(m_http.post(url(path), body).status, status);
        QCOMPARE(alerts(), after);
    }

    void rejectionsStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << QByteArray("POST") << QStringLiteral("/api/v1/alertmanager") << QByteArray("{\"alerts\": [") << 400 << QStringLiteral("malformed_json");
        QTest::newRow("wrong types") << QByteArray("POST") << QStringLiteral("/api/v1/alerts") << fixture("generic_wrong_types.json") << 400 << QStringLiteral("invalid_payload");
        QTest::newRow("missing fields") << QByteArray("POST") << QStringLiteral("/api/v1/alertmanager") << fixture("alertmanager_bad_fields.json") << 400 << QStringLiteral("invalid_payload");
        QTest::newRow("invalid utf-8") << QByteArray("POST") << QStringLiteral("/api/v1/alerts") << fixture("generic_invalid_utf8.json") << 400 << QStringLiteral("invalid_utf8");
        QTest::newRow("too large") << QByteArray("POST") << QStringLiteral("/api/v1/alerts") << QByteArray((1 << 20) + 1, ' ') << 413 << QStringLiteral("too_large");
        QTest::newRow("unknown route") << QByteArray("POST") << QStringLiteral("/api/v2/alerts") << fixture("generic_single.json") << 404 << QStringLiteral("unknown_route");
        QTest::newRow("wrong method") << QByteArray("PUT") << QStringLiteral("/api/v1/alerts") << fixture("generic_single.json") << 405 << QStringLiteral("method_not_allowed");
        QTest::newRow("get on a source") << QByteArray("GET") << QStringLiteral("/v2/enqueue") << QByteArray() << 405 << QStringLiteral("method_not_allowed");
    }
    void rejectionsStoreNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const qint64 before = alerts();
        const qint64 incidents = scalar(*m_db, QStringLiteral("SELECT count(*) FROM incidents"));
        const auto reply = m_http.send(method, url(path), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.json().value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(alerts(), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM incidents")), incidents);
        if (status == 405)
            QCOMPARE(reply.header("allow"), QByteArray("POST"));
    }

    void pagerDutyRejectsInItsOwnShape()
    {
        const auto reply = m_http.post(url(QStringLiteral("/v2/enqueue")), fixture("pagerduty_invalid.json"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalid event"));
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(), QStringLiteral("Event object is invalid"));
        QVERIFY(reply.json().value(QStringLiteral("errors")).toArray().size() >= 2);
    }

    void healthAndMetrics()
    {
        // A server of its own: the counters are exactly what this test sent, whichever tests
        // ran before (or did not).
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeConfig config;
        config.port = 0;
        IntakeServer server(db, config);
        QVERIFY(server.start().ok());
        const auto at = [&](const char *path) {
            return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(QLatin1String(path)));
        };
        QCOMPARE(m_http.post(at("/api/v1/alertmanager"), "{\"alerts\": [").status, 400);
        QCOMPARE(m_http.post(at("/api/v1/alerts"), QByteArray((1 << 20) + 1, ' ')).status, 413);
        QCOMPARE(m_http.post(at("/v2/enqueue"), fixture("pagerduty_trigger.json")).status, 202);
        QCOMPARE(m_http.post(at("/v2/enqueue"), fixture("pagerduty_trigger.json")).status, 202); // a redelivery

        const auto health = m_http.get(at("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // Whether a commit survives a crash: a file's (synchronous=FULL) does; the test server
        // runs with fsync off, and /healthz says so.
        const bool fsyncOff = db->isServer() && scalar(*db, QStringLiteral("SELECT (current_setting('fsync') = 'off')::int")) == 1;
        QCOMPARE(health.json().value(QStringLiteral("durable")).toBool(), !fsyncOff);
        QCOMPARE(health.json().contains(QStringLiteral("durability_note")), fsyncOff);
        const auto metrics = m_http.get(at("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").startsWith("text/plain; version=0.0.4"));
        const QByteArray text = metrics.body;
        QVERIFY(text.contains("# TYPE sitrep_intake_request_duration_seconds histogram"));
        QVERIFY2(text.contains("sitrep_intake_requests_rejected_total{reason=\"malformed_json\"} 1\n"), text.constData());
        QVERIFY(text.contains("sitrep_intake_requests_rejected_total{reason=\"too_large\"} 1\n"));
        QVERIFY(text.contains("sitrep_intake_alerts_received_total{source=\"pagerduty\"} 2\n"));
        QVERIFY(text.contains("sitrep_intake_alerts_deduplicated_total 1\n"));
        const qint64 opened = scalar(*db, QStringLiteral("SELECT count(*) FROM incidents"));
        QCOMPARE(opened, qint64(1));
        QVERIFY(text.contains("sitrep_intake_incidents_opened_total 1\n"));
        QCOMPARE(server.metrics().incidentsOpened(), opened);
    }

    void concurrentSendersAllCommitted()
    {
        QSignalSpy committed(m_server.get(), &IntakeServer::alertsCommitted);
        QList<QByteArray> bodies;
        for (int i = 0; i < 40; ++i)
            bodies << QStringLiteral(R"({"title":"Concurrent %1","severity":"SEV2","service":"c%2","dedup_key":"c-%1"})").arg(i).arg(i % 4).toUtf8();
        const auto replies = m_http.postAll(url(QStringLiteral("/api/v1/alerts")), bodies);
        for (const auto &r : replies)
            QCOMPARE(r.status, 200);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key LIKE 'c-%'")), qint64(40));
        // Grouped by service + alert name: each title is its own alert name, so 40 incidents.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT incident_id) FROM alerts WHERE dedup_key LIKE 'c-%'")), qint64(40));
        QVERIFY(committed.size() >= 1);
        QVERIFY(committed.size() <= 40); // requests that arrived together shared commits
    }

    void overloadAnswers503WithRetryAfter()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeConfig config;
        config.port = 0;
        config.maxQueuedAlerts = 1;
        IntakeServer server(db, config);
        WriterGate gate(*db); // after the server, so that it opens before the server stops
        QVERIFY(server.start().ok());
        // The writer takes the first request and stops at the gate, inside its transaction,
        // until this test opens it: the second request finds the queue full, however slow the
        // machine (no busy timeout to race).
        gate.close();
        const QUrl u(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(server.port()));
        QNetworkAccessManager nam;
        QNetworkRequest req(u);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> first(nam.post(req, QByteArray(R"({"title":"first","severity":"SEV2","dedup_key":"o1"})")));
        QTRY_COMPARE_WITH_TIMEOUT(gate.waiting(), 1, 30000);
        QCOMPARE(server.queuedAlerts(), 1);
        const auto second = m_http.post(u, R"({"title":"second","severity":"SEV2","dedup_key":"o2"})");
        QCOMPARE(second.status, 503);
        QCOMPARE(second.json().value(QStringLiteral("reason")).toString(), QStringLiteral("overloaded"));
        QCOMPARE(second.header("retry-after"), QByteArray("1"));
        QVERIFY(!first->isFinished()); // not answered before it is durable
        gate.open();
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 30000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QSqlQuery q(db->connection());
        q.exec(db->isServer() ? QStringLiteral("SELECT string_agg(dedup_key, ',') FROM alerts")
                              : QStringLiteral("SELECT group_concat(dedup_key) FROM alerts"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("o1"));
    }

    // The server restarts (here: intake's connection is killed, as a restart or a failover
    // would): what arrives meanwhile gets 503 with Retry-After, and intake takes alerts again
    // on a new connection by itself, without a restart of its own.
    void comesBackWhenTheServerDoes()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeConfig config;
        config.port = 0;
        IntakeServer server(db, config);
        QVERIFY(server.start().ok());
        const QUrl u(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(server.port()));
        const auto alert = [](const char *key) {
            return QByteArray("{\"title\":\"disk full\",\"severity\":\"SEV2\",\"dedup_key\":\"") + key + "\"}";
        };
        QCOMPARE(m_http.post(u, alert("before")).status, 200);
        if (!db->isServer())
            return;   // a file has no connection to lose
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        const auto during = m_http.post(u, alert("during"));
        QCOMPARE(during.status, 503);
        QCOMPARE(during.json().value(QStringLiteral("reason")).toString(), QStringLiteral("storage_unavailable"));
        QCOMPARE(during.header("retry-after"), QByteArray("1"));
        // Back within a few seconds (it tries once a second), as a sender's retries would find it.
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT((status = m_http.post(u, alert("after")).status) == 200, 10000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key IN ('before', 'after')")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'during'")), qint64(0));
    }

    void tokenIsRequiredWhenConfigured()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeConfig config;
        config.port = 0;
        config.token = "s3cret-token-of-some-length";
        IntakeServer server(db, config);
        QVERIFY(server.start().ok());
        const QUrl u(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(server.port()));
        const QByteArray body = R"({"title":"t","severity":"SEV2"})";
        auto none = m_http.post(u, body);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json().value(QStringLiteral("reason")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(none.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(m_http.post(u, body, "s3cret-token-of-some-lengtX").status, 401);
        QCOMPARE(m_http.post(u, body, "s3cret").status, 401);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(0));
        QCOMPARE(m_http.post(u, body, config.token).status, 200);
        QCOMPARE(m_http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port()))).status, 401);
        QCOMPARE(m_http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(server.port()))).status, 200);
    }

    void refusesNonLoopbackWithoutToken()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeConfig config;
        config.address = QHostAddress::Any;
        config.port = 0;
        IntakeServer server(db, config);
        const auto started = server.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QStringLiteral("token")), qPrintable(started.error()));
        QVERIFY(!server.isListening());
    }

    void helpers()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(!constantTimeEquals("", ""));
        QCOMPARE(parseListenAddress(QStringLiteral("127.0.0.1:9797"))->second, quint16(9797));
        QCOMPARE(parseListenAddress(QStringLiteral("[::1]:80"))->first, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(!parseListenAddress(QStringLiteral("127.0.0.1")).ok());
        QVERIFY(!parseListenAddress(QStringLiteral("example.org:80")).ok());
        QVERIFY(!parseListenAddress(QStringLiteral("127.0.0.1:70000")).ok());
    }
};

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "tst_intakeserver.moc"
