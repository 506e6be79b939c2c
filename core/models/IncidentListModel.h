#pragma once
// The incident list, lazy at any size: it holds the ordered ids (8 bytes a row) and fetches the
// display rows a page at a time, keeping a bounded cache. Sorting is done by the database.

#include "storage/Database.h"
#include "storage/IncidentListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sitrep {

class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, SeverityColumn, TitleColumn, StatusColumn, ServiceColumn,
                  ImpactStartedColumn, DurationColumn, DrillColumn, ColumnCount };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,  // qint64 row id
        SeverityRole,                       // int 1..5
        StatusKeyRole,                      // "open", "acknowledged", ...
        IsOpenRole,                         // bool: not resolved
        SortValueRole,                      // raw value behind a cell (times in UTC ms)
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;

    explicit IncidentListModel(DatabasePtr db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Open incidents first, newest first: the list's order before the user picks a column.
    void sortOpenFirst();
    // Shows only incidents that pass the filter (in SQL); resets the list.
    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }
    // Re-reads the ids in the current order, from scratch (a reset).
    void reload();
    // Re-reads after someone wrote: a layout change that keeps selections and the current row
    // on the same incidents, not a reset.
    void refresh();
    qint64 incidentIdAt(int row) const;
    int rowOfIncident(qint64 id) const;   // -1 when absent
    const QString &lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString &message);

private:
    const IncidentListRow *rowAt(int row) const;
    void setError(const QString &message) const;

    DatabasePtr m_db;
    IncidentListQuery m_query;
    IncidentSort m_sort = IncidentSort::OpenFirst;
    IncidentFilter m_filter;
    bool m_descending = false;
    QList<qint64> m_ids;
    mutable QHash<int, QList<IncidentListRow>> m_pages;
    mutable QList<int> m_pageUse;   // least recently used first
    mutable QString m_lastError;
};

} // namespace sitrep
