#include "incidents/IncidentDetailView.h"

#include "common/Theme.h"
#include "domain/Incident.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QTreeView>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {

QString localTime(const std::optional<qint64> &ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

IncidentDetailView::IncidentDetailView(DatabasePtr db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_timeline(new TimelineModel(m_db, this))
{
    setObjectName(QStringLiteral("incidentDetail"));
    m_stack = new QStackedLayout(this);

    auto *hint = new QLabel(tr("Select an incident to see its milestones and timeline."));
    hint->setObjectName(QStringLiteral("detailHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_stack->addWidget(hint);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_title = wrappingLabel(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_badges = wrappingLabel(QStringLiteral("detailBadges"));
    m_milestones = wrappingLabel(QStringLiteral("detailMilestones"));
    m_roles = wrappingLabel(QStringLiteral("detailRoles"));
    m_summary = wrappingLabel(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    auto *timelineHeading = new QLabel(tr("Timeline"));
    QFont bold = timelineHeading->font();
    bold.setBold(true);
    timelineHeading->setFont(bold);

    m_timelineView = new QTreeView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Incident timeline"));
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setModel(m_timeline);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::AuthorColumn, QHeaderView::ResizeToContents);

    layout->addWidget(m_title);
    layout->addWidget(m_badges);
    layout->addWidget(m_milestones);
    layout->addWidget(m_roles);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(timelineHeading);
    layout->addWidget(m_timelineView, 1);
    m_stack->addWidget(page);
}

void IncidentDetailView::showIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    std::optional<Incident> incident;
    if (incidentId != 0) {
        auto loaded = IncidentStore(*m_db).byId(incidentId);
        if (loaded)
            incident = loaded.value();
    }
    if (!incident) {
        m_timeline->setIncident(0);
        m_stack->setCurrentIndex(0);
        return;
    }
    fill(*incident);
    m_timeline->setIncident(incidentId);
    m_stack->setCurrentIndex(1);
}

void IncidentDetailView::fill(const Incident &incident)
{
    const QPalette pal = palette();
    m_title->setText(QStringLiteral("%1 · %2").arg(incident.publicId(), incident.title.toHtmlEscaped()));
    const int sev = int(incident.severity);
    QString badges = QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>"
                                    "&nbsp; <b>%4</b> &nbsp;·&nbsp; %5")
                         .arg(severityColor(sev, pal).name(), severityTextColor(sev, pal).name(),
                              severityLabel(incident.severity), statusLabel(incident.status),
                              incident.service.isEmpty() ? tr("no service")
                                                         : incident.service.toHtmlEscaped());
    if (incident.isDrill)
        badges += QStringLiteral(" &nbsp;·&nbsp; <i>%1</i>").arg(tr("Drill (kept out of metrics)"));
    m_badges->setText(badges);

    // Each milestone with its local time and how long after impact started it came.
    const std::pair<QString, std::optional<qint64>> milestones[] = {
        {tr("Impact started"), incident.impactStartedAt}, {tr("Detected"), incident.detectedAt},
        {tr("Acknowledged"), incident.acknowledgedAt},    {tr("Mitigated"), incident.mitigatedAt},
        {tr("Resolved"), incident.resolvedAt}};
    QString rows;
    for (const auto &[name, at] : milestones) {
        QString when = at ? localTime(at) : QStringLiteral("<i>%1</i>").arg(tr("not yet"));
        if (at && incident.impactStartedAt && at != incident.impactStartedAt)
            when += QStringLiteral(" &nbsp;<span style='color:%1'>(+%2)</span>")
                        .arg(pal.color(QPalette::PlaceholderText).name(),
                             humanDuration(*at - *incident.impactStartedAt));
        rows += QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>").arg(name, when);
    }
    m_milestones->setText(QStringLiteral("<table>%1</table>").arg(rows));

    QStringList responders;
    QString roles;
    for (const RoleAssignment &r : incident.roles) {
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
    m_roles->setText(roles.isEmpty() ? tr("<i>No roles assigned</i>") : roles);
    m_summary->setText(incident.summary);
    m_summary->setVisible(!incident.summary.isEmpty());
}

} // namespace sitrep::ui
