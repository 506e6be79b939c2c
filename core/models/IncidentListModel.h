#pragma once
// The incident list, lazy at any size: it holds the ordered ids (8 bytes a row) and fetches the
// display rows a page at a time, keeping a bounded cache. Sorting is done by the database.
// On a server the first page of ids comes first (a few milliseconds; all of a million take
// half a second over the wire): the rest follow from a worker thread and are appended.

#include "models/IdListModel.h"
#include "storage/Database.h"
#include "storage/IncidentListQuery.h"

#include <QList>

#include <optional>

class QThread;

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
    ~IncidentListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the list from scratch (IdListModel::reload(), on a server its first page first).
    void reload();
    // Open incidents first, newest first: the list's order before the user picks a column.
    void sortOpenFirst();
    // Shows only incidents that pass the filter (in SQL); resets the list.
    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }
    qint64 incidentIdAt(int row) const { return idAt(row); }
    int rowOfIncident(qint64 id) const { return rowOfId(id); }   // -1 when absent
    // True while a server's list has its first rows and the rest are on their way, or a worker
    // whose result no longer counts has yet to end.
    bool isLoadingRest() const { return m_restPending || !m_loaders.isEmpty(); }

signals:
    // The whole list is there (on a server, after its first page came first).
    void loaded();

protected:
    Result<QList<qint64>> fetchIds() const override;
    IdReader idReader() const override;
    DatabasePtr database() const override { return m_db; }
    bool acceptsRefresh() const override { return !m_restPending; }
    void forgetRows() override { m_rows.clear(); }

private:
    const IncidentListRow *rowAt(int row) const;
    // reload(), the first page first on a server.
    void load();
    void fetchRest();
    void restArrived(int generation, const Result<QList<qint64>> &ids);

    DatabasePtr m_db;
    IncidentListQuery m_query;
    IncidentSort m_sort = IncidentSort::OpenFirst;
    IncidentFilter m_filter;
    bool m_descending = false;
    mutable PageCache<IncidentListRow> m_rows;
    bool m_firstPageOnly = false;                  // fetchIds(): the first page only
    mutable std::optional<QList<qint64>> m_ready;  // fetchIds(): ids that came from a worker
    int m_generation = 0;                          // of the order and filter, so late results drop
    bool m_restPending = false;
    QList<QThread *> m_loaders;                    // running workers, waited for when destroyed
};

} // namespace sitrep
