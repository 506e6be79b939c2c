#pragma once
// The Runbooks area: the library (search, filter by service and owner, stale ones flagged), and
// the selected runbook in a highlighted Markdown editor beside its rendered preview. A folder of
// Markdown files can be linked: it is imported, watched, and edits made here are written back.
// Unsaved edits are never dropped: leaving them (another runbook, another area, closing) asks
// to save, discard or stay; Ctrl+S saves from anywhere in the page, the editor included.

#include "domain/Runbook.h"
#include "storage/Database.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sitrep {
class RunbookFolderWatcher;
class RunbookListModel;
struct FolderImport;
}

namespace sitrep::ui {

class MarkdownEditor;
class RunbookPreview;
class Session;

class RunbooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunbooksPage(Session &session, QWidget *parent = nullptr);
    ~RunbooksPage() override;

    RunbookListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MarkdownEditor *editor() const { return m_editor; }
    RunbookPreview *preview() const { return m_preview; }
    QLineEdit *searchBox() const { return m_search; }

    void selectRunbook(qint64 id);
    qint64 currentRunbookId() const { return m_current; }
    // Saves the editor's text as a new version (undoable). False when it was refused (the text
    // does not parse, the runbook changed meanwhile): the edits stay in the editor.
    // When the runbook was saved meanwhile, offers to save the text on top of that version.
    bool save();
    // Shows the stored text instead of the edits, as one step of the editor's own undo.
    void revert();
    bool hasUnsavedEdits() const;
    // Before the page is left (another area, closing the window, another database): with
    // unsaved edits, asks to save, discard or cancel. False means stay.
    bool maybeLeave();
    void linkFolder(const QString &dir);
    void newRunbook();

signals:
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void currentRowChanged(const QModelIndex &index);
    void keepSelection();
    void showCurrent();
    void showRunbook(const Runbook &runbook);
    std::optional<Runbook> storedCurrent() const;
    void reload();
    void importFinished(const FolderImport &result);
    void updateFolderLabel(const QString &extra = {});

    Session &m_session;
    RunbookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_staleOnly = nullptr;
    QLabel *m_folder = nullptr;
    QLabel *m_drift = nullptr;
    MarkdownEditor *m_editor = nullptr;
    RunbookPreview *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    qint64 m_current = 0;
    Runbook m_loaded;              // as shown in the editor when loaded (its text and version)
    bool m_restoring = false;      // putting the selection back: not a switch
    qint64 m_pendingSwitch = 0;    // the runbook to switch to once the user has answered
    std::unique_ptr<RunbookFolderWatcher> m_watcher;
};

} // namespace sitrep::ui
