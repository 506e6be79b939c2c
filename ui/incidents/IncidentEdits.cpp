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
    auto done = session.execute(
        Tr::tr("Declare incident"),
        [=]() -> Done {
            auto made = store.declare(incident, Session::userName());
            if (!made)
                return fail(made.error());
            *declared = made.value();
            return {};
        },
        [=]() { return store.remove(declared->id); });
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
            events->clear();
            for (const IncidentChange &c : changes) {
                auto event = store.apply(c, author);
                if (!event) {
                    // Leave nothing half-done: take back what this step already applied.
                    for (qsizetype k = events->size() - 1; k >= 0; --k)
                        (void)store.revert(changes[k], (*events)[k]);
                    events->clear();
                    return fail(event.error());
                }
                events->append(*event);
            }
            return {};
        },
        [=]() -> Done {
            for (qsizetype k = events->size() - 1; k >= 0; --k)
                if (auto done = store.revert(changes[k], (*events)[k]); !done)
                    return done;
            return {};
        });
}

Result<qint64> addNote(Session &session, qint64 incidentId, qint64 at, const QString &body)
{
    const TimelineStore timeline(*session.database());
    const QString author = Session::userName();
    auto removed = std::make_shared<TimelineEvent>();
    auto id = std::make_shared<qint64>(0);
    auto done = session.execute(
        Tr::tr("Add note"),
        [=]() -> Done {
            if (*id != 0)  // redo after undo: the same note, with the same id
                return timeline.restore(*removed);
            auto added = timeline.addNote(incidentId, at, body, author);
            if (!added)
                return fail(added.error());
            *id = *added;
            return {};
        },
        [=]() -> Done {
            auto gone = timeline.remove(*id);
            if (!gone)
                return fail(gone.error());
            *removed = gone.value();
            return {};
        });
    if (!done)
        return fail(done.error());
    return *id;
}

Done editNote(Session &session, qint64 eventId, const QString &oldBody, const QString &newBody)
{
    const TimelineStore timeline(*session.database());
    return session.execute(Tr::tr("Edit note"),
                           [=]() { return timeline.updateNote(eventId, newBody); },
                           [=]() { return timeline.updateNote(eventId, oldBody); });
}

Done setKeyEvent(Session &session, qint64 eventId, bool keyEvent)
{
    const TimelineStore timeline(*session.database());
    return session.execute(keyEvent ? Tr::tr("Mark key event") : Tr::tr("Unmark key event"),
                           [=]() { return timeline.setKeyEvent(eventId, keyEvent); },
                           [=]() { return timeline.setKeyEvent(eventId, !keyEvent); });
}

Done deleteEvent(Session &session, qint64 eventId)
{
    const TimelineStore timeline(*session.database());
    auto removed = std::make_shared<TimelineEvent>();
    return session.execute(
        Tr::tr("Delete note"),
        [=]() -> Done {
            auto event = timeline.byId(eventId);
            if (event && event->has_value() && (*event)->kind != QLatin1String("note"))
                return fail(Tr::tr("Only notes can be deleted; the other events record what happened."));
            auto gone = timeline.remove(eventId);
            if (!gone)
                return fail(gone.error());
            *removed = gone.value();
            return {};
        },
        [=]() { return timeline.restore(*removed); });
}

} // namespace sitrep::ui::edits
