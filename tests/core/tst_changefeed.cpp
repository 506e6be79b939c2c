// The change log (migration 0009) and its feed: every write says what it changed, bulk loads
// say it once, and a reader going by position never skips a row, whatever order writers commit
// in. Runs on both engines.
#include "TestSupport.h"
#include "intake/IntakeStore.h"
#include "storage/AlertStore.h"
#include "storage/ChangeFeed.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeListener.h"
#include "storage/DatabaseCopy.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"
#include "storage/TimelineStore.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using test::scalar;

namespace {

QList<Change> everything(const Database &db, FeedPosition from = changefeed::start)
{
    QList<Change> all;
    for (;;) {
        auto changes = changefeed::read(db.connection(), from, 7);  // small pages: paging is tested too
        if (!changes) {
            qWarning().noquote() << changes.error();
            return {};
        }
        if (changes->isEmpty())
            return all;
        all << *changes;
        from = changefeed::positionOf(changes->constLast());
    }
}

// "table action" for each change, e.g. "incidents insert".
QStringList summary(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        out << c.table + QLatin1Char(' ') + c.action;
    return out;
}

bool run(const Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (q.exec(statement))
        return true;
    qWarning().noquote() << statement << q.lastError().text();
    return false;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        QVERIFY2(test::migrationVersion(QStringLiteral("change_log")) > 0, "no migration named change_log");
    }

    void everyWriteIsLoggedWithItsIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log")), qint64(0));  // a fresh schema: nothing yet
        auto incident = IncidentStore(*db).declare({QStringLiteral("Checkout down"), Severity::Sev1, QStringLiteral("checkout"), {}, false, {}},
                                                   QStringLiteral("ana"));
        QVERIFY2(incident.ok(), qPrintable(incident.error()));
        const auto declared = everything(*db);
        QVERIFY(summary(declared).contains(QStringLiteral("services insert")));
        QVERIFY(summary(declared).contains(QStringLiteral("incidents insert")));
        for (const Change &c : declared) {
            if (c.table == QLatin1String("incidents") || c.table == QLatin1String("timeline_events")) {
                QCOMPARE(c.incidentId, std::optional<qint64>(incident->id));
                QCOMPARE(c.incidentNumber, std::optional<int>(incident->number));
            }
            QVERIFY(c.changedAt > 0);
            QCOMPARE(c.actor.isEmpty(), !db->isServer());   // the server's user; a file has none
        }

