#include "SqlitePragmaFault.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace sitrep;

class TestDatabase : public QObject
{
    Q_OBJECT

    static QVariant pragma(const Database &db, const char *name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void initTestCase() { test::isolate(); }

    void createsAndConfiguresANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(pragma(**db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(**db, "synchronous").toInt(), 1);  // NORMAL
        QVERIFY(pragma(**db, "busy_timeout").toInt() >= 1000);
        QCOMPARE(pragma(**db, "user_version").toInt(), Migrator().latestVersion());
        QCOMPARE(pragma(**db, "application_id").toInt(), Database::applicationId);
    }

    void defaultPathIsInAppData()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral("sitrep.db")));
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        { QVERIFY(Database::open(path).ok()); }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        // No backup: nothing was upgraded.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".v1.bak")));
    }

    void emptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        test::writeFile(path, {});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(pragma(**db, "user_version").toInt(), Migrator().latestVersion());
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray bytes = "These are my notes, not a database.\n";
        test::writeFile(path, bytes);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a Sitrep database")), qPrintable(db.error()));
        QCOMPARE(test::fileBytes(path), bytes);
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO photos(name) VALUES ('cat.jpg')")));
            q = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::fileBytes(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("another application")), qPrintable(db.error()));
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = test::fileBytes(path);
        QVERIFY(!before.isEmpty());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer Sitrep")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QStringLiteral("99")));
        QCOMPARE(test::fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString mine = db->connection().connectionName();
        QString theirs;
        int version = -1;
        QThread *t = QThread::create([&] {
            {
                auto c = db->connection();
                theirs = c.connectionName();
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
            }
            db->releaseThreadConnection();
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(version, Migrator().latestVersion());
        QVERIFY(!QSqlDatabase::contains(theirs));
    }

    // A pragma SQLite ignores (as it ignores journal_mode=WAL where it cannot have it) or
    // refuses: the connection is not used, and the error names the pragma.
    void refusesAConnectionWhosePragmasDidNotTake_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        const int ignore = int(test::PragmaFault::Ignore), deny = int(test::PragmaFault::Deny);
        QTest::newRow("WAL ignored") << QStringLiteral("journal_mode") << ignore
                                     << QStringLiteral("“PRAGMA journal_mode=WAL” did not take effect (journal_mode is “delete”)");
        QTest::newRow("WAL refused") << QStringLiteral("journal_mode") << deny
                                     << QStringLiteral("“PRAGMA journal_mode=WAL” failed: not authorized");
        QTest::newRow("foreign keys ignored") << QStringLiteral("foreign_keys") << ignore
                                              << QStringLiteral("“PRAGMA foreign_keys=ON” did not take effect (foreign_keys is “0”)");
        QTest::newRow("synchronous ignored") << QStringLiteral("synchronous=normal") << ignore
                                             << QStringLiteral("“PRAGMA synchronous=NORMAL” did not take effect (synchronous is “2”)");
        QTest::newRow("busy timeout refused") << QStringLiteral("busy_timeout") << deny
                                              << QStringLiteral("“PRAGMA busy_timeout=5000” failed: not authorized");
    }
    void refusesAConnectionWhosePragmasDidNotTake()
    {
        QFETCH(QString, pragma);
        QFETCH(int, fault);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pragmas.db"));
        const auto lift = qScopeGuard([] { test::clearPragmaFaults(); });
        test::setPragmaFault(pragma.toStdString(), test::PragmaFault(fault));
        const int connectionsBefore = int(QSqlDatabase::connectionNames().size());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(message), qPrintable(db.error()));
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        // The connection was closed and removed, not left behind for someone to use.
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), connectionsBefore);
    }

    // A thread whose connection cannot be set up gets none (queries fail), and is told why;
    // the next call tries again.
    void aThreadWhosePragmasFailGetsNoConnection()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const auto lift = qScopeGuard([] { test::clearPragmaFaults(); });
        test::setPragmaFault("foreign_keys", test::PragmaFault::Ignore);
        QString error;
        bool valid = true, queryRan = true, laterOk = false;
        QThread *t = QThread::create([&] {
            {
                auto checked = db->checkedConnection();
                error = checked.ok() ? QString() : checked.error();
                auto c = db->connection();
                valid = c.isValid();
                QSqlQuery q(c);
                queryRan = q.exec(QStringLiteral("SELECT count(*) FROM incidents"));
                test::clearPragmaFaults();
                laterOk = db->checkedConnection().ok();
            }
            db->releaseThreadConnection();
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY2(error.contains(QStringLiteral("foreign_keys")), qPrintable(error));
        QVERIFY(!valid);
        QVERIFY(!queryRan);
        QVERIFY(laterOk);
    }

    // SQLite ignores PRAGMA foreign_keys inside a transaction. A migration that rebuilds a table
    // with foreign keys still on would cascade deletes, so the migrator refuses instead.
    void migratingRefusesWhenForeignKeysStayOn()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("raw-migrate");
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(dir.filePath(QStringLiteral("raw.db")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            const auto migrated = Migrator().migrate(raw);
            QVERIFY(!migrated.ok());
            QVERIFY2(migrated.error().contains(QStringLiteral("foreign keys off")), qPrintable(migrated.error()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
