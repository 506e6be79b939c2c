#pragma once
// The postmortems, newest first, lazy (ids + pages).

#include "models/IdListModel.h"
#include "storage/Database.h"
#include "storage/PostmortemListQuery.h"

namespace sitrep {

class PostmortemListModel : public IdListModel
{
    Q_OBJECT
public:
    enum Column { IncidentColumn, SeverityColumn, TitleColumn, StatusColumn, AuthorColumn, UpdatedColumn, ActionsColumn, ColumnCount };
    enum Role { PostmortemIdRole = Qt::UserRole + 1, SeverityRole, IncidentIdRole, IsDraftRole };

    explicit PostmortemListModel(DatabasePtr db, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setFilter(const PostmortemFilter &filter);
    static QString statusLabel(const QString &status);

protected:
    Result<QList<qint64>> fetchIds() const override;
    void forgetRows() override { m_rows.clear(); }
    IdReader idReader() const override;
    DatabasePtr database() const override { return m_db; }

private:
    const PostmortemListRow *rowAt(int row) const;
    DatabasePtr m_db;
    PostmortemListQuery m_query;
    PostmortemFilter m_filter;
    mutable PageCache<PostmortemListRow> m_rows;
};

} // namespace sitrep
