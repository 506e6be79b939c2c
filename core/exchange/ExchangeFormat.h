#pragma once
// The Sitrep exchange document (`sitrepctl export` / `import`), version 1. Documented in README.md
// ("Exchange format"). Times are ISO 8601 UTC strings with milliseconds; absent ones are null.
// Arrays appear in this order so that every reference points backwards: services, runbooks,
// alerts, incidents (timeline and checklist inside), postmortems (action items inside).
// A timeline event names its alert by index into "alerts"; alerts and postmortems name their
// incident by public id ("INC-1042"); checklist items name their runbook by slug.

namespace sitrep::exchange {

inline constexpr const char *formatName = "sitrep";
inline constexpr int formatVersion = 1;

} // namespace sitrep::exchange
