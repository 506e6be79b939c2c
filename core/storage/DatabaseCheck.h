#pragma once
// A read-only health check of a database: schema version, the engine's own consistency checks,
// Sitrep's own invariants, and row counts. Used by `sitrepctl check`.
//
// A file: SQLite's integrity_check (pages, indexes) and foreign_key_check (SQLite keeps foreign
// keys only on connections that ask for it, so rows can point nowhere). A server keeps its
// foreign keys by constraint, and its pages by checksums the administrator's tools watch; what
// can still be wrong there is checked instead: a foreign key that is not validated or whose
// triggers are disabled, an index left invalid, an identity behind its table's highest id (the
// next insert would fail). On both: the incident number counter not below the highest number.

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace sitrep {

struct CheckReport
{
    bool server = false;
    QString where;                          // the file's absolute path, or the server's address
    int schemaVersion = 0;
    int latestVersion = 0;
    QList<QPair<QString, qint64>> counts;   // table -> rows
    QStringList problems;                   // empty when healthy
};

// `location`: what --db takes. Fails only when the database cannot be read at all; problems
// found inside it are in the report. Writes nothing.
Result<CheckReport> checkDatabase(const QString &location);

} // namespace sitrep
