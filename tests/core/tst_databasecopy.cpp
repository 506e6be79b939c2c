// copyDatabase: a whole database from one place to another, all or nothing. The source is
// always a demo SQLite file; the "team" end is the run's engine (a file on the SQLite run, a
// database on the throwaway server on the PostgreSQL run), so file → server → file is tested
// there and file → file → file here.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;

namespace {

// A demo file, whatever engine the run tests: the copy's usual source.
QString demoFile(const QTemporaryDir &dir, const QString &name, qint64 incidents)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(db.error()));
    auto summary = generateDemo(**db, {incidents, 7, test::demoUntil});
    if (!summary)
        qFatal("demo generation failed: %s", qPrintable(summary.error()));
    return path;
}

QByteArray exportOf(const QString &location)
{
    auto db = Database::open(location);
    if (!db) {
        qWarning() << db.error();
        return {};
    }
    return test::exportedJson(**db);
}

qint64 scalarAt(const QString &location, const QString &sql)
{
    auto db = Database::open(location);
    return db ? test::scalar(**db, sql) : -1;
}

bool run(const QString &location, const QString &sql)
{
    auto db = Database::open(location);
    if (!db)
        return false;
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

// A cheap fingerprint that works on either engine: every table's row count and the services.
QString fingerprint(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    QStringList parts;
    for (const char *table : {"services", "incidents", "alerts", "timeline_events", "postmortems", "action_items",
                              "runbooks", "intake_rules", "severity_map", "counters"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(test::scalar(**db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT id, name FROM services ORDER BY id"));
    while (q.next())
        parts << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    // The server's meta also holds the migrator's keys, which each end keeps for itself.
    parts << QStringLiteral("meta=%1").arg(test::scalar(**db, QStringLiteral("SELECT count(*) FROM meta WHERE key NOT IN ('schema_version', 'application_id')")));
    parts << QStringLiteral("counter=%1").arg(test::scalar(**db, QStringLiteral("SELECT value FROM counters")));
    return parts.join(QLatin1Char(' '));
}

// The files in `dir` (a failed copy to a file must leave none of its own behind).
QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void aFileCopiedToTheTeamDatabaseAndBackExportsIdentically()
    {
        QTemporaryDir dir;
        const QString original = demoFile(dir, QStringLiteral("original.db"), 300);
        // Text that escaping gets wrong (quotes, backslashes, a doubled-dollar, control
        // characters, non-ASCII), a large value, and NULL beside ''.
        {
            auto db = Database::open(original);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.prepare(QStringLiteral("UPDATE services SET description = ?, owner = ? WHERE id = 1")));
            q.addBindValue(QStringLiteral("O'Brien's \\ \\\\ \"quoted\" $$ $1 \n\t\r ünïcødé 🚀 %1 ?"));
            q.addBindValue(QStringLiteral(""));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("UPDATE runbooks SET body = ? WHERE id = (SELECT min(id) FROM runbooks)")));
            q.addBindValue(QString(2 * 1024 * 1024, QLatin1Char('x')) + QStringLiteral("'\\"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE alerts SET raw_payload = NULL WHERE id % 2 = 0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE alerts SET raw_payload = '' WHERE id % 3 = 0")));
        }
        const QString team = test::newDatabaseLocation(dir, QStringLiteral("team.db"));
        QList<CopyProgress> seen;
        CopyOptions options;
        options.progress = [&](const CopyProgress &p) { seen << p; };
        auto there = copyDatabase(original, team, options);
        QVERIFY2(there.ok(), qPrintable(there.error()));
        QCOMPARE(there->rows, [&] {
            qint64 n = 0;
            for (const auto &t : there->tables)
                n += t.second;
            return n;
        }());
        QVERIFY(there->rows > 1000);
        // Progress: each table announced, then done, with the source's row count.
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const CopyProgress &p) {
            return p.table == QLatin1String("incidents") && p.tableDone && p.rows == 300 && p.tableRows == 300;
        }));
        QCOMPARE(seen.constLast().tableIndex, seen.constLast().tableCount);
        // Services come before the incidents that refer to them.
        const auto position = [&](const char *table) {
            for (int i = 0; i < there->tables.size(); ++i)
                if (there->tables[i].first == QLatin1String(table))
                    return i;
            return -1;
        };
        QVERIFY(position("services") >= 0 && position("services") < position("incidents"));
        QVERIFY(position("incidents") < position("timeline_events"));
        QVERIFY(position("postmortems") < position("action_items"));

        const QString back = dir.filePath(QStringLiteral("back.db"));
        auto home = copyDatabase(team, back);
        QVERIFY2(home.ok(), qPrintable(home.error()));
        QCOMPARE(home->rows, there->rows);
        const QByteArray expected = exportOf(original);
        QVERIFY(expected.size() > 10000);
        QCOMPARE(exportOf(back), expected);
        QCOMPARE(exportOf(team), expected);

        for (const QString &sql : {QStringLiteral("SELECT count(*) FROM alerts WHERE raw_payload IS NULL"),
                                   QStringLiteral("SELECT count(*) FROM alerts WHERE raw_payload = ''"),
                                   QStringLiteral("SELECT length(description) FROM services WHERE id = 1"),
                                   QStringLiteral("SELECT max(length(body)) FROM runbooks")}) {
            QCOMPARE(scalarAt(team, sql), scalarAt(original, sql));
            QCOMPARE(scalarAt(back, sql), scalarAt(original, sql));
        }
        QVERIFY(scalarAt(original, QStringLiteral("SELECT count(*) FROM alerts WHERE raw_payload IS NULL")) > 0);

        // What each engine derives was rebuilt, not copied: the counter holds, search finds.
        const QString maxNumber = QStringLiteral("SELECT max(number) FROM incidents");
        QCOMPARE(scalarAt(team, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")),
                 scalarAt(original, maxNumber));
        QCOMPARE(scalarAt(back, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")),
                 scalarAt(original, maxNumber));
        const QString ftsRows = QStringLiteral("SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH 'database'");
        QVERIFY(scalarAt(original, ftsRows) > 0);
        QCOMPARE(scalarAt(back, ftsRows), scalarAt(original, ftsRows));
        // Rows the index holds (a count(*) of an external-content table counts its content).
        const QString timelineRows = QStringLiteral("SELECT count(*) FROM timeline_fts_docsize");
        QCOMPARE(scalarAt(back, timelineRows), scalarAt(original, timelineRows));
        QCOMPARE(scalarAt(back, timelineRows),
                 scalarAt(original, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind <> 'alert'")));
        QCOMPARE(scalarAt(back, QStringLiteral("PRAGMA user_version")), qint64(Migrator().latestVersion()));
        if (test::testingServer()) {
            QCOMPARE(scalarAt(team, QStringLiteral("SELECT count(*) FROM incidents WHERE search @@ to_tsquery('simple', 'database')")),
                     scalarAt(original, ftsRows));
            // The migrator's own keys stay the server's: one of each.
            QCOMPARE(scalarAt(team, QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('schema_version', 'application_id')")), 2);
            // Identities go on after the copied ids.
            const qint64 highest = scalarAt(team, QStringLiteral("SELECT max(id) FROM services"));
            QCOMPARE(scalarAt(team, QStringLiteral("INSERT INTO services(name) VALUES ('new after copy') RETURNING id")),
                     highest + 1);
        }
        // No file of the copy's own is left next to the target.
        for (const QString &f : filesIn(dir))
            QVERIFY2(!f.contains(QLatin1String(".copy-")), qPrintable(f));
    }

    void refusesATargetThatHoldsSomethingAndReplacesOnRequest_data()
    {
        QTest::addColumn<bool>("fileTarget");
        QTest::newRow("the run's engine") << false;
        QTest::newRow("a file") << true;
    }
    void refusesATargetThatHoldsSomethingAndReplacesOnRequest()
    {
        QFETCH(bool, fileTarget);
        QTemporaryDir dir;
        const QString source = demoFile(dir, QStringLiteral("source.db"), 40);
        const QString target = fileTarget ? dir.filePath(QStringLiteral("target.db"))
                                          : test::newDatabaseLocation(dir, QStringLiteral("target.db"));
        // A migrated database with only its seed rows counts as empty.
        QVERIFY(Database::open(target).ok());
        QVERIFY(run(target, QStringLiteral("INSERT INTO services(name) VALUES ('keep me')")));
        const QString before = fingerprint(target);
        const QByteArray bytesBefore = fileTarget ? test::fileBytes(target) : QByteArray();

        auto refused = copyDatabase(source, target);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("not empty")) && refused.error().contains(QLatin1String("services")) &&
                     refused.error().contains(QLatin1String("--replace")),
                 qPrintable(refused.error()));
        QCOMPARE(fingerprint(target), before);
        if (fileTarget)
            QCOMPARE(test::fileBytes(target), bytesBefore);

        // An edited intake rule is content too.
        QVERIFY(run(target, QStringLiteral("DELETE FROM services")));
        QVERIFY(run(target, QStringLiteral("UPDATE intake_rules SET min_severity = 2")));
        QVERIFY(!copyDatabase(source, target).ok());

        CopyOptions replace;
        replace.replace = true;
        auto replaced = copyDatabase(source, target, replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(fingerprint(target), fingerprint(source));
        QCOMPARE(scalarAt(target, QStringLiteral("SELECT count(*) FROM services WHERE name = 'keep me'")), 0);
        QCOMPARE(exportOf(target), exportOf(source));
        QCOMPARE(scalarAt(target, QStringLiteral("SELECT min_severity FROM intake_rules")),
                 scalarAt(source, QStringLiteral("SELECT min_severity FROM intake_rules")));
    }

    void aFailureMidwayLeavesTheTargetAsItWas_data()
    {
        QTest::addColumn<bool>("fileTarget");
        QTest::addColumn<bool>("midTable");
        QTest::newRow("the run's engine, last row") << false << false;
        QTest::newRow("a file, last row") << true << false;
        // Halfway through the table: on a server, in the middle of one COPY.
        QTest::newRow("the run's engine, mid-table") << false << true;
        QTest::newRow("a file, mid-table") << true << true;
    }
    void aFailureMidwayLeavesTheTargetAsItWas()
    {
        QFETCH(bool, fileTarget);
        QFETCH(bool, midTable);
        QTemporaryDir dir;
        const QString source = demoFile(dir, QStringLiteral("source.db"), 200);
        // One row no target takes: a timeline event of a kind that does not exist, written past
        // the CHECK (as a damaged or hand-edited file might hold it), either the last row copied
        // or one halfway through the table.
        {
            auto db = Database::open(source);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY2(q.exec(midTable ? QStringLiteral("UPDATE timeline_events SET kind = 'poison' WHERE id = (SELECT id FROM "
                                                      "timeline_events ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM timeline_events))")
                                     : QStringLiteral("INSERT INTO timeline_events(incident_id, occurred_at, kind, created_at) "
                                                      "VALUES ((SELECT max(id) FROM incidents), 0, 'poison', 0)")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        const QString target = fileTarget ? dir.filePath(QStringLiteral("target.db"))
                                          : test::newDatabaseLocation(dir, QStringLiteral("target.db"));
        QVERIFY(Database::open(target).ok());
        QVERIFY(run(target, QStringLiteral("INSERT INTO services(name) VALUES ('keep me')")));
        const QString before = fingerprint(target);
        const QByteArray exportBefore = exportOf(target);
        if (fileTarget)
            QVERIFY(run(target, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray bytesBefore = fileTarget ? test::fileBytes(target) : QByteArray();
        const QStringList filesBefore = filesIn(dir);

        qint64 copiedBeforeFailure = 0;
        CopyOptions replace;
        replace.replace = true;
        replace.progress = [&](const CopyProgress &p) {
            if (p.tableDone)
                copiedBeforeFailure += p.rows;
        };
        auto failed = copyDatabase(source, target, replace);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("timeline_events")) && failed.error().contains(QLatin1String("left as it was")),
                 qPrintable(failed.error()));
        // It failed midway: whole tables had gone in before.
        QVERIFY(copiedBeforeFailure > 1000);
        QCOMPARE(fingerprint(target), before);
        QCOMPARE(exportOf(target), exportBefore);
        if (fileTarget)
            QCOMPARE(test::fileBytes(target), bytesBefore);
        QCOMPARE(filesIn(dir), filesBefore);
    }

    void aFileOpenElsewhereIsNotReplaced()
    {
        // Its write-ahead log would be applied to the file renamed over it.
        QTemporaryDir dir;
        const QString source = demoFile(dir, QStringLiteral("source.db"), 5);
        const QString target = dir.filePath(QStringLiteral("open.db"));
        auto open = Database::open(target);
        QVERIFY(open.ok());
        QVERIFY(test::scalar(**open, QStringLiteral("INSERT INTO services(name) VALUES ('in use') RETURNING id")) > 0);
        QVERIFY(QFileInfo::exists(target + QStringLiteral("-wal")));
        CopyOptions replace;
        replace.replace = true;
        auto refused = copyDatabase(source, target, replace);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("open in another program")), qPrintable(refused.error()));
        QCOMPARE(test::scalar(**open, QStringLiteral("SELECT count(*) FROM services WHERE name = 'in use'")), 1);
        open = fail(QString());   // closed: now it can be replaced
        auto copied = copyDatabase(source, target, replace);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        QCOMPARE(exportOf(target), exportOf(source));
    }

    void refusesWhatCannotBeCopied()
    {
        QTemporaryDir dir;
        const QString source = demoFile(dir, QStringLiteral("source.db"), 5);
        auto same = copyDatabase(source, source);
        QVERIFY(!same.ok());
        QVERIFY2(same.error().contains(QLatin1String("same database")), qPrintable(same.error()));
        const QString missing = dir.filePath(QStringLiteral("missing.db"));
        auto none = copyDatabase(missing, dir.filePath(QStringLiteral("b.db")));
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QLatin1String("does not exist")), qPrintable(none.error()));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.db"))));
        // Not a Sitrep file: refused, even with --replace, and left alone.
        const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(foreign, "my notes\n");
        CopyOptions replace;
        replace.replace = true;
        auto notOurs = copyDatabase(source, foreign, replace);
        QVERIFY(!notOurs.ok());
        QCOMPARE(test::fileBytes(foreign), QByteArray("my notes\n"));
        // Nor a file a newer Sitrep wrote.
        const QString future = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(future);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray futureBytes = test::fileBytes(future);
        auto newer = copyDatabase(source, future, replace);
        QVERIFY(!newer.ok());
        QVERIFY2(newer.error().contains(QLatin1String("newer")), qPrintable(newer.error()));
        QCOMPARE(test::fileBytes(future), futureBytes);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
