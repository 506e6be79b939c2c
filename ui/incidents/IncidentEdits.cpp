#include "incidents/IncidentEdits.h"

#include "common/Session.h"
#include "storage/TimelineStore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace sitrep::ui::edits {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentEdits)
};

QString changeText(const IncidentChange &c)
{
    if (isMilestone(c.field)) {
        if (c.before.isNull())
            return Tr::tr("Set %1").arg(fieldLabel(c.field));
        if (c.after.isNull())
            return c.field == IncidentField::Resolved ? Tr::tr("Reopen") : Tr::tr("Clear %1").arg(fieldLabel(c.field));
    }
    return Tr::tr("Change %1").arg(fieldLabel(c.field));
}

} // namespace

Result<Incident> declare(Session &session, const NewIncident &incident)
{
    const IncidentStore store(*session.database());
    auto declared = std::make_shared<Incident>();
    auto creation = std::make_shared<IncidentCreation>();
    auto done = session.execute(
        Tr::tr("Declare incident"),
        [=]() -> Done {
            auto made = store.declare(incident, Session::userName(), creation.get());
            if (!made)
                return fail(made.error());
            *declared = made.value();
            return {};
        },
        // Refused (and the step dropped) once anything was added to the incident, by anyone.
        [=]() { return store.undoCreation(*creation); });
    if (!done)
        return fail(done.error());
    return *declared;
}

Done change(Session &session, const IncidentChange &c)
{
    return changeAll(session, {c}, changeText(c));
}

Done changeAll(Session &session, const QList<IncidentChange> &changes, const QString &text)
{
    if (changes.isEmpty())
        return {};
    const IncidentStore store(*session.database());
    const QString author = Session::userName();
    // Timeline events written by the redo, so that undo removes exactly them.
    auto events = std::make_shared<QList<qint64>>();
    return session.execute(
        text,
        [=]() -> Done {
            auto written = store.applyAll(changes, author);  // all or nothing
            if (!written)
                return fail(written.error());
            *events = *written;
            return {};
        },
        [=]() { return store.revertAll(changes, *events); });
}

Result<qint64> addNote(Session &session, qint64 incidentId, qint64 at, const QString &body)
{
    const TimelineStore timeline(*session.database());
    auto added = timeline.addNote(incidentId, at, body, Session::userName());
    if (!added)
        return fail(added.error());
    // A note is the record of what happened (a colleague may already have read it, or copied it
    // into the incident channel): once written it stays until someone deletes it, on purpose and
    // undoably. Undo right after writing one says so instead of quietly taking it back, and so
    // does not reach past it to undo the step before (an acknowledgement, say).
    session.pushRecordOnly(Tr::tr("Add note"),
                           Tr::tr("A note stays on the timeline once it is written. To take it back, select it "
                                  "and press Delete (that can be undone); to correct it, press F2."));
    return *added;
}

Done editNote(Session &session, qint64 eventId, const QString &oldBody, const QString &newBody)
{
    const TimelineStore timeline(*session.database());
    const QString editor = Session::userName();
    return session.execute(Tr::tr("Edit note"),
                           [=]() { return timeline.updateNote(eventId, oldBody, newBody, editor); },
                           [=]() { return timeline.updateNote(eventId, newBody, oldBody, editor); });
}

Done setKeyEvent(Session &session, qint64 eventId, bool keyEvent)
{
    const TimelineStore timeline(*session.database());
    // Undo and redo star this very event, not a newer one that got its id after a delete.
    auto createdAt = std::make_shared<std::optional<qint64>>();
    return session.execute(keyEvent ? Tr::tr("Mark key event") : Tr::tr("Unmark key event"),
                           [=]() -> Done {
                               if (!*createdAt) {
                                   auto event = timeline.byId(eventId);
                                   if (event && event->has_value())
                                       *createdAt = (*event)->createdAt;
                               }
                               return timeline.setKeyEvent(eventId, !keyEvent, keyEvent, *createdAt);
                           },
                           [=]() { return timeline.setKeyEvent(eventId, keyEvent, !keyEvent, *createdAt); });
}

Done deleteEvent(Session &session, const TimelineEvent &shown)
{
    const TimelineStore timeline(*session.database());
    auto removed = std::make_shared<TimelineEvent>(shown);
    return session.execute(
        Tr::tr("Delete note"),
        [=]() -> Done {
            auto event = timeline.byId(removed->id);
            if (!event)
                return fail(event.error());
            if (!event->has_value())
                return fail(Tr::tr("That note no longer exists."));
            if ((*event)->kind != QLatin1String("note"))
                return fail(Tr::tr("Only notes can be deleted; the other events record what happened."));
            // The note as it was on screen (the first time) or as undo put it back (on redo):
            // an edit made since, not yet seen here, is kept and the delete refused.
            auto gone = timeline.removeUnchanged(*removed);
            if (!gone)
                return fail(gone.error());
            *removed = gone.value();
            return {};
        },
        [=]() -> Done {
            auto id = timeline.restore(*removed);
            if (!id)
                return fail(id.error());
            removed->id = *id;  // the same id, unless another event took it meanwhile
            return {};
        });
}

} // namespace sitrep::ui::edits
