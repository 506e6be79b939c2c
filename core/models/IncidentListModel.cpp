#include "models/IncidentListModel.h"

#include "domain/Incident.h"
#include "domain/IncidentStatus.h"
#include "domain/Severity.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QThread>
#include <QLocale>

#include <algorithm>

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
    load();
}

IncidentListModel::~IncidentListModel()
{
    // A worker still reading ids holds the database, not this model; it ends within its query.
    for (QThread *loader : std::as_const(m_loaders))
        loader->wait();
}

void IncidentListModel::reload()
{
    load();
}

void IncidentListModel::load()
{
    ++m_generation;
    m_restPending = false;
    if (!m_db->isServer()) {
        IdListModel::reload();
        emit loaded();
        return;
    }
    m_firstPageOnly = true;
    IdListModel::reload();
    m_firstPageOnly = false;
    if (rowCount() < PageCache<IncidentListRow>::pageSize || !lastError().isEmpty()) {
        emit loaded();  // that was all of it
        return;
    }
    fetchRest();
}

void IncidentListModel::fetchRest()
{
    m_restPending = true;
    const int generation = m_generation;
    // The worker reads through its own connection (Database::connection() is per thread) and
    // gives it back when done.
    QThread *loader = QThread::create([this, db = m_db, sort = m_sort, descending = m_descending, filter = m_filter,
                                       generation] {
        auto ids = IncidentListQuery(*db).orderedIds(sort, descending, filter);
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(this, [this, generation, ids = std::move(ids)] { restArrived(generation, ids); },
                                  Qt::QueuedConnection);
    });
    m_loaders << loader;
    connect(loader, &QThread::finished, this, [this, loader] {
        m_loaders.removeOne(loader);
        loader->deleteLater();
    });
    loader->start();
}

void IncidentListModel::restArrived(int generation, const Result<QList<qint64>> &ids)
{
    if (generation != m_generation || !m_restPending)
        return;  // the order or the filter changed meanwhile: that load has its own worker
    m_restPending = false;
    if (!ids) {
        setError(ids.error());
        return;
    }
    const QList<qint64> &have = this->ids();
    if (ids->size() >= have.size() && std::equal(have.cbegin(), have.cend(), ids->cbegin())) {
        appendIds(ids->mid(have.size()));
    } else {
        // Someone wrote meanwhile and the first page moved: refresh()'s rules, with these ids.
        m_ready = *ids;
        refresh();
    }
    emit loaded();
}

IdListModel::IdReader IncidentListModel::idReader() const
{
    return [sort = m_sort, descending = m_descending, filter = m_filter](const Database &db) {
        return IncidentListQuery(db).orderedIds(sort, descending, filter);
    };
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
    if (m_ready) {
        QList<qint64> ids = std::move(*m_ready);
        m_ready.reset();
        return ids;
    }
    return m_query.orderedIds(m_sort, m_descending, m_filter, m_firstPageOnly ? PageCache<IncidentListRow>::pageSize : 0);
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
    load();
}

void IncidentListModel::sortOpenFirst()
{
    if (m_sort == IncidentSort::OpenFirst)
        return;
    m_sort = IncidentSort::OpenFirst;
    m_descending = false;
    load();
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load();
}

} // namespace sitrep
