#pragma once
// A realistic, deterministic demo data set: about two years of incidents over a dozen services,
// log-normal phase durations, alerts, timelines, checklists, postmortems with action items,
// drills, and a few incidents still open. The same seed and end date give the same data.
//
// Halfway through the period the team "improves detection": the median time to detect and to
// acknowledge drop by half, so the analytics have a real before/after to find.

#include "storage/Database.h"
#include "util/Result.h"

#include <functional>

namespace sitrep {

struct DemoOptions
{
    qint64 incidents = 2000;
    quint64 seed = 1;
    // The end of the period, UTC ms; by default the start of the current UTC day.
    std::optional<qint64> until;
};

struct DemoSummary
{
    qint64 incidents = 0;
    qint64 alerts = 0;
    qint64 timelineEvents = 0;
    qint64 postmortems = 0;
    qint64 actionItems = 0;
    qint64 openIncidents = 0;
};

// progress(done, total) is called every few hundred incidents; returning false cancels (nothing
// is written). Only an empty database is filled: demo data never mixes with real incidents.
Result<DemoSummary> generateDemo(const Database &db, const DemoOptions &options,
                                 const std::function<bool(qint64, qint64)> &progress = {});

} // namespace sitrep
