#include "postmortems/PostmortemEdits.h"

#include "common/Session.h"
#include "postmortem/Prefill.h"
#include "storage/PostmortemStore.h"

#include <QCoreApplication>

#include <memory>

namespace sitrep::ui::postmortemEdits {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemEdits)
};
} // namespace

Result<qint64> draft(Session &session, qint64 incidentId, const PostmortemTemplate &tpl)
{
    const PostmortemStore store(*session.database());
    auto source = prefillSourceFor(*session.database(), incidentId, Session::userName());
    if (!source)
        return fail(source.error());
    const QString body = renderTemplate(tpl.body, *source);
    const QString title = source->incident.title;
    auto created = std::make_shared<Postmortem>();
    auto done = session.execute(
        Tr::tr("Draft postmortem of %1").arg(source->incident.publicId()),
        [=]() -> Done {
            auto made = store.createDraft(incidentId, title, body, tpl.name, Session::userName());
            if (!made)
                return fail(made.error());
            *created = *made;
            return {};
        },
        // Refused once anything was written in it (autosave bypasses the undo stack) or added.
        [=]() { return store.removeDraft(*created); });
    if (!done)
        return fail(done.error());
    return created->id;
}

Done setStatus(Session &session, const Postmortem &p, const QString &status, const QStringList &reviewers)
{
    const PostmortemStore store(*session.database());
    const QString before = p.status;
    const QStringList beforeReviewers = p.reviewers;
    QString text = status == QLatin1String("published") ? Tr::tr("Publish postmortem")
                 : status == QLatin1String("in_review") ? Tr::tr("Send postmortem for review")
                                                        : Tr::tr("Reopen postmortem");
    return session.execute(
        text, [=]() { return store.setStatus(p.id, status, reviewers, Session::userName(), before, beforeReviewers); },
        [=]() { return store.setStatus(p.id, before, beforeReviewers, Session::userName(), status, reviewers); });
}

Result<qint64> addActionItem(Session &session, const ActionItem &item)
{
    const PostmortemStore store(*session.database());
    auto added = std::make_shared<ActionItem>(item);
    auto done = session.execute(
        Tr::tr("Add action item “%1”").arg(item.title),
        [=]() -> Done {
            auto made = store.addActionItem(*added);  // on redo: the same row, same id
            if (!made)
                return fail(made.error());
            added->id = *made;
            return {};
        },
        // Only the item as it was added: an edit since (a tick, a new owner) is kept.
        [=]() { return store.removeActionItem(*added); });
    if (!done)
        return fail(done.error());
    return added->id;
}

Done updateActionItem(Session &session, const ActionItem &before, const ActionItem &after)
{
    const PostmortemStore store(*session.database());
    const QString text = after.status == QLatin1String("done") && before.status != QLatin1String("done")
                             ? Tr::tr("Mark “%1” done").arg(after.title)
                             : Tr::tr("Change action item “%1”").arg(after.title);
    return session.execute(text, [=]() { return store.updateActionItem(after, before); },
                           [=]() { return store.updateActionItem(before, after); });
}

} // namespace sitrep::ui::postmortemEdits
