#include "models/ServiceMetricsModel.h"

#include "util/TimeFormat.h"

#include <cmath>

namespace sitrep {

void ServiceMetricsModel::setReport(std::shared_ptr<const analytics::Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int ServiceMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->services.size());
}

int ServiceMetricsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 2 + 4 * 2; }

QVariant ServiceMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const analytics::ServiceRow &row = m_report->services[index.row()];
    const int c = index.column();
    if (c == 0) {
        const QString name = row.service.isEmpty() ? tr("(no service)") : row.service;
        return role == Qt::DisplayRole || role == SortRole ? QVariant(name) : QVariant();
    }
    if (c == 1) {
        if (role == Qt::DisplayRole || role == SortRole)
            return qlonglong(row.incidents);
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const analytics::Summary &s = row.metrics[(c - 2) / 2];
    const bool median = (c - 2) % 2 == 0;
    const double seconds = median ? s.median : s.p90;
    switch (role) {
    case Qt::DisplayRole:
        return s.count ? humanDuration(qint64(std::llround(seconds * 1000))) : QStringLiteral("–");
    case SortRole:
        return s.count ? QVariant(seconds) : QVariant(-1.0);
    case Qt::ToolTipRole:
        return tr("%n incident(s) with this metric", nullptr, int(s.count));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ServiceMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Service");
    if (section == 1)
        return tr("Incidents");
    const analytics::Metric m = analytics::allMetrics[(section - 2) / 2];
    return (section - 2) % 2 == 0 ? tr("%1 median").arg(analytics::metricAcronym(m).mid(1))
                                  : tr("%1 p90").arg(analytics::metricAcronym(m).mid(1));
}

} // namespace sitrep
