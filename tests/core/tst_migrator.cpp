#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"
#include "storage/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;

class TestMigrator : public QObject
{
    Q_OBJECT

    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A copy of the checked-in schema fixture of the given version, in dir.
    static QString fixtureCopy(const QTemporaryDir &dir, int version)
    {
        const QString source = QStringLiteral(SITREP_TEST_DATA "/schema/v%1.db").arg(version);
        const QString copy = dir.filePath(QStringLiteral("fixture-v%1.db").arg(version));
        QFile::copy(source, copy);
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    // The built-in migrations plus extra ones, in a folder a test Migrator reads.
    static QString migrationsWith(const QTemporaryDir &dir, const QList<QPair<QString, QByteArray>> &extra)
    {
        const QString folder = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(folder);
        const Migrator builtIn;
        for (const Migration &m : builtIn.migrations())
            QFile::copy(m.path, QDir(folder).filePath(QFileInfo(m.path).fileName()));
        for (const auto &[name, sql] : extra)
            test::writeFile(QDir(folder).filePath(name), sql);
        return folder;
    }

    // The file name of a migration one after the built-in ones.
    static QString nextMigrationName(const QString &what)
    {
        return QStringLiteral("%1_%2.sql").arg(Migrator().latestVersion() + 1, 4, 10, QLatin1Char('0')).arg(what);
    }

private slots:
    void initTestCase() { test::isolate(); }

    void splitsStatementsKeepingTriggerBodiesWhole()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x INTEGER);\n"
            "CREATE TABLE b (\n  y TEXT\n);\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  INSERT INTO b VALUES ('one');\n"
            "  INSERT INTO b VALUES ('two');\n"
            "END;\n"
            "CREATE INDEX i ON a(x);\n");
        const QStringList statements = sql::splitStatements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements[2].contains(QStringLiteral("'one'")));
        QVERIFY(statements[2].contains(QStringLiteral("'two'")));
        QVERIFY(statements[2].endsWith(QStringLiteral("END;")));
        QVERIFY(!statements.join(QString()).contains(QStringLiteral("a comment")));
    }

    void builtInMigrationsAreNumberedFromOne()
    {
        const Migrator migrator;
        QVERIFY(!migrator.migrations().isEmpty());
        for (qsizetype i = 0; i < migrator.migrations().size(); ++i) {
            QCOMPARE(migrator.migrations()[i].version, int(i + 1));
            QVERIFY(!migrator.migrations()[i].name.isEmpty());
        }
    }

    // Every previous version's fixture opens with today's schema and keeps its data.
    void upgradesEachFixtureToTheCurrentSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Migrator().latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void upgradesEachFixtureToTheCurrentSchema()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, version);
        QVERIFY(QFileInfo::exists(path));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")), qint64(Migrator().latestVersion()));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM incidents")), qint64(40));
        QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM timeline_events")) > 40);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH 'error'")) > 0, true);
        // Upgrades (and only upgrades) leave a backup of the old file.
        const bool upgraded = version < Migrator().latestVersion();
        QCOMPARE(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(version)), upgraded);
    }

    // 0002_intake: alerts gain a group key, the default rule and severity mapping are there.
    void intakeMigrationAddsRulesAndKeepsAlerts()
    {
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, 1);
        qint64 alertsBefore = 0;
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            alertsBefore = scalar(c, QStringLiteral("SELECT count(*) FROM alerts"));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before"));
        QVERIFY(alertsBefore > 0);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM alerts WHERE group_key = '' AND held_reason = ''")), alertsBefore);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM intake_rules WHERE enabled = 1")), qint64(1));
        QCOMPARE(scalar(c, QStringLiteral("SELECT severity FROM severity_map WHERE label_value = 'critical'")), qint64(2));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE opened_by_alert_id IS NOT NULL")), qint64(0));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM alert_mutes")), qint64(0));
        // 0003: the alert names per incident are filled from the alerts already there.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM incident_alert_names")),
                 scalar(c, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT json_extract(labels, '$.alertname'), incident_id "
                                          "FROM alerts WHERE incident_id IS NOT NULL AND json_extract(labels, '$.alertname') IS NOT NULL)")));
        QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM incident_alert_names")) > 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM postmortem_templates")), qint64(0));
    }

    // 0007_alert_episode_index: a v5 file keeps its alerts; the one index of episodes still refuses
    // a second open episode of an identity, and intake's lookup of an identity's newest episode
    // is one probe of it, with nothing to sort.
    void episodeIndexMigrationKeepsOneOpenEpisodePerIdentity()
    {
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, 5);
        const qint64 alertsBefore = [&] {
            auto old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5-count"));
            old.setDatabaseName(path);
            old.open();
            const qint64 n = scalar(old, QStringLiteral("SELECT count(*) FROM alerts"));
            old.close();
            return n;
        }();
        QSqlDatabase::removeDatabase(QStringLiteral("v5-count"));
        QVERIFY(alertsBefore > 0);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM alerts")), alertsBefore);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alerts' "
                                          "AND name IN ('alerts_open_episode', 'alerts_resolved_by_identity', 'alerts_by_identity')")),
                 qint64(0));
        QSqlQuery q(c);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'v7-check', 'firing', 1, 1, 1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'v7-check', 'acknowledged', 2, 2, 2)")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO alerts(source, dedup_key, status, starts_at, ends_at, received_at, last_seen_at) "
                                       "VALUES ('alertmanager', 'v7-check', 'resolved', 0, 1, 0, 1), "
                                       "('alertmanager', 'v7-check', 'resolved', 0, 1, 0, 1)")),
                 qPrintable(q.lastError().text()));
        const QString newest = QStringLiteral("SELECT id, status FROM alerts WHERE source = 'alertmanager' AND dedup_key = 'v7-check' "
                                              "ORDER BY (CASE WHEN status = 'resolved' THEN id ELSE 9223372036854775807 END) DESC LIMIT 1");
        QVERIFY(q.exec(newest) && q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("firing"));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + newest));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("USING INDEX alerts_by_episode")), qPrintable(plan.join(QLatin1Char('|'))));
        QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")), qPrintable(plan.join(QLatin1Char('|'))));
        // Resolved, its entry moves: the newest resolved one is found next.
        QVERIFY(q.exec(QStringLiteral("UPDATE alerts SET status = 'resolved', ends_at = 3 WHERE dedup_key = 'v7-check' AND status = 'firing'")));
        QVERIFY(q.exec(newest) && q.next());
        QCOMPARE(q.value(0).toLongLong(), scalar(c, QStringLiteral("SELECT max(id) FROM alerts WHERE dedup_key = 'v7-check'")));
    }

    // 0004_counters: numbering goes on from the highest number the file had, and undoing the
    // newest declaration gives its number back.
    void countersMigrationContinuesTheNumbers()
    {
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, 3);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")),
                 scalar((*db)->connection(), QStringLiteral("SELECT max(number) FROM incidents")));
        IncidentStore store(**db);
        auto titled = [](const char *title) {
            NewIncident n;
            n.title = QString::fromUtf8(title);
            return n;
        };
        IncidentCreation creation;
        auto first = store.declare(titled("After the upgrade"), QStringLiteral("alice"), &creation);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->number, 1041);
        QVERIFY(store.undoCreation(creation).ok());
        auto again = store.declare(titled("Declared again"), QStringLiteral("alice"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->number, 1041);
        auto next = store.declare(titled("And another"), QStringLiteral("alice"));
        QCOMPARE(next->number, 1042);
    }

    // 0011_postmortem_creator: postmortems gain created_by, '' for those written before (a file
    // has no users; on a server it is the database user, tst_teamroles).
    void postmortemCreatorMigrationKeepsPostmortems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before-creator.db"));
        {
            auto old = Database::open(path, Migrator(test::migrationsBefore(dir, QStringLiteral("postmortem_creator"))));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QSqlQuery q((*old)->connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                           "VALUES (1, 'Old', 3, 'resolved', 0, 0)")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO postmortems(incident_id, title, author, created_at, updated_at) "
                                           "SELECT id, 'Old review', 'Ann', 0, 0 FROM incidents")),
                     qPrintable(q.lastError().text()));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM postmortems WHERE created_by = '' AND author = 'Ann'")), qint64(1));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_table_info('postmortems') WHERE name = 'created_by' AND \"notnull\" = 1")),
                 qint64(1));
    }

    void aNewMigrationUpgradesAndBacksUpTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, 1);
        const Migrator migrator(migrationsWith(
            dir, {{nextMigrationName(QStringLiteral("add_impact_note")),
                   "ALTER TABLE incidents ADD COLUMN impact_note TEXT NOT NULL DEFAULT '';\n"
                   "UPDATE incidents SET impact_note = 'migrated';\n"}}));
        const int next = Migrator().latestVersion() + 1;
        QCOMPARE(migrator.latestVersion(), next);
        auto db = Database::open(path, migrator);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")), qint64(next));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM incidents WHERE impact_note = 'migrated'")), qint64(40));

        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(QFileInfo::exists(backup));
        auto old = Database::inspect(backup);
        QVERIFY(old.ok());
        QCOMPARE(old->schemaVersion, 1);

        // A second upgrade of a file with the same version picks a fresh backup name.
        const QString path2 = dir.filePath(QStringLiteral("again.db"));
        QVERIFY(QFile::copy(backup, path2));
        test::writeFile(path2 + QStringLiteral(".v1.bak"), "older backup");
        QVERIFY(Database::open(path2, migrator).ok());
        QCOMPARE(test::fileBytes(path2 + QStringLiteral(".v1.bak")), QByteArray("older backup"));
        QVERIFY(QFileInfo::exists(path2 + QStringLiteral(".v1.2.bak")));
    }

    void aFailingMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, 1);
        const Migrator migrator(migrationsWith(
            dir, {{nextMigrationName(QStringLiteral("half_done")),
                   "CREATE TABLE half_done (x INTEGER);\n"
                   "DELETE FROM timeline_events;\n"
                   "INSERT INTO no_such_table VALUES (1);\n"}}));
        auto db = Database::open(path, migrator);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("Migration %1").arg(Migrator().latestVersion() + 1)),
                 qPrintable(db.error()));
        QVERIFY(db.error().contains(QStringLiteral("no_such_table")));

        auto info = Database::inspect(path);
        QVERIFY(info.ok());
        QCOMPARE(info->schemaVersion, 1);
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")), qint64(0));
            QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM timeline_events")) > 40);
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
