#include "storage/ChangeFeed.h"

#include "storage/SqlUtil.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace sitrep {

void ChangeSet::add(const Change &c)
{
    ++changes;
    if (oldestChangeAt == 0 || c.changedAt < oldestChangeAt)
        oldestChangeAt = c.changedAt;
    if (c.action == QLatin1String("load")) {
        everything = true;
        return;
    }
    tables.insert(c.table);
    if (c.incidentId)
        incidents.insert(*c.incidentId);
    if (c.table == QLatin1String("incidents") && c.action != QLatin1String("update"))
        incidentsAddedOrRemoved = true;
}

namespace changefeed {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)
};

QString readError(const QSqlQuery &q)
{
    return Tr::tr("Cannot read the change log: %1").arg(q.lastError().text());
}

} // namespace

Result<FeedPosition> end(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (sql::isServer(db)) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(position), 0) FROM change_commits")) || !q.next())
            return fail(readError(q));
        return FeedPosition{q.value(0).toLongLong(), std::numeric_limits<qint64>::max()};
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")) || !q.next())
        return fail(readError(q));
    return FeedPosition{0, q.value(0).toLongLong()};
}

Result<FeedPosition> after(const QSqlDatabase &db, qint64 changeId)
{
    if (changeId == 0)
        return start;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql::isServer(db) ? QStringLiteral("SELECT k.position FROM change_log c JOIN change_commits k ON k.xact = c.xact "
                                                 "WHERE c.id = ?")
                                : QStringLiteral("SELECT 0 FROM change_log WHERE id = ?"));
    q.addBindValue(changeId);
    if (!q.exec())
        return fail(readError(q));
    if (!q.next())
        return fail(Tr::tr("The change log has no change %1 (it may have been pruned): start from 0 or leave --from out.")
                        .arg(changeId));
    return FeedPosition{q.value(0).toLongLong(), changeId};
}

Result<QList<Change>> read(const QSqlDatabase &db, const FeedPosition &from, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("c.id, %1, c.changed_at, c.table_name, c.action, c.row_id, c.incident_id, i.number, c.actor ");
    if (sql::isServer(db)) {
        // Committed transactions from the position on, each one's rows in id order. The
        // position's own bound is spelled out so that the walk starts in change_commits' key.
        q.prepare(QStringLiteral("SELECT ") + columns.arg(QStringLiteral("k.position")) +
                  QStringLiteral("FROM change_commits k JOIN change_log c ON c.xact = k.xact "
                                 "LEFT JOIN incidents i ON i.id = c.incident_id "
                                 "WHERE k.position >= CAST(? AS BIGINT) AND (k.position > CAST(? AS BIGINT) OR c.id > CAST(? AS BIGINT)) "
                                 "ORDER BY k.position, c.id LIMIT %1").arg(std::max(1, limit)));
        q.addBindValue(from.commit);
        q.addBindValue(from.commit);
        q.addBindValue(from.id);
    } else {
        q.prepare(QStringLiteral("SELECT ") + columns.arg(QStringLiteral("0")) +
                  QStringLiteral("FROM change_log c LEFT JOIN incidents i ON i.id = c.incident_id "
                                 "WHERE c.id > ? ORDER BY c.id LIMIT %1").arg(std::max(1, limit)));
        q.addBindValue(from.id);
    }
    if (!q.exec())
        return fail(readError(q));
    QList<Change> changes;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.commitPosition = q.value(1).toLongLong();
        c.changedAt = q.value(2).toLongLong();
        c.table = q.value(3).toString();
        c.action = q.value(4).toString();
        c.rowId = sql::optionalValue<qint64>(q.value(5));
        c.incidentId = sql::optionalValue<qint64>(q.value(6));
        c.incidentNumber = sql::optionalValue<int>(q.value(7));
        c.actor = q.value(8).toString();
        changes << c;
    }
    if (q.lastError().isValid())
        return fail(readError(q));
    return changes;
}

} // namespace changefeed

ChangeSet FeedReader::read(const QSqlDatabase &db, const std::function<void(const ChangeSet &)> &deliver)
{
    constexpr int pageSize = 1000;
    constexpr int maxPages = 20;
    QMutexLocker lock(&m_mutex);
    ChangeSet set;
    for (int page = 0; page < maxPages; ++page) {
        auto changes = changefeed::read(db, m_position, pageSize);
        if (!changes) {
            qCWarning(lcStorage).noquote() << changes.error();
            break;
        }
        for (const Change &c : *changes)
            set.add(c);
        if (!changes->isEmpty())
            m_position = changefeed::positionOf(changes->constLast());
        if (changes->size() < pageSize)
            break;
        if (page + 1 == maxPages) {
            // Skip to the end: the reader reloads all it shows anyway.
            set.everything = true;
            if (auto end = changefeed::end(db))
                m_position = *end;
        }
    }
    if (deliver && !set.isEmpty())
        deliver(set);
    return set;
}

} // namespace sitrep
