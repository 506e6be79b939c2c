#pragma once
// The change log's write side that is not the database's own triggers (migration 0009). Two
// writers pause the per-row log inside their transaction and say what they did in fewer rows:
// bulk loads (demo, import, copy) leave one 'load' row (a million-incident demo would write tens
// of millions), and intake one row per incident, table and action at its commit (a trigger per
// alert cost SQLite intake a third of its speed). On a file a pause is a row in
// change_log_pause, which must go before the commit (endBulkLoad, resume): committed, it would
// pause every writer. On a server it is a setting local to the transaction, read by the
// triggers' WHEN: other writers' rows are logged as ever meanwhile.

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitrep::changelog {

// The log's own tables: not content, so a copy between databases leaves them out (each
// database's log tells its own history, and positions in one mean nothing in another).
bool isLogTable(const QString &table);

// In the caller's transaction: stops the triggers logging rows (on a file by pauseStatement).
inline constexpr const char *pauseStatement = "INSERT INTO change_log_pause(paused) VALUES (1) ON CONFLICT DO NOTHING";
Done pause(const QSqlDatabase &db);
inline Done pauseForBulkLoad(const QSqlDatabase &db) { return pause(db); }
// In the same transaction, before its commit: logs again, and records one 'load' row.
Done endBulkLoad(const QSqlDatabase &db);

// One row standing for what a paused writer did to a table for one incident.
struct Summary
{
    const char *table;                 // our own names, as string literals
    const char *action;                // insert, update, delete
    std::optional<qint64> incidentId;
    std::optional<qint64> rowId;       // when it was one known row
};

// Adds a write to a list of summaries: one per (table, action, incident), whose row id stays
// only while it is the only row. Called for every alert intake writes: no allocation but for a
// new entry.
void add(QList<Summary> &summaries, const char *table, const char *action, std::optional<qint64> incidentId,
         std::optional<qint64> rowId = std::nullopt);

// In the same transaction, before its commit: logs again, and records the summaries (on a
// server also the transaction's place in line and the wake-up, as the triggers do).
Done resume(const QSqlDatabase &db, const QList<Summary> &summaries);
// On a server: the one statement resume() runs (empty when there is nothing to write), for a
// caller that sends it in the same round trip as its COMMIT.
QByteArray serverResumeStatement(const QList<Summary> &summaries);

// Forgets changes older than `before` (UTC ms), in a transaction of its own; returns how many.
// Readers that were further behind are told so (changefeed::after names a change that is gone).
// The log is in time order by id (commit order, and on a server nearly so), so the cut is found
// by the primary key in a few lookups and the delete is one range: no index on time to keep up.
Result<qint64> prune(const QSqlDatabase &db, qint64 before);
// How long `sitrepctl serve` keeps changes: a script or a desktop that has been away longer
// starts again from now.
inline constexpr qint64 keptForMs = 30LL * 24 * 3600 * 1000;

// Alerts moved to an incident, in the caller's transaction. A file's alerts have no trigger
// (0009_change_log.sql says why): Sitrep's writers of alerts other than intake call this. On a
// server the trigger logs them, and this does nothing.
Done alertsMoved(const QSqlDatabase &db, std::optional<qint64> incidentId, const QList<qint64> &alertIds);

} // namespace sitrep::changelog
