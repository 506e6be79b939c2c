#include "runbooks/RunbookEdits.h"

#include "common/Session.h"
#include "domain/RunbookDocument.h"
#include "runbooks/RunbookLibrary.h"
#include "storage/RunbookStore.h"
#include "util/Yaml.h"

#include <QCoreApplication>

#include <memory>

namespace sitrep::ui::runbookEdits {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookEdits)
};
} // namespace

Done saveRunbook(Session &session, const Runbook &loaded, const QString &text)
{
    const RunbookLibrary library(*session.database());
    const QString before = loaded.body;
    // The version the next step expects to find: the loaded one, then whatever the last step made.
    auto expected = std::make_shared<int>(loaded.version);
    const auto saveText = [=](const QString &body) -> Done {
        auto saved = library.saveEdit(loaded, body, *expected);
        if (!saved)
            return fail(saved.error());
        *expected = saved->version;
        return {};
    };
    return session.execute(
        Tr::tr("Edit runbook “%1”").arg(loaded.title), [=] { return saveText(text); }, [=] { return saveText(before); });
}

Result<qint64> createRunbook(Session &session, const QString &title)
{
    const RunbookStore store(*session.database());
    QString slug = runbookSlug(title);
    if (slug.isEmpty())
        return fail(Tr::tr("A runbook needs a title."));
    const auto taken = [&store](const QString &candidate) {
        auto found = store.bySlug(candidate);
        return !found || found->has_value();
    };
    for (int n = 2; taken(slug); ++n)
        slug = runbookSlug(title) + QLatin1Char('-') + QString::number(n);
    const QString text = QStringLiteral("---\ntitle: %1\nservices: []\nalerts:\nmin_severity: SEV4\nowner: \n---\n# %2\n\n- [ ] First step\n")
                             .arg(yamlQuoted(title.trimmed()), title.trimmed());
    auto id = std::make_shared<qint64>(0);
    auto done = session.execute(
        Tr::tr("New runbook “%1”").arg(title),
        [=]() -> Done {
            // 0: only while the name is still free (a redo must not overwrite another's runbook).
            auto saved = store.save(slug, text, QString(), 0);
            if (!saved)
                return fail(saved.error());
            *id = saved->id;
            return {};
        },
        [=]() { return store.removeUntouched(*id); });
    if (!done)
        return fail(done.error());
    return *id;
}

Done attach(Session &session, qint64 incidentId, qint64 runbookId, const QString &title)
{
    const RunbookStore store(*session.database());
    auto attached = std::make_shared<ChecklistAttached>();
    return session.execute(
        Tr::tr("Attach runbook “%1”").arg(title),
        [=]() -> Done {
            auto made = store.attach(incidentId, runbookId, Session::userName());
            if (!made)
                return fail(made.error());
            *attached = *made;
            return {};
        },
        [=]() { return store.detach(*attached); });
}

Done addStep(Session &session, qint64 incidentId, const QString &text)
{
    const RunbookStore store(*session.database());
    auto added = std::make_shared<ChecklistAttached>();
    return session.execute(
        Tr::tr("Add step “%1”").arg(text.trimmed()),
        [=]() -> Done {
            auto made = store.addStep(incidentId, text, Session::userName());
            if (!made)
                return fail(made.error());
            *added = *made;
            return {};
        },
        [=]() { return store.detach(*added); });
}

Done setStepState(Session &session, const ChecklistItem &item, const QString &state, const QString &note)
{
    const RunbookStore store(*session.database());
    auto change = std::make_shared<ChecklistChange>();
    QString text;
    if (state == QLatin1String("done"))
        text = Tr::tr("Tick “%1”").arg(item.text);
    else if (state == QLatin1String("skipped"))
        text = Tr::tr("Skip “%1”").arg(item.text);
    else if (item.state == state)
        text = Tr::tr("Note on “%1”").arg(item.text);
    else
        text = Tr::tr("Untick “%1”").arg(item.text);
    return session.execute(
        text,
        [=]() -> Done {
            // As the panel showed it (and as undo puts it back): a change made meanwhile is not overwritten.
            auto made = store.setState(item.id, state, note, Session::userName(), item);
            if (!made)
                return fail(made.error());
            *change = *made;
            return {};
        },
        [=]() { return store.restore(*change); },
        {HeldWrite::checklistStep(item, state, note, Session::userName(), 0)});   // when the server does not answer
}

} // namespace sitrep::ui::runbookEdits
