#include "runbooks/RunbookLibrary.h"

#include "storage/AlertStore.h"
#include "storage/IncidentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookLibrary)
};

QStringList markdownFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}
} // namespace

Result<FolderImport> RunbookLibrary::importFolder(const QString &dir) const
{
    if (!QFileInfo(dir).isDir())
        return fail(Tr::tr("%1 is not a folder.").arg(dir));
    FolderImport result;
    for (const QString &path : markdownFiles(dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors << Tr::tr("%1: cannot read: %2").arg(QFileInfo(path).fileName(), file.errorString());
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        auto saved = m_store.save(runbookSlug(QFileInfo(path).fileName()), text, QFileInfo(path).absoluteFilePath());
        if (!saved) {
            result.errors << saved.error();
            continue;
        }
        if (saved->created)
            ++result.added;
        else if (saved->changed)
            ++result.updated;
        else
            ++result.unchanged;
    }
    return result;
}

Result<QList<ParsedRunbook>> RunbookLibrary::parsedAll() const
{
    QList<ParsedRunbook> out;
    auto done = m_store.forEach([&out](const Runbook &r) {
        // A runbook stored before it stopped parsing is skipped for matching, not fatal.
        if (auto doc = parseRunbook(r.body, r.slug + QStringLiteral(".md")))
            out << ParsedRunbook{r, *doc};
    });
    if (!done)
        return fail(done.error());
    return out;
}

Result<QList<RunbookMatch>> RunbookLibrary::match(const MatchContext &context) const
{
    auto all = parsedAll();
    if (!all)
        return fail(all.error());
    return matchRunbooks(*all, context);
}

Result<MatchContext> RunbookLibrary::contextFor(qint64 incidentId) const
{
    auto incident = IncidentStore(m_db).byId(incidentId);
    if (!incident)
        return fail(incident.error());
    if (!*incident)
        return fail(Tr::tr("The incident no longer exists."));
    MatchContext context;
    context.service = (*incident)->service;
    context.severity = int((*incident)->severity);
    auto alerts = AlertStore(m_db).forIncident(incidentId);
    if (!alerts)
        return fail(alerts.error());
    for (const Alert &a : *alerts)
        context.alertLabels << a.labels;
    return context;
}

Result<RunbookSaved> RunbookLibrary::saveEdit(const Runbook &runbook, const QString &text, std::optional<int> expectedVersion) const
{
    if (auto doc = parseRunbook(text, runbook.sourcePath.isEmpty() ? runbook.slug + QStringLiteral(".md") : runbook.sourcePath); !doc)
        return fail(doc.error());
    // Checked before the file is written, so a refused save leaves the file alone too; the store
    // checks again in the transaction that saves.
    if (expectedVersion)
        if (auto done = m_store.checkVersion(runbook.id, *expectedVersion, text); !done)
            return fail(done.error());
    if (!runbook.sourcePath.isEmpty()) {
        QSaveFile file(runbook.sourcePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return fail(Tr::tr("Cannot write %1: %2. Nothing was changed.").arg(runbook.sourcePath, file.errorString()));
    }
    return m_store.save(runbook.slug, text, runbook.sourcePath, expectedVersion);
}

RunbookFolderWatcher::RunbookFolderWatcher(DatabasePtr db, QString dir, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_dir(std::move(dir))
{
    qRegisterMetaType<sitrep::FolderImport>();
    // Editors save in several steps (and git checks out many files): wait until it settles.
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, [this] { emit imported(rescan()); });
}

FolderImport RunbookFolderWatcher::rescan()
{
    auto result = RunbookLibrary(*m_db).importFolder(m_dir);
    watchFiles();
    if (!result) {
        FolderImport failed;
        failed.errors << result.error();
        return failed;
    }
    return *result;
}

void RunbookFolderWatcher::watchFiles()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    QStringList paths{m_dir};
    QDirIterator dirs(m_dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        paths << dirs.next();
    paths << markdownFiles(m_dir);
    m_watcher.addPaths(paths);
}

} // namespace sitrep
