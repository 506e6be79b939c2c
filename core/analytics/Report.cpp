#include "analytics/Report.h"

#include <QCoreApplication>

#include <algorithm>

namespace sitrep::analytics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

// Counts and statistics of one metric over a contiguous range of incidents [begin, end).
BucketStats statsFor(const QList<IncidentTimes> &incidents, qsizetype begin, qsizetype end, Metric m,
                     bool withIntervals, std::uint64_t seed)
{
    BucketStats b;
    QList<double> values;
    values.reserve(end - begin);
    for (qsizetype k = begin; k < end; ++k) {
        const IncidentTimes &i = incidents[k];
        if (auto v = metricSeconds(i, m))
            values << *v;
        else if (!i.resolvedAt)
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
    for (int mi = 0; mi < 4; ++mi) {
        const Metric m = allMetrics[mi];
        MetricSeries &s = r.metrics[mi];
        s.metric = m;
        for (qsizetype k = 0; k < buckets; ++k) {
            BucketStats st = statsFor(incidents, begin[k], begin[k + 1], m, true, defaultSeed + std::uint64_t(k));
            st.start = bounds[k];
            st.end = bounds[k + 1];
            s.buckets << st;
        }
        if (stop())
            return fail(Tr::tr("Cancelled."));
        s.overall = statsFor(incidents, 0, incidents.size(), m, true, defaultSeed);
        s.overall.start = r.from;
        s.overall.end = r.to;
        QList<qsizetype> &bins = r.histogram[mi];
        bins.fill(0, histogramEdges().size());
        for (const IncidentTimes &i : incidents)
            if (auto v = metricSeconds(i, m)) {
                const auto at = std::upper_bound(histogramEdges().cbegin(), histogramEdges().cend(), *v);
                ++bins[std::max<qsizetype>(0, (at - histogramEdges().cbegin()) - 1)];
            }
    }

    // Per service: medians and p90s without intervals (the table is for spotting, not proving).
    QHash<qint64, std::array<QList<double>, 4>> byService;
    QHash<qint64, qsizetype> serviceCounts;
    for (const IncidentTimes &i : incidents) {
        auto &lists = byService[i.serviceId];
        ++serviceCounts[i.serviceId];
        for (int mi = 0; mi < 4; ++mi)
            if (auto v = metricSeconds(i, allMetrics[mi]))
                lists[mi] << *v;
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        ServiceRow row;
        row.service = serviceNames.value(it.key());
        row.incidents = serviceCounts.value(it.key());
        for (int mi = 0; mi < 4; ++mi)
            row.metrics[mi] = summarize(it.value()[mi], false);
        r.services << row;
    }
    std::sort(r.services.begin(), r.services.end(),
              [](const ServiceRow &a, const ServiceRow &b) { return a.service < b.service; });
    if (stop())
        return fail(Tr::tr("Cancelled."));

    if (request.compareAt) {
        const auto split = std::partition_point(incidents.cbegin(), incidents.cend(),
                                                [&](const IncidentTimes &i) { return impact(i) < *request.compareAt; }) -
                           incidents.cbegin();
        std::array<Comparison, 4> comparisons;
        for (int mi = 0; mi < 4; ++mi) {
            QList<double> before, after;
            for (qsizetype k = 0; k < incidents.size(); ++k)
                if (auto v = metricSeconds(incidents[k], allMetrics[mi]))
                    (k < split ? before : after) << *v;
            comparisons[mi] = compare(std::move(before), std::move(after));
        }
        r.comparison = comparisons;
    }
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
