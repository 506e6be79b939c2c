// Durable before 2xx, against a power cut. PowerLossVfs.h keeps, per file, only what was
// fsync'ed; these tests show that intake's 2xx never runs ahead of that, and that the check
// would notice if it did.
//
// What each part proves:
// - theModelLosesWhatWasNotSynced: the harness can fail. The same power-cut model over a plain
//   SQLite connection in WAL mode that commits with synchronous=FULL, NORMAL or OFF: after the
//   cut a row that a sync followed is there and a row that none followed is gone. With FULL that
//   is every row; with NORMAL the rows committed after the last checkpoint are gone, with OFF all.
// - everyAcknowledgedAlertWasDurableWhenItsAnswerLeft: intake in-process over real HTTP on
//   loopback. Right before each 2xx is written to its socket (IntakeWriter's test hook, on the
//   server's thread, after the commit), the test lays out the files as a power cut at that
//   instant would leave them and checks that the alerts this very 2xx acknowledges are in them.
//   Later commits cannot make an earlier answer look durable: each answer is judged by the disk
//   at its own moment. At the Nth 2xx the power is cut before it goes out; after the "reboot"
//   every alert acknowledged up to and including it is there, in a database that passes
//   integrity_check, with requests whole and nothing half-done.
// - aConnectionThatOnlyClaimsFullIsCaught: the same intake round on a disk that runs NORMAL (or
//   OFF) where intake asked for FULL and tells intake it is FULL (so intake's refusal to start is
//   not involved and stays as it is): the check above reports acknowledged alerts that a cut
//   at their answer would have lost. The expected failure is asserted, so a harness that stopped
//   seeing losses would fail here.
//
// Unlike the SIGKILL test (tst_intakedurability), which a killed process passes with any
// synchronous level because the kernel keeps its writes, these fail without synchronous=FULL.

#include "HttpTestClient.h"
#include "PowerLossVfs.h"
#include "TestSupport.h"
#include "intake/IntakeServer.h"
#include "intake/IntakeWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

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

struct Durable
{
    QString error;         // the laid-out files could not be read (no table: nothing durable)
    QSet<QString> keys;
    QStringList files;     // suffixes laid out ("" the database, "-wal")
};

// What a reboot would find of `dbPath` if the power went now (or went at cutPower()): the
// durable files laid out at `checkPath`, opened with the real VFS (no shadow of its own, no
// checkpoint on close), and the first column of `sqlText`.
Durable durableNow(const QString &dbPath, const QString &checkPath, const char *sqlText)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(checkPath + QLatin1String(suffix));
    Durable out;
    out.files = test::powerloss::writeDurableFiles(dbPath, checkPath);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(checkPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "unix") != SQLITE_OK) {
        out.error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
        sqlite3_close(db);
        return out;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sqlText, -1, &q, nullptr) != SQLITE_OK) {
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW)
            out.keys.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))));
        if (rc != SQLITE_DONE)
            out.error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return out;
}

int syncsOf(const QString &dbPath)
{
    return test::powerloss::syncCount(dbPath) + test::powerloss::syncCount(dbPath + QStringLiteral("-wal"));
}

QString exec(sqlite3 *db, const QByteArray &sqlText)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sqlText.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return error;
}

