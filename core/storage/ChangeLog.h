#pragma once
// The change log's write side that is not the database's own triggers (migration 0009): bulk
// loads (demo, import, copy) pause the per-row log inside their transaction and leave one
// 'load' row instead of one per row written (a million-incident demo would write tens of
// millions). The pause is a row in change_log_pause that only the loading transaction sees: on a
// server, other writers' rows are logged as ever meanwhile.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace sitrep::changelog {

// The log's own tables: not content, so a copy between databases leaves them out (each
// database's log tells its own history, and positions in one mean nothing in another).
bool isLogTable(const QString &table);

// In the caller's transaction: stops the triggers logging rows.
Done pauseForBulkLoad(const QSqlDatabase &db);
// In the same transaction, before its commit: logs again, and records one 'load' row.
Done endBulkLoad(const QSqlDatabase &db);

} // namespace sitrep::changelog
