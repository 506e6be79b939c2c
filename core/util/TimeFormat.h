#pragma once
// Timestamps are UTC milliseconds in storage and in exchange files; ISO 8601 text when written out.

#include <QString>

#include <optional>

namespace sitrep {

// "2026-03-14T09:26:53.589Z"
QString isoUtc(qint64 ms);
// Accepts ISO 8601 with a zone designator (Z or +hh:mm); nullopt when it is not one.
std::optional<qint64> parseIsoUtc(const QString &text);
// "3h 12m", "45s", "2d 4h": a duration as a person reads it.
QString humanDuration(qint64 ms);

} // namespace sitrep
