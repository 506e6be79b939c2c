// The timeline of one incident as a model (time order, ties in the order written, kind filter),
// and the timeline store's edits with more than one writer: a removed event comes back under its
// id, and two people editing or starring one event at once give one winner and one refusal.

#include "RacingWriters.h"
#include "TestSupport.h"
#include "domain/IncidentChange.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sitrep;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 t0 = 1767225600000;   // 2026-01-01T00:00:00Z

// An incident with a declaration, two notes at the same minute, a backdated note and a milestone.
struct Seeded
{
    qint64 incidentId = 0;
    qint64 firstTie = 0;
    qint64 secondTie = 0;
};

Seeded seed(const Database &db)
{
    Seeded s;
    NewIncident n;
    n.title = QStringLiteral("Checkout returns 502");
    n.severity = Severity::Sev2;
    n.impactStartedAt = t0 - 10 * minute;
    const IncidentStore incidents(db);
    auto incident = incidents.declare(n, QStringLiteral("ana"));
    if (!incident)
        qFatal("declare: %s", qPrintable(incident.error()));
    s.incidentId = incident->id;
    const TimelineStore timeline(db);
    s.firstTie = timeline.addNote(s.incidentId, t0 + 5 * minute, QStringLiteral("rolled back 4.2"), QStringLiteral("ana")).value();
    s.secondTie = timeline.addNote(s.incidentId, t0 + 5 * minute, QStringLiteral("errors dropping"), QStringLiteral("ben")).value();
    (void)timeline.addNote(s.incidentId, t0 - 5 * minute, QStringLiteral("deploy 4.2 started"), QStringLiteral("ana")).value();
    auto ack = incidents.apply({s.incidentId, IncidentField::Acknowledged, QVariant(), QVariant(t0 + 6 * minute)}, QStringLiteral("ana"));
    if (!ack)
        qFatal("acknowledge: %s", qPrintable(ack.error()));
    return s;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        Clock::setSource([] { return t0; });   // declared at t0, so the milestone after it is in order
    }
    void cleanupTestCase() { Clock::setSource({}); }

    void showsAnIncidentsEventsInTimeOrder()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Seeded s = seed(*db);
        TimelineModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        model.setIncident(s.incidentId);
        QCOMPARE(model.rowCount(), 5);
        qint64 previous = 0;
        bool sawMilestone = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 at = model.index(row, 0).data(TimelineModel::OccurredAtRole).toLongLong();
            QVERIFY(at >= previous);
            previous = at;
            QVERIFY(!model.index(row, TimelineModel::TextColumn).data().toString().isEmpty());
            sawMilestone |= model.index(row, 0).data(TimelineModel::KindKeyRole) == QStringLiteral("milestone");
        }
        QVERIFY(sawMilestone);
        QCOMPARE(model.index(0, TimelineModel::TextColumn).data().toString(), QStringLiteral("deploy 4.2 started"));
        // The same minute: in the order they were written, on either engine.
        QCOMPARE(model.rowOfEvent(s.secondTie), model.rowOfEvent(s.firstTie) + 1);

        // Filter by kind, then back to everything.
        const int all = model.rowCount();
        model.setKindFilter(QStringLiteral("milestone"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(TimelineModel::KindKeyRole).toString(), QStringLiteral("milestone"));
        QCOMPARE(model.allEvents().size(), all);
        model.setKindFilter({});
        QCOMPARE(model.rowCount(), all);
        const qint64 third = model.eventAt(2)->id;
        QCOMPARE(model.rowOfEvent(third), 2);
        model.setIncident(0);
        QCOMPARE(model.rowCount(), 0);
    }

    // Undoing a delete puts the event back under the id it had, on both engines, so the view
    // (and a redo) find it again; a second restore of the same event cannot take that id twice.
    void aRestoredEventKeepsItsId()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Seeded s = seed(*db);
        const TimelineStore timeline(*db);
        const TimelineEvent before = timeline.byId(s.firstTie).value().value();
        auto removed = timeline.removeUnchanged(before);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(!timeline.byId(s.firstTie).value().has_value());
        auto back = timeline.restore(*removed);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, s.firstTie);
        const TimelineEvent restored = timeline.byId(s.firstTie).value().value();
        QCOMPARE(restored.body, before.body);
        QCOMPARE(restored.occurredAt, before.occurredAt);
        QCOMPARE(restored.createdAt, before.createdAt);
        TimelineModel model(db);
        model.setIncident(s.incidentId);
        QCOMPARE(model.rowOfEvent(s.secondTie), model.rowOfEvent(s.firstTie) + 1);   // still written first

        // The id is taken (here by the first restore): the event comes back under a new one.
        auto again = timeline.restore(*removed);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(*again != s.firstTie);
        QCOMPARE(timeline.byId(*again).value()->body, before.body);
        QCOMPARE(timeline.byId(s.firstTie).value()->body, before.body);

        // New events never get an id a restore could want back, on either engine, while the
        // removed event was not the newest (SQLite reuses only the highest freed rowid).
        auto gone = timeline.removeUnchanged(timeline.byId(s.secondTie).value().value());
        QVERIFY(gone.ok());
        const qint64 newer = timeline.addNote(s.incidentId, t0 + 7 * minute, QStringLiteral("all clear"), QStringLiteral("cleo")).value();
        QVERIFY(newer != s.secondTie);
        QCOMPARE(timeline.restore(*gone).value(), s.secondTie);
    }

    // Two people (two Sitreps: a Database each) edit the same note from the same text at once:
    // one edit is written, the other refused with the text it would have overwritten.
    void twoWritersEditingOneNoteGiveOneWinner()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Seeded s = seed(*db);
        const QString original = QStringLiteral("rolled back 4.2");
        auto outcome = test::raceOnRow(
            db->path(), "timeline_events", s.firstTie,
            [&](const Database &mine) { return TimelineStore(mine).updateNote(s.firstTie, original, QStringLiteral("rolled back 4.2 (ana)"), QStringLiteral("ben")); },
            [&](const Database &theirs) { return TimelineStore(theirs).updateNote(s.firstTie, original, QStringLiteral("rolled back 4.2 (ben)"), QStringLiteral("ben")); });
        SITREP_VERIFY_ONE_WINNER(outcome, QStringLiteral("was changed meanwhile"));
        const QString stored = TimelineStore(*db).byId(s.firstTie).value()->body;
        QCOMPARE(stored, outcome.first.ok() ? QStringLiteral("rolled back 4.2 (ana)") : QStringLiteral("rolled back 4.2 (ben)"));
        QVERIFY(outcome.refusal().contains(stored));   // the refusal says what the note reads now

        // Both star it.
        auto stars = test::raceOnRow(
            db->path(), "timeline_events", s.secondTie,
            [&](const Database &mine) { return TimelineStore(mine).setKeyEvent(s.secondTie, false, true); },
            [&](const Database &theirs) { return TimelineStore(theirs).setKeyEvent(s.secondTie, false, true); });
        SITREP_VERIFY_ONE_WINNER(stars, QStringLiteral("Someone else marked that key event meanwhile"));

        // One removes the note (undoing it) while the other edits it: the edit is not lost.
        const TimelineEvent asSeen = TimelineStore(*db).byId(s.secondTie).value().value();
        auto removeOrEdit = test::raceOnRow(
            db->path(), "timeline_events", s.secondTie,
            [&](const Database &mine) -> Done {
                auto removed = TimelineStore(mine).removeUnchanged(asSeen);
                return removed ? Done() : Done(fail(removed.error()));
            },
            [&](const Database &theirs) { return TimelineStore(theirs).updateNote(s.secondTie, asSeen.body, QStringLiteral("errors at 0"), QStringLiteral("ben")); });
        QVERIFY2(removeOrEdit.problem.isEmpty(), qPrintable(removeOrEdit.problem));
        QCOMPARE(removeOrEdit.winners(), 1);
        const auto now = TimelineStore(*db).byId(s.secondTie).value();
        QCOMPARE(now.has_value(), removeOrEdit.second.ok());
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
