#include "alerts/AlertEdits.h"

#include "common/Session.h"
#include "storage/AlertStore.h"
#include "storage/IntakeRuleStore.h"

#include <QCoreApplication>

#include <memory>

namespace sitrep::ui::alertEdits {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertEdits)
};
} // namespace

Result<qint64> openIncident(Session &session, const NewIncident &incident, const QList<qint64> &alertIds)
{
    const AlertStore alerts(*session.database());
    const IncidentStore incidents(*session.database());
    auto opened = std::make_shared<qint64>(0);
    auto creation = std::make_shared<IncidentCreation>();
    auto done = session.execute(
        Tr::tr("Open incident from %n alert(s)", nullptr, int(alertIds.size())),
        [=]() -> Done {
            // On redo, the alerts must still be where the undo put them back.
            const IncidentCreation undone = *creation;
            auto id = alerts.openIncident(incident, alertIds, Session::userName(), creation.get(),
                                          undone.incidentId != 0 ? &undone : nullptr);
            if (!id)
                return fail(id.error());
            *opened = *id;
            return {};
        },
        // Puts the alerts back where they were; refused once anything was added to the incident.
        [=]() { return incidents.undoCreation(*creation); });
    if (!done)
        return fail(done.error());
    return *opened;
}

Done mute(Session &session, const QString &source, const QString &dedupKey, qint64 untilAt, const QString &title)
{
    const AlertStore alerts(*session.database());
    auto made = std::make_shared<AlertMute>();
    return session.execute(
        Tr::tr("Mute “%1”").arg(title),
        [=]() -> Done {
            AlertMute m;
            m.source = source;
            m.dedupKey = dedupKey;
            m.untilAt = untilAt;
            m.createdBy = Session::userName();
            auto stored = alerts.mute(m);
            if (!stored)
                return fail(stored.error());
            *made = *stored;
            return {};
        },
        [=]() { return alerts.removeMutes({*made}); });
}

Done unmute(Session &session, const QString &source, const QString &dedupKey, const QString &title)
{
    const AlertStore alerts(*session.database());
    auto lifted = std::make_shared<QList<AlertMute>>();
    auto first = std::make_shared<bool>(true);
    return session.execute(
        Tr::tr("Unmute “%1”").arg(title),
        [=]() -> Done {
            if (!*first)  // redo: only the mutes this step lifted, not one set since
                return alerts.removeMutes(*lifted);
            *first = false;
            auto removed = alerts.unmute(source, dedupKey);
            if (!removed)
                return fail(removed.error());
            *lifted = *removed;
            return {};
        },
        [=]() -> Done {
            auto restored = alerts.restoreMutes(*lifted);
            if (!restored)
                return fail(restored.error());
            *lifted = *restored;
            return {};
        });
}

Done saveRules(Session &session, const IntakePolicy &before, const IntakePolicy &after)
{
    const IntakeRuleStore rules(*session.database());
    // Each direction writes only over the rules it expects, so undo never drops a later edit
    // made in another window or by a colleague.
    return session.execute(Tr::tr("Change intake rules"), [=]() { return rules.save(after, before); },
                           [=]() { return rules.save(before, after); });
}

} // namespace sitrep::ui::alertEdits
