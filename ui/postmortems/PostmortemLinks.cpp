#include "postmortems/PostmortemLinks.h"

#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/Session.h"
#include "domain/Incident.h"
#include "models/PostmortemListModel.h"
#include "postmortem/TemplateLibrary.h"
#include "postmortems/PostmortemEdits.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/TemplateStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep::ui {

PostmortemLinks::PostmortemLinks(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("postmortemLinks"));
    auto *heading = new QLabel(tr("Postmortem"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_write = new QPushButton;
    m_write->setObjectName(QStringLiteral("writePostmortem"));
    connect(m_write, &QPushButton::clicked, this, &PostmortemLinks::writeOrOpen);
    m_state = new QLabel;
    auto *row = new QHBoxLayout;
    row->addWidget(heading);
    row->addWidget(m_state, 1);
    row->addWidget(m_write);
    m_similar = new QListWidget;
    m_similar->setObjectName(QStringLiteral("similarIncidents"));
    m_similar->setAccessibleName(tr("Similar past incidents"));
    m_similar->setMaximumHeight(5 * fontMetrics().height() + 12);
    connect(m_similar, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 postmortem = item->data(Qt::UserRole + 1).toLongLong();
        if (postmortem > 0)
            emit m_session.openPostmortemRequested(postmortem);
        else
            emit m_session.openIncidentRequested(item->data(Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Similar past incidents (double-click opens the postmortem, or the incident):")));
    layout->addWidget(m_similar);
}

void PostmortemLinks::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
}

void PostmortemLinks::reload()
{
    const PostmortemStore store(*m_session.database());
    m_postmortemId = 0;
    if (auto pm = m_incidentId ? store.forIncident(m_incidentId) : Result<std::optional<Postmortem>>(std::optional<Postmortem>()); pm && *pm) {
        m_postmortemId = (*pm)->id;
        m_state->setText(PostmortemListModel::statusLabel((*pm)->status));
        m_write->setText(tr("Open Postmortem"));
    } else {
        m_state->setText(tr("not written yet"));
        m_write->setText(tr("Write Postmortem…"));
    }
    if (auto incident = m_incidentId ? IncidentStore(*m_session.database()).byId(m_incidentId) : Result<std::optional<Incident>>(std::optional<Incident>()); incident && *incident)
        m_severity = int((*incident)->severity);
    // Similar incidents are looked up when another incident is shown, not on every change of
    // this one (the view reloads on each write, several times a second in an alert storm).
    if (m_similarFor == m_incidentId)
        return;
    m_similarFor = m_incidentId;
    m_similar->clear();
    if (auto similar = m_incidentId ? store.similarIncidents(m_incidentId) : Result<QList<SimilarIncident>>(QList<SimilarIncident>())) {
        for (const SimilarIncident &s : *similar) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 %2 — %3%4").arg(Incident::publicIdFor(s.number), s.title, s.reason,
                                                                             s.postmortemId ? QStringLiteral(" · ") + tr("postmortem") : QString()),
                                             m_similar);
            item->setData(Qt::UserRole, s.incidentId);
            item->setData(Qt::UserRole + 1, s.postmortemId.value_or(0));
        }
    }
    m_similar->setVisible(m_similar->count() > 0);
}

void PostmortemLinks::writeOrOpen()
{
    if (m_postmortemId) {
        emit m_session.openPostmortemRequested(m_postmortemId);
        return;
    }
    auto templates = TemplateLibrary(*m_session.database()).all();
    if (!templates)
        return dialogs::showError(this, tr("No templates"), templates.error());
    const QList<PostmortemTemplate> list = *templates;
    auto team = TemplateStore(*m_session.database()).teamTemplates();
    const PostmortemTemplate preferred = defaultTemplateFor(m_severity, team ? *team : QList<PostmortemTemplate>());
    auto *dialog = new FormDialog(tr("Write Postmortem"), this);
    dialog->setObjectName(QStringLiteral("writePostmortemDialog"));
    auto *choice = new QComboBox;
    choice->setObjectName(QStringLiteral("template"));
    choice->setAccessibleName(tr("Template"));
    for (int i = 0; i < list.size(); ++i) {
        const auto problems = unknownPlaceholders(list[i].body);
        choice->addItem(list[i].title + (problems.isEmpty() ? QString() : QStringLiteral("  ⚠ ") + tr("unknown placeholder {{%1}}").arg(problems[0].placeholder)), i);
        if (list[i].name == preferred.name)
            choice->setCurrentIndex(i);
    }
    dialog->form()->addRow(tr("&Template:"), choice);
    dialog->form()->addRow(QString(), new QLabel(tr("The draft is filled with what Sitrep knows: times, durations, responders, key events,\n"
                                                    "alerts and checklists. Everything else stays as a prompt for you.")));
    dialog->setOkText(tr("&Write Draft"));
    const qint64 incident = m_incidentId;
    dialog->setCommit([this, list, choice, incident]() -> Done {
        auto id = postmortemEdits::draft(m_session, incident, list[choice->currentData().toInt()]);
        if (!id)
            return fail(id.error());
        emit m_session.openPostmortemRequested(*id);
        return {};
    });
    dialog->open();
}

} // namespace sitrep::ui
