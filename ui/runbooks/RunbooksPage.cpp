#include "runbooks/RunbooksPage.h"
#include "common/ReloadOnChange.h"

#include "common/Dialogs.h"
#include "common/ListTable.h"
#include "common/MarkdownEditor.h"
#include "common/Session.h"
#include "models/RunbookListModel.h"
#include "runbooks/RunbookEdits.h"
#include "runbooks/RunbookLibrary.h"
#include "runbooks/RunbookPreview.h"
#include "storage/RunbookStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sitrep::ui {

RunbooksPage::RunbooksPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RunbookListModel(session.database(), this))
{
    setObjectName(QStringLiteral("runbooksPage"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("runbookSearch"));
    m_search->setAccessibleName(tr("Search runbooks"));
    m_search->setPlaceholderText(tr("Search runbooks…"));
    m_search->setClearButtonEnabled(true);
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("runbookService"));
    m_service->setAccessibleName(tr("Service"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("runbookOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    for (QComboBox *box : {m_service, m_owner}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_staleOnly = new QCheckBox(tr("Stale only"));
    m_staleOnly->setToolTip(tr("Not reviewed for %1 days").arg(RunbookListModel::staleAfterDays));
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(typing, &QTimer::timeout, this, &RunbooksPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_service, &QComboBox::activated, this, &RunbooksPage::applyFilter);
    connect(m_owner, &QComboBox::activated, this, &RunbooksPage::applyFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &RunbooksPage::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("runbookTable"));
    m_table->setAccessibleName(tr("Runbooks"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    const ListTable list(m_table, RunbookListModel::TitleColumn);
    list.fit(RunbookListModel::ServicesColumn, QStringLiteral("db, storage"));
    list.fit(RunbookListModel::OwnerColumn, QStringLiteral("platform-oncall"));
    list.fit(RunbookListModel::ReviewedColumn, QStringLiteral("2026-01-01 (stale)"));
    list.fit(RunbookListModel::VersionColumn, QStringLiteral("v12 · 10 steps"));
    m_table->horizontalHeader()->hideSection(RunbookListModel::VersionColumn); // shown above the editor

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *add = bar->addAction(tr("New Runbook…"), this, &RunbooksPage::newRunbook);
    add->setObjectName(QStringLiteral("newRunbook"));
    QAction *save = bar->addAction(tr("Save"), this, &RunbooksPage::save);
    save->setObjectName(QStringLiteral("saveRunbook"));
    save->setShortcut(QKeySequence::Save);
    // On the page, not only the toolbar: a widget-with-children shortcut works where the focus is
    // inside one of the action's widgets, and while typing that is the editor.
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(save);
    QAction *revert = bar->addAction(tr("Revert"), this, &RunbooksPage::revert);
    revert->setObjectName(QStringLiteral("revertRunbook"));
    revert->setToolTip(tr("Show the saved text instead of your edits (Ctrl+Z in the editor brings them back)"));
    bar->addSeparator();
    QAction *link = bar->addAction(tr("Link Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Markdown runbooks"),
                                                              QSettings().value(QStringLiteral("runbooks/folder"), QDir::homePath()).toString());
        if (!dir.isEmpty())
            linkFolder(dir);
    });
    link->setObjectName(QStringLiteral("linkRunbookFolder"));
    m_folder = new QLabel;
    m_folder->setObjectName(QStringLiteral("runbookFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_service, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_staleOnly);
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_folder);

    m_editor = new MarkdownEditor;
    m_editor->setObjectName(QStringLiteral("runbookEditor"));
    m_editor->setAccessibleName(tr("Runbook text"));
    m_preview = new RunbookPreview;
    connect(m_preview, &RunbookPreview::copied, this, [this](const QString &text) {
        emit statusMessage(tr("Copied: %1").arg(text.section(QLatin1Char('\n'), 0, 0).left(80)));
    });
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->showMarkdown(m_editor->toPlainText()); });
    connect(m_editor, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    m_drift = new QLabel;
    m_drift->setObjectName(QStringLiteral("runbookState"));
    m_drift->setWordWrap(true);
    auto *docSplit = new QSplitter(Qt::Horizontal);
    docSplit->addWidget(m_editor);
    docSplit->addWidget(m_preview);
    docSplit->setChildrenCollapsible(false);
    auto *docSide = new QWidget;
    auto *docLayout = new QVBoxLayout(docSide);
    docLayout->setContentsMargins(0, 0, 0, 0);
    docLayout->addWidget(bar);
    docLayout->addWidget(m_drift);
    docLayout->addWidget(docSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("runbooksSplitter"));
    split->addWidget(listSide);
    split->addWidget(docSide);
    split->setStretchFactor(1, 2);
    split->setSizes({520, 760});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunbooksPage::currentRowChanged);
    reloadOnChange(m_session, this, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("runbooks")) || c.touches(QStringLiteral("runbook_versions"));
    }, [this] { reload(); });

    const QString folder = QSettings().value(QStringLiteral("runbooks/folder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        linkFolder(folder);
    reload();
    updateFolderLabel();
}

RunbooksPage::~RunbooksPage() = default;

void RunbooksPage::applyFilter()
{
    RunbookListModel::Filter f;
    f.text = m_search->text();
    f.service = m_service->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.staleOnly = m_staleOnly->isChecked();
    const qint64 keep = m_current;
    m_model->setFilter(f);
    selectRunbook(keep);
}

void RunbooksPage::reload()
{
    const qint64 keep = m_current;
    m_model->reload();
    // Refill the filter choices, keeping what was chosen.
    for (auto [box, values, all] : {std::tuple{m_service, m_model->services(), tr("All services")},
                                     std::tuple{m_owner, m_model->owners(), tr("All owners")}}) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
    selectRunbook(keep);
}

void RunbooksPage::selectRunbook(qint64 id)
{
    int row = id ? m_model->rowOfRunbook(id) : -1;
    // The runbook being edited is filtered out of the list: keep editing it.
    if (row < 0 && id == m_current && hasUnsavedEdits())
        return;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        m_current = 0;
        showCurrent();
        return;
    }
    if (m_table->currentIndex().row() == row && m_current == m_model->runbookAt(row)->id) {
        // Same runbook: refresh what is shown unless the user is editing it.
        if (!hasUnsavedEdits())
            showCurrent();
        return;
    }
    m_table->selectRow(row);
}

void RunbooksPage::currentRowChanged(const QModelIndex &index)
{
    if (m_restoring)
        return;
    const Runbook *r = m_model->runbookAt(index.row());
    const qint64 id = r ? r->id : 0;
    if (id == m_current) {
        // The same runbook in a reloaded list: refresh it unless it is being edited.
        if (!hasUnsavedEdits())
            showCurrent();
        return;
    }
    if (hasUnsavedEdits()) {
        // The edited runbook stays selected until the user has answered. The question waits for
        // the view to finish its own event (a modal box in the middle of a mouse press leaves the
        // view half-pressed); several clicks meanwhile ask once, for the last one.
        keepSelection();
        if (!id)
            return;
        const bool asking = m_pendingSwitch != 0;
        m_pendingSwitch = id;
        if (!asking)
            QMetaObject::invokeMethod(this, [this] {
                const qint64 target = std::exchange(m_pendingSwitch, 0);
                if (maybeLeave())
                    selectRunbook(target);
            }, Qt::QueuedConnection);
        return;
    }
    m_current = id;
    showCurrent();
}

void RunbooksPage::keepSelection()
{
    const auto restore = [this] {
        const QScopedValueRollback guard(m_restoring, true);
        if (const int row = m_model->rowOfRunbook(m_current); row >= 0)
            m_table->selectRow(row);
        else
            m_table->clearSelection();
    };
    restore();
    // A mouse press selects the clicked row after making it current: put it back once it has.
    QMetaObject::invokeMethod(this, restore, Qt::QueuedConnection);
}

bool RunbooksPage::hasUnsavedEdits() const
{
    return m_loaded.id != 0 && m_editor->toPlainText() != m_loaded.body;
}

bool RunbooksPage::maybeLeave()
{
    if (!hasUnsavedEdits())
        return true;
    switch (dialogs::askSaveChanges(this, tr("Unsaved Runbook"),
                                    tr("“%1” has edits that are not saved yet. Save them before you go on?").arg(m_loaded.title))) {
    case dialogs::SaveChoice::Save:
        return save();
    case dialogs::SaveChoice::Discard:
        showCurrent();
        return true;
    case dialogs::SaveChoice::Cancel:
        break;
    }
    return false;
}

std::optional<Runbook> RunbooksPage::storedCurrent() const
{
    if (!m_current)
        return std::nullopt;
    auto r = RunbookStore(*m_session.database()).byId(m_current);
    return r ? *r : std::nullopt;
}

void RunbooksPage::showCurrent()
{
    const std::optional<Runbook> r = storedCurrent();
    if (!r) {
        m_loaded = Runbook();
        m_editor->clear();
        // Nothing to type into: text typed here would belong to no runbook and be lost.
        m_editor->setReadOnly(true);
        m_editor->setPlaceholderText(tr("Pick a runbook from the list, or create one with New Runbook…"));
        m_preview->showMarkdown(QString());
        m_drift->setText(tr("No runbook selected. Link a folder of Markdown runbooks, or start a new one."));
        return;
    }
    showRunbook(*r);
}

void RunbooksPage::revert()
{
    const std::optional<Runbook> r = storedCurrent();
    if (!r) {
        showCurrent();
        return;
    }
    // Through the editor's own undo (one edit block), not setPlainText: Ctrl+Z in the editor
    // brings the edits back, so Revert needs no question. Saving them then writes on top of the
    // version Revert showed.
    if (m_editor->toPlainText() != r->body) {
        QTextCursor cursor(m_editor->document());
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(r->body);
        cursor.endEditBlock();
    }
    showRunbook(*r);
}

void RunbooksPage::showRunbook(const Runbook &runbook)
{
    m_loaded = runbook;
    m_editor->setReadOnly(false);
    m_editor->setPlaceholderText(QString());
    // The text just saved is the text shown: leave it, with the cursor and the editor's own undo.
    if (m_editor->toPlainText() != runbook.body) {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(runbook.body);
    }
    m_preview->showMarkdown(runbook.body);
    m_drift->setText(runbook.sourcePath.isEmpty()
                         ? tr("Version %1 · stored in the database").arg(runbook.version)
                         : tr("Version %1 · %2 (saving writes the file)").arg(runbook.version).arg(QDir::toNativeSeparators(runbook.sourcePath)));
}

bool RunbooksPage::save()
{
    if (!hasUnsavedEdits())
        return true;
    const QString text = m_editor->toPlainText();
    Runbook base = m_loaded;
    auto done = runbookEdits::saveRunbook(m_session, base, text);
    if (!done) {
        // Refused because the runbook moved on (another window, sitrepctl, its file): the other
        // version is kept in the history either way, so offer to save this text on top of it,
        // compared against the version named in the question (a save after that refuses again).
        const std::optional<Runbook> now = storedCurrent();
        if (!now || now->version == base.version) {
            dialogs::showError(this, tr("Runbook not saved"), done.error());
            return false;
        }
        if (!dialogs::askConfirm(this, tr("Runbook Changed Meanwhile"),
                                 done.error() + QStringLiteral("\n\n")
                                     + tr("Save your text on top of it as the next version? Version %1 stays in the runbook's "
                                          "history, and undo brings it back.")
                                           .arg(now->version),
                                 tr("Save Mine on Top")))
            return false;
        base = *now;
        done = runbookEdits::saveRunbook(m_session, base, text);
        if (!done) {
            dialogs::showError(this, tr("Runbook not saved"), done.error());
            return false;
        }
    }
    emit statusMessage(tr("Saved “%1”.").arg(base.title));
    // What is stored now is what the editor holds; the reload shows its new version.
    m_loaded = base;
    m_loaded.body = text;
    reload();
    return true;
}

void RunbooksPage::newRunbook()
{
    if (!maybeLeave())
        return;
    const auto title = dialogs::askText(this, tr("New Runbook"), tr("Title:"), QString());
    if (!title || title->trimmed().isEmpty())
        return;
    auto id = runbookEdits::createRunbook(m_session, *title);
    if (!id) {
        dialogs::showError(this, tr("Runbook not created"), id.error());
        return;
    }
    reload();
    selectRunbook(*id);
    m_editor->setFocus();
}

void RunbooksPage::linkFolder(const QString &dir)
{
    QSettings().setValue(QStringLiteral("runbooks/folder"), dir);
    m_watcher = std::make_unique<RunbookFolderWatcher>(m_session.database(), dir);
    connect(m_watcher.get(), &RunbookFolderWatcher::imported, this, &RunbooksPage::importFinished);
    importFinished(m_watcher->rescan());
}

void RunbooksPage::importFinished(const FolderImport &result)
{
    QString summary = tr("%1 added, %2 updated").arg(result.added).arg(result.updated);
    if (!result.errors.isEmpty()) {
        summary += QStringLiteral(" · ") + tr("%n file(s) with errors", nullptr, int(result.errors.size()));
        emit statusMessage(result.errors.join(QStringLiteral("; ")));
    }
    updateFolderLabel(summary);
    m_session.notifyChanged();
    reload();
}

void RunbooksPage::updateFolderLabel(const QString &extra)
{
    if (!m_watcher) {
        m_folder->setText(tr("Not linked to a folder: runbooks live in the database."));
        return;
    }
    m_folder->setText(tr("Linked to %1 · watched · %2 at %3")
                          .arg(QDir::toNativeSeparators(m_watcher->folder()), extra,
                               QTime::currentTime().toString(QStringLiteral("HH:mm"))));
}

} // namespace sitrep::ui
