#pragma once
// Writes the whole database as one exchange document. Streams: memory stays flat however many
// incidents there are. The output is deterministic (same data, same bytes).

#include "storage/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>

namespace sitrep {

Done exportJson(const Database &db, QIODevice &out);

// One incident as a standalone JSON object: the incident element of the exchange document with
// its alerts inside (a timeline event's "alert" indexes them), plus "format" and
// "format_version". For sharing one incident, not for import.
Result<QByteArray> exportIncidentJson(const Database &db, qint64 incidentId);

} // namespace sitrep
