#include "runbooks/ChecklistPanel.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "models/BackgroundReader.h"
#include "runbooks/RunbookEdits.h"
#include "runbooks/RunbookLibrary.h"
#include "storage/RunbookStore.h"

#include <QAction>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sitrep::ui {

ChecklistPanel::ChecklistPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("checklistPanel"));
    auto *heading = new QLabel(tr("Runbooks and checklist"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_progress);

    m_suggestionsLabel = new QLabel(tr("Suggested (double-click or Enter to attach):"));
    m_suggestionsLabel->setWordWrap(true);
    m_suggestions = new QListWidget;
    m_suggestions->setObjectName(QStringLiteral("runbookSuggestions"));
    m_suggestions->setAccessibleName(tr("Suggested runbooks"));
    m_suggestions->setMaximumHeight(4 * fontMetrics().height() + 16);
    connect(m_suggestions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { attachSuggestion(m_suggestions->row(item)); });

    m_drift = new QLabel;
    m_drift->setObjectName(QStringLiteral("checklistDrift"));
    m_drift->setWordWrap(true);

    m_steps = new QTreeWidget;
    m_steps->setObjectName(QStringLiteral("checklistSteps"));
    m_steps->setAccessibleName(tr("Checklist"));
    m_steps->setHeaderLabels({tr("Step"), tr("Note"), tr("By")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    // The step matters most; a long note is cut here and whole in the tooltip.
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->resizeSection(1, 12 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_steps->setMinimumHeight(6 * fontMetrics().height());
    connect(m_steps, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0)
            return;
        const int index = m_steps->indexOfTopLevelItem(item);
        const QString state = item->checkState(0) == Qt::Checked ? QStringLiteral("done") : QStringLiteral("open");
        // Later: writing reloads the list, and this item is still inside its own setData().
        QMetaObject::invokeMethod(this, [this, index, state] { setStep(index, state); }, Qt::QueuedConnection);
    });
    m_steps->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *skip = new QAction(tr("Skip…"), m_steps);
    skip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(skip, &QAction::triggered, this, &ChecklistPanel::skipCurrent);
    auto *note = new QAction(tr("Note…"), m_steps);
    note->setShortcut(QKeySequence(Qt::Key_F2));
    connect(note, &QAction::triggered, this, &ChecklistPanel::noteOnCurrent);
    for (QAction *a : {skip, note}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_steps->addAction(a);
    }

    auto *buttons = new QHBoxLayout;
    for (const auto &[text, name, slot] : {std::tuple{tr("Skip…"), "skipStep", &ChecklistPanel::skipCurrent},
                                           std::tuple{tr("Note…"), "noteStep", &ChecklistPanel::noteOnCurrent},
                                           std::tuple{tr("Add Step…"), "addStep", &ChecklistPanel::addStep}}) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(top);
    layout->addWidget(m_suggestionsLabel);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_drift);
    layout->addWidget(m_steps);
    layout->addLayout(buttons);
}

void ChecklistPanel::setIncident(qint64 incidentId)
{
    // The incident view reloads right after (and on every change).
    m_incidentId = incidentId;
    ++m_generation;
}

namespace {

// Runbooks that fit the incident (its alerts' labels, its service and severity).
Result<QList<RunbookMatch>> matchesFor(const Database &db, qint64 incidentId)
{
    if (incidentId == 0)
        return QList<RunbookMatch>();
    const RunbookLibrary library(db);
    auto context = library.contextFor(incidentId);
    if (!context)
        return fail(context.error());
    return library.match(*context);
}

} // namespace

void ChecklistPanel::reload()
{
    ++m_generation;
    fillChecklist();
    auto matches = matchesFor(*m_session.database(), m_incidentId);
    showSuggestions(matches ? *matches : QList<RunbookMatch>());
}

void ChecklistPanel::refresh(bool checklist, bool suggestions)
{
    if (checklist)
        fillChecklist();
    if (!suggestions)
        return;
    if (m_suggesting) {
        m_suggestAgain = true;
        return;
    }
    // The suggestions are a hint, not the incident's record: in a storm they are read again at
    // most a fifth of the time (the next read waits four times as long as the last one took).
    const qint64 wait = m_sinceSuggested.isValid() ? 4 * m_lastSuggestMs - m_sinceSuggested.elapsed() : 0;
    if (wait <= 0) {
        suggestOffThread();
        return;
    }
    m_suggesting = true;
    QTimer::singleShot(int(wait), this, &ChecklistPanel::suggestOffThread);
}

void ChecklistPanel::suggestOffThread()
{
    if (!m_reader)
        m_reader = new BackgroundReader(m_session.database(), this);
    m_suggesting = true;
    m_suggestAgain = false;
    m_reader->read([this, incidentId = m_incidentId, generation = m_generation](const Database &db) -> std::function<void()> {
        QElapsedTimer took;
        took.start();
        auto matches = matchesFor(db, incidentId);
        return [this, generation, matches, readMs = took.elapsed()] {
            m_suggesting = false;
            m_lastSuggestMs = readMs;
            m_sinceSuggested.start();
            // A failed read leaves the suggestions as they were, as reload() does.
            if (matches && generation == m_generation)
                showSuggestions(*matches);
            if (m_suggestAgain)
                refresh(false, true);
        };
    });
}

