#pragma once
// Where an incident stands. Each status after Open is reached by setting its milestone.

#include <QString>

#include <optional>

namespace sitrep {

enum class IncidentStatus { Open, Acknowledged, Mitigated, Resolved };

QString statusKey(IncidentStatus s);                               // "acknowledged" (storage, JSON)
std::optional<IncidentStatus> statusFromKey(const QString &key);
QString statusLabel(IncidentStatus s);                             // translated, for people

} // namespace sitrep
