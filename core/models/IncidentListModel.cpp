#include "models/IncidentListModel.h"

#include "domain/Incident.h"
#include "domain/IncidentStatus.h"
#include "domain/Severity.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QLocale>

namespace sitrep {

namespace {

IncidentSort sortForColumn(int column)
{
    switch (column) {
    case IncidentListModel::NumberColumn:
        return IncidentSort::Number;
    case IncidentListModel::SeverityColumn:
        return IncidentSort::Severity;
    case IncidentListModel::TitleColumn:
        return IncidentSort::Title;
    case IncidentListModel::StatusColumn:
        return IncidentSort::Status;
    case IncidentListModel::ServiceColumn:
        return IncidentSort::Service;
    case IncidentListModel::ImpactStartedColumn:
        return IncidentSort::ImpactStarted;
    case IncidentListModel::DurationColumn:
        return IncidentSort::Duration;
    case IncidentListModel::DrillColumn:
        return IncidentSort::Drill;
    default:
        return IncidentSort::OpenFirst;
    }
}

QString localTime(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    // Compact and unambiguous in every locale: the list is scanned, not read. The year only
    // when it is not this one.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime();
    const bool thisYear = at.date().year() == QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).toLocalTime().date().year();
    return at.toString(thisYear ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Time from impact start to resolution, or to now while the incident is open.
std::optional<qint64> durationMs(const IncidentListRow &r)
{
    if (!r.impactStartedAt)
        return std::nullopt;
    return r.resolvedAt.value_or(Clock::nowMs()) - *r.impactStartedAt;
}

} // namespace

IncidentListModel::IncidentListModel(DatabasePtr db, QObject *parent)
    : IdListModel(parent), m_db(std::move(db)), m_query(*m_db)
{
    reload();
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const IncidentListRow *IncidentListModel::rowAt(int row) const
{
    QString error;
    const IncidentListRow *r = m_rows.rowAt(ids(), row, [this](const QList<qint64> &page) { return m_query.rows(page); }, &error);
    if (!error.isEmpty())
        setError(error);
    return r;
}

Result<QList<qint64>> IncidentListModel::fetchIds() const
{
    return m_query.orderedIds(m_sort, m_descending, m_filter);
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentListRow *r = rowAt(index.row());
    if (!r)
        return {};
    const auto status = statusFromKey(r->status).value_or(IncidentStatus::Open);

    switch (role) {
    case IncidentIdRole:
        return r->id;
    case SeverityRole:
        return r->severity;
    case StatusKeyRole:
        return r->status;
    case IsOpenRole:
        return status != IncidentStatus::Resolved;
    case Qt::ToolTipRole:
        if (index.column() == SeverityColumn)
            return severityMeaning(Severity(r->severity));
        if (index.column() == TitleColumn)
            return r->title;
        if (index.column() == ImpactStartedColumn && r->impactStartedAt)
            return QDateTime::fromMSecsSinceEpoch(*r->impactStartedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortValueRole:
        switch (index.column()) {
        case NumberColumn:
            return r->number;
        case SeverityColumn:
            return r->severity;
        case ImpactStartedColumn:
            return r->impactStartedAt ? QVariant(*r->impactStartedAt) : QVariant();
        case DurationColumn:
            if (auto d = durationMs(*r))
                return *d;
            return {};
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return Incident::publicIdFor(r->number);
        case SeverityColumn:
            return severityLabel(Severity(r->severity));
        case TitleColumn:
            return r->title;
        case StatusColumn:
            return statusLabel(status);
        case ServiceColumn:
            return r->service;
        case ImpactStartedColumn:
            return localTime(r->impactStartedAt);
        case DurationColumn:
            if (auto d = durationMs(*r))
                return humanDuration(*d);
            return {};
        case DrillColumn:
            return r->isDrill ? tr("Drill") : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SeverityColumn)
        return tr("Severity");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("ID");
    case SeverityColumn:
        return tr("Sev", "short for severity, as a column header");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case ServiceColumn:
        return tr("Service");
    case ImpactStartedColumn:
        return tr("Impact started");
    case DurationColumn:
        return tr("Duration");
    case DrillColumn:
        return tr("Drill");
    }
    return {};
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    auto names = IdListModel::roleNames();
    names.insert(IncidentIdRole, "incidentId");
    names.insert(SeverityRole, "severity");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(IsOpenRole, "isOpen");
    names.insert(SortValueRole, "sortValue");
    return names;
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        sortOpenFirst();
        return;
    }
    const IncidentSort wanted = sortForColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_sort && descending == m_descending)
        return;  // views call sort() again when sorting is switched on; the ids are current
    m_sort = wanted;
    m_descending = descending;
    reload();
}

void IncidentListModel::sortOpenFirst()
{
    if (m_sort == IncidentSort::OpenFirst)
        return;
    m_sort = IncidentSort::OpenFirst;
    m_descending = false;
    reload();
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

} // namespace sitrep
