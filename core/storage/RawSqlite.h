#pragma once
// The SQLite C API on a Qt connection's own handle, for the few paths that read or write a
// million rows (PERFORMANCE.md: 2-3x faster than QSqlQuery there). Everything else uses Qt SQL.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::rawsql {

// The connection's sqlite3*, or nullptr when it is not SQLite.
sqlite3 *handle(const QSqlDatabase &db);
// Prepares `sqlText` and binds strings as text and everything else as 64-bit integers.
// The caller finalizes the statement.
Result<sqlite3_stmt *> prepare(sqlite3 *db, const QString &sqlText, const QVariantList &binds);

} // namespace sitrep::rawsql
