// A team database on a PostgreSQL server: set up on first use, refused untouched when it is
// another application's or a newer Sitrep's, migrated from the previous version in one locked
// transaction, and never a password in what the user reads. Runs against the throwaway server
// the "postgresql" CTest fixture starts (registered POSTGRESQL_ONLY).
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace sitrep;

namespace {

// A connection of the test's own to a server database, outside Database (as another
// application, or an older Sitrep, would write it).
class RawConnection
{
public:
    explicit RawConnection(const QString &location)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        const auto parsed = DatabaseLocation::parse(location);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(parsed->host);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement)) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }
    qint64 scalar(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
    bool m_ok = false;
};

NewIncident titled(const char *title)
{
    NewIncident n;
    n.title = QString::fromUtf8(title);
    return n;
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        QVERIFY(test::testingServer());
    }

    void setsUpAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("fresh"));
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY((*db)->isServer());
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT value::bigint FROM meta WHERE key = 'schema_version'")),
                 qint64(Migrator::forEngine(Engine::Postgres).latestVersion()));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT value::bigint FROM meta WHERE key = 'application_id'")),
                 qint64(Database::applicationId));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM intake_rules")), qint64(1));
        // Both engines know the same versions.
        QCOMPARE(Migrator::forEngine(Engine::Postgres).latestVersion(), Migrator().latestVersion());

        auto declared = IncidentStore(**db).declare(titled("Checkout errors"), QStringLiteral("alice"));
        QVERIFY2(declared.ok(), qPrintable(declared.error()));
        QCOMPARE(declared->number, 1001);

        // Opening it again changes nothing.
        auto again = Database::open((*db)->path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(test::scalar(**again, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
    }

    void refusesAnotherApplicationsDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("foreign"));
        RawConnection raw(location);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'Ada')")));

        auto db = Database::open(location);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("another application")), qPrintable(db.error()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()")),
                 qint64(1));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM customers")), qint64(1));
    }

    void refusesANewerSitrepsDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("newer"));
        { QVERIFY(Database::open(location).ok()); }
        RawConnection raw(location);
        const int future = Migrator().latestVersion() + 1;
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(future)));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE from_the_future (x int)")));

        auto db = Database::open(location);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("newer Sitrep")), qPrintable(db.error()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value::int FROM meta WHERE key = 'schema_version'")), qint64(future));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM from_the_future")), qint64(0));
    }

    // Every migration from the version before it: a database made by the migrations up to
    // that version alone (the PostgreSQL fixture of that version), holding incidents with
    // alerts, groups, timeline events and a postmortem as that version stored them, upgraded by
    // today's migrator in one step. Nothing is lost, and numbering goes on after the highest.
    void upgradesFromEachPreviousVersion_data()
    {
        QTest::addColumn<int>("version");
        const Migrator all = Migrator::forEngine(Engine::Postgres);
        for (const Migration &m : all.migrations())
            if (m.version < all.latestVersion())
                QTest::addRow("v%d", m.version) << m.version;
    }
    void upgradesFromEachPreviousVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("v%1").arg(version));
        QVERIFY(QDir().mkpath(old));
        const Migrator all = Migrator::forEngine(Engine::Postgres);
        for (const Migration &m : all.migrations())
            if (m.version <= version)
                QVERIFY(QFile::copy(m.path, old + QLatin1Char('/') + QFileInfo(m.path).fileName()));
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("v%1").arg(version));
        {
            auto before = Database::open(location, Migrator(old));
            QVERIFY2(before.ok(), qPrintable(before.error()));
            QCOMPARE(test::scalar(**before, QStringLiteral("SELECT value::int FROM meta WHERE key = 'schema_version'")),
                     qint64(version));
            // Written as that version's tables take them (the v3 columns every later version keeps).
            QSqlQuery q((*before)->connection());
            for (const char *statement : {
                     "INSERT INTO services(name) VALUES ('checkout')",
                     "INSERT INTO incidents(number, title, severity, status, service_id, impact_started_at, "
                     "detected_at, created_at, updated_at) SELECT 1000 + n, 'Incident ' || n, 1 + n % 5, "
                     "'resolved', 1, n * 1000, n * 1000 + 10, n * 1000, n * 1000 FROM generate_series(1, 40) AS n",
                     "INSERT INTO alerts(source, dedup_key, status, title, labels, starts_at, received_at, "
                     "last_seen_at, incident_id, group_key) SELECT 'alertmanager', 'fp-' || n, 'resolved', "
                     "'HighErrorRate', '{\"alertname\":\"HighErrorRate\"}', n * 1000, n * 1000, n * 1000, n, "
                     "'checkout/HighErrorRate/' || n FROM generate_series(1, 40) AS n",
                     "INSERT INTO alert_groups(group_key, incident_id) SELECT group_key, incident_id FROM alerts",
                     "INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, created_at) "
                     "SELECT n, n * 1000, 'note', 'alice', 'Rolled back the deploy ' || n, n * 1000 "
                     "FROM generate_series(1, 40) AS n",
                     "INSERT INTO postmortems(incident_id, title, body, created_at, updated_at) "
                     "VALUES (1, 'Checkout errors', '## Summary', 0, 0)"}) {
                QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
            }
            // From v4 on, whatever numbers an incident keeps the counter in step.
            if (version >= 4)
                QVERIFY2(q.exec(QStringLiteral("UPDATE counters SET value = 1040 WHERE name = 'incident_number'")),
                         qPrintable(q.lastError().text()));
        }
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT value::int FROM meta WHERE key = 'schema_version'")),
                 qint64(Migrator().latestVersion()));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(40));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(40));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM alert_groups")), qint64(40));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events")), qint64(40));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM postmortems")), qint64(1));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events "
                                                   "WHERE search @@ to_tsquery('simple', 'deploy')")),
                 qint64(40));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")), qint64(1040));
        auto next = IncidentStore(**db).declare(titled("After the upgrade"), QStringLiteral("alice"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->number, 1041);
    }

    // Several desktops opening a new team database at once: one sets it up, the others wait for
    // it and find it done (no second set of seed rows, no failure).
    void severalSettingUpOneDatabaseAtOnce()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("race"));
        constexpr int openers = 4;
        QStringList errors(openers);
        QList<QThread *> threads;
        for (int i = 0; i < openers; ++i) {
            threads << QThread::create([&errors, i, location] {
                auto db = Database::open(location);
                if (!db)
                    errors[i] = db.error();
                else
                    (*db)->releaseThreadConnection();
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.isEmpty(), qPrintable(e));
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM intake_rules")), qint64(1));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM counters")), qint64(1));
    }

    void aPasswordNeverShowsInAnError()
    {
        QTemporaryDir dir;
        auto parsed = DatabaseLocation::parse(test::newDatabaseLocation(dir, QStringLiteral("pw")));
        QVERIFY(parsed.ok());
        DatabaseLocation missing = *parsed;
        missing.database = QStringLiteral("no_such_database");
        missing.password = QStringLiteral("hunter2");
        auto db = Database::open(missing);
        QVERIFY(!db.ok());
        QVERIFY2(!db.error().contains(QLatin1String("hunter2")), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QLatin1String("no_such_database")), qPrintable(db.error()));

        // The same through the text --db takes.
        const QString uri = QStringLiteral("postgresql://sitrep:hunter2@/no_such_database?host=%1").arg(parsed->host);
        auto viaText = Database::open(uri);
        QVERIFY(!viaText.ok());
        QVERIFY2(!viaText.error().contains(QLatin1String("hunter2")), qPrintable(viaText.error()));
    }

    void refusesADatabaseThatCannotHoldEveryLanguage()
    {
        QTemporaryDir dir;
        auto parsed = DatabaseLocation::parse(test::newDatabaseLocation(dir, QStringLiteral("latin1")));
        QVERIFY(parsed.ok());
        {
            RawConnection admin(QStringLiteral("postgresql:///postgres?host=%1&user=sitrep").arg(parsed->host));
            QVERIFY(admin.ok());
            QVERIFY(admin.exec(QStringLiteral("CREATE DATABASE latin1_%1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
                                   .arg(parsed->database)));
        }
        DatabaseLocation latin1 = *parsed;
        latin1.database = QStringLiteral("latin1_") + parsed->database;
        auto db = Database::open(latin1);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("needs a UTF8 database")), qPrintable(db.error()));
        RawConnection raw(latin1.displayName());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")),
                 qint64(0));
    }

    // sitrepctl copy onto a server other sessions keep busy gives up after its lock timeout,
    // saying what to close, and works once they let go.
    void aCopyDoesNotWaitForEverForABusyServer()
    {
        QTemporaryDir dir;
        auto source = test::createDemoDatabase(dir, 5, 7, QStringLiteral("source"));
        const QString target = test::newDatabaseLocation(dir, QStringLiteral("busy"));
        auto busy = Database::open(target);
        QVERIFY(busy.ok());
        // Another session reads in a transaction it keeps open (as a window in the middle of a
        // query would).
        QSqlQuery q((*busy)->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM incidents")));
        CopyOptions options;
        options.lockTimeoutMilliseconds = 300;
        auto refused = copyDatabase(source->path(), target, options);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("Close the Sitrep windows")), qPrintable(refused.error()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(test::scalar(**busy, QStringLiteral("SELECT count(*) FROM incidents")), 0);
        auto copied = copyDatabase(source->path(), target, options);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        QCOMPARE(test::scalar(**busy, QStringLiteral("SELECT count(*) FROM incidents")), 5);
    }

    void anUnreachableServerIsSaidPlainly()
    {
        auto db = Database::open(QStringLiteral("postgresql:///sitrep?host=/nonexistent-socket-folder&connect_timeout=2"));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().startsWith(QLatin1String("Cannot connect to postgresql:///sitrep?host=/nonexistent-socket-folder")),
                 qPrintable(db.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
