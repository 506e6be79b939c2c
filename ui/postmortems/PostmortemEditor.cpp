#include "postmortems/PostmortemEditor.h"
#include "common/ReloadOnChange.h"

#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/FormFields.h"
#include "common/MarkdownEditor.h"
#include "common/Outbox.h"
#include "common/Session.h"
#include "models/PostmortemListModel.h"
#include "postmortem/Export.h"
#include "postmortems/PostmortemEdits.h"
#include "postmortems/TextConflictBar.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/TimelineStore.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTime>
#include <QVBoxLayout>

namespace sitrep::ui {

PostmortemEditor::PostmortemEditor(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("postmortemEditor"));
    if (auto lint = BlamelessLint::load(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/lint")))
        m_lint = *lint;
    else if (auto builtIn = BlamelessLint::load())
        m_lint = *builtIn;   // a broken team file must not take the lint away

    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("postmortemHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("postmortemBanner"));
    m_banner->setWordWrap(true);

    // Shown when another writer saved this postmortem while we were typing: autosave stops,
    // both texts are kept, and the user decides.
    m_conflict = new TextConflictBar;
    connect(m_conflict, &TextConflictBar::keepBothRequested, this, &PostmortemEditor::keepBothTexts);
    connect(m_conflict, &TextConflictBar::useTheirsRequested, this, &PostmortemEditor::useTheirText);

    m_review = new QPushButton(tr("Send for Review…"));
    m_review->setObjectName(QStringLiteral("sendForReview"));
    connect(m_review, &QPushButton::clicked, this, &PostmortemEditor::sendForReview);
    m_publish = new QPushButton(tr("Publish"));
    m_publish->setObjectName(QStringLiteral("publishPostmortem"));
    connect(m_publish, &QPushButton::clicked, this, &PostmortemEditor::publish);
    m_reopen = new QPushButton(tr("Reopen"));
    m_reopen->setObjectName(QStringLiteral("reopenPostmortem"));
    connect(m_reopen, &QPushButton::clicked, this, &PostmortemEditor::reopen);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    for (const auto &[label, format, filter] : {std::tuple{tr("Markdown…"), "md", tr("Markdown (*.md)")},
                                                std::tuple{tr("HTML…"), "html", tr("HTML (*.html)")},
                                                std::tuple{tr("PDF…"), "pdf", tr("PDF (*.pdf)")}}) {
        exportMenu->addAction(label, this, [this, format = QString::fromLatin1(format), filter] {
            if (!m_postmortem)
                return;
            const QString path = QFileDialog::getSaveFileName(this, tr("Export Postmortem"), QStringLiteral("postmortem.") + format, filter);
            if (path.isEmpty())
                return;
            if (auto done = exportTo(format, path); !done)
                dialogs::showError(this, tr("Not exported"), done.error());
            else
                emit statusMessage(tr("Exported to %1").arg(path));
        });
    }
    exportButton->setMenu(exportMenu);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_review);
    actions->addWidget(m_publish);
    actions->addWidget(m_reopen);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    m_words = new QLabel;
    m_words->setObjectName(QStringLiteral("postmortemWords"));
    m_saved = new QLabel;
    m_saved->setObjectName(QStringLiteral("postmortemSaved"));
    auto *state = new QHBoxLayout;
    state->addWidget(m_words);
    state->addStretch(1);
    state->addWidget(m_saved);

    m_outline = new QListWidget;
    m_outline->setObjectName(QStringLiteral("postmortemOutline"));
    m_outline->setAccessibleName(tr("Outline"));
    connect(m_outline, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        QTextCursor c(block);
        m_editor->setTextCursor(c);
        m_editor->centerCursor();
        m_editor->setFocus();
    });
    connect(m_outline, &QListWidget::itemClicked, m_outline, &QListWidget::itemActivated);
    m_editor = new MarkdownEditor;
    m_editor->setObjectName(QStringLiteral("postmortemText"));
    m_editor->setAccessibleName(tr("Postmortem text"));
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("postmortemPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_outline);
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({150, 450, 450});
    // Outline and preview fold away on a narrow window; the text never does.
    split->setCollapsible(1, false);

    m_findings = new QListWidget;
    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_findings->setAccessibleName(tr("Blameless writing findings"));
    m_findings->setWordWrap(true);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QTextCursor c(m_editor->document());
        c.setPosition(item->data(Qt::UserRole).toInt());
        c.setPosition(item->data(Qt::UserRole).toInt() + item->data(Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(c);
        m_editor->setFocus();
    });
    connect(m_findings, &QListWidget::itemClicked, m_findings, &QListWidget::itemActivated);

    m_items = new QTableWidget(0, 5);
    m_items->setObjectName(QStringLiteral("postmortemActionItems"));
    m_items->setAccessibleName(tr("Action items"));
    m_items->setHorizontalHeaderLabels({tr("Done"), tr("Action"), tr("Owner"), tr("Due"), tr("Priority")});
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 0 || m_items->signalsBlocked())
            return;
        const int row = item->row();
        const bool done = item->checkState() == Qt::Checked;
        QMetaObject::invokeMethod(this, [this, row, done] { setActionItemDone(row, done); }, Qt::QueuedConnection);
    });
    auto *addItem = new QPushButton(tr("Add Action Item…"));
    addItem->setObjectName(QStringLiteral("addActionItem"));
    connect(addItem, &QPushButton::clicked, this, &PostmortemEditor::addActionItem);
    auto *itemsPage = new QWidget;
    auto *itemsLayout = new QVBoxLayout(itemsPage);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_items);
    itemsLayout->addWidget(addItem, 0, Qt::AlignLeft);
    auto *bottom = new QTabWidget;
    bottom->setObjectName(QStringLiteral("postmortemTabs"));
    bottom->addTab(m_findings, tr("Blameless writing"));
    bottom->addTab(itemsPage, tr("Action items"));
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(split);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_conflict);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);
    layout->addLayout(state);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &PostmortemEditor::saveNow);
    m_analyse = new QTimer(this);
    m_analyse->setSingleShot(true);
    m_analyse->setInterval(300);
    connect(m_analyse, &QTimer::timeout, this, [this] {
        updateLint();
        updateOutline();
        updatePreview();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PostmortemEditor::textEdited);
    reloadOnChange(m_session, this, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("postmortems")) || c.touches(QStringLiteral("action_items"));
    }, [this] { reload(); });
    // An undo must see what was typed, not what the last autosave wrote (else it could remove
    // a postmortem whose text it never saw).
    connect(&m_session, &Session::flushRequested, this, &PostmortemEditor::saveNow);
    // Text held while the server was away is saved as soon as it answers again.
    connect(&m_session, &Session::connectionRestored, this, [this] {
        if (m_postmortem && m_session.outbox()->postmortemText(m_postmortem->id))
            saveNow();
    });
    showPostmortem(0);
}