QString pragmaValue(sqlite3 *db, const char *name)
{
    sqlite3_stmt *q = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, QByteArray("PRAGMA ").append(name).constData(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    return value;
}

// One intake round: `requests` requests, the power cut right before the `cutAfter`th 2xx.
struct Round
{
    QSet<QString> acknowledged;          // every alert of a 2xx up to and including the cut
    QStringList notDurableAtAnswer;      // alerts whose 2xx left before they were durable
    QString firstProblem;                // the first of those, with why
    QSet<QString> storedAfterCut;
    QStringList filesAfterCut;
    int answersChecked = 0;
    int walSyncs = 0;
    qint64 integrityProblems = -1, halfRequests = -1, sev2WithoutIncident = -1, incidentsWithoutOpening = -1;
};
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

    void theModelLosesWhatWasNotSynced_data()
    {
        QTest::addColumn<QByteArray>("level");
        QTest::newRow("FULL") << QByteArray("2");
        QTest::newRow("NORMAL") << QByteArray("1");
        QTest::newRow("OFF") << QByteArray("0");
    }

    void theModelLosesWhatWasNotSynced()
    {
        QFETCH(QByteArray, level);
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString path = folder + QStringLiteral("/control.db");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "sitrep-powerloss"), SQLITE_OK);
        const auto closeDb = qScopeGuard([&db] { sqlite3_close(db); });
        // The table is made durable first (FULL, then a checkpoint), so that only the rows are at stake.
        QCOMPARE(pragmaValue(db, "journal_mode=WAL"), QStringLiteral("wal"));
        for (const char *sqlText : {"PRAGMA synchronous=FULL", "PRAGMA wal_autocheckpoint=0", "CREATE TABLE t(k TEXT PRIMARY KEY)",
                                    "PRAGMA wal_checkpoint(TRUNCATE)"})
            QCOMPARE(exec(db, sqlText), QString());
        QCOMPARE(exec(db, QByteArray("PRAGMA synchronous=") + level), QString());
        QCOMPARE(pragmaValue(db, "synchronous"), QString::fromLatin1(level));

        // 30 transactions, one row each; a checkpoint (as intake's checkpointer makes) after the 12th.
        QStringList keys;
        QList<int> syncsBefore, syncsAfter;
        for (int i = 0; i < 30; ++i) {
            keys << QStringLiteral("row-%1").arg(i);
            syncsBefore << syncsOf(path);
            QCOMPARE(exec(db, QStringLiteral("BEGIN; INSERT INTO t VALUES ('%1'); COMMIT").arg(keys[i]).toUtf8()), QString());
            syncsAfter << syncsOf(path);
            if (i == 11)
                QCOMPARE(exec(db, "PRAGMA wal_checkpoint(PASSIVE)"), QString());
        }
        test::powerloss::cutPower();
        const int syncsAtCut = syncsOf(path);
        const Durable after = durableNow(path, folder + QStringLiteral("/after-reboot.db"), "SELECT k FROM t");
        test::powerloss::restorePower(folder);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));

        // The model's own bounds: a row that a sync followed once its commit returned is there; a
        // row that no sync followed even from the start of its commit is gone. (In between: with
        // NORMAL the first commit after a checkpoint syncs the new log header, not its row.)
        QSet<QString> lost;
        for (int i = 0; i < keys.size(); ++i) {
            const bool there = after.keys.contains(keys[i]);
            if (!there)
                lost << keys[i];
            if (syncsAfter[i] < syncsAtCut)
                QVERIFY2(there, qPrintable(keys[i] + QStringLiteral(" was synced after its commit, yet is gone")));
            if (syncsBefore[i] == syncsAtCut)
                QVERIFY2(!there, qPrintable(keys[i] + QStringLiteral(" was never synced, yet survived the cut")));
        }
        // FULL loses nothing; NORMAL every row committed after the last checkpoint; OFF every row.
        QSet<QString> expectedLost;
        for (int i = level == "2" ? 30 : level == "1" ? 12 : 0; i < keys.size(); ++i)
            expectedLost << keys[i];
        QCOMPARE(lost, expectedLost);
        qInfo("synchronous=%s: %lld of %lld committed rows lost after the cut, %d syncs", level.constData(),
              qint64(lost.size()), qint64(keys.size()), syncsAtCut);
    }

    void everyAcknowledgedAlertWasDurableWhenItsAnswerLeft_data()
    {
        QTest::addColumn<int>("cutAfter");   // the 2xx before which the power goes
        QTest::addColumn<int>("requests");
        QTest::newRow("first reply") << 1 << 30;
        QTest::newRow("3rd reply") << 3 << 40;
        QTest::newRow("10th reply") << 10 << 50;
        QTest::newRow("37th reply") << 37 << 80;
        QTest::newRow("90th reply") << 90 << 140;
        QTest::newRow("200th reply") << 200 << 260;
    }

    void everyAcknowledgedAlertWasDurableWhenItsAnswerLeft()
    {
        QFETCH(int, cutAfter);
        QFETCH(int, requests);
        Round r;
        runRound(cutAfter, requests, r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.notDurableAtAnswer.isEmpty(),
                 qPrintable(QStringLiteral("%1 alerts were answered with 2xx before they were durable, e.g. %2")
                                .arg(r.notDurableAtAnswer.size()).arg(r.firstProblem)));
        QCOMPARE(r.integrityProblems, qint64(0));
        QSet<QString> missing = r.acknowledged;
        missing.subtract(r.storedAfterCut);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 alerts acknowledged before the power cut are gone after it, e.g. %3 "
                                           "(files after the cut: %4; syncs of the log before it: %5)")
                                .arg(missing.size()).arg(r.acknowledged.size()).arg(missing.values().value(0))
                                .arg(r.filesAfterCut.join(QStringLiteral(" ")).trimmed().prepend(QStringLiteral("db ")))
                                .arg(r.walSyncs)));
        // Requests are atomic and nothing is half-done, after a power cut too.
        QCOMPARE(r.halfRequests, qint64(0));
        QCOMPARE(r.sev2WithoutIncident, qint64(0));
        QCOMPARE(r.incidentsWithoutOpening, qint64(0));
        qInfo("cut before the %dth 2xx of %d requests: %d answers checked at their moment, %lld alerts acknowledged, "
              "%lld stored after the cut, %d syncs of the log",
              cutAfter, requests, r.answersChecked, qint64(r.acknowledged.size()), qint64(r.storedAfterCut.size()), r.walSyncs);
    }

    void aConnectionThatOnlyClaimsFullIsCaught_data()
    {
        QTest::addColumn<QByteArray>("level");
        QTest::newRow("NORMAL") << QByteArray("1");
        QTest::newRow("OFF") << QByteArray("0");
    }

    void aConnectionThatOnlyClaimsFullIsCaught()
    {
        QFETCH(QByteArray, level);
        test::powerloss::pretendSynchronousFull(level);
        const auto stopPretending = qScopeGuard([] { test::powerloss::pretendSynchronousFull({}); });
        Round r;
        runRound(40, 60, r);
        if (QTest::currentTestFailed())
            return;
        QSet<QString> missing = r.acknowledged;
        missing.subtract(r.storedAfterCut);
        QVERIFY2(!r.notDurableAtAnswer.isEmpty(),
                 "Intake committed without FULL, yet every 2xx found its alerts durable: the check cannot see a loss.");
        qInfo("synchronous=%s behind intake's back: %lld of %lld acknowledged alerts not durable when their 2xx left, "
              "%lld gone after the cut at the 40th",
              level.constData(), qint64(r.notDurableAtAnswer.size()), qint64(r.acknowledged.size()), qint64(missing.size()));
    }

    // Forgets the files of the round (the reopened copies included).
    void cleanup() { test::powerloss::restorePower(QFileInfo(QDir::tempPath()).canonicalFilePath()); }

