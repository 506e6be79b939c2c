// Intake answers 2xx only after a commit that survives a power loss, which needs WAL and
// synchronous=FULL on its connection. When either does not take (SQLite ignores a pragma it
// cannot honour, or refuses it), intake does not start: not the store, not the server, not the
// app's intake, not `sitrepctl serve`; each says why. Faults come from SqlitePragmaFault.h (in a
// real sitrepctl through LD_PRELOAD).

#include "../core/SqlitePragmaFault.h"
#include "TestSupport.h"
#include "alerts/IntakeController.h"
#include "intake/IntakeServer.h"
#include "intake/IntakeStore.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
const QString ignoredFull = QStringLiteral("Intake cannot start: synchronous is “1”, not “2”.");
const QString why = QStringLiteral("Intake answers a sender only after a commit that survives a power loss");

Alert anAlert()
{
    Alert a;
    a.source = QStringLiteral("generic");
    a.dedupKey = QStringLiteral("refused-1");
    a.status = QStringLiteral("firing");
    a.title = QStringLiteral("Disk full");
    a.startsAt = a.receivedAt = a.lastSeenAt = 1767225600000;
    return a;
}
} // namespace

class TestIntakeRefusal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        // Installs the fault hook on every connection opened from now on.
        test::setPragmaFault("synchronous=full", test::PragmaFault::None);
    }
    void cleanup() { test::clearPragmaFaults(); }

    void theStoreRefusesWhenSynchronousFullDoesNotTake_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("ignored") << int(test::PragmaFault::Ignore) << ignoredFull;
        QTest::newRow("refused") << int(test::PragmaFault::Deny)
                                 << QStringLiteral("Intake cannot start: “PRAGMA synchronous=FULL” failed: not authorized.");
    }
    void theStoreRefusesWhenSynchronousFullDoesNotTake()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        test::setPragmaFault("synchronous=full", test::PragmaFault(fault));
        // A connection of its own, opened with the fault in place.
        QString warmError, beginError;
        bool applied = true;
        QThread *t = QThread::create([&] {
            {
                IntakeStore store(*db);
                warmError = store.warmUp().error();
                beginError = store.begin().error();
                applied = store.applyNow({anAlert()}).ok();
            }
            db->releaseThreadConnection();
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY2(warmError.startsWith(message), qPrintable(warmError));
        QVERIFY2(warmError.contains(why), qPrintable(warmError));
        QCOMPARE(beginError, warmError);
        QVERIFY(!applied);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(0));
    }

    void theStoreRefusesOutsideWal()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        IntakeStore store(*db);
        const auto warm = store.warmUp();
        QVERIFY2(warm.error().startsWith(QStringLiteral("Intake cannot start: journal_mode is “delete”, not “wal”.")),
                 qPrintable(warm.error()));
    }

    void theServerDoesNotListen()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        test::setPragmaFault("synchronous=full", test::PragmaFault::Ignore);
        IntakeConfig config;
        config.port = 0;
        IntakeServer server(db, config);
        const auto started = server.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().startsWith(ignoredFull), qPrintable(started.error()));
        QVERIFY(!server.isListening());
        QCOMPARE(server.port(), quint16(0));

        // The same server starts once the pragma takes again.
        test::clearPragmaFaults();
        const auto retried = server.start();
        QVERIFY2(retried.ok(), qPrintable(retried.error()));
        QVERIFY(server.isListening());
    }

    void theAppsIntakeStaysOffAndSaysWhy()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        test::setPragmaFault("synchronous=full", test::PragmaFault::Ignore);
        ui::IntakeController intake;
        intake.setListenAddress(QStringLiteral("127.0.0.1:0"), QString());
        intake.setDatabase(db);
        const auto enabled = intake.setEnabled(true);
        QVERIFY(!enabled.ok());
        QVERIFY2(enabled.error().startsWith(ignoredFull), qPrintable(enabled.error()));
        QVERIFY(!intake.isListening());
        QVERIFY(!intake.isEnabled());
        QVERIFY2(intake.statusText().contains(ignoredFull), qPrintable(intake.statusText()));
    }

    void serveRefusesToStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.db"));
        { QVERIFY(Database::open(path).ok()); }
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PRAGMA_FAULT_PRELOAD));
        const QStringList arguments{QStringLiteral("serve"), QStringLiteral("--db"), path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};

        // The preloaded module alone changes nothing: serve starts.
        {
            QProcess serve;
            serve.setProcessEnvironment(environment);
            serve.start(QStringLiteral(SITREPCTL_PATH), arguments);
            QVERIFY(serve.waitForStarted(10000));
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("listening on"), 15000);
            serve.terminate();
            QVERIFY(serve.waitForFinished(10000));
        }

        environment.insert(QStringLiteral("SITREP_TEST_PRAGMA_FAULT"), QStringLiteral("synchronous=full:ignore"));
        QProcess serve;
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(SITREPCTL_PATH), arguments);
        QVERIFY(serve.waitForFinished(15000));
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 1);
        QVERIFY2(!serve.readAllStandardOutput().contains("listening"), "serve listened although it cannot commit durably");
        QVERIFY2(err.contains(ignoredFull) && err.contains(why), qPrintable(err));
    }
};

QTEST_MAIN(TestIntakeRefusal)
#include "tst_intakerefusal.moc"
