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
    : QAbstractTableModel(parent), m_db(std::move(db)), m_query(*m_db)
{
    reload();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const IncidentListRow *IncidentListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
        auto rows = m_query.rows(ids);
        if (!rows) {
            setError(rows.error());
            return nullptr;
        }
        if (m_pages.size() >= maxCachedPages && !m_pageUse.isEmpty())
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, rows.value());
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const QList<IncidentListRow> &rows = *it;
    const qint64 wanted = m_ids[row];
    // Rows come back in id-list order, minus any deleted since the ids were read.
    const int offset = row % pageSize;
    if (offset < rows.size() && rows[offset].id == wanted)
        return &rows[offset];
    for (const auto &r : rows)
        if (r.id == wanted)
            return &r;
    return nullptr;
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
    auto names = QAbstractTableModel::roleNames();
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

void IncidentListModel::refresh()
{
    auto fresh = m_query.orderedIds(m_sort, m_descending, m_filter);
    if (!fresh) {
        setError(fresh.error());
        return;
    }
    QList<qint64> ids = std::move(fresh.value());
    m_lastError.clear();
    m_pages.clear();
    m_pageUse.clear();
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return;
    }
    // Rows added or removed: a reset, after which views reselect by incident id (rowOfIncident).
    if (ids.size() != m_ids.size()) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    // Same rows in another order: persistent indexes (selection, current row) follow the ids.
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from) {
        const qsizetype row = ids.indexOf(m_ids.value(i.row()));
        to << (row < 0 ? QModelIndex() : createIndex(int(row), i.column()));
    }
    m_ids = std::move(ids);
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

void IncidentListModel::reload()
{
    auto ids = m_query.orderedIds(m_sort, m_descending, m_filter);
    if (!ids) {
        setError(ids.error());
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_ids = std::move(ids.value());
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

qint64 IncidentListModel::incidentIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int IncidentListModel::rowOfIncident(qint64 id) const { return int(m_ids.indexOf(id)); }

void IncidentListModel::setError(const QString &message) const
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit const_cast<IncidentListModel *>(this)->loadFailed(message);
}

} // namespace sitrep