PostmortemEditor::~PostmortemEditor()
{
    // maybeLeave() has asked already where it could; at this point keep what can be kept.
    if (m_theirs)
        keepBothTexts();
    saveNow();
}

bool PostmortemEditor::maybeLeave()
{
    if (m_theirs)
        keepBothTexts();  // lossless: both texts saved, to merge later
    saveNow();
    if (!m_postmortem || m_editor->toPlainText() == m_savedText || heldOnThisComputer())
        return true;
    // Published or removed elsewhere while this was typed: it cannot be saved there.
    return dialogs::askConfirm(this, tr("Unsaved Postmortem Text"),
                               tr("Your text in “%1” could not be saved: the postmortem was published or removed "
                                  "meanwhile. Leave and lose it? (Cancel keeps it here to copy.)").arg(m_postmortem->title),
                               tr("Discard My Text"));
}

bool PostmortemEditor::savedBeforeActing(const QString &action)
{
    saveNow();
    if (!m_theirs && m_editor->toPlainText() == m_savedText)
        return true;
    dialogs::showError(this, action,
                       m_theirs ? tr("Someone else saved this postmortem while you were typing: choose Keep Both or Use Theirs first.")
                                : tr("Your latest text is not saved yet (%1), so this would act on an older text.").arg(m_saved->text()));
    return false;
}