        const FeedPosition before = changefeed::positionOf(declared.constLast());
        auto note = TimelineStore(*db).addNote(incident->id, 1000, QStringLiteral("Rolled back"), QStringLiteral("ana"));
        QVERIFY2(note.ok(), qPrintable(note.error()));
        // A postmortem's action item names its incident through the postmortem.
        QVERIFY(run(*db, QStringLiteral("INSERT INTO postmortems(incident_id, title, status, created_at, updated_at) VALUES (%1, 'PM', 'draft', 1, 1)")
                             .arg(incident->id)));
        QVERIFY(run(*db, QStringLiteral("INSERT INTO action_items(postmortem_id, title, created_at) "
                                        "SELECT id, 'Add a canary', 1 FROM postmortems")));
        QVERIFY(run(*db, QStringLiteral("DELETE FROM services WHERE name = 'checkout'")));
        const auto later = everything(*db, before);
        QStringList seen = summary(later);
        QVERIFY2(seen.contains(QStringLiteral("timeline_events insert")), qPrintable(seen.join(QLatin1Char(','))));
        QVERIFY(seen.contains(QStringLiteral("postmortems insert")));
        QVERIFY(seen.contains(QStringLiteral("action_items insert")));
        QVERIFY(seen.contains(QStringLiteral("services delete")));
        // The service's deletion also cleared the incident's service (ON DELETE SET NULL): logged too.
        QVERIFY(seen.contains(QStringLiteral("incidents update")));
        for (const Change &c : later) {
            if (c.table == QLatin1String("action_items"))
                QCOMPARE(c.incidentId, std::optional<qint64>(incident->id));
            if (c.table == QLatin1String("timeline_events") && c.action == QLatin1String("insert"))
                QCOMPARE(c.rowId, std::optional<qint64>(*note));
        }
        // Deleting the incident logs it and what went with it.
        QVERIFY(run(*db, QStringLiteral("DELETE FROM incidents")));
        const FeedPosition afterLater = changefeed::positionOf(later.constLast());
        seen = summary(everything(*db, afterLater));
        QVERIFY(seen.contains(QStringLiteral("incidents delete")));
        QVERIFY(seen.contains(QStringLiteral("timeline_events delete")));
        QVERIFY(seen.contains(QStringLiteral("action_items delete")));
    }

    // Intake's alerts and timeline events are logged once per incident and table, not once per
    // alert; what it opens (incident, service) is logged by the triggers as any write.
    void intakeSaysWhatItDidOncePerIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QList<Alert> alerts;
        for (int i = 0; i < 10; ++i) {
            Alert a;
            a.source = QStringLiteral("alertmanager");
            a.dedupKey = QStringLiteral("fp-%1").arg(i);
            a.status = QStringLiteral("firing");
            a.title = QStringLiteral("DiskFull on db");
            a.service = QStringLiteral("db");
            a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")}, {QStringLiteral("service"), QStringLiteral("db")},
                        {QStringLiteral("severity"), QStringLiteral("critical")}, {QStringLiteral("instance"), QString::number(i)}};
            a.startsAt = 1795689600000;
            a.receivedAt = a.startsAt + 1000;
            a.lastSeenAt = a.receivedAt;
            alerts << a;
        }
        intake::IntakeStore store(*db);
        auto counts = store.applyNow(alerts);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts->incidentsOpened.size(), 1);
        const qint64 incident = counts->incidentsOpened.constFirst();
        const auto changes = everything(*db);
        // Ten alerts, four rows: the alerts and their timeline lines (each one row for the
        // incident), the incident and its service.
        QStringList seen = summary(changes);
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("alerts insert"), QStringLiteral("incidents insert"),
                                    QStringLiteral("services insert"), QStringLiteral("timeline_events insert")}));
        for (const Change &c : changes) {
            if (c.table == QLatin1String("timeline_events"))
                QCOMPARE(c.incidentId, std::optional<qint64>(incident));
            if (c.table == QLatin1String("alerts")) {
                QCOMPARE(c.incidentId, std::optional<qint64>(incident));
                QVERIFY(!c.rowId);   // several rows
            }
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log_pause")), qint64(0));   // never committed
        // The same alerts again: redeliveries touch the alerts only.
        for (Alert &a : alerts)
            a.receivedAt += 60000;
        const FeedPosition before = changefeed::positionOf(changes.constLast());
        QVERIFY(store.applyNow(alerts).ok());
        QCOMPARE(summary(everything(*db, before)), QStringList{QStringLiteral("alerts update")});
        // Other writers meanwhile are logged row by row, as ever: the incident's row here. An
        // alert edited by hand is too on a server; a file's alerts have no trigger (written
        // nearly only by intake, which logs them itself: 0009_change_log.sql says why).
        QVERIFY(run(*db, QStringLiteral("UPDATE incidents SET title = 'renamed'")));
        QVERIFY(run(*db, QStringLiteral("UPDATE alerts SET title = 'renamed' WHERE dedup_key = 'fp-0'")));
        QStringList expected{QStringLiteral("alerts update"), QStringLiteral("incidents update")};
        if (db->isServer())
            expected << QStringLiteral("alerts update");
        QCOMPARE(summary(everything(*db, before)), expected);

        // Moving alerts to an incident of their own (Alerts ▸ Open incident) logs them, file
        // and server alike.
        const auto moved = everything(*db, before);
        const FeedPosition beforeMove = changefeed::positionOf(moved.constLast());
        const qint64 alert = scalar(*db, QStringLiteral("SELECT id FROM alerts WHERE dedup_key = 'fp-3'"));
        auto opened = AlertStore(*db).openIncident({QStringLiteral("Split off"), Severity::Sev3, {}, {}, false, {}}, {alert},
                                                   QStringLiteral("ana"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        bool alertLogged = false;
        for (const Change &c : everything(*db, beforeMove))
            alertLogged |= c.table == QLatin1String("alerts") && c.rowId == alert && c.incidentId == *opened;
        QVERIFY(alertLogged);
    }

    // A statement that changes nothing logs nothing (and wakes nobody).
    void aStatementThatChangesNothingIsNotLogged()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QVERIFY(run(*db, QStringLiteral("UPDATE incidents SET title = 'x' WHERE id = -1")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log")), qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_commits")), qint64(0));
    }

    // What was there before the migration is not in the log; what is written after is.
    void upgradesFromTheVersionBefore()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("old.db"));
        {
            auto old = Database::open(location, Migrator(test::migrationsBefore(dir, QStringLiteral("change_log"))));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QVERIFY(run(**old, QStringLiteral("INSERT INTO services(name) VALUES ('billing')")));
        }
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM change_log")), qint64(0));
        QVERIFY(run(**db, QStringLiteral("UPDATE services SET owner = 'team-billing'")));
        QCOMPARE(summary(everything(**db)), QStringList{QStringLiteral("services update")});
    }

    // A demo or import writes one 'load' row, not one per row; the log works as before after it.
    void aBulkLoadIsLoggedOnce()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 30);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events")) > 30);
        QCOMPARE(summary(everything(*db)), QStringList{QStringLiteral("* load")});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log_pause")), qint64(0));
        QVERIFY(run(*db, QStringLiteral("UPDATE incidents SET title = 'renamed' WHERE id = (SELECT min(id) FROM incidents)")));
        QCOMPARE(summary(everything(*db)), (QStringList{QStringLiteral("* load"), QStringLiteral("incidents update")}));
    }

    // A copy brings the content, not the source's log (its positions mean nothing in the target),
    // and is one 'load' in the target's.
    void aCopyIsOneLoadInTheTargetsLog()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.db"));
        {
            auto db = Database::open(source);
            QVERIFY(db.ok());
            QVERIFY(IncidentStore(**db).declare({QStringLiteral("One"), Severity::Sev2, {}, {}, false, {}}, QStringLiteral("ana")).ok());
            QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM change_log")) > 0);
        }
        const QString target = test::newDatabaseLocation(dir, QStringLiteral("target.db"));
        auto copied = copyDatabase(source, target);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        auto db = Database::open(target);
        QVERIFY(db.ok());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
        QCOMPARE(summary(everything(**db)), QStringList{QStringLiteral("* load")});
    }

    // Two writers: the one that began writing first commits last. Its change has the smaller
    // id; a reader that has already read the other's must still get it.
    void aWriteCommittedLateIsNotSkipped()
    {
        QTemporaryDir dir;
        auto reader = test::createDatabase(dir);
        auto first = Database::open(reader->path());
        auto second = Database::open(reader->path());
        QVERIFY(first.ok() && second.ok());
        if (reader->isServer()) {
            QVERIFY(run(**first, QStringLiteral("BEGIN")));
            QVERIFY(run(**first, QStringLiteral("INSERT INTO services(name) VALUES ('slow')")));
            QVERIFY(run(**second, QStringLiteral("INSERT INTO services(name) VALUES ('quick')")));
        } else {
            // A file's writers take turns (the second would wait for the first's lock): the
            // first commits first, and the order is that of the ids.
            QVERIFY(run(**first, QStringLiteral("INSERT INTO services(name) VALUES ('slow')")));
            QVERIFY(run(**second, QStringLiteral("INSERT INTO services(name) VALUES ('quick')")));
        }
        auto seen = everything(*reader);
        QCOMPARE(seen.size(), reader->isServer() ? 1 : 2);
        const FeedPosition position = changefeed::positionOf(seen.constLast());
        if (reader->isServer())
            QVERIFY(run(**first, QStringLiteral("COMMIT")));
        const auto rest = everything(*reader, position);
        QCOMPARE(rest.size(), reader->isServer() ? 1 : 0);
        seen << rest;
        QSet<qint64> services;
        for (const Change &c : seen)
            services.insert(*c.rowId);
        QCOMPARE(services.size(), 2);   // both, once each
        if (reader->isServer())
            QVERIFY(rest.constFirst().id < seen.constFirst().id);   // the late one had the smaller id
    }

    // Old changes are forgotten (serve keeps 30 days); what is newer stays readable in order,
    // and a reader that was further behind is told the change it names is gone.
    void pruningForgetsOnlyWhatIsOlder()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        for (int i = 0; i < 10; ++i)
            QVERIFY(run(*db, QStringLiteral("INSERT INTO services(name) VALUES ('s%1')").arg(i)));
        const auto all = everything(*db);
        QCOMPARE(all.size(), 10);
        // The first six happened a year ago.
        QVERIFY(run(*db, QStringLiteral("UPDATE change_log SET changed_at = 1000 WHERE id <= %1").arg(all[5].id)));
        auto removed = changelog::prune(db->connection(), 2000);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(*removed, qint64(6));
        const auto left = everything(*db);
        QCOMPARE(left.size(), 4);
        QCOMPARE(left.constFirst().id, all[6].id);
        QVERIFY(!changefeed::after(db->connection(), all[2].id).ok());
        QVERIFY(changefeed::after(db->connection(), all[7].id).ok());
        QCOMPARE(*changelog::prune(db->connection(), 2000), qint64(0));   // nothing more to forget
        if (db->isServer())   // the commit positions of forgotten changes go too
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_commits")), qint64(4));
    }

    void resumesAfterAChangeId()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        for (const char *name : {"a", "b", "c"})
            QVERIFY(run(*db, QStringLiteral("INSERT INTO services(name) VALUES ('%1')").arg(QLatin1String(name))));
        const auto all = everything(*db);
        QCOMPARE(all.size(), 3);
        auto after = changefeed::after(db->connection(), all[0].id);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        const auto rest = everything(*db, *after);
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest[0].id, all[1].id);
        auto unknown = changefeed::after(db->connection(), all.constLast().id + 1000);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QString::number(all.constLast().id + 1000)));
        // From the end: only what commits afterwards.
        auto end = changefeed::end(db->connection());
        QVERIFY(end.ok());
        QVERIFY(everything(*db, *end).isEmpty());
        QVERIFY(run(*db, QStringLiteral("INSERT INTO services(name) VALUES ('d')")));
        QCOMPARE(everything(*db, *end).size(), 1);
    }

    void theListenerWakesOnAnotherSessionsCommit()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        ChangeListener listener(db, 1000, 60000);   // no wake of its own within the test
        QSignalSpy woken(&listener, &ChangeListener::woken);
        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        QTest::qWait(300);   // listening
        woken.clear();
        QVERIFY(run(**other, QStringLiteral("INSERT INTO services(name) VALUES ('elsewhere')")));
        // A server's notification arrives at once; a file's poll runs every 50 ms here.
        QTRY_VERIFY_WITH_TIMEOUT(woken.count() >= 1, 900);
    }

    // Killing the listener's server process (as a restart or a network cut would): it says so,
    // reconnects, listens again and wakes its readers to catch up.
    void theListenerReconnectsAndListensAgain()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        if (!db->isServer()) {
            // A file has no connection to lose: nothing to reconnect, and the poll goes on.
            ChangeListener listener(db, 1000);
            QSignalSpy lost(&listener, &ChangeListener::connectionLost);
            QTest::qWait(300);
            QCOMPARE(lost.count(), 0);
            return;
        }
        // Checks its connection five times a second; wakes by itself only once a minute, so a
        // wake below is a notification.
        ChangeListener listener(db, 200, 60000);
        QSignalSpy woken(&listener, &ChangeListener::woken);
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        QSignalSpy restored(&listener, &ChangeListener::connectionRestored);
        QTest::qWait(300);   // listening
        QVERIFY(run(*db, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.count() == 1, 5000);
        // Listening again: a commit wakes it before its next connection check would.
        QTest::qWait(50);
        woken.clear();
        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        QVERIFY(run(**other, QStringLiteral("INSERT INTO services(name) VALUES ('after')")));
        QTRY_VERIFY_WITH_TIMEOUT(woken.count() >= 1, 150);
        QCOMPARE(lost.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
