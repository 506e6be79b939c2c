#pragma once
// What a PostgreSQL database is, read without writing to it, and the checks a connection to one
// must pass: the counterpart of Database::inspect and the pragmas for a file.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sitrep {

struct ServerInspection
{
    bool empty = true;          // no tables in the current schema
    bool isSitrep = false;      // meta holds our application id
    int schemaVersion = 0;      // meta's schema_version

    static Result<ServerInspection> read(const QSqlDatabase &db);
};

// The oldest PostgreSQL we run on (generated columns for search: 12; we test on Debian's 17).
inline constexpr int minimumServerVersion = 130000;

// Refuses a server older than minimumServerVersion.
Done configureServer(const QSqlDatabase &db);
// libpq's message for a failed connection or statement, without Qt's decoration.
QString serverError(const QSqlError &error);

} // namespace sitrep
