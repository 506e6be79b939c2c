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
#include <QMetaType>
#include <QMutex>
#include <QSet>

#include <functional>
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

// What a run of changes touched, as views decide whether to reload: the tables, and the
// incidents whose rows (or rows belonging to them) changed.
struct ChangeSet
{
    QSet<QString> tables;
    QSet<qint64> incidents;
    bool incidentsAddedOrRemoved = false;
    // A bulk load, or more changes than were worth reading one by one: anything may have changed.
    bool everything = false;
    int changes = 0;             // log rows read into this set
    qint64 oldestChangeAt = 0;   // the earliest of their times (UTC ms), 0 when none

    void add(const Change &c);
    bool isEmpty() const { return !everything && tables.isEmpty(); }
    bool touches(const QString &table) const { return everything || tables.contains(table); }
    bool touchesIncident(qint64 incidentId) const { return everything || incidents.contains(incidentId); }
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

// One position in the feed that several threads read on, each with its own connection (the
// change listener's thread when woken, the GUI's right after its own write): each change is
// summed up once, by whichever reads it first.
class FeedReader
{
public:
    explicit FeedReader(const FeedPosition &from) : m_position(from) {}
    // What committed since the last read. A long run (a storm, a big import) is summed up as
    // "everything", which costs a reader less than the list of every row. `deliver` runs with
    // the set (when not empty) before the next read can begin, so that of two threads reading
    // the one that reads second can tell that the first one's set is on its way.
    ChangeSet read(const QSqlDatabase &db, const std::function<void(const ChangeSet &)> &deliver = {});

private:
    QMutex m_mutex;
    FeedPosition m_position;
};

} // namespace sitrep

Q_DECLARE_METATYPE(sitrep::ChangeSet)