void ChecklistPanel::showSuggestions(const QList<RunbookMatch> &matches)
{
    // Suggestions: runbooks that fit and are not attached yet.
    QSet<qint64> attached;
    for (const ChecklistItem &i : std::as_const(m_items))
        if (i.runbookId)
            attached.insert(*i.runbookId);
    QList<const RunbookMatch *> shown;
    for (const RunbookMatch &m : matches)
        if (!attached.contains(m.runbookId))
            shown << &m;
    // The same suggestions (the usual case on a change): the list, and what is selected in it, stays.
    bool same = shown.size() == m_suggestions->count();
    for (int row = 0; same && row < shown.size(); ++row)
        same = m_suggestions->item(row)->data(Qt::UserRole).toLongLong() == shown[row]->runbookId &&
               m_suggestions->item(row)->text() == QStringLiteral("%1 — %2").arg(shown[row]->title, shown[row]->reasons.join(QStringLiteral(", ")));
    if (!same) {
        m_suggestions->clear();
        for (const RunbookMatch *m : std::as_const(shown)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(m->title, m->reasons.join(QStringLiteral(", "))), m_suggestions);
            item->setData(Qt::UserRole, m->runbookId);
            item->setData(Qt::UserRole + 1, m->title);
            item->setToolTip(tr("Attach “%1” to this incident").arg(m->title));
        }
    }
    m_suggestions->setVisible(m_suggestions->count() > 0);
    m_suggestionsLabel->setVisible(m_suggestions->count() > 0);
}

void ChecklistPanel::fillChecklist()
{
    const RunbookStore store(*m_session.database());
    auto items = m_incidentId ? store.checklist(m_incidentId) : Result<QList<ChecklistItem>>(QList<ChecklistItem>());
    if (!items && !m_items.isEmpty())
        return;  // a failed read (the team database away) keeps what is shown, ticks held meanwhile too
    m_items = items ? *items : QList<ChecklistItem>();

    // Drift: a runbook changed since its steps were attached.
    QStringList drift;
    QSet<qint64> seen;
    for (const ChecklistItem &i : std::as_const(m_items)) {
        if (!i.runbookId || seen.contains(*i.runbookId))
            continue;
        seen.insert(*i.runbookId);
        if (auto r = store.byId(*i.runbookId); r && *r && i.runbookVersion && (*r)->version != *i.runbookVersion)
            drift << tr("“%1” changed since it was attached (version %2, now %3).").arg((*r)->title).arg(*i.runbookVersion).arg((*r)->version);
    }
    m_drift->setText(drift.join(QLatin1Char('\n')));
    m_drift->setVisible(!drift.isEmpty());

    m_filling = true;
    m_steps->clear();
    int done = 0, skipped = 0;
    for (const ChecklistItem &i : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_steps);
        row->setText(0, QString(i.depth * 4, QLatin1Char(' ')) + i.text);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(0, i.state == QLatin1String("done") ? Qt::Checked : Qt::Unchecked);
        if (i.state == QLatin1String("skipped")) {
            QFont f = row->font(0);
            f.setStrikeOut(true);
            row->setFont(0, f);
            row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            row->setText(1, tr("skipped: %1").arg(i.note));
            ++skipped;
        } else {
            row->setText(1, i.note);
        }
        if (i.state == QLatin1String("done"))
            ++done;
        if (i.changedAt)
            row->setText(2, QStringLiteral("%1 %2").arg(i.changedBy, QDateTime::fromMSecsSinceEpoch(*i.changedAt).toLocalTime().toString(QStringLiteral("HH:mm"))));
        const QString tip = i.note.isEmpty() ? i.text : i.text + QStringLiteral("\n") + row->text(1);
        row->setToolTip(0, tip);
        row->setToolTip(1, tip);
    }
    m_filling = false;
    m_steps->setVisible(!m_items.isEmpty());
    if (m_items.isEmpty())
        m_progress->setText(tr("no checklist yet"));
    else
        m_progress->setText(skipped ? tr("%1/%2 done · %3 skipped").arg(done).arg(m_items.size()).arg(skipped)
                                    : tr("%1/%2 done").arg(done).arg(m_items.size()));
}

void ChecklistPanel::attachSuggestion(int row)
{
    QListWidgetItem *item = m_suggestions->item(row);
    if (!item)
        return;
    if (auto done = runbookEdits::attach(m_session, m_incidentId, item->data(Qt::UserRole).toLongLong(),
                                         item->data(Qt::UserRole + 1).toString()); !done)
        dialogs::showError(this, tr("Runbook not attached"), done.error());
    reload();
}

void ChecklistPanel::setStep(int index, const QString &state, const QString &note)
{
    if (index < 0 || index >= m_items.size())
        return;
    const ChecklistItem item = m_items[index];
    if (auto done = runbookEdits::setStepState(m_session, item, state, note.isNull() ? item.note : note); !done)
        dialogs::showError(this, tr("Step not changed"), done.error());
    reload();
    if (index < m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(index));
}

void ChecklistPanel::skipCurrent()
{
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (index < 0)
        return;
    const auto reason = dialogs::askText(this, tr("Skip Step"), tr("Why is “%1” skipped?").arg(m_items[index].text), QString());
    if (reason && !reason->trimmed().isEmpty())
        setStep(index, QStringLiteral("skipped"), *reason);
}

void ChecklistPanel::noteOnCurrent()
{
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (index < 0)
        return;
    const auto note = dialogs::askText(this, tr("Note on Step"), tr("Note on “%1” (e.g. “lag 3 s, OK”):").arg(m_items[index].text), m_items[index].note);
    if (note)
        setStep(index, m_items[index].state, *note);
}

void ChecklistPanel::addStep()
{
    if (!m_incidentId)
        return;
    const auto text = dialogs::askText(this, tr("Add Step"), tr("Step:"), QString());
    if (!text || text->trimmed().isEmpty())
        return;
    if (auto done = runbookEdits::addStep(m_session, m_incidentId, *text); !done)
        dialogs::showError(this, tr("Step not added"), done.error());
    reload();
}

} // namespace sitrep::ui
