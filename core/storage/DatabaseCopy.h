#pragma once
// Copies a whole Sitrep database from one location to another: a file to a server when a team
// starts, a server to a file for an offline archive. All or nothing: a server target is written
// in one transaction; a file target is written as a new file next to it and renamed into place
// only when complete, so a failure leaves the target as it was and no half file behind.
//
// Both ends are opened through Database::open, so both are at this Sitrep's schema version.
// Tables and columns are read from the target's catalogue, so a new migration's tables are
// copied without a change here. Ids are copied as they are; what each engine derives (search
// columns on PostgreSQL, FTS5 indexes on SQLite, identities, the incident number counter) is
// rebuilt on the target, never copied. Rows go in through the engines' bulk paths
// (rows/BulkRows.h: SQLite's C API, PostgreSQL's COPY in the copy's transaction).

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace sitrep {

struct CopyProgress
{
    QString table;
    int tableIndex = 0;      // 1-based
    int tableCount = 0;
    qint64 rows = 0;         // copied so far in this table
    qint64 tableRows = 0;    // the table's rows in the source
    bool tableDone = false;
};

struct CopyOptions
{
    // Replace what the target holds (in the same transaction) instead of refusing a target
    // that is not empty.
    bool replace = false;
    // Called on the copying thread as rows go in (every few thousand rows) and when a table is
    // done.
    std::function<void(const CopyProgress &)> progress;
    // A server target: how long to wait for other sessions to let go of its tables.
    int lockTimeoutMilliseconds = 30000;
};

struct CopySummary
{
    QString from;            // the source's display name (no password)
    QString to;              // the target's display name (no password)
    QList<QPair<QString, qint64>> tables;   // table -> rows copied, in copy order
    qint64 rows = 0;
    qint64 milliseconds = 0;
};

// `from` and `to` are what --db takes (DatabaseLocation::parse). The source must exist; the
// target may be missing (a file is created, a server database must exist and may be empty).
Result<CopySummary> copyDatabase(const QString &from, const QString &to, const CopyOptions &options = {});

} // namespace sitrep
