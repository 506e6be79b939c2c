// Durable before 2xx, against a power cut. In-process intake over real HTTP on loopback; the
// power is cut (PowerLossVfs.h) at the moment the client has its Nth 2xx, the files are laid
// out as a reboot would find them, and every alert acknowledged before the cut must be there,
// whole, in a database that passes integrity_check. Several rounds cut at different points.
//
// Unlike the SIGKILL test (tst_intakedurability) this one fails when intake commits without
// synchronous=FULL: with NORMAL a commit reaches the disk only at the next checkpoint, with OFF
// never, so the last acknowledged alerts are gone after the cut.

#include "HttpTestClient.h"
#include "PowerLossVfs.h"
#include "TestSupport.h"
#include "intake/IntakeServer.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
using test::scalar;

// Two alerts per request, stored both or neither; the SEV2 one opens an incident.
QByteArray requestBody(const QString &keyA, const QString &keyB, int n)
{
    return QStringLiteral(R"({"alerts":[{"title":"Power %1","severity":"SEV2","service":"svc%2","dedup_key":"%3"},)"
                          R"({"title":"Power %1","severity":"SEV4","service":"svc%2","dedup_key":"%4"}]})")
        .arg(n).arg(n % 5).arg(keyA, keyB).toUtf8();
}
} // namespace

class TestIntakePowerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        test::powerloss::install();
    }

    void everyAcknowledgedAlertSurvivesAPowerCut_data()
    {
        QTest::addColumn<int>("cutAfter");   // the 2xx at which the power goes
        QTest::addColumn<int>("requests");
        QTest::newRow("first reply") << 1 << 30;
        QTest::newRow("3rd reply") << 3 << 40;
        QTest::newRow("10th reply") << 10 << 50;
        QTest::newRow("37th reply") << 37 << 80;
        QTest::newRow("90th reply") << 90 << 140;
        QTest::newRow("200th reply") << 200 << 260;
    }

    void everyAcknowledgedAlertSurvivesAPowerCut()
    {
        QFETCH(int, cutAfter);
        QFETCH(int, requests);
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString path = folder + QStringLiteral("/intake.db");
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        DatabasePtr db = *opened;
        QVERIFY2(test::powerloss::trackedFiles().contains(path),
                 "The power-loss VFS never saw the database: Qt's SQLite driver does not use the SQLite this test "
                 "links, so the test cannot cut its power (rawsql::handle refuses such a driver too).");

        IntakeConfig config;
        config.port = 0;
        auto server = std::make_unique<IntakeServer>(db, config);
        const auto started = server->start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(server->port()));

        QList<QByteArray> bodies;
        QList<QStringList> keys;
        const QString round = QString::fromLatin1(QTest::currentDataTag()).split(QLatin1Char(' ')).constFirst();
        for (int i = 0; i < requests; ++i) {
            keys << QStringList{QStringLiteral("%1-%2a").arg(round).arg(i), QStringLiteral("%1-%2b").arg(round).arg(i)};
            bodies << requestBody(keys[i][0], keys[i][1], i);
        }
        QSet<QString> acknowledged;
        int twoHundreds = 0;
        bool cut = false;
        test::HttpTestClient http;
        const auto replies = http.postAll(url, bodies, [&](int i, const test::HttpReply &reply) {
            if (cut || reply.status < 200 || reply.status >= 300)
                return;
            acknowledged << keys[i][0] << keys[i][1];
            if (++twoHundreds == cutAfter) {
                test::powerloss::cutPower();
                cut = true;
            }
        });
        QVERIFY2(cut, qPrintable(QStringLiteral("only %1 of %2 requests had a 2xx; first answer %3 %4")
                                     .arg(twoHundreds).arg(requests).arg(replies.value(0).status)
                                     .arg(QString::fromUtf8(replies.value(0).body))));
        const int walSyncs = test::powerloss::syncCount(path + QStringLiteral("-wal"));

        // The machine "reboots": intake and the app are gone, the disk holds what was synced.
        server.reset();
        db.reset();
        const QString rebooted = folder + QStringLiteral("/after-reboot.db");
        const QStringList files = test::powerloss::writeDurableFiles(path, rebooted);
        test::powerloss::restorePower(folder);
        QVERIFY2(files.contains(QString()), "The database file itself was never synced.");

        auto after = Database::open(rebooted);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(scalar(**after, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), qint64(0));
        QSet<QString> stored;
        {
            QSqlQuery q((*after)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT dedup_key FROM alerts")));
            while (q.next())
                stored.insert(q.value(0).toString());
        }
        QSet<QString> missing = acknowledged;
        missing.subtract(stored);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 alerts acknowledged before the power cut are gone after it, e.g. %3 "
                                           "(files after the cut: %4; syncs of the log before it: %5)")
                                .arg(missing.size()).arg(acknowledged.size()).arg(missing.values().value(0))
                                .arg(files.join(QStringLiteral(" ")).trimmed().prepend(QStringLiteral("db ")))
                                .arg(walSyncs)));
        // Requests are atomic and nothing is half-done, after a power cut too.
        QCOMPARE(scalar(**after, QStringLiteral("SELECT count(*) FROM alerts a WHERE dedup_key LIKE '%a' AND NOT EXISTS "
                                                "(SELECT 1 FROM alerts b WHERE b.dedup_key = substr(a.dedup_key, 1, length(a.dedup_key) - 1) || 'b')")),
                 qint64(0));
        QCOMPARE(scalar(**after, QStringLiteral("SELECT count(*) FROM alerts WHERE severity = 2 AND incident_id IS NULL")), qint64(0));
        QCOMPARE(scalar(**after, QStringLiteral("SELECT count(*) FROM incidents i WHERE NOT EXISTS "
                                                "(SELECT 1 FROM timeline_events e WHERE e.incident_id = i.id AND e.kind = 'status')")),
                 qint64(0));
        qInfo("cut at the %dth 2xx of %d requests: %lld alerts acknowledged, %lld stored after the cut, %d syncs of the log",
              cutAfter, requests, qint64(acknowledged.size()), qint64(stored.size()), walSyncs);
    }

    // Forgets the files of the round (the reopened copy included).
    void cleanup() { test::powerloss::restorePower(QFileInfo(QDir::tempPath()).canonicalFilePath()); }
};

QTEST_GUILESS_MAIN(TestIntakePowerLoss)
#include "tst_intakepowerloss.moc"
