#pragma once
// Reading the change log (migration 0009) by position: what every commit changed, in an order
// in which nothing committed is ever skipped, for views that reload only what changed and for
// `sitrepctl tail`.
//
// A position is (commit position, id) of the last change read. On a file, writers take turns,
// so ids are in commit order and the commit position is 0. On a server, ids are drawn as rows
// are written and transactions commit in any order: a reader that went by id alone would step
// past a row that a longer transaction commits later. So each transaction that wrote is given
// a position as it commits, under a lock held until the commit is visible (migration 0009):
// positions are in commit order, and reading by (position, id) never skips a row.

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitrep {

struct Change
{
    qint64 id = 0;
    qint64 commitPosition = 0;            // 0 on a file
    qint64 changedAt = 0;                 // UTC ms
    QString table;                        // '*' for a bulk load
    QString action;                       // insert, update, delete, load
    std::optional<qint64> rowId;
    std::optional<qint64> incidentId;
    std::optional<int> incidentNumber;    // while the incident exists
    QString actor;                        // the server's user; empty on a file
};

struct FeedPosition
{
    qint64 commit = 0;
    qint64 id = 0;
    bool operator==(const FeedPosition &) const = default;
};

namespace changefeed {

// Before every change: reading from here reads the whole log.
inline constexpr FeedPosition start{};
// After everything committed so far: reading from here reads what commits from now on.
Result<FeedPosition> end(const QSqlDatabase &db);
// Right after the change with this id; an error when the log has no such change.
Result<FeedPosition> after(const QSqlDatabase &db, qint64 changeId);
// At most `limit` changes after `from`, in order. The position after the last one is
// `positionOf(changes.last())`; none: nothing new (yet).
Result<QList<Change>> read(const QSqlDatabase &db, const FeedPosition &from, int limit = 1000);
inline FeedPosition positionOf(const Change &c) { return {c.commitPosition, c.id}; }

} // namespace changefeed
} // namespace sitrep
