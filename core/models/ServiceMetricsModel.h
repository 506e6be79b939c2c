#pragma once
// The per-service table of a report: incidents, then median and p90 of each metric. Sort
// values are plain numbers (seconds), so a proxy sorts it by any column.

#include "analytics/Report.h"

#include <QAbstractTableModel>

#include <memory>

namespace sitrep {

class ServiceMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(std::shared_ptr<const analytics::Report> report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const analytics::Report> m_report;
};

} // namespace sitrep
