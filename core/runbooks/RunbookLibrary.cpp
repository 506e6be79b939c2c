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

namespace {
// Puts a file back as it was before a write whose database side did not commit (or removes it
// when there was none), so that the folder watcher never imports a version the database refused.
Done putBack(const QString &path, bool existed, const QByteArray &bytes)
{
    if (!existed)
        return QFile::remove(path) ? Done()
                                   : Done(fail(Tr::tr("%1 was written for a save that did not go through and cannot be removed again.")
                                                   .arg(QDir::toNativeSeparators(path))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return fail(Tr::tr("%1 was written for a save that did not go through and cannot be put back as it was: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
} // namespace

Result<RunbookSaved> RunbookLibrary::saveEdit(const Runbook &runbook, const QString &text, std::optional<int> expectedVersion) const
{
    if (auto doc = parseRunbook(text, runbook.sourcePath.isEmpty() ? runbook.slug + QStringLiteral(".md") : runbook.sourcePath); !doc)
        return fail(doc.error());
    if (runbook.sourcePath.isEmpty())
        return m_store.save(runbook.slug, text, QString(), expectedVersion);

    // The file must not hold an edit made there (an editor, git pull) that the watcher has not
    // imported yet: the database's check cannot see it. A file holding a version the database
    // has (the one the edit started from, or an older one when someone saved without writing
    // the file) loses nothing when it is overwritten.
    const bool checkFile = expectedVersion && *expectedVersion > 0;
    const QString path = runbook.sourcePath;
    bool existed = false;
    bool written = false;
    QByteArray before;
    std::optional<QString> changedOnDisk;
    // The file is read, compared and written inside the store's transaction, after its version
    // check and before its commit: a save refused there never touches the file, and a file that
    // cannot be written rolls the database back.
    auto saved = m_store.save(runbook.slug, text, path, expectedVersion, [&](const RunbookSaved &) -> Done {
        QFile file(path);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return fail(Tr::tr("Cannot read %1: %2. Nothing was changed.").arg(path, file.errorString()));
            before = file.readAll();
            existed = true;
        }
        const QString onDisk = QString::fromUtf8(before);
        if (existed && onDisk == text)
            return {};   // holds this text already
        if (existed && checkFile) {
            auto known = m_store.hasVersionWithBody(runbook.id, onDisk);
            if (!known)
                return fail(known.error());
            if (!*known) {
                changedOnDisk = onDisk;
                return fail(QString());   // said below, once the file's text is imported
            }
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
            return fail(Tr::tr("Cannot write %1: %2. Nothing was changed.").arg(path, out.errorString()));
        written = true;
        return {};
    });
    if (saved)
        return saved;
    if (written)
        if (auto back = putBack(path, existed, before); !back)
            return fail(saved.error() + QLatin1Char(' ') + back.error());
    if (!changedOnDisk)
        return saved;
    // Import the file's text now (the watcher would, a moment later) so that it is a version of
    // its own: the editor can show it, and a save on top of it keeps both in the history.
    auto imported = m_store.save(runbook.slug, *changedOnDisk, path);
    if (!imported)
        return fail(Tr::tr("“%1” was changed in its file %2 since version %3, and saving would overwrite that edit. "
                           "The file cannot be imported yet (%4). Nothing was saved.")
                        .arg(runbook.title, QDir::toNativeSeparators(path)).arg(*expectedVersion).arg(imported.error()));
    return fail(Tr::tr("“%1” was changed in its file %2 since version %3; that text is now version %4, and saving would "
                       "overwrite it. Nothing was saved.")
                    .arg(runbook.title, QDir::toNativeSeparators(path)).arg(*expectedVersion).arg(imported->version));
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
