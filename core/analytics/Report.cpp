#include "analytics/Report.h"

#include <QCoreApplication>

#include <algorithm>

namespace sitrep::analytics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

// Summaries of one metric over a set of incidents, with missing and open counted apart.
BucketStats statsFor(const QList<const IncidentTimes *> &incidents, Metric m, bool withIntervals, std::uint64_t seed)
{
    BucketStats b;
    QList<double> values;
    values.reserve(incidents.size());
    for (const IncidentTimes *i : incidents) {
        if (auto v = metricSeconds(*i, m))
            values << *v;
        else if (!i->resolvedAt)
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
    Report r;
    r.request = request;
    std::sort(incidents.begin(), incidents.end(), [](const IncidentTimes &a, const IncidentTimes &b) {
        return a.impactStartedAt.value_or(0) < b.impactStartedAt.value_or(0);
    });
    r.incidents = incidents.size();
    for (const IncidentTimes &i : incidents)
        r.open += !i.resolvedAt;
    r.from = request.filter.from.value_or(incidents.isEmpty() ? 0 : incidents.first().impactStartedAt.value_or(0));
    r.to = request.filter.to.value_or(incidents.isEmpty() ? 0 : incidents.last().impactStartedAt.value_or(0) + 1);

    // Walk the sorted incidents once, cutting them into buckets.
    const QList<qint64> bounds = bucketBoundaries(r.from, r.to, request.bucketing, request.zone);
    QList<QList<const IncidentTimes *>> perBucket(std::max<qsizetype>(0, bounds.size() - 1));
    QList<const IncidentTimes *> all;
    all.reserve(incidents.size());
    qsizetype b = 0;
    for (const IncidentTimes &i : incidents) {
        const qint64 at = i.impactStartedAt.value_or(0);
        while (b + 1 < bounds.size() && at >= bounds[b + 1])
            ++b;
        if (b < perBucket.size() && at >= bounds[b])
            perBucket[b] << &i;
        all << &i;
    }
    if (stop())
        return fail(Tr::tr("Cancelled."));

    for (qsizetype k = 0; k < perBucket.size(); ++k) {
        SeverityCounts c{bounds[k], bounds[k + 1], {}};
        for (const IncidentTimes *i : perBucket[k])
            ++c.bySeverity[qBound(1, i->severity, 5) - 1];
        r.counts << c;
    }
    for (int mi = 0; mi < 4; ++mi) {
        const Metric m = allMetrics[mi];
        MetricSeries &s = r.metrics[mi];
        s.metric = m;
        for (qsizetype k = 0; k < perBucket.size(); ++k) {
            BucketStats st = statsFor(perBucket[k], m, true, defaultSeed + std::uint64_t(k));
            st.start = bounds[k];
            st.end = bounds[k + 1];
            s.buckets << st;
            if (stop())
                return fail(Tr::tr("Cancelled."));
        }
        s.overall = statsFor(all, m, true, defaultSeed);
        s.overall.start = r.from;
        s.overall.end = r.to;
        QList<qsizetype> &bins = r.histogram[mi];
        bins.fill(0, histogramEdges().size());
        for (const IncidentTimes *i : all)
            if (auto v = metricSeconds(*i, m)) {
                const auto at = std::upper_bound(histogramEdges().cbegin(), histogramEdges().cend(), *v);
                ++bins[std::max<qsizetype>(0, (at - histogramEdges().cbegin()) - 1)];
            }
    }

    QHash<qint64, QList<const IncidentTimes *>> byService;
    for (const IncidentTimes &i : incidents)
        byService[i.serviceId] << &i;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        ServiceRow row;
        row.service = serviceNames.value(it.key());
        row.incidents = it.value().size();
        for (int mi = 0; mi < 4; ++mi)
            row.metrics[mi] = statsFor(it.value(), allMetrics[mi], false, 0).summary;
        r.services << row;
    }
    std::sort(r.services.begin(), r.services.end(),
              [](const ServiceRow &a, const ServiceRow &b) { return a.service < b.service; });

    if (request.compareAt) {
        std::array<Comparison, 4> comparisons;
        for (int mi = 0; mi < 4; ++mi) {
            QList<double> before, after;
            for (const IncidentTimes &i : incidents)
                if (auto v = metricSeconds(i, allMetrics[mi]))
                    (i.impactStartedAt.value_or(0) < *request.compareAt ? before : after) << *v;
            comparisons[mi] = compare(before, after);
            if (stop())
                return fail(Tr::tr("Cancelled."));
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
