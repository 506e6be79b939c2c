#pragma once
// Per-incident durations, from its milestones (as README.md's "Analytics" defines them):
//   time to detect      = detected     − impact started
//   time to acknowledge = acknowledged − detected
//   time to mitigate    = mitigated    − impact started
//   time to resolve     = resolved     − impact started
// A missing milestone leaves that metric missing for that incident: counted, never zero.

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sitrep::analytics {

enum class Metric { TimeToDetect, TimeToAcknowledge, TimeToMitigate, TimeToResolve };
inline constexpr std::array<Metric, 4> allMetrics = {Metric::TimeToDetect, Metric::TimeToAcknowledge,
                                                     Metric::TimeToMitigate, Metric::TimeToResolve};

QString metricKey(Metric m);      // "time_to_detect" (JSON, CSV, command line)
QString metricLabel(Metric m);    // "Time to detect" (translated)
QString metricAcronym(Metric m);  // "MTTD"

// What the analytics need of an incident: a few integers, so a million fit in 60 MB.
struct IncidentTimes
{
    std::optional<qint64> impactStartedAt;
    std::optional<qint64> detectedAt;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> mitigatedAt;
    std::optional<qint64> resolvedAt;
    int severity = 3;
    qint64 serviceId = 0;   // 0: none
    bool isDrill = false;
};

// Seconds; nullopt when a milestone it needs is missing (or the order is broken).
std::optional<double> metricSeconds(const IncidentTimes &incident, Metric m);

// The same incidents as columns: what a million of them needs is 60 MB in flat arrays, read
// sequentially, instead of 100 MB of records (and the four durations are computed once).
struct IncidentColumns
{
    QList<qint64> impact;                      // impact started, UTC ms
    std::array<QList<double>, 4> seconds;      // per metric (allMetrics order); NaN: missing
    QList<int> severity;
    QList<qint64> service;                     // 0: none
    QList<char> unresolved;

    qsizetype size() const { return impact.size(); }
    void reserve(qsizetype rows);
    void append(const IncidentTimes &incident);
    void append(const IncidentColumns &more);
};

} // namespace sitrep::analytics
