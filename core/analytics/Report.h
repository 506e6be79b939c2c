#pragma once
// The numbers a reliability review looks at, for one filter: per metric and bucket the count,
// mean, median, p90, min, max and 95 % intervals; incident counts by severity; a per-service
// table; and, given a date, a before/after comparison with a plain verdict. Pure computation
// over IncidentTimes (buildReport() reads them from a database first).

#include "analytics/Buckets.h"
#include "analytics/Statistics.h"
#include "domain/IncidentMetrics.h"
#include "storage/AnalyticsStore.h"
#include "util/Result.h"

#include <QHash>
#include <QTimeZone>

#include <array>
#include <functional>

namespace sitrep::analytics {

struct ReportRequest
{
    AnalyticsFilter filter;
    Bucketing bucketing = Bucketing::Week;
    QTimeZone zone = QTimeZone::systemTimeZone();
    std::optional<qint64> compareAt;   // before: impact start < compareAt; after: >=
};

struct BucketStats
{
    qint64 start = 0;
    qint64 end = 0;
    Summary summary;           // over incidents with the metric present
    qsizetype missing = 0;     // resolved (or not applicable) but without the milestones it needs
    qsizetype open = 0;        // not resolved yet: reported as open, not as a duration
};

struct MetricSeries
{
    Metric metric = Metric::TimeToDetect;
    QList<BucketStats> buckets;
    BucketStats overall;       // the whole range (start/end of the range)
};

struct SeverityCounts
{
    qint64 start = 0;
    qint64 end = 0;
    std::array<qsizetype, 5> bySeverity{};   // SEV1..SEV5
};

struct ServiceRow
{
    QString service;           // "" for incidents without one
    qsizetype incidents = 0;
    std::array<Summary, 4> metrics;   // in allMetrics order, without intervals
};

struct Report
{
    ReportRequest request;
    qint64 from = 0;           // the range actually covered (UTC ms)
    qint64 to = 0;
    qsizetype incidents = 0;
    qsizetype open = 0;
    std::array<MetricSeries, 4> metrics;
    QList<SeverityCounts> counts;
    QList<ServiceRow> services;
    std::optional<std::array<Comparison, 4>> comparison;
    // Distribution of each metric over log-spaced bins: histogram[m][k] counts durations in
    // [histogramEdges[k], histogramEdges[k + 1]) (the last bin is open-ended).
    std::array<QList<qsizetype>, 4> histogram;
};

// Seconds: 0, 30 s, 1 m, 2 m, 5 m, 10 m, 15 m, 30 m, 1 h, 2 h, 4 h, 8 h, 1 d, 2 d, 1 w.
const QList<double> &histogramEdges();

// `cancelled` is polled between steps; when it returns true the result is an error.
Result<Report> computeReport(QList<IncidentTimes> incidents, const ReportRequest &request,
                             const QHash<qint64, QString> &serviceNames,
                             const std::function<bool()> &cancelled = {});
Result<Report> computeReport(const IncidentColumns &incidents, const ReportRequest &request,
                             const QHash<qint64, QString> &serviceNames,
                             const std::function<bool()> &cancelled = {});
Result<Report> buildReport(const Database &db, const ReportRequest &request,
                           const std::function<bool()> &cancelled = {});

} // namespace sitrep::analytics