void PostmortemEditor::showPostmortem(qint64 id)
{
    // Leaving with a conflict unresolved keeps both texts rather than dropping either.
    if (m_theirs)
        keepBothTexts();
    saveNow();
    rescueUnsavedText();
    m_postmortem.reset();
    if (id)
        if (auto p = PostmortemStore(*m_session.database()).byId(id); p && *p)
            m_postmortem = **p;
    m_savedText = m_postmortem ? m_postmortem->body : QString();
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(m_savedText);
    }
    // People's names make "Ana failed to …" a finding.
    QStringList people;
    if (m_postmortem) {
        people << m_postmortem->reviewers << m_postmortem->author;
        if (auto incident = IncidentStore(*m_session.database()).byId(m_postmortem->incidentId); incident && *incident)
            for (const RoleAssignment &r : (*incident)->roles)
                people << r.person;
        if (auto events = TimelineStore(*m_session.database()).forIncident(m_postmortem->incidentId))
            for (const TimelineEvent &e : *events)
                if (e.author != QLatin1String("sitrep intake"))
                    people << e.author;
    }
    people.removeDuplicates();
    m_lint.setPeople(people);
    updateLint();
    updateOutline();
    updatePreview();
    fillActionItems();
    updateState();
}

void PostmortemEditor::reload()
{
    if (!m_postmortem)
        return;
    auto p = PostmortemStore(*m_session.database()).byId(m_postmortem->id);
    if (p && !*p) {  // removed elsewhere (an undo of its draft)
        rescueUnsavedText();
        m_savedText = m_editor->toPlainText();  // nothing left to save it to
        showPostmortem(0);
        return;
    }
    if (!p)
        return;  // a failed read is no reason to drop what is on screen
    const bool typing = m_editor->toPlainText() != m_savedText;
    m_postmortem = **p;
    // Someone else's newer text replaces ours only when we have nothing unsaved.
    if (!typing && m_postmortem->body != m_savedText) {
        m_savedText = m_postmortem->body;
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(m_savedText);
        updatePreview();
        updateOutline();
        updateLint();
    }
    fillActionItems();
    updateState();
}

void PostmortemEditor::textEdited()
{
    // Re-highlighting (a palette change) also reports a change; only real edits count.
    if (m_editor->toPlainText() == m_savedText)
        return;
    m_analyse->start();
    if (m_theirs)
        return;  // nothing is saved until the conflict is settled, and the state line says so
    m_autosave->start();
    m_saved->setText(tr("Editing…"));
}

void PostmortemEditor::saveNow()
{
    m_autosave->stop();
    if (!m_postmortem || m_postmortem->status == QLatin1String("published"))
        return;
    if (m_theirs)
        return;  // the user chooses first (the conflict bar)
    const QString text = m_editor->toPlainText();
    if (text == m_savedText)
        return;
    Result<std::optional<QString>> saved = fail(QString());
    auto written = m_session.write([&]() -> Done {
        saved = PostmortemStore(*m_session.database()).saveBody(m_postmortem->id, m_savedText, text);
        return saved ? Done() : Done(fail(saved.error()));
    });
    if (!written && m_session.lastWriteLostConnection() && m_session.holdsWrites()) {
        // The server does not answer: the text stays on screen and is kept on this computer
        // too (a crash or a closed window keeps it); saved here again once the server is back.
        auto held = m_session.hold({HeldWrite::postmortemText(m_postmortem->id, m_postmortem->title, m_savedText, text,
                                                              Session::userName(), 0)});
        m_saved->setText(held ? tr("Saved on this computer: will be written when the server is back.")
                              : tr("Not saved: %1").arg(held.error()));
        return;
    }
    if (!written) {
        m_saved->setText(tr("Not saved: %1").arg(written.error()));
        return;
    }
    if (*saved) {
        m_theirs = **saved;
        m_conflict->show();
        m_saved->setText(tr("Not saved: someone else saved meanwhile"));
        return;
    }
    m_savedText = text;
    m_postmortem->body = text;
    m_saved->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    // What was held while the server was away is in what was just saved.
    (void)m_session.outbox()->removePostmortemText(m_postmortem->id);
}

