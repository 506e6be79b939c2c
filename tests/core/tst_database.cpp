#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFileInfo>
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
            auto c = db->connection();
            theirs = c.connectionName();
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            q = QSqlQuery();
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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
