#include "analytics/Report.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace sitrep::analytics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

// One metric's values in incident order (NaN where missing), computed once and shared by the
// buckets, the overall figure, the histogram, the services and the comparison.
struct MetricColumn
{
    QList<double> values;
};

BucketStats statsFor(const MetricColumn &column, const QList<char> &unresolved, qsizetype begin, qsizetype end,
                     bool withIntervals, std::uint64_t seed)
{
    BucketStats b;
    QList<double> values;
    values.reserve(end - begin);
    const double *v = column.values.constData();
    for (qsizetype k = begin; k < end; ++k) {
        if (!std::isnan(v[k]))
            values << v[k];
        else if (unresolved[k])
            ++b.open;
        else
            ++b.missing;
    }
    b.summary = summarize(values, withIntervals, seed);
    return b;
}

} // namespace

const QList<double> &histogramEdges()
{
    static const QList<double> edges = {0, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400,
                                        28800, 86400, 172800, 604800};
    return edges;
}

Result<Report> computeReport(QList<IncidentTimes> incidents, const ReportRequest &request,
                             const QHash<qint64, QString> &serviceNames, const std::function<bool()> &cancelled)
{
    const auto stop = [&] { return cancelled && cancelled(); };
    const auto impact = [](const IncidentTimes &i) { return i.impactStartedAt.value_or(0); };
    Report r;
    r.request = request;
    // The store leaves drills out already; incidents handed in directly get the same rule.
    if (!request.filter.includeDrills)
        incidents.removeIf([](const IncidentTimes &i) { return i.isDrill; });
    // The store delivers them in impact order; then every bucket is a contiguous range.
    if (!std::is_sorted(incidents.cbegin(), incidents.cend(),
                        [&](const IncidentTimes &a, const IncidentTimes &b) { return impact(a) < impact(b); }))
        std::stable_sort(incidents.begin(), incidents.end(),
                         [&](const IncidentTimes &a, const IncidentTimes &b) { return impact(a) < impact(b); });
    r.incidents = incidents.size();
    for (const IncidentTimes &i : incidents)
        r.open += !i.resolvedAt;
    r.from = request.filter.from.value_or(incidents.isEmpty() ? 0 : impact(incidents.first()));
    r.to = request.filter.to.value_or(incidents.isEmpty() ? 0 : impact(incidents.last()) + 1);

    const QList<qint64> bounds = bucketBoundaries(r.from, r.to, request.bucketing, request.zone);
    const qsizetype buckets = std::max<qsizetype>(0, bounds.size() - 1);
    // begin[k]: index of the first incident at or after bounds[k].
    QList<qsizetype> begin(buckets + 1, incidents.size());
    for (qsizetype k = 0, i = 0; k <= buckets; ++k) {
        while (i < incidents.size() && impact(incidents[i]) < bounds[k])
            ++i;
        begin[k] = i;
    }

    for (qsizetype k = 0; k < buckets; ++k) {
        SeverityCounts c{bounds[k], bounds[k + 1], {}};
        for (qsizetype i = begin[k]; i < begin[k + 1]; ++i)
            ++c.bySeverity[qBound(1, incidents[i].severity, 5) - 1];
        r.counts << c;
    }
    QList<char> unresolved(incidents.size());
    QList<qint64> services(incidents.size());
    for (qsizetype k = 0; k < incidents.size(); ++k) {
        unresolved[k] = !incidents[k].resolvedAt;
        services[k] = incidents[k].serviceId;
    }
    const qsizetype split = request.compareAt
        ? std::partition_point(incidents.cbegin(), incidents.cend(),
                               [&](const IncidentTimes &i) { return impact(i) < *request.compareAt; }) - incidents.cbegin()
        : 0;
    std::array<MetricColumn, 4> columns;
    // Services as small indexes, so grouping by service is an array lookup, not a hash.
    QList<qint64> serviceIds;
    QHash<qint64, int> serviceIndex;
    QList<int> serviceOf(incidents.size());
    for (qsizetype k = 0; k < incidents.size(); ++k) {
        auto it = serviceIndex.constFind(services[k]);
        if (it == serviceIndex.cend()) {
            it = serviceIndex.insert(services[k], int(serviceIds.size()));
            serviceIds << services[k];
        }
        serviceOf[k] = *it;
    }
    std::array<QList<Summary>, 4> serviceSummaries;
    std::array<Comparison, 4> comparisons;
    std::atomic_bool abandoned = false;

    // The four metrics are independent: one thread each (their numbers do not depend on it).
    // Shared inputs are only read here, through const references (no detach checks racing).
    const QList<IncidentTimes> &sharedIncidents = incidents;
    const auto work = [&](int mi) {
        const QList<IncidentTimes> &incidents = sharedIncidents;
        const Metric m = allMetrics[mi];
        MetricColumn &column = columns[mi];
        column.values.resize(incidents.size());
        for (qsizetype k = 0; k < incidents.size(); ++k)
            column.values[k] = metricSeconds(incidents[k], m).value_or(std::numeric_limits<double>::quiet_NaN());
        MetricSeries &series = r.metrics[mi];
        series.metric = m;
        for (qsizetype k = 0; k < buckets; ++k) {
            BucketStats st = statsFor(column, unresolved, begin[k], begin[k + 1], true, defaultSeed + std::uint64_t(k));
            st.start = bounds[k];
            st.end = bounds[k + 1];
            series.buckets << st;
            if (stop()) {
                abandoned = true;
                return;
            }
        }
        series.overall = statsFor(column, unresolved, 0, incidents.size(), true, defaultSeed);
        series.overall.start = r.from;
        series.overall.end = r.to;
        const QList<double> &edges = histogramEdges();
        const double *edge = edges.constData();
        const qsizetype nEdges = edges.size();
        QList<qsizetype> counts(nEdges, 0);
        for (double v : std::as_const(column.values)) {
            if (std::isnan(v))
                continue;
            qsizetype k = nEdges - 1;
            while (k > 0 && v < edge[k])
                --k;
            ++counts[k];
        }
        r.histogram[mi] = counts;
        // Per service: medians and p90s without intervals (the table is for spotting).
        QList<QList<double>> byService(serviceIds.size());
        const int *serviceAt = serviceOf.constData();
        for (qsizetype k = 0; k < incidents.size(); ++k)
            if (!std::isnan(column.values[k]))
                byService[serviceAt[k]] << column.values[k];
        for (QList<double> &values : byService)
            serviceSummaries[mi] << summarize(values, false);
        if (request.compareAt) {
            QList<double> before, after;
            for (qsizetype k = 0; k < incidents.size(); ++k)
                if (!std::isnan(column.values[k]))
                    (k < split ? before : after) << column.values[k];
            comparisons[mi] = compare(std::move(before), std::move(after));
        }
    };
    std::vector<std::thread> threads;
    for (int mi = 1; mi < 4; ++mi)
        threads.emplace_back(work, mi);
    work(0);
    for (std::thread &t : threads)
        t.join();
    if (abandoned || stop())
        return fail(Tr::tr("Cancelled."));

    for (qsizetype si = 0; si < serviceIds.size(); ++si) {
        ServiceRow row;
        row.service = serviceNames.value(serviceIds[si]);
        row.incidents = std::count(services.cbegin(), services.cend(), serviceIds[si]);
        for (int mi = 0; mi < 4; ++mi)
            row.metrics[mi] = serviceSummaries[mi][si];
        r.services << row;
    }
    std::sort(r.services.begin(), r.services.end(),
              [](const ServiceRow &a, const ServiceRow &b) { return a.service < b.service; });
    if (request.compareAt)
        r.comparison = comparisons;
    return r;
}

Result<Report> buildReport(const Database &db, const ReportRequest &request, const std::function<bool()> &cancelled)
{
    const AnalyticsStore store(db);
    auto incidents = store.incidents(request.filter);
    if (!incidents)
        return fail(incidents.error());
    auto names = store.serviceNames();
    if (!names)
        return fail(names.error());
    return computeReport(std::move(incidents.value()), request, names.value(), cancelled);
}

} // namespace sitrep::analytics