bool PostmortemEditor::heldOnThisComputer() const
{
    if (!m_postmortem)
        return false;
    const auto held = m_session.outbox()->postmortemText(m_postmortem->id);
    return held && held->text == m_editor->toPlainText();
}

void PostmortemEditor::rescueUnsavedText()
{
    const QString text = m_editor->toPlainText();
    if (!m_postmortem || text == m_savedText || heldOnThisComputer())
        return;
    // Text that could not be saved (published or removed elsewhere) is never dropped silently.
    QGuiApplication::clipboard()->setText(text);
    emit statusMessage(tr("Your unsaved text of “%1” could not be saved there; it is on the clipboard.").arg(m_postmortem->title));
}

void PostmortemEditor::keepBothTexts()
{
    if (!m_theirs)
        return;
    const QString theirs = *m_theirs;
    QTextCursor c(m_editor->document());
    c.movePosition(QTextCursor::End);
    // One edit block: Ctrl+Z in the editor takes the merge back.
    c.insertText(QStringLiteral("\n\n---\n\n## ") + tr("Text saved meanwhile by someone else (merge by hand)")
                 + QStringLiteral("\n\n") + theirs);
    m_theirs.reset();
    m_conflict->hide();
    m_savedText = theirs;  // what is stored now: the next save compares against it
    saveNow();
}

void PostmortemEditor::useTheirText()
{
    if (!m_theirs)
        return;
    QGuiApplication::clipboard()->setText(m_editor->toPlainText());
    const QString theirs = *m_theirs;
    m_theirs.reset();
    m_conflict->hide();
    m_savedText = theirs;
    if (m_postmortem)
        m_postmortem->body = theirs;
    QTextCursor c(m_editor->document());
    c.select(QTextCursor::Document);
    c.insertText(theirs);  // an edit, so Ctrl+Z in the editor brings yours back too
    m_saved->setText(tr("Your text is on the clipboard."));
}

void PostmortemEditor::updateLint()
{
    const auto found = m_lint.check(m_editor->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    m_findings->clear();
    for (const LintFinding &f : found) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(f.offset);
        mark.cursor.setPosition(f.offset + f.length, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xe0, 0x8a, 0x00));
        mark.format.setToolTip(f.suggestion);
        marks << mark;
        auto *item = new QListWidgetItem(tr("Line %1: “%2” — %3 %4").arg(f.line).arg(f.phrase, f.message, f.suggestion), m_findings);
        item->setData(Qt::UserRole, f.offset);
        item->setData(Qt::UserRole + 1, f.length);
    }
    m_editor->setExtraSelections(marks);
    if (found.isEmpty())
        new QListWidgetItem(tr("No blame-oriented phrasing found."), m_findings);
    const int words = int(m_editor->toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
    m_words->setText(tr("%n word(s)", nullptr, words) + QStringLiteral(" · ") + tr("%n finding(s)", nullptr, int(found.size())));
}

void PostmortemEditor::updateOutline()
{
    m_outline->clear();
    int block = 0;
    for (const QString &line : m_editor->toPlainText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#'))) {
            const int level = int(line.indexOf(QLatin1Char(' ')));
            if (level >= 1 && level <= 4) {
                auto *item = new QListWidgetItem(QString((level - 1) * 3, QLatin1Char(' ')) + line.mid(level + 1).trimmed(), m_outline);
                item->setData(Qt::UserRole, block);
            }
        }
        ++block;
    }
}

