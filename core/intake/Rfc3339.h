#pragma once
// RFC 3339 timestamps as monitoring systems send them ("2026-11-26T13:29:03.123456789Z",
// "...+01:00", and ISO 8601's "...+0100" that PagerDuty documents), parsed without QDateTime:
// intake reads two per alert at tens of thousands of alerts per second.

#include <QStringView>

#include <optional>

namespace sitrep::intake {

// UTC milliseconds; nullopt when the text is not RFC 3339 (or ISO 8601 with a zone offset
// written +hh:mm, +hhmm or +hh).
std::optional<qint64> parseRfc3339(QStringView text);

// Alertmanager's "no end" is Go's zero time.
inline bool isGoZeroTime(QStringView text) { return text.startsWith(u"0001-01-01T00:00:00"); }

} // namespace sitrep::intake
