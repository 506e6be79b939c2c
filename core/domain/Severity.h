#pragma once
// SEV1 (critical, customer-facing outage) to SEV5 (cosmetic).

#include <QString>

#include <optional>

namespace sitrep {

enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4, Sev5 };

inline constexpr int severityCount = 5;

QString severityLabel(Severity s);                                   // "SEV2"
std::optional<Severity> severityFromLabel(const QString &label);     // "SEV2" / "sev2" / "2"
std::optional<Severity> severityFromNumber(int n);
QString severityMeaning(Severity s);                                 // one translated line

} // namespace sitrep