void PostmortemEditor::updatePreview()
{
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->document()->setMarkdown(m_editor->toPlainText(), QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_preview->verticalScrollBar()->setValue(scroll);
}

void PostmortemEditor::updateState()
{
    if (!m_postmortem) {
        m_heading->setText(tr("No postmortem selected"));
        m_banner->setText(tr("Write one from an incident (Write Postmortem in its detail), or pick one from the list."));
        for (QWidget *w : {static_cast<QWidget *>(m_review), static_cast<QWidget *>(m_publish), static_cast<QWidget *>(m_reopen)})
            w->setEnabled(false);
        m_editor->setReadOnly(true);
        return;
    }
    const Postmortem &p = *m_postmortem;
    m_heading->setText(p.title);
    const bool published = p.status == QLatin1String("published");
    QString banner = PostmortemListModel::statusLabel(p.status);
    if (!p.author.isEmpty())
        banner += QStringLiteral(" · ") + tr("by %1").arg(p.author);
    if (!p.reviewers.isEmpty())
        banner += QStringLiteral(" · ") + tr("reviewers: %1").arg(p.reviewers.join(QStringLiteral(", ")));
    if (p.reviewRequestedAt)
        banner += QStringLiteral(" · ") + tr("review asked %1").arg(QDateTime::fromMSecsSinceEpoch(*p.reviewRequestedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    if (published && p.publishedAt)
        banner += QStringLiteral(" · ") + tr("published %1 — read-only; reopen to edit").arg(QDateTime::fromMSecsSinceEpoch(*p.publishedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    m_banner->setText(banner);
    m_editor->setReadOnly(published);
    m_review->setEnabled(p.status == QLatin1String("draft"));
    m_publish->setEnabled(p.status != QLatin1String("published"));
    m_reopen->setEnabled(p.status != QLatin1String("draft"));
    if (m_saved->text().isEmpty() || m_editor->toPlainText() == m_savedText)
        m_saved->setText(published ? tr("Read-only") : tr("All changes saved"));
}

void PostmortemEditor::sendForReview()
{
    if (!m_postmortem || !savedBeforeActing(tr("Not sent for review")))
        return;
    const auto reviewers = dialogs::askText(this, tr("Send for Review"), tr("Reviewers (comma separated):"), m_postmortem->reviewers.join(QStringLiteral(", ")));
    if (!reviewers)
        return;
    QStringList names;
    for (const QString &n : reviewers->split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << n.trimmed();
    if (auto done = postmortemEdits::setStatus(m_session, *m_postmortem, QStringLiteral("in_review"), names); !done)
        dialogs::showError(this, tr("Not sent for review"), done.error());
    reload();
}

void PostmortemEditor::publish()
{
    if (!m_postmortem || !savedBeforeActing(tr("Not published")))
        return;
    if (auto done = postmortemEdits::setStatus(m_session, *m_postmortem, QStringLiteral("published"), m_postmortem->reviewers); !done)
        dialogs::showError(this, tr("Not published"), done.error());
    reload();
}

void PostmortemEditor::reopen()
{
    if (!m_postmortem)
        return;
    if (auto done = postmortemEdits::setStatus(m_session, *m_postmortem, QStringLiteral("draft"), m_postmortem->reviewers); !done)
        dialogs::showError(this, tr("Not reopened"), done.error());
    reload();
}

Done PostmortemEditor::exportTo(const QString &format, const QString &path)
{
    if (!m_postmortem)
        return fail(tr("No postmortem is open."));
    saveNow();
    if (m_theirs || m_editor->toPlainText() != m_savedText)
        return fail(tr("The text on screen is not saved yet, so the export would show an older text. Save it first "
                       "(or settle the conflict above)."));
    auto doc = postmortemDocumentFor(*m_session.database(), m_postmortem->incidentId);
    if (!doc)
        return fail(doc.error());
    const QByteArray bytes = format == QLatin1String("pdf") ? exportPdf(*doc)
                           : format == QLatin1String("html") ? exportHtml(*doc).toUtf8()
                                                             : exportMarkdown(*doc).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void PostmortemEditor::fillActionItems()
{
    const QSignalBlocker block(m_items);
    m_items->setRowCount(0);
    m_itemRows.clear();
    if (!m_postmortem)
        return;
    auto items = PostmortemStore(*m_session.database()).actionItems(m_postmortem->id);
    if (!items)
        return;
    m_itemRows = *items;
    m_items->setRowCount(int(m_itemRows.size()));
    for (int r = 0; r < m_itemRows.size(); ++r) {
        const ActionItem &a = m_itemRows[r];
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(a.status == QLatin1String("done") ? Qt::Checked : Qt::Unchecked);
        m_items->setItem(r, 0, done);
        m_items->setItem(r, 1, new QTableWidgetItem(a.title));
        m_items->setItem(r, 2, new QTableWidgetItem(a.owner));
        m_items->setItem(r, 3, new QTableWidgetItem(a.dueAt ? QDateTime::fromMSecsSinceEpoch(*a.dueAt).toLocalTime().date().toString(Qt::ISODate) : QString()));
        m_items->setItem(r, 4, new QTableWidgetItem(a.priority));
    }
}

void PostmortemEditor::setActionItemDone(int row, bool done)
{
    if (row < 0 || row >= m_itemRows.size())
        return;
    const ActionItem before = m_itemRows[row];
    ActionItem after = before;
    after.status = done ? QStringLiteral("done") : QStringLiteral("open");
    after.completedAt.reset();
    if (auto result = postmortemEdits::updateActionItem(m_session, before, after); !result)
        dialogs::showError(this, tr("Action item not changed"), result.error());
    fillActionItems();
}

void PostmortemEditor::addActionItem()
{
    if (!m_postmortem)
        return;
    auto *dialog = new FormDialog(tr("Add Action Item"), this);
    dialog->setObjectName(QStringLiteral("actionItemDialog"));
    auto *title = fields::lineEdit({}, QStringLiteral("title"), tr("Action"));
    title->setPlaceholderText(tr("What will change, so this cannot happen the same way again?"));
    auto *owner = fields::lineEdit({}, QStringLiteral("owner"), tr("Owner"));
    auto *due = new QDateEdit(QDate::currentDate().addDays(14));
    due->setObjectName(QStringLiteral("due"));
    due->setCalendarPopup(true);
    auto *priority = new QComboBox;
    priority->setObjectName(QStringLiteral("priority"));
    for (const char *p : {"low", "medium", "high", "urgent"})
        priority->addItem(QLatin1String(p), QLatin1String(p));
    priority->setCurrentIndex(1);
    auto *tracker = fields::lineEdit({}, QStringLiteral("tracker"), tr("Tracker URL"));
    dialog->form()->addRow(tr("&Action:"), title);
    dialog->form()->addRow(tr("&Owner:"), owner);
    dialog->form()->addRow(tr("&Due:"), due);
    dialog->form()->addRow(tr("&Priority:"), priority);
    dialog->form()->addRow(tr("&Tracker URL:"), tracker);
    const qint64 postmortemId = m_postmortem->id;
    dialog->setCommit([this, postmortemId, title, owner, due, priority, tracker]() -> Done {
        ActionItem a;
        a.postmortemId = postmortemId;
        a.title = title->text();
        a.owner = owner->text();
        a.dueAt = due->date().startOfDay().toMSecsSinceEpoch();
        a.priority = priority->currentData().toString();
        a.trackerUrl = tracker->text();
        auto id = postmortemEdits::addActionItem(m_session, a);
        if (!id)
            return fail(id.error());
        fillActionItems();
        return {};
    });
    dialog->open();
}

} // namespace sitrep::ui
