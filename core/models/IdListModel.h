#pragma once
// Base of the big lists (incidents, alerts): the model holds only the ordered row ids (8 bytes a
// row, read in SQL with its sort and filter) and fetches display rows a page at a time through
// PageCache. reload() resets; refresh() after someone wrote keeps selections on the same rows.

#include "storage/Database.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace sitrep {

class BackgroundReader;

class IdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;

    // Re-reads the ids in the current order, from scratch (a reset).
    void reload();
    // Re-reads after a write: same ids -> dataChanged; same set, new order -> a layout change
    // that moves persistent indexes with their ids; rows added or removed -> a reset.
    void refresh();
    // The same after someone else wrote, with the ids read off the calling thread (at a million
    // rows the read takes 50–100 ms, and an alert storm writes with every commit): the rules of
    // refresh() apply when they arrive, between aboutToRefresh() and refreshed(). While one read
    // runs, further calls ask for one more, not one each; reload() drops a read under way.
    void refreshInBackground();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;   // -1 when absent
    const QString &lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString &message);
    void aboutToRefresh();
    void refreshed();

protected:
    explicit IdListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    virtual Result<QList<qint64>> fetchIds() const = 0;
    // For refreshInBackground(): what reads the ids on another thread, through the connection it
    // is given; it may use only what it captured (a copy of the order and the filter).
    using IdReader = std::function<Result<QList<qint64>>(const Database &db)>;
    virtual IdReader idReader() const = 0;
    virtual DatabasePtr database() const = 0;
    // Whether a background result may still be applied (not while the first page of a load
    // waits for the rest, say).
    virtual bool acceptsRefresh() const { return true; }
    // refresh() with ids already read.
    void refreshWith(QList<qint64> ids);
    // Drops cached display rows (they may be stale).
    virtual void forgetRows() = 0;
    void setError(const QString &message) const;
    const QList<qint64> &ids() const { return m_ids; }
    // Adds rows at the end (the rest of a list whose first page came first).
    void appendIds(const QList<qint64> &more);

private:
    QList<qint64> m_ids;
    mutable QString m_lastError;
    BackgroundReader *m_refresher = nullptr;  // refreshInBackground(), made on first use
    int m_loads = 0;                          // reloads so far, so that a late read drops
};

// Display rows for a list of ids, a page at a time, the least recently used pages dropped first.
// Row needs an `id` member.
template <typename Row>
class PageCache
{
public:
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;
    using Fetch = std::function<Result<QList<Row>>(const QList<qint64> &ids)>;

    // The row for ids[row], fetching its page when needed; nullptr when it vanished or failed.
    const Row *rowAt(const QList<qint64> &ids, int row, const Fetch &fetch, QString *error)
    {
        if (row < 0 || row >= ids.size())
            return nullptr;
        const int page = row / pageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            auto rows = fetch(ids.mid(qsizetype(page) * pageSize, pageSize));
            if (!rows) {
                *error = rows.error();
                return nullptr;
            }
            if (m_pages.size() >= maxCachedPages && !m_use.isEmpty())
                m_pages.remove(m_use.takeFirst());
            it = m_pages.insert(page, std::move(rows.value()));
        } else {
            m_use.removeOne(page);
        }
        m_use.append(page);
        const QList<Row> &rows = *it;
        const qint64 wanted = ids[row];
        // Rows come back in id order, minus any deleted since the ids were read.
        const int offset = row % pageSize;
        if (offset < rows.size() && rows[offset].id == wanted)
            return &rows[offset];
        for (const Row &r : rows) {
            if (r.id == wanted)
                return &r;
        }
        return nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_use.clear();
    }

private:
    QHash<int, QList<Row>> m_pages;
    QList<int> m_use;   // least recently used first
};

} // namespace sitrep
