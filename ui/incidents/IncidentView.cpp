#include "incidents/IncidentView.h"
#include "common/ReloadOnChange.h"

#include "postmortems/PostmortemLinks.h"
#include "runbooks/ChecklistPanel.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "domain/Incident.h"
#include "domain/IncidentChange.h"
#include "domain/NoteInput.h"
#include "exchange/IncidentMarkdown.h"
#include "exchange/JsonExporter.h"
#include "incidents/IncidentDialogs.h"
#include "incidents/IncidentEdits.h"
#include "incidents/NoteDrafts.h"
#include "incidents/PresenceLine.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {

constexpr IncidentField milestones[] = {IncidentField::ImpactStarted, IncidentField::Detected,
                                        IncidentField::Acknowledged, IncidentField::Mitigated,
                                        IncidentField::Resolved};

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QLabel *label(const QString &objectName, Qt::TextFormat format = Qt::RichText)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(format);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QPushButton *actionButton(const QString &objectName, QAction *action)
{
    auto *b = new QPushButton(action->text());
    b->setObjectName(objectName);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                action->shortcut().toString(QKeySequence::NativeText)));
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    return b;
}

} // namespace

IncidentView::IncidentView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_timeline(new TimelineModel(session.database(), this))
{
    setObjectName(QStringLiteral("incidentView"));
    m_stack = new QStackedLayout(this);

    auto *hint = new QLabel(tr("Select an incident to see its milestones and timeline.\n"
                               "Ctrl+N declares a new one."));
    hint->setObjectName(QStringLiteral("detailHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_stack->addWidget(hint);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_title = label(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_badges = label(QStringLiteral("detailBadges"));
    m_running = label(QStringLiteral("detailRunning"), Qt::PlainText);
    m_presence = new PresenceLine(m_session);
    m_presence->watch(page);
    layout->addWidget(m_title);
    layout->addWidget(m_badges);
    layout->addWidget(m_running);
    layout->addWidget(m_presence);

    buildActions();
    auto *buttons = new QHBoxLayout;
    const auto actionsList = actions();
    m_ack = actionButton(QStringLiteral("acknowledgeButton"), actionsList[0]);
    m_mitigate = actionButton(QStringLiteral("mitigateButton"), actionsList[1]);
    m_resolve = actionButton(QStringLiteral("resolveButton"), actionsList[2]);
    m_reopen = actionButton(QStringLiteral("reopenButton"), actionsList[3]);
    auto *edit = actionButton(QStringLiteral("editButton"), actionsList[4]);
    auto *more = new QToolButton;
    more->setObjectName(QStringLiteral("moreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    for (int i = 8; i < actionsList.size(); ++i)
        menu->addAction(actionsList[i]);
    more->setMenu(menu);
    for (QWidget *b : {static_cast<QWidget *>(m_ack), static_cast<QWidget *>(m_mitigate),
                       static_cast<QWidget *>(m_resolve), static_cast<QWidget *>(m_reopen),
                       static_cast<QWidget *>(edit), static_cast<QWidget *>(more)})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Milestones: name, local time, offset from impact and time since, and a button to set it.
    m_milestoneGrid = new QGridLayout;
    m_milestoneGrid->setColumnStretch(2, 1);
    for (int row = 0; row < 5; ++row) {
        const IncidentField field = milestones[row];
        m_milestoneGrid->addWidget(new QLabel(fieldLabel(field)), row, 0);
        auto *time = label(QStringLiteral("milestoneTime%1").arg(row), Qt::RichText);
        auto *since = label(QStringLiteral("milestoneSince%1").arg(row), Qt::PlainText);
        since->setForegroundRole(QPalette::PlaceholderText);
        auto *set = new QToolButton;
        set->setObjectName(QStringLiteral("milestoneEdit%1").arg(row));
        set->setText(tr("Set…"));
        set->setAccessibleName(tr("Set %1").arg(fieldLabel(field)));
        set->setAutoRaise(true);
        connect(set, &QToolButton::clicked, this, [this, field] { editMilestone(int(field)); });
        m_milestoneGrid->addWidget(time, row, 1);
        m_milestoneGrid->addWidget(since, row, 2);
        m_milestoneGrid->addWidget(set, row, 3);
        m_milestoneTimes << time;
        m_milestoneSince << since;
    }
    layout->addLayout(m_milestoneGrid);
    m_roles = label(QStringLiteral("detailRoles"));
    m_summary = label(QStringLiteral("detailSummary"), Qt::PlainText);
    layout->addWidget(m_roles);
    layout->addWidget(m_summary);
    m_checklist = new ChecklistPanel(m_session);
    layout->addWidget(m_checklist);
    m_postmortem = new PostmortemLinks(m_session);
    layout->addWidget(m_postmortem);

    auto *timelineBar = new QHBoxLayout;
    auto *heading = new QLabel(tr("Timeline"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kindFilter->setAccessibleName(tr("Show timeline events of kind"));
    m_kindFilter->addItem(tr("All events"), QString());
    for (const char *kind : {"note", "alert", "milestone", "status", "role", "field", "checklist"})
        m_kindFilter->addItem(TimelineModel::kindLabel(QLatin1String(kind)), QLatin1String(kind));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setKindFilter(m_kindFilter->currentData().toString()); });
    timelineBar->addWidget(heading);
    timelineBar->addStretch(1);
    timelineBar->addWidget(m_kindFilter);
    layout->addSpacing(4);
    layout->addLayout(timelineBar);

    m_timelineView = new QTableView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Incident timeline"));
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setShowGrid(false);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->verticalHeader()->hide();
    // What happened is the point: wrap it rather than cut it (an incident has tens of events,
    // so measuring each row is cheap).
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->setModel(m_timeline);
    // Timeline actions act on the selected event, so their keys (Delete, F2, Ctrl+K) belong to
    // the timeline alone, never to the note box.
    m_timelineView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int i = 5; i < 8; ++i) {
        removeAction(actionsList[i]);
        actionsList[i]->setShortcutContext(Qt::WidgetShortcut);
        m_timelineView->addAction(actionsList[i]);
    }
    auto *header = m_timelineView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::AuthorColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_timelineView, 1);

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("noteBox"));
    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(tr("Add a note and press Enter — start with a time like 14:05 to backdate it"));
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentView::addNoteFromBox);
    // What is typed is kept as a draft of this incident's note (see NoteDrafts.h), a moment
    // after typing stops, and at once when the view moves to another incident.
    m_noteDraftTimer = new QTimer(this);
    m_noteDraftTimer->setSingleShot(true);
    m_noteDraftTimer->setInterval(400);
    connect(m_noteDraftTimer, &QTimer::timeout, this, &IncidentView::saveNoteDraft);
    connect(m_note, &QLineEdit::textEdited, m_noteDraftTimer, qOverload<>(&QTimer::start));
    connect(m_note, &QLineEdit::textEdited, m_presence, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_presence->stoppedTyping();
        else
            m_presence->typed();
    });
    layout->addWidget(m_note);
    // Scrolls rather than forcing the window wide when the pane is narrow.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("incidentScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    m_clock = new QTimer(this);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateCounters();
    });
    m_clock->start(1000);
    // Only when something of this incident changed (its row, timeline, checklist, alerts,
    // roles, postmortem), the services' names, or the runbooks its checklist came from (the
    // checklist says when its runbook changed since).
    reloadOnChange(m_session, this, [this](const ChangeSet &c) {
        return m_incidentId && (c.touchesIncident(m_incidentId) || c.touches(QStringLiteral("services")) ||
                                c.touches(QStringLiteral("runbooks")) || c.touches(QStringLiteral("runbook_versions")));
    }, [this] { reload(); });
}

