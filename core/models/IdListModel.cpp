#include "models/IdListModel.h"

#include "models/BackgroundReader.h"

namespace sitrep {

int IdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void IdListModel::reload()
{
    ++m_loads;
    auto ids = fetchIds();
    if (!ids) {
        setError(ids.error());
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_ids = std::move(ids.value());
    forgetRows();
    endResetModel();
}

void IdListModel::refresh()
{
    auto fresh = fetchIds();
    if (!fresh) {
        setError(fresh.error());
        return;
    }
    refreshWith(std::move(fresh.value()));
}

void IdListModel::refreshInBackground()
{
    if (!m_refresher)
        m_refresher = new BackgroundReader(database(), this);
    m_refresher->read([this, read = idReader(), load = m_loads](const Database &db) -> std::function<void()> {
        auto ids = read(db);
        return [this, load, ids = std::move(ids)]() mutable {
            if (load != m_loads || !acceptsRefresh())
                return;  // reloaded meanwhile (another order, another filter, or from scratch)
            if (!ids) {
                setError(ids.error());
                return;
            }
            emit aboutToRefresh();
            refreshWith(*ids);
            emit refreshed();
        };
    });
}

void IdListModel::refreshWith(QList<qint64> ids)
{
    m_lastError.clear();
    forgetRows();
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
        return;
    }
    // Rows added or removed: a reset, after which views reselect by id (rowOfId).
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

void IdListModel::appendIds(const QList<qint64> &more)
{
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + more.size()) - 1);
    m_ids += more;
    endInsertRows();
}

qint64 IdListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int IdListModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void IdListModel::setError(const QString &message) const
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit const_cast<IdListModel *>(this)->loadFailed(message);
}

} // namespace sitrep
