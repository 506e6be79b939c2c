#pragma once
// The incident list, lazy at any size: it holds the ordered ids (8 bytes a row) and fetches the
// display rows a page at a time, keeping a bounded cache. Sorting is done by the database.

#include "models/IdListModel.h"
#include "storage/Database.h"
#include "storage/IncidentListQuery.h"

namespace sitrep {

class IncidentListModel : public IdListModel
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

    explicit IncidentListModel(DatabasePtr db, QObject *parent = nullptr);

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
    qint64 incidentIdAt(int row) const { return idAt(row); }
    int rowOfIncident(qint64 id) const { return rowOfId(id); }   // -1 when absent

protected:
    Result<QList<qint64>> fetchIds() const override;
    void forgetRows() override { m_rows.clear(); }

private:
    const IncidentListRow *rowAt(int row) const;

    DatabasePtr m_db;
    IncidentListQuery m_query;
    IncidentSort m_sort = IncidentSort::OpenFirst;
    IncidentFilter m_filter;
    bool m_descending = false;
    mutable PageCache<IncidentListRow> m_rows;
};

} // namespace sitrep
