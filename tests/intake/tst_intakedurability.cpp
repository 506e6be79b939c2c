// Durable before 2xx: `sitrepctl serve` is killed with SIGKILL at a random moment during a burst
// of requests, again and again on the same file. Every alert that got a 2xx must be in the
// database after the restart, and nothing may be half-stored (an alert without its incident,
// an incident without its events).
// A killed process loses nothing the kernel already has, so this passes with synchronous=OFF
// too: it checks that 2xx waits for the commit, not that the commit is on disk. That is
// tst_intakepowerloss's job (for a file; on a server, the server's fsync).

#include "TestSupport.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;

namespace {
using test::scalar;
} // namespace

class TestIntakeDurability : public QObject
{
    Q_OBJECT

    // Starts the server and returns its port (0 when it did not come up).
    static quint16 startServer(QProcess &process, const QString &dbPath)
    {
        process.start(QStringLiteral(SITREPCTL_PATH),
                      {QStringLiteral("serve"), QStringLiteral("--db"), dbPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!process.waitForStarted(10000))
            return 0;
        QByteArray line;
        QElapsedTimer waited;
        waited.start();
        while (!line.contains('\n') && waited.elapsed() < 15000) {
            process.waitForReadyRead(200);
            line += process.readAllStandardOutput();
        }
        const qsizetype colon = line.lastIndexOf(':');
        return colon < 0 ? 0 : quint16(line.mid(colon + 1).trimmed().toUInt());
    }

private slots:
    void initTestCase() { test::isolate(); }

    void everyAcknowledgedAlertSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabaseLocation(dir, QStringLiteral("durable.db"));
        { QVERIFY(Database::open(path).ok()); }
        QSet<QString> acknowledged;
        QRandomGenerator random(20261126);
        int rounds = 0, sentTotal = 0, killedInFlight = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess server;
            const quint16 port = startServer(server, path);
            QVERIFY2(port > 0, server.readAllStandardError().constData());
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(port));
            QNetworkAccessManager nam;
            QHash<QNetworkReply *, QStringList> inFlight;
            int next = 0;
            auto send = [&] {
                // Two alerts per request, both or neither.
                QStringList keys{QStringLiteral("r%1-%2a").arg(round).arg(next), QStringLiteral("r%1-%2b").arg(round).arg(next)};
                const QByteArray body = QStringLiteral(
                    R"({"alerts":[{"title":"Burst %1","severity":"SEV2","service":"svc%2","dedup_key":"%3"},)"
                    R"({"title":"Burst %1","severity":"SEV4","service":"svc%2","dedup_key":"%4"}]})")
                                            .arg(next).arg(next % 7).arg(keys[0], keys[1]).toUtf8();
                QNetworkRequest req(url);
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                inFlight.insert(nam.post(req, body), keys);
                ++next;
                ++sentTotal;
            };
            auto onFinished = [&](QNetworkReply *reply) {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300) {
                    for (const QString &k : inFlight.value(reply))
                        acknowledged.insert(k);
                }
                inFlight.remove(reply);
                reply->deleteLater();
            };
            QObject::connect(&nam, &QNetworkAccessManager::finished, &nam, [&](QNetworkReply *reply) {
                onFinished(reply);
                if (server.state() == QProcess::Running)
                    send();
            });
            for (int i = 0; i < 12; ++i)
                send();
            QTest::qWait(int(random.bounded(30, 400)));
            killedInFlight += int(inFlight.size());
            server.kill(); // SIGKILL: no chance to finish anything
            QVERIFY(server.waitForFinished(10000));
            QCOMPARE(server.exitStatus(), QProcess::CrashExit);
            // Whatever was in flight gets no 2xx now; let the replies settle.
            QTRY_VERIFY_WITH_TIMEOUT(inFlight.isEmpty(), 10000);
            ++rounds;
        }

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        if (!(*db)->isServer())
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), qint64(0));
        QSet<QString> stored;
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dedup_key FROM alerts")));
        while (q.next())
            stored.insert(q.value(0).toString());
        QSet<QString> missing = acknowledged;
        missing.subtract(stored);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged alerts missing, e.g. %2").arg(missing.size()).arg(missing.values().value(0))));
        QVERIFY2(acknowledged.size() > 200, qPrintable(QString::number(acknowledged.size())));
        // Requests are atomic: both alerts of a request, or neither.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM alerts a WHERE dedup_key LIKE '%a' AND NOT EXISTS "
                                             "(SELECT 1 FROM alerts b WHERE b.dedup_key = substr(a.dedup_key, 1, length(a.dedup_key) - 1) || 'b')")), qint64(0));
        // Nothing half-done: every SEV2 alert has its incident, every incident its opening event.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM alerts WHERE severity = 2 AND incident_id IS NULL")), qint64(0));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM incidents i WHERE NOT EXISTS "
                                             "(SELECT 1 FROM timeline_events e WHERE e.incident_id = i.id AND e.kind = 'status')")), qint64(0));
        qInfo("%d rounds, %d requests sent, %lld alerts acknowledged, %lld stored, %d requests in flight at the kills",
              rounds, sentTotal, qint64(acknowledged.size()), qint64(stored.size()), killedInFlight);
    }
};

QTEST_GUILESS_MAIN(TestIntakeDurability)
#include "tst_intakedurability.moc"