private:
    void runRound(int cutAfter, int requests, Round &r)
    {
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString path = folder + QStringLiteral("/intake.db");
        const QString checkPath = folder + QStringLiteral("/at-answer.db");
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
        auto *writer = server->findChild<IntakeWriter *>();
        QVERIFY(writer);

        // On the server's thread, right before each 2xx is written: what would a cut now leave?
        int twoHundreds = 0;
        bool cut = false;
        writer->setBeforeAnswerForTests([&](const QList<PreparedAlert> &alerts, const Result<IntakeCounts> &result) {
            if (cut || !result)
                return;
            if (++twoHundreds == cutAfter) {
                test::powerloss::cutPower();
                cut = true;
            }
            const Durable now = durableNow(path, checkPath, "SELECT dedup_key FROM alerts");
            ++r.answersChecked;
            for (const PreparedAlert &p : alerts) {
                r.acknowledged << p.alert.dedupKey;
                if (now.keys.contains(p.alert.dedupKey))
                    continue;
                r.notDurableAtAnswer << p.alert.dedupKey;
                if (r.firstProblem.isEmpty())
                    r.firstProblem = QStringLiteral("%1 at the %2th 2xx (%3 syncs of the log so far%4)")
                                         .arg(p.alert.dedupKey).arg(twoHundreds)
                                         .arg(test::powerloss::syncCount(path + QStringLiteral("-wal")))
                                         .arg(now.error.isEmpty() ? QString() : QStringLiteral("; ") + now.error);
            }
        });
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(server->port()));

        QList<QByteArray> bodies;
        const QString round = QString::fromLatin1(QTest::currentDataTag()).split(QLatin1Char(' ')).constFirst();
        for (int i = 0; i < requests; ++i)
            bodies << requestBody(QStringLiteral("%1-%2a").arg(round).arg(i), QStringLiteral("%1-%2b").arg(round).arg(i), i);
        test::HttpTestClient http;
        const auto replies = http.postAll(url, bodies);
        int clientTwoHundreds = 0;
        for (const auto &reply : replies)
            clientTwoHundreds += reply.status >= 200 && reply.status < 300 ? 1 : 0;
        QVERIFY2(cut, qPrintable(QStringLiteral("only %1 of %2 requests had a 2xx; first answer %3 %4")
                                     .arg(twoHundreds).arg(requests).arg(replies.value(0).status)
                                     .arg(QString::fromUtf8(replies.value(0).body))));
        // The hook saw the answers the client got.
        QVERIFY(clientTwoHundreds >= cutAfter);
        r.walSyncs = test::powerloss::syncCount(path + QStringLiteral("-wal"));

        // The machine "reboots": intake and the app are gone, the disk holds what was synced.
        writer->setBeforeAnswerForTests({});
        server.reset();
        db.reset();
        const QString rebooted = folder + QStringLiteral("/after-reboot.db");
        r.filesAfterCut = test::powerloss::writeDurableFiles(path, rebooted);
        test::powerloss::restorePower(folder);
        QVERIFY2(r.filesAfterCut.contains(QString()), "The database file itself was never synced.");

        auto after = Database::open(rebooted);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        r.integrityProblems = scalar(**after, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));
        {
            QSqlQuery q((*after)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT dedup_key FROM alerts")));
            while (q.next())
                r.storedAfterCut.insert(q.value(0).toString());
        }
        r.halfRequests = scalar(**after, QStringLiteral("SELECT count(*) FROM alerts a WHERE dedup_key LIKE '%a' AND NOT EXISTS "
                                                        "(SELECT 1 FROM alerts b WHERE b.dedup_key = substr(a.dedup_key, 1, length(a.dedup_key) - 1) || 'b')"));
        r.sev2WithoutIncident = scalar(**after, QStringLiteral("SELECT count(*) FROM alerts WHERE severity = 2 AND incident_id IS NULL"));
        r.incidentsWithoutOpening = scalar(**after, QStringLiteral("SELECT count(*) FROM incidents i WHERE NOT EXISTS "
                                                                   "(SELECT 1 FROM timeline_events e WHERE e.incident_id = i.id AND e.kind = 'status')"));
    }
};

QTEST_GUILESS_MAIN(TestIntakePowerLoss)
#include "tst_intakepowerloss.moc"
