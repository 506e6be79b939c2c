#pragma once
// Making a new database file without ever touching an existing one (File ▸ New Database…).

#include "util/Result.h"

#include <QString>

namespace sitrep {

// Creates `path` as an empty file, refusing (with the reason) when it, or SQLite's companions of
// a file by that name (`-wal`, `-shm`, `-journal`), already exist: a stale log next to a new file
// would be replayed into it. The file is created exclusively, so a file that appears between the
// check and the creation is refused too, never truncated. An empty file opens as an empty
// database.
Done claimNewDatabaseFile(const QString &path);

// The first of `base`, `base-2`, `base-3`… (before the suffix) that claimNewDatabaseFile() would
// accept now: a suggestion for the file dialog, not a reservation.
QString freeDatabaseName(const QString &path);

} // namespace sitrep
