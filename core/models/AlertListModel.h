#pragma once
// The Alerts inbox, lazy at any size (ids + pages, like the incident list), newest first.

#include "models/IdListModel.h"
#include "storage/AlertListQuery.h"
#include "storage/Database.h"

namespace sitrep {

class AlertListModel : public IdListModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, SeverityColumn, TitleColumn, ServiceColumn, SourceColumn, LabelsColumn,
                  StartedColumn, LastSeenColumn, IncidentColumn, ColumnCount };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,  // qint64
        SeverityRole,                    // int 1..5, or null
        StatusKeyRole,                   // "firing", "resolved", "acknowledged"
        IncidentIdRole,                  // qint64, or null
        HeldReasonRole,                  // "", "below_min_severity", "muted"
        IsMutedRole,                     // bool
        SourceRole,
        DedupKeyRole,
        NeedsAttentionRole,              // bool: firing, not held, not muted
    };
    Q_ENUM(Role)

    explicit AlertListModel(DatabasePtr db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }
    const AlertListRow *rowAt(int row) const;

    // "HighErrorRate on checkout · instance=checkout-1 · env=prod": the labels that tell two
    // alerts of one group apart (without those already shown in their own columns).
    static QString labelSummary(const QString &labelsJson);

protected:
    Result<QList<qint64>> fetchIds() const override;
    void forgetRows() override { m_rows.clear(); }
    IdReader idReader() const override;
    DatabasePtr database() const override { return m_db; }

private:
    DatabasePtr m_db;
    AlertListQuery m_query;
    AlertFilter m_filter;
    mutable PageCache<AlertListRow> m_rows;
};

} // namespace sitrep
