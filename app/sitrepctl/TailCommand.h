#pragma once

#include <QString>

#include <optional>

namespace sitrepctl {

struct TailArgs
{
    QString db;
    std::optional<qint64> from;   // a change id: print what came after it; none: from now on
    bool follow = true;           // keep printing as changes commit, until SIGINT or SIGTERM
};

// Prints the change feed (ChangeFeed.h) as JSON lines, one per change, for scripts (chat bots,
// status pages): {"id":…,"at":"…Z","table":…,"action":…,"row":…,"incident_id":…,
// "incident":"INC-…","by":…}. A script that remembers the last id it handled resumes with
// --from ID and misses nothing.
int tail(const TailArgs &args);

} // namespace sitrepctl
