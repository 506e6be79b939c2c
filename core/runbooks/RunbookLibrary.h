#pragma once
// The runbook library over the store: importing a folder of Markdown files (one bad file is
// reported by name and line, the rest import), matching runbooks to an incident, saving an edit
// made in the app (written back to its file atomically when the runbook came from a folder), and
// watching a linked folder for edits made elsewhere (git pull, an editor).

#include "runbooks/RunbookMatcher.h"
#include "storage/Database.h"
#include "storage/RunbookStore.h"
#include "util/Result.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace sitrep {

struct FolderImport
{
    int added = 0;
    int updated = 0;      // a new version
    int unchanged = 0;
    QStringList errors;   // "disk-full.md:4: min_severity must be SEV1..SEV5"
};

class RunbookLibrary
{
public:
    explicit RunbookLibrary(const Database &db) : m_db(db), m_store(db) {}

    Result<FolderImport> importFolder(const QString &dir) const;
    Result<QList<ParsedRunbook>> parsedAll() const;
    Result<QList<RunbookMatch>> match(const MatchContext &context) const;
    // The incident's alerts' labels, its service and severity.
    Result<MatchContext> contextFor(qint64 incidentId) const;
    // Saves text edited in the app as a new version; a runbook from a folder is written back to
    // its file (QSaveFile: the old file stays whole if writing fails) inside the transaction that
    // stores the version, so the file and the database change together or not at all. With
    // `expectedVersion` (the version the text was edited from) it refuses, writing nothing, when
    // the runbook has moved on since (RunbookStore::save) or when its file no longer holds that
    // version (an edit there not imported yet): then the file's text is imported as a version
    // of its own, and the error says which.
    Result<RunbookSaved> saveEdit(const Runbook &runbook, const QString &text,
                                  std::optional<int> expectedVersion = std::nullopt) const;

private:
    const Database &m_db;
    RunbookStore m_store;
};

// Re-imports a linked folder shortly after anything in it changes.
class RunbookFolderWatcher : public QObject
{
    Q_OBJECT
public:
    RunbookFolderWatcher(DatabasePtr db, QString dir, QObject *parent = nullptr);
    const QString &folder() const { return m_dir; }
    // Imports now (and starts watching the files found).
    FolderImport rescan();

signals:
    void imported(const sitrep::FolderImport &result);

private:
    void watchFiles();

    DatabasePtr m_db;
    QString m_dir;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace sitrep
