// The alert-episodes migration (one open episode per alert identity, a unique index), on both
// engines, from the version before it: existing alerts survive, an identity left with two open
// episodes (which older versions could leave) keeps only its newest open and the older one is
// closed instead of failing the upgrade, and afterwards the database refuses a second open
// episode itself. On a file also from the v4 fixture (tests/data/schema/v4.db).
// The test finds the migration by its name, not its number: numbers are given out at merge.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;

namespace {
using test::scalar;

const QString migrationName = QStringLiteral("alert_episodes");

// Alerts as the version before stored them: identity "dup" with an old resolved episode and two
// open ones (the older one dead: intake only continues the newest), "stale" with an open episode
// older than a resolved one (dead too), "ok" with one open episode.
const char *const oldAlerts =
    "INSERT INTO alerts(source, dedup_key, status, title, starts_at, ends_at, received_at, last_seen_at) VALUES "
    "('alertmanager', 'dup', 'resolved', 'Old', 1000, 2000, 1000, 2000), "
    "('alertmanager', 'dup', 'firing', 'Dead copy', 3000, NULL, 3000, 4000), "
    "('alertmanager', 'dup', 'acknowledged', 'Newest', 5000, NULL, 5000, 6000), "
    "('alertmanager', 'stale', 'firing', 'Stale', 1000, NULL, 1000, 1500), "
    "('alertmanager', 'stale', 'resolved', 'Later', 3000, 3500, 3000, 3500), "
    "('alertmanager', 'ok', 'firing', 'Fine', 5000, NULL, 5000, 6000)";
} // namespace

class TestIntakeMigration : public QObject
{
    Q_OBJECT

    // What the upgraded database must hold, whichever way it got there.
    static void checkUpgraded(const Database &db, qint64 alertsBefore)
    {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts")), alertsBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'dup' AND status <> 'resolved'")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'dup' AND status = 'acknowledged' AND title = 'Newest'")), qint64(1));
        // The dead copy is closed as of when it was last seen; the others are as they were.
        QCOMPARE(scalar(db, QStringLiteral("SELECT ends_at FROM alerts WHERE title = 'Dead copy' AND status = 'resolved'")), qint64(4000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT ends_at FROM alerts WHERE title = 'Old'")), qint64(2000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT ends_at FROM alerts WHERE title = 'Stale' AND status = 'resolved'")), qint64(1500));
        QCOMPARE(scalar(db, QStringLiteral("SELECT ends_at FROM alerts WHERE title = 'Later'")), qint64(3500));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'ok' AND status = 'firing'")), qint64(1));
        // The database itself now refuses a second open episode (intake's ON CONFLICT rests on it),
        // and still takes new episodes once the open one is resolved.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'ok', 'firing', 7000, 7000, 7000)")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, ends_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'ok', 'resolved', 7000, 8000, 7000, 8000)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'other', 'firing', 7000, 7000, 7000)")),
                 qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        QVERIFY2(test::migrationVersion(migrationName) > 0, "no migration named alert_episodes");
    }

    void upgradesFromTheVersionBefore()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("episodes"));
        qint64 before = 0;
        {
            auto old = Database::open(location, Migrator(test::migrationsBefore(dir, migrationName)));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QSqlQuery q((*old)->connection());
            QVERIFY2(q.exec(QString::fromUtf8(oldAlerts)), qPrintable(q.lastError().text()));
            before = scalar(**old, QStringLiteral("SELECT count(*) FROM alerts"));
        }
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        checkUpgraded(**db, before);
    }

    // The v4 file as Sitrep v4 wrote it (40 incidents with their alerts), plus the duplicate.
    void upgradesTheV4FixtureKeepingItsData()
    {
        // A file in either run: the fixture is one (the server's upgrade is upgradesFromTheVersionBefore).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        QVERIFY(QFile::copy(QStringLiteral(SITREP_TEST_DATA "/schema/v4.db"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qint64 alertsBefore = 0, incidentsBefore = 0, eventsBefore = 0, groupsBefore = 0;
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY2(q.exec(QString::fromUtf8(oldAlerts)), qPrintable(q.lastError().text()));
            const auto count = [&c](const char *table) {
                QSqlQuery n(c);
                n.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
                return n.next() ? n.value(0).toLongLong() : -1;
            };
            alertsBefore = count("alerts");
            incidentsBefore = count("incidents");
            eventsBefore = count("timeline_events");
            groupsBefore = count("alert_groups");
            q = QSqlQuery();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        QVERIFY(alertsBefore > 4);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM incidents")), incidentsBefore);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events")), eventsBefore);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM alert_groups")), groupsBefore);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), qint64(0));
        checkUpgraded(**db, alertsBefore);
    }
};

QTEST_GUILESS_MAIN(TestIntakeMigration)
#include "tst_intakemigration.moc"
