// Who else has an incident open (migration 0010's presence table, PresenceStore, the tracker's
// thread) and who wrote each timeline event (db_user, edited_by). Two trackers on two
// connections stand for two windows; runs on both engines.
#include "TestSupport.h"
#include "storage/DatabaseLocation.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"
#include "storage/PresenceStore.h"
#include "storage/PresenceTracker.h"
#include "storage/TimelineStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QUuid>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using test::scalar;

namespace {

// The last `others` a tracker signalled for an incident, as "name:typing" strings.
struct Seen
{
    explicit Seen(PresenceTracker &t)
    {
        QObject::connect(&t, &PresenceTracker::othersChanged, &t, [this](qint64 incident, const QList<PresencePeer> &o) {
            QStringList s;
            for (const PresencePeer &p : o)
                s << presenceName(p) + QLatin1Char(':') + p.typing;
            last[incident] = s.join(QLatin1Char(','));
            ++count;
        });
    }
    QHash<qint64, QString> last;
    int count = 0;
};

// A tracker standing for a window of another desk (process), refreshing quickly, with typing
// that lasts a minute unless said otherwise.
PresenceTracker::Options desk(char which)
{
    PresenceTracker::Options o;
    o.refreshMs = 50;
    o.typingForMs = 60000;
    o.process = QString(16, QLatin1Char(which)) + QLatin1Char('-');
    return o;
}

} // namespace

