#include "models/AlertListModel.h"

#include "domain/Incident.h"
#include "domain/Severity.h"
#include "intake/SourceAdapter.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {
QString localTime(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).toLocalTime().date();
    if (at.date() == today)
        return at.toString(QStringLiteral("HH:mm:ss"));
    return at.toString(at.date().year() == today.year() ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AlertListModel::AlertListModel(DatabasePtr db, QObject *parent)
    : IdListModel(parent), m_db(std::move(db)), m_query(*m_db)
{
    reload();
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AlertListRow *AlertListModel::rowAt(int row) const
{
    QString error;
    const AlertListRow *r = m_rows.rowAt(ids(), row, [this](const QList<qint64> &page) { return m_query.rows(page); }, &error);
    if (!error.isEmpty())
        setError(error);
    return r;
}

Result<QList<qint64>> AlertListModel::fetchIds() const
{
    return m_query.orderedIds(m_filter);
}

IdListModel::IdReader AlertListModel::idReader() const
{
    return [filter = m_filter](const Database &db) { return AlertListQuery(db).orderedIds(filter); };
}

void AlertListModel::setFilter(const AlertFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString AlertListModel::labelSummary(const QString &labelsJson)
{
    const QJsonObject labels = QJsonDocument::fromJson(labelsJson.toUtf8()).object();
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() == QLatin1String("alertname") || it.key() == QLatin1String("service") || it.key() == QLatin1String("severity"))
            continue;
        parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertListRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool muted = r->mutedUntil.has_value();
    switch (role) {
    case AlertIdRole: return r->id;
    case SeverityRole: return r->severity ? QVariant(*r->severity) : QVariant();
    case StatusKeyRole: return r->status;
    case IncidentIdRole: return r->incidentId ? QVariant(*r->incidentId) : QVariant();
    case HeldReasonRole: return r->heldReason;
    case IsMutedRole: return muted;
    case SourceRole: return r->source;
    case DedupKeyRole: return r->dedupKey;
    case NeedsAttentionRole: return r->status == QLatin1String("firing") && r->heldReason.isEmpty() && !muted;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            if (muted)
                return tr("Muted until %1").arg(QDateTime::fromMSecsSinceEpoch(*r->mutedUntil).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (r->heldReason == QLatin1String("below_min_severity"))
                return tr("Kept in the inbox: below the minimum severity of its intake rule");
            if (r->heldReason == QLatin1String("muted"))
                return tr("Kept in the inbox: it was muted when it fired");
            if (r->heldReason == QLatin1String("test_notification"))
                return tr("Kept in the inbox: the sender marked it as a test notification, so it opens no incident");
            return {};
        case TitleColumn: return r->title;
        case LabelsColumn: return labelSummary(r->labels);
        case StartedColumn:
            return QDateTime::fromMSecsSinceEpoch(r->startsAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        case LastSeenColumn:
            return tr("Received %1, last seen %2")
                .arg(QDateTime::fromMSecsSinceEpoch(r->receivedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     QDateTime::fromMSecsSinceEpoch(r->lastSeenAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        default: return {};
        }
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            if (muted)
                return tr("Muted");
            if (r->status == QLatin1String("firing")) {
                if (r->heldReason == QLatin1String("test_notification"))
                    return tr("Test");
                return r->heldReason.isEmpty() ? tr("Firing") : tr("Firing (held)");
            }
            if (r->status == QLatin1String("acknowledged"))
                return tr("Acknowledged");
            return tr("Resolved");
        case SeverityColumn: return r->severity ? severityLabel(Severity(*r->severity)) : QString();
        case TitleColumn: return r->title;
        case ServiceColumn: return r->service;
        case SourceColumn: return intake::sourceLabel(r->source);
        case LabelsColumn: return labelSummary(r->labels);
        case StartedColumn: return localTime(r->startsAt);
        case LastSeenColumn: return localTime(r->lastSeenAt);
        case IncidentColumn: return r->incidentNumber > 0 ? Incident::publicIdFor(r->incidentNumber) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdListModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case SeverityColumn: return tr("Sev", "short for severity, as a column header");
    case TitleColumn: return tr("Alert");
    case ServiceColumn: return tr("Service");
    case SourceColumn: return tr("Source");
    case LabelsColumn: return tr("Labels");
    case StartedColumn: return tr("Started");
    case LastSeenColumn: return tr("Last seen");
    case IncidentColumn: return tr("Incident");
    }
    return {};
}

} // namespace sitrep
