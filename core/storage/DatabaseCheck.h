#pragma once
// A read-only health check of a database file: schema version, SQLite's integrity check, and
// row counts. Used by `sitrepctl check`.

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace sitrep {

struct CheckReport
{
    int schemaVersion = 0;
    int latestVersion = 0;
    QList<QPair<QString, qint64>> counts;   // table -> rows
    QStringList problems;                   // empty when healthy
};

// Fails only when the file cannot be read at all; problems found inside it are in the report.
Result<CheckReport> checkDatabase(const QString &path);

} // namespace sitrep