class TestPresence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void twoWindowsSeeEachOtherAndWhoIsTyping()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        const qint64 two = test::declareIncident(*db, QStringLiteral("Search slow"));
        auto other = Database::open(db->path());
        QVERIFY2(other.ok(), qPrintable(other.error()));

        PresenceTracker ana(db, QStringLiteral("Ana"), desk('a'));
        PresenceTracker bo(*other, QStringLiteral("Bo"), desk('b'));
        Seen anaSees(ana), boSees(bo);
        ana.show(one);
        bo.show(one);
        const QString role = test::databaseUser(*db);
        const QString bo_ = role.isEmpty() ? QStringLiteral("Bo") : QStringLiteral("Bo (%1)").arg(role);
        const QString ana_ = role.isEmpty() ? QStringLiteral("Ana") : QStringLiteral("Ana (%1)").arg(role);
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QLatin1Char(':'));
        QTRY_COMPARE(boSees.last.value(one), ana_ + QLatin1Char(':'));

        // Bo's typing lasts a minute after a keystroke here: it ends when the note is added.
        bo.typing();
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QStringLiteral(":note"));
        bo.typing({});
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QLatin1Char(':'));
        // Cy's lasts a moment: it ends by itself.
        auto third = Database::open(db->path());
        QVERIFY(third.ok());
        PresenceTracker::Options brief = desk('c');
        brief.typingForMs = 300;
        PresenceTracker cy(*third, QStringLiteral("Cy"), brief);
        cy.show(one);
        const QString cy_ = role.isEmpty() ? QStringLiteral("Cy") : QStringLiteral("Cy (%1)").arg(role);
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QStringLiteral(":,") + cy_ + QLatin1Char(':'));
        cy.typing();
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QStringLiteral(":,") + cy_ + QStringLiteral(":note"));
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QStringLiteral(":,") + cy_ + QLatin1Char(':'));
        cy.show(std::nullopt);

        // Bo moves on to another incident: Ana is alone on hers, and nobody is on his.
        bo.show(two);
        QTRY_COMPARE(anaSees.last.value(one), QString());
        QTRY_VERIFY(boSees.last.contains(two));
        QCOMPARE(boSees.last.value(two), QString());
        // A view that is hidden shows nothing.
        bo.show(one);
        QTRY_COMPARE(anaSees.last.value(one), bo_ + QLatin1Char(':'));
        bo.show(std::nullopt);
        QTRY_COMPARE(anaSees.last.value(one), QString());
    }

    void aClosedWindowLeavesAndACrashedOneGoesStale()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        PresenceTracker ana(db, QStringLiteral("Ana"), desk('a'));
        Seen anaSees(ana);
        ana.show(one);
        {
            PresenceTracker bo(*other, QStringLiteral("Bo"), desk('b'));
            bo.show(one);
            QTRY_VERIFY(anaSees.last.value(one).startsWith(QStringLiteral("Bo")));
        }
        QTRY_COMPARE(anaSees.last.value(one), QString());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presence")), qint64(1));

        // A window that crashed left its row: too old to count, and gone at the next start.
        const PresenceStore store(db->connection());
        QVERIFY(store.announce(QStringLiteral("crashed"), QStringLiteral("Cy"), one, QStringLiteral("note")).ok());
        QVERIFY(store.others(one, desk('a').process)->size() == 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE presence SET seen_at = seen_at - %1 WHERE session_id = 'crashed'")
                           .arg(PresenceStore::staleAfterMs + 1000)));
        QVERIFY(store.others(one, desk('a').process)->isEmpty());
        QVERIFY(q.exec(QStringLiteral("UPDATE presence SET seen_at = seen_at - 3600000 WHERE session_id = 'crashed'")));
        QVERIFY(store.forgetStale().ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presence WHERE session_id = 'crashed'")), qint64(0));
    }

    // Windows of one desk (a window and its pop-outs) are not others to each other.
    void oneDeskIsNotOthers()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        PresenceTracker main(db, QStringLiteral("Ana"), desk('a'));
        PresenceTracker popOut(db, QStringLiteral("Ana"), desk('a'));
        PresenceTracker bo(db, QStringLiteral("Bo"), desk('b'));
        Seen mainSees(main);
        main.show(one);
        popOut.show(one);
        bo.show(one);
        QTRY_VERIFY(mainSees.last.value(one).startsWith(QStringLiteral("Bo")));
        QVERIFY(!mainSees.last.value(one).contains(QStringLiteral("Ana")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presence")), qint64(3));
    }

    // One person in two windows is one name; either typing is typing.
    void onePersonInTwoWindowsIsOneName()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        const PresenceStore store(db->connection());
        QVERIFY(store.announce(QStringLiteral("w1"), QStringLiteral("Bo"), one, {}).ok());
        QVERIFY(store.announce(QStringLiteral("w2"), QStringLiteral("Bo"), one, QStringLiteral("note")).ok());
        QVERIFY(store.announce(QStringLiteral("mine"), QStringLiteral("Ana"), one, {}).ok());
        auto others = store.others(one, QStringLiteral("mine"));
        QVERIFY(others.ok());
        QCOMPARE(others->size(), 1);
        QCOMPARE(others->first().person, QStringLiteral("Bo"));
        QCOMPARE(others->first().typing, QStringLiteral("note"));
        // A deleted incident is shown by nobody (and does not fail the announcing window).
        QVERIFY(store.announce(QStringLiteral("w3"), QStringLiteral("Cy"), 999999, {}).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presence WHERE session_id = 'w3' AND incident_id IS NULL")), qint64(1));
    }

    void presenceNamesShowTheRoleWhenItDiffers()
    {
        QCOMPARE(presenceName({QStringLiteral("Ana"), {}, {}}), QStringLiteral("Ana"));
        QCOMPARE(presenceName({QStringLiteral("Ana"), QStringLiteral("Ana"), {}}), QStringLiteral("Ana"));
        QCOMPARE(presenceName({QStringLiteral("Ana"), QStringLiteral("ana.k"), {}}), QStringLiteral("Ana (ana.k)"));
        QCOMPARE(presenceName({{}, QStringLiteral("ana.k"), {}}), QStringLiteral("ana.k"));
    }

    // Every event records the database user that wrote it, and a note's edit who edited it; a
    // deleted note put back by undo keeps its writer.
    void eventsRecordWhoWroteThem()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        const TimelineStore timeline(*db);
        auto note = timeline.addNote(one, 1000, QStringLiteral("rolled back"), QStringLiteral("Ana"));
        QVERIFY(note.ok());
        const QString role = test::databaseUser(*db);
        QCOMPARE(timeline.byId(*note).value()->dbUser, role);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE db_user <> '%1'").arg(role)), qint64(0));
        QVERIFY(timeline.updateNote(*note, QStringLiteral("rolled back"), QStringLiteral("rolled back 4.2"), QStringLiteral("Bo")).ok());
        QCOMPARE(timeline.byId(*note).value()->editedBy, role.isEmpty() ? QStringLiteral("Bo") : role);
        if (db->isServer()) {
            // Put back by another role: still the writer's.
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE timeline_events SET db_user = 'someone' WHERE id = %1").arg(*note)));
        }
        auto removed = timeline.removeUnchanged(*timeline.byId(*note).value());
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        auto back = timeline.restore(*removed);
        QVERIFY(back.ok());
        QCOMPARE(timeline.byId(*back).value()->dbUser, db->isServer() ? QStringLiteral("someone") : QString());
        QCOMPARE(timeline.byId(*back).value()->editedBy, removed->editedBy);
    }

    // Migration 0010 from v9: the events already there were written before anyone was recorded.
    void upgradesFromTheVersionBefore()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("old.db"));
        {
            auto old = Database::open(location, Migrator(test::migrationsBefore(dir, QStringLiteral("who_and_presence"))));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QVERIFY(test::declareIncident(**old, QStringLiteral("Before")) > 0);
        }
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE db_user = '' AND edited_by = ''")),
                 scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events")));
        const qint64 after = test::declareIncident(**db, QStringLiteral("After"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE incident_id = %1 AND db_user = '%2'")
                                  .arg(after).arg(test::databaseUser(**db))), qint64(1));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM presence")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
