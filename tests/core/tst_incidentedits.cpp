#include "TestSupport.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QTest>

using namespace sitrep;

class TestIncidentEdits : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1767225600000;  // 2026-01-01T00:00:00Z
    static constexpr qint64 minute = 60'000;
    qint64 m_now = t0;

    Incident get(const IncidentStore &store, qint64 id) { return store.byId(id).value().value(); }

private slots:
    void initTestCase()
    {
        test::isolate();
        Clock::setSource([this] { return m_now; });
    }
    void cleanupTestCase() { Clock::setSource({}); }
    void init() { m_now = t0; }

    void declaringNumbersAndRecordsTheIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        auto first = store.declare({QStringLiteral("Checkout down"), Severity::Sev1, QStringLiteral("checkout"),
                                    t0 - 5 * minute, false, {}}, QStringLiteral("ana"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->number, 1001);
        QCOMPARE(first->status, IncidentStatus::Open);
        QCOMPARE(first->impactStartedAt, t0 - 5 * minute);
        QCOMPARE(first->detectedAt, t0);
        QCOMPARE(first->service, QStringLiteral("checkout"));
        auto second = store.declare({QStringLiteral("Search slow"), Severity::Sev3, {}, {}, true, {}},
                                    QStringLiteral("ben"));
        QCOMPARE(second->number, 1002);
        QCOMPARE(second->impactStartedAt, t0);  // defaults to now
        QVERIFY(second->isDrill);
        const auto events = TimelineStore(*db).forIncident(first->id).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].author, QStringLiteral("ana"));
        QVERIFY(events[0].body.contains(QStringLiteral("SEV1")));

        QVERIFY(!store.declare({QStringLiteral("  "), Severity::Sev3, {}, {}, false, {}}, {}).ok());
        QVERIFY(!store.declare({QStringLiteral("Future"), Severity::Sev3, {}, t0 + minute, false, {}}, {}).ok());
    }

    // Undoing a declaration removes the incident only while nothing was added to it since.
    void undoingADeclarationNeverRemovesLaterWork()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const TimelineStore timeline(*db);
        IncidentCreation untouched;
        const Incident quiet = store.declare({QStringLiteral("Quiet"), Severity::Sev3, {}, {}, false, {}},
                                             QStringLiteral("ana"), &untouched).value();
        QCOMPARE(untouched.incidentId, quiet.id);
        QCOMPARE(untouched.eventIds.size(), 1);  // "declared"
        QVERIFY(store.undoCreation(untouched).ok());
        QVERIFY(!store.byId(quiet.id).value().has_value());
        // Undoing twice: nothing left to undo, said so.
        auto again = store.undoCreation(untouched);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(quiet.publicId()), qPrintable(again.error()));

        // A note (by anyone, through any connection) keeps the incident.
        IncidentCreation noted;
        const Incident busy = store.declare({QStringLiteral("Busy"), Severity::Sev2, {}, {}, false, {}},
                                            QStringLiteral("ana"), &noted).value();
        auto other = Database::open(db->path()).value();
        const qint64 note = TimelineStore(*other).addNote(busy.id, t0, QStringLiteral("Restarted the pod"), QStringLiteral("ben")).value();
        auto refused = store.undoCreation(noted);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("1 note")), qPrintable(refused.error()));
        QVERIFY(store.byId(busy.id).value().has_value());
        QCOMPARE(timeline.byId(note).value().value().body, QStringLiteral("Restarted the pod"));

        // So does an edit of its fields, with no new event kept.
        IncidentCreation edited;
        const Incident renamed = store.declare({QStringLiteral("Typo"), Severity::Sev4, {}, {}, false, {}},
                                               QStringLiteral("ana"), &edited).value();
        m_now = t0 + minute;
        auto event = store.apply({renamed.id, IncidentField::Title, renamed.title, QStringLiteral("Fixed")}, QStringLiteral("ben"));
        QVERIFY(event.ok());
        auto refusedEdit = store.undoCreation(edited);
        QVERIFY(!refusedEdit.ok());
        QVERIFY(store.byId(renamed.id).value().has_value());
        // Once that edit is undone itself, the incident is as declared and may go.
        QVERIFY(store.revert({renamed.id, IncidentField::Title, renamed.title, QStringLiteral("Fixed")}, *event).ok());
        auto undone = store.undoCreation(edited);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QVERIFY(!store.byId(renamed.id).value().has_value());
    }

    void severalChangesAreAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("API errors"), Severity::Sev2, {}, t0 - minute, false, {}},
                                           QStringLiteral("ana")).value();
        // The second change expects a stale value: neither is written.
        auto written = store.applyAll({{inc.id, IncidentField::Title, inc.title, QStringLiteral("API 500s")},
                                       {inc.id, IncidentField::Severity, int(Severity::Sev4), int(Severity::Sev1)}},
                                      QStringLiteral("ben"));
        QVERIFY(!written.ok());
        QCOMPARE(get(store, inc.id).title, QStringLiteral("API errors"));
        QCOMPARE(TimelineStore(*db).forIncident(inc.id).value().size(), 1);
    }

    void milestonesMoveTheStatusAndUndoCleanly()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("API errors"), Severity::Sev2, {}, t0 - minute, false, {}},
                                           QStringLiteral("ana")).value();
        m_now = t0 + 2 * minute;
        const IncidentChange ack{inc.id, IncidentField::Acknowledged, QVariant(), m_now};
        auto ackEvent = store.apply(ack, QStringLiteral("ben"));
        QVERIFY2(ackEvent.ok(), qPrintable(ackEvent.error()));
        QCOMPARE(get(store, inc.id).status, IncidentStatus::Acknowledged);

        const IncidentChange mitigate{inc.id, IncidentField::Mitigated, QVariant(), t0 + 10 * minute};
        const qint64 mitigateEvent = store.apply(mitigate, QStringLiteral("ben")).value();
        const IncidentChange resolve{inc.id, IncidentField::Resolved, QVariant(), t0 + 30 * minute};
        QVERIFY(store.apply(resolve, QStringLiteral("ben")).ok());
        QCOMPARE(get(store, inc.id).status, IncidentStatus::Resolved);

        auto events = TimelineStore(*db).forIncident(inc.id).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[1].body, QStringLiteral("Acknowledged"));
        QCOMPARE(events[1].kind, QStringLiteral("milestone"));
        QCOMPARE(events[1].author, QStringLiteral("ben"));
        QCOMPARE(events[2].occurredAt, t0 + 10 * minute);

        // Reopen, then undo the reopening.
        const IncidentChange reopen = resolve.reversed();
        const qint64 reopenEvent = store.apply(reopen, QStringLiteral("ben")).value();
        QCOMPARE(get(store, inc.id).status, IncidentStatus::Mitigated);
        QCOMPARE(TimelineStore(*db).byId(reopenEvent).value()->body, QStringLiteral("Reopened"));
        QVERIFY(store.revert(reopen, reopenEvent).ok());
        QCOMPARE(get(store, inc.id).status, IncidentStatus::Resolved);
        QVERIFY(!TimelineStore(*db).byId(reopenEvent).value().has_value());

        // A resolved incident cannot lose its mitigation underneath.
        auto bad = store.revert(mitigate, mitigateEvent);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("Resolved needs Mitigated first")), qPrintable(bad.error()));
    }

    void milestonesOutOfOrderAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("Disk full"), Severity::Sev3, {}, t0 - minute, false, {}},
                                           QStringLiteral("ana")).value();
        const auto before = TimelineStore(*db).forIncident(inc.id).value().size();
        auto early = store.apply({inc.id, IncidentField::Acknowledged, QVariant(), t0 - 10 * minute}, QStringLiteral("ana"));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("Acknowledged cannot be earlier than detected")),
                 qPrintable(early.error()));
        auto skipped = store.apply({inc.id, IncidentField::Resolved, QVariant(), t0 + minute}, QStringLiteral("ana"));
        QVERIFY(!skipped.ok());
        QVERIFY(skipped.error().contains(QStringLiteral("needs")));
        const Incident after = get(store, inc.id);
        QVERIFY(!after.acknowledgedAt && !after.resolvedAt);
        QCOMPARE(TimelineStore(*db).forIncident(inc.id).value().size(), before);
    }

    void aStaleEditIsRefused()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("Old title"), Severity::Sev3, {}, {}, false, {}}, {}).value();
        QVERIFY(store.apply({inc.id, IncidentField::Title, QStringLiteral("Old title"), QStringLiteral("New title")}, {}).ok());
        auto stale = store.apply({inc.id, IncidentField::Title, QStringLiteral("Old title"), QStringLiteral("Other")}, {});
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("changed meanwhile")), qPrintable(stale.error()));
        QCOMPARE(get(store, inc.id).title, QStringLiteral("New title"));
    }

    void fieldsAndRolesAreRecorded()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("Latency"), Severity::Sev3, QStringLiteral("search"), {}, false, {}}, {}).value();
        QVERIFY(store.apply({inc.id, IncidentField::Severity, 3, 2}, QStringLiteral("ana")).ok());
        QVERIFY(store.apply({inc.id, IncidentField::Service, QStringLiteral("search"), QStringLiteral("api-gateway")}, {}).ok());
        QVERIFY(store.apply({inc.id, IncidentField::Commander, QString(), QStringLiteral("ana")}, {}).ok());
        QVERIFY(store.apply({inc.id, IncidentField::Responders, QStringList(), QStringList{QStringLiteral("ben"), QStringLiteral("chen")}}, {}).ok());
        QVERIFY(store.apply({inc.id, IncidentField::Drill, false, true}, {}).ok());
        const Incident after = get(store, inc.id);
        QCOMPARE(after.severity, Severity::Sev2);
        QCOMPARE(after.service, QStringLiteral("api-gateway"));
        QVERIFY(after.isDrill);
        QCOMPARE(fieldValue(after, IncidentField::Commander).toString(), QStringLiteral("ana"));
        QCOMPARE(fieldValue(after, IncidentField::Responders).toStringList(), (QStringList{QStringLiteral("ben"), QStringLiteral("chen")}));
        const auto events = TimelineStore(*db).forIncident(inc.id).value();
        QCOMPARE(events[1].body, QStringLiteral("Severity: SEV3 → SEV2"));
        QCOMPARE(events[1].kind, QStringLiteral("field"));
        QCOMPARE(events[3].kind, QStringLiteral("role"));
        QCOMPARE(events[4].body, QStringLiteral("Responders: none → ben, chen"));
    }

    void notesCanBeWrittenEditedStarredAndRestored()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("Queue backlog"), Severity::Sev3, {}, {}, false, {}}, {}).value();
        const TimelineStore timeline(*db);
        const qint64 note = timeline.addNote(inc.id, t0 - 3 * minute, QStringLiteral("Rolled back deploy"), QStringLiteral("ana")).value();
        QVERIFY(!timeline.addNote(inc.id, t0, QStringLiteral("   "), {}).ok());
        QVERIFY(timeline.updateNote(note, QStringLiteral("Rolled back deploy"), QStringLiteral("Rolled back deploy 4.2"), QStringLiteral("ben")).ok());
        // Compare and set: an edit that expects an older text changes nothing.
        auto stale = timeline.updateNote(note, QStringLiteral("Rolled back deploy"), QStringLiteral("Undo of my edit"), QStringLiteral("ben"));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("Rolled back deploy 4.2")), qPrintable(stale.error()));
        QVERIFY(timeline.setKeyEvent(note, false, true).ok());
        QVERIFY(!timeline.setKeyEvent(note, false, true).ok());  // someone starred it already
        auto event = timeline.byId(note).value().value();
        QCOMPARE(event.body, QStringLiteral("Rolled back deploy 4.2"));
        QVERIFY(event.isKeyEvent);
        QVERIFY(event.editedAt);
        // Backdated: it sorts before the declaration.
        QCOMPARE(timeline.forIncident(inc.id).value().first().id, note);
        // Only notes are editable: the rest is the record.
        const qint64 declared = timeline.forIncident(inc.id).value().last().id;
        QVERIFY(!timeline.updateNote(declared, timeline.byId(declared).value()->body, QStringLiteral("rewritten history"), QStringLiteral("ben")).ok());

        // Removing (undoing the note) wants the note as it was: the edited one stays.
        TimelineEvent asWritten = event;
        asWritten.body = QStringLiteral("Rolled back deploy");
        QVERIFY(!timeline.removeUnchanged(asWritten).ok());
        QVERIFY(timeline.byId(note).value().has_value());
        auto removed = timeline.removeUnchanged(event);
        QVERIFY(removed.ok());
        QVERIFY(!timeline.byId(note).value().has_value());
        QVERIFY(timeline.restore(removed.value()).ok());
        const auto back = timeline.byId(note).value().value();
        QCOMPARE(back.body, event.body);
        QCOMPARE(back.occurredAt, event.occurredAt);
        QCOMPARE(back.isKeyEvent, true);
    }

    // Undoing a note's removal brings it back under its own id while that id is free, and under
    // another when something took it meanwhile: on SQLite the next insert takes the highest
    // freed rowid (an alert arriving is enough); a server's identity never hands out a used id
    // again, but a copy or an earlier restore may hold it. The same rule on both engines.
    void aDeletedNoteComesBackWhenItsIdWasTaken()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("Queue backlog"), Severity::Sev3, {}, {}, false, {}}, {}).value();
        const TimelineStore timeline(*db);
        const qint64 note = timeline.addNote(inc.id, t0, QStringLiteral("drained the DLQ"), QStringLiteral("ana")).value();
        auto removed = timeline.removeUnchanged(timeline.byId(note).value().value());
        QVERIFY(removed.ok());
        const qint64 other = timeline.addNote(inc.id, t0 + minute, QStringLiteral("ben: lag is back to 0"), QStringLiteral("ben")).value();
        auto back = timeline.restore(removed.value());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back != other);
        QCOMPARE(*back == note, other != note);  // its own id exactly when nobody took it
        QCOMPARE(timeline.byId(*back).value()->body, QStringLiteral("drained the DLQ"));
        QCOMPARE(timeline.byId(other).value()->body, QStringLiteral("ben: lag is back to 0"));

        // Taken on every engine: the note is there again, so restoring the same removal twice
        // gives the second copy a new id and leaves the first alone.
        auto twice = timeline.restore(removed.value());
        QVERIFY2(twice.ok(), qPrintable(twice.error()));
        QVERIFY(*twice != *back && *twice != other);
        QCOMPARE(timeline.byId(*twice).value()->body, QStringLiteral("drained the DLQ"));
        QCOMPARE(timeline.byId(*back).value()->body, QStringLiteral("drained the DLQ"));

        // Free on every engine: removed and restored at once, it keeps its id.
        auto again = timeline.removeUnchanged(timeline.byId(*twice).value().value());
        QVERIFY(again.ok());
        QCOMPARE(timeline.restore(again.value()).value(), *twice);
    }

    // The event a change wrote is the record of it: once someone starred it, undoing the change
    // leaves both the field and the event.
    void undoingAChangeKeepsAStarredEvent()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("API errors"), Severity::Sev2, {}, t0 - minute, false, {}},
                                           QStringLiteral("ana")).value();
        m_now = t0 + minute;
        const IncidentChange ack{inc.id, IncidentField::Acknowledged, QVariant(), m_now};
        const qint64 event = store.apply(ack, QStringLiteral("ana")).value();
        QVERIFY(TimelineStore(*db).setKeyEvent(event, false, true).ok());
        auto refused = store.revert(ack, event);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("key event")), qPrintable(refused.error()));
        QVERIFY(get(store, inc.id).acknowledgedAt.has_value());
        QVERIFY(TimelineStore(*db).byId(event).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestIncidentEdits)
#include "tst_incidentedits.moc"