IncidentView::~IncidentView()
{
    saveNoteDraft();  // closing the window (or the app) keeps what was typed
}

void IncidentView::buildActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot, const QString &objectName) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    // Order matters: the constructor places them (0-4 buttons, 5-7 timeline, rest in More).
    add(tr("&Acknowledge"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &IncidentView::acknowledge, QStringLiteral("acknowledgeAction"));
    add(tr("&Mitigate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &IncidentView::mitigate, QStringLiteral("mitigateAction"));
    add(tr("&Resolve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &IncidentView::resolve, QStringLiteral("resolveAction"));
    add(tr("Re&open"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &IncidentView::reopen, QStringLiteral("reopenAction"));
    add(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), &IncidentView::editDetails, QStringLiteral("editAction"));
    add(tr("Mark as &Key Event"), QKeySequence(Qt::CTRL | Qt::Key_K), &IncidentView::toggleKeyEvent, QStringLiteral("keyEventAction"));
    add(tr("Edit &Note…"), QKeySequence(Qt::Key_F2), &IncidentView::editSelectedNote, QStringLiteral("editNoteAction"));
    add(tr("&Delete Note"), QKeySequence::Delete, &IncidentView::deleteSelectedNote, QStringLiteral("deleteNoteAction"));
    add(tr("&Copy Timeline as Markdown"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &IncidentView::copyTimelineMarkdown, QStringLiteral("copyMarkdownAction"));
    add(tr("E&xport as JSON…"), QKeySequence(), &IncidentView::exportJson, QStringLiteral("exportJsonAction"));
    add(tr("Open in New &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
        [this] { if (m_incidentId) emit openInWindowRequested(m_incidentId); }, QStringLiteral("openWindowAction"));
    add(tr("Add a &Note"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_note->setFocus(); m_note->selectAll(); },
        QStringLiteral("focusNoteAction"));
}

void IncidentView::showIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId && m_incident)
        return;
    saveNoteDraft();
    m_incidentId = incidentId;
    m_draftDatabase = m_session.database()->path();
    // A note belongs to the incident it was typed for: this one's draft, if any.
    m_note->setText(noteDrafts::load(m_draftDatabase, incidentId));
    m_timeline->setIncident(incidentId);
    m_checklist->setIncident(incidentId);
    m_postmortem->setIncident(incidentId);
    m_presence->setIncident(incidentId);
    reload();
}

void IncidentView::reload()
{
    std::optional<Incident> incident;
    if (m_incidentId != 0)
        if (auto loaded = IncidentStore(*m_session.database()).byId(m_incidentId))
            incident = loaded.value();
    if (!incident) {
        m_incident.reset();
        m_timeline->setIncident(0);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_incident = std::make_unique<Incident>(*incident);
    const TimelineEvent *selected = selectedEvent();
    const qint64 selectedId = selected ? selected->id : 0;
    if (m_timeline->incidentId() != m_incidentId)
        m_timeline->setIncident(m_incidentId);
    else
        m_timeline->reload();
    if (const int row = m_timeline->rowOfEvent(selectedId); row >= 0)
        m_timelineView->setCurrentIndex(m_timeline->index(row, 0));
    fill();
    m_checklist->reload();
    m_postmortem->reload();
    m_stack->setCurrentIndex(1);
}

void IncidentView::fill()
{
    const Incident &i = *m_incident;
    const QPalette pal = palette();
    m_title->setText(QStringLiteral("%1 · %2").arg(i.publicId(), i.title.toHtmlEscaped()));
    const int sev = int(i.severity);
    QString badges = QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>"
                                    "&nbsp; <b>%4</b> &nbsp;·&nbsp; %5")
                         .arg(severityColor(sev, pal).name(), severityTextColor(sev, pal).name(),
                              severityLabel(i.severity), statusLabel(i.status),
                              i.service.isEmpty() ? tr("no service") : i.service.toHtmlEscaped());
    if (i.isDrill)
        badges += QStringLiteral(" &nbsp;·&nbsp; <i>%1</i>").arg(tr("Drill (kept out of metrics)"));
    m_badges->setText(badges);

    for (int row = 0; row < 5; ++row) {
        const QVariant at = fieldValue(i, milestones[row]);
        m_milestoneTimes[row]->setText(at.isNull() ? QStringLiteral("<i>%1</i>").arg(tr("not yet"))
                                                   : localTime(at.toLongLong()));
    }
    QStringList responders;
    QString roles;
    for (const RoleAssignment &r : i.roles) {
        if (r.role == QLatin1String("responder")) {
            responders << r.person.toHtmlEscaped();
            continue;
        }
        const QString name = r.role == QLatin1String("commander")        ? tr("Incident commander")
                             : r.role == QLatin1String("communications") ? tr("Communications")
                                                                         : tr("Scribe");
        roles += QStringLiteral("%1: <b>%2</b> &nbsp; ").arg(name, r.person.toHtmlEscaped());
    }
    if (!responders.isEmpty())
        roles += tr("Responders: %1").arg(responders.join(QStringLiteral(", ")));
    m_roles->setText(roles.isEmpty() ? tr("<i>No roles assigned — Ctrl+E to assign</i>") : roles);
    m_summary->setText(i.summary);
    m_summary->setVisible(!i.summary.isEmpty());

    // One lifecycle button: the next step. Fewer choices at 3 a.m.; the shortcuts all work.
    const IncidentStatus status = i.status;
    m_ack->setVisible(status == IncidentStatus::Open);
    m_mitigate->setVisible(status == IncidentStatus::Acknowledged);
    m_resolve->setVisible(status == IncidentStatus::Mitigated);
    m_reopen->setVisible(status == IncidentStatus::Resolved);
    updateCounters();
}

void IncidentView::updateCounters()
{
    if (!m_incident)
        return;
    const Incident &i = *m_incident;
    const qint64 now = Clock::nowMs();
    for (int row = 0; row < 5; ++row) {
        const QVariant at = fieldValue(i, milestones[row]);
        QString since;
        if (!at.isNull()) {
            if (i.impactStartedAt && row > 0)
                since = tr("+%1").arg(humanDuration(at.toLongLong() - *i.impactStartedAt)) + QStringLiteral(" · ");
            since += tr("%1 ago").arg(humanDuration(now - at.toLongLong()));
        }
        m_milestoneSince[row]->setText(since);
    }
    const qint64 start = i.impactStartedAt.value_or(i.detectedAt.value_or(i.createdAt));
    m_running->setText(i.resolvedAt ? tr("Resolved after %1").arg(humanDuration(*i.resolvedAt - start))
                                    : tr("Ongoing for %1").arg(humanDuration(now - start)));
}

void IncidentView::setMilestoneNow(int field)
{
    if (!m_incident)
        return;
    const IncidentChange change{m_incidentId, IncidentField(field), fieldValue(*m_incident, IncidentField(field)),
                                Clock::nowMs()};
    if (auto done = edits::change(m_session, change); !done)
        dialogs::showError(this, tr("Not changed"), done.error());
}

void IncidentView::acknowledge() { setMilestoneNow(int(IncidentField::Acknowledged)); }
void IncidentView::mitigate() { setMilestoneNow(int(IncidentField::Mitigated)); }
void IncidentView::resolve() { setMilestoneNow(int(IncidentField::Resolved)); }

void IncidentView::reopen()
{
    if (!m_incident || !m_incident->resolvedAt)
        return;
    if (auto done = edits::change(m_session, {m_incidentId, IncidentField::Resolved, *m_incident->resolvedAt, QVariant()}); !done)
        dialogs::showError(this, tr("Not reopened"), done.error());
}

void IncidentView::editDetails()
{
    if (m_incident)
        openEditDialog(m_session, *m_incident, this);
}

void IncidentView::editMilestone(int field)
{
    if (m_incident)
        openMilestoneDialog(m_session, *m_incident, IncidentField(field), this);
}

void IncidentView::saveNoteDraft()
{
    m_noteDraftTimer->stop();
    if (m_incidentId != 0)
        noteDrafts::save(m_draftDatabase, m_incidentId, m_note->text());
}

void IncidentView::addNoteFromBox()
{
    if (!m_incident || m_note->text().trimmed().isEmpty())
        return;
    const NoteInput input = parseNoteInput(m_note->text(), Clock::nowMs(), QTimeZone::systemTimeZone());
    auto id = edits::addNote(m_session, m_incidentId, input.at, input.body);
    if (!id) {
        dialogs::showError(this, tr("Note not added"), id.error());
        return;
    }
    m_note->clear();
    m_presence->stoppedTyping();
    m_noteDraftTimer->stop();
    noteDrafts::save(m_draftDatabase, m_incidentId, {});
    reload();
    if (const int row = m_timeline->rowOfEvent(*id); row >= 0) {
        m_timelineView->setCurrentIndex(m_timeline->index(row, 0));
        m_timelineView->scrollTo(m_timeline->index(row, 0));
    }
}

const TimelineEvent *IncidentView::selectedEvent() const
{
    return m_timeline->eventAt(m_timelineView->currentIndex().row());
}

void IncidentView::toggleKeyEvent()
{
    const TimelineEvent *e = selectedEvent();
    if (!e)
        return;
    if (auto done = edits::setKeyEvent(m_session, e->id, !e->isKeyEvent); !done)
        dialogs::showError(this, tr("Not changed"), done.error());
    reload();
}

void IncidentView::editSelectedNote()
{
    const TimelineEvent *e = selectedEvent();
    if (!e)
        return;
    if (e->kind != QLatin1String("note")) {
        emit statusMessage(tr("Only notes can be edited; the other events record what happened."));
        return;
    }
    const qint64 id = e->id;
    const QString old = e->body;
    const auto text = dialogs::askText(this, tr("Edit Note"), tr("Note:"), old);
    if (!text || *text == old)
        return;
    if (auto done = edits::editNote(m_session, id, old, *text); !done) {
        // Someone edited the same note meanwhile: show theirs and let the person choose, rather
        // than drop what they just typed.
        auto now = TimelineStore(*m_session.database()).byId(id);
        if (now && now->has_value() && (*now)->kind == QLatin1String("note") && (*now)->body != old) {
            const TimelineEvent &theirs = **now;
            const QString who = theirs.editedBy.isEmpty() ? tr("Someone else") : theirs.editedBy;
            if (dialogs::askConfirm(this, tr("Note changed meanwhile"),
                                    tr("%1 edited this note while you were editing it. It now reads:\n\n%2\n\n"
                                       "Yours reads:\n\n%3\n\nSave yours in its place? Cancel keeps theirs and "
                                       "copies yours to the clipboard.").arg(who, theirs.body, *text),
                                    tr("Save Mine"))) {
                if (auto again = edits::editNote(m_session, id, theirs.body, *text); !again)
                    dialogs::showError(this, tr("Note not changed"), again.error());
            } else {
                QApplication::clipboard()->setText(*text);
                emit statusMessage(tr("Your version of the note is on the clipboard."));
            }
        } else {
            dialogs::showError(this, tr("Note not changed"), done.error());
        }
    }
    reload();
}

void IncidentView::deleteSelectedNote()
{
    const TimelineEvent *e = selectedEvent();
    if (!e)
        return;
    if (auto done = edits::deleteEvent(m_session, *e); !done)
        emit statusMessage(done.error());
    else
        emit statusMessage(tr("Note deleted — Ctrl+Z brings it back."));
    reload();
}

void IncidentView::copyTimelineMarkdown()
{
    if (!m_incident)
        return;
    QApplication::clipboard()->setText(timelineMarkdown(*m_incident, m_timeline->allEvents(), QTimeZone::systemTimeZone()));
    emit statusMessage(tr("Timeline copied as Markdown."));
}

void IncidentView::exportJson()
{
    if (!m_incident)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Incident"),
                                                      m_incident->publicId() + QStringLiteral(".json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    auto json = exportIncidentJson(*m_session.database(), m_incidentId);
    QSaveFile file(path);
    if (!json || !file.open(QIODevice::WriteOnly) || file.write(json.value()) < 0 || !file.commit()) {
        dialogs::showError(this, tr("Export failed"), json ? file.errorString() : json.error());
        return;
    }
    emit statusMessage(tr("Exported %1 to %2.").arg(m_incident->publicId(), path));
}

} // namespace sitrep::ui
