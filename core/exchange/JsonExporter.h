#pragma once
// Writes the whole database as one exchange document. Streams: memory stays flat however many
// incidents there are. The output is deterministic (same data, same bytes).

#include "storage/Database.h"
#include "util/Result.h"

#include <QIODevice>

namespace sitrep {

Done exportJson(const Database &db, QIODevice &out);

} // namespace sitrep
