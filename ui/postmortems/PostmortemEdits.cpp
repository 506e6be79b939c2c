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
    auto id = std::make_shared<qint64>(0);
    auto done = session.execute(
        Tr::tr("Draft postmortem of %1").arg(source->incident.publicId()),
        [=]() -> Done {
            auto made = store.createDraft(incidentId, title, body, tpl.name, Session::userName());
            if (!made)
                return fail(made.error());
            *id = made->id;
            return {};
        },
        [=]() { return store.remove(*id); });
    if (!done)
        return fail(done.error());
    return *id;
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
        text, [=]() { return store.setStatus(p.id, status, reviewers, Session::userName()); },
        [=]() { return store.setStatus(p.id, before, beforeReviewers, Session::userName()); });
}

Result<qint64> addActionItem(Session &session, const ActionItem &item)
{
    const PostmortemStore store(*session.database());
    auto id = std::make_shared<qint64>(0);
    auto done = session.execute(
        Tr::tr("Add action item “%1”").arg(item.title),
        [=]() -> Done {
            ActionItem again = item;
            again.id = *id; // redo puts back the same row
            auto made = store.addActionItem(again);
            if (!made)
                return fail(made.error());
            *id = *made;
            return {};
        },
        [=]() { return store.removeActionItem(*id); });
    if (!done)
        return fail(done.error());
    return *id;
}

Done updateActionItem(Session &session, const ActionItem &before, const ActionItem &after)
{
    const PostmortemStore store(*session.database());
    const QString text = after.status == QLatin1String("done") && before.status != QLatin1String("done")
                             ? Tr::tr("Mark “%1” done").arg(after.title)
                             : Tr::tr("Change action item “%1”").arg(after.title);
    return session.execute(text, [=]() { return store.updateActionItem(after); }, [=]() { return store.updateActionItem(before); });
}

} // namespace sitrep::ui::postmortemEdits
