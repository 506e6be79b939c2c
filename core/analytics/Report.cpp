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

// Statistics of one metric's values (NaN: missing) over incidents [begin, end).
BucketStats statsFor(const QList<double> &column, const QList<char> &unresolved, qsizetype begin, qsizetype end,
                     bool withIntervals, std::uint64_t seed)
{
    BucketStats b;
    QList<double> values;
    values.reserve(end - begin);
    const double *v = column.constData();
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
    const auto impact = [](const IncidentTimes &i) { return i.impactStartedAt.value_or(0); };
    // The store leaves drills out already; incidents handed in directly get the same rule.
    if (!request.filter.includeDrills)
        incidents.removeIf([](const IncidentTimes &i) { return i.isDrill; });
    // The store delivers them in impact order; then every bucket is a contiguous range.
    if (!std::is_sorted(incidents.cbegin(), incidents.cend(),
                        [&](const IncidentTimes &a, const IncidentTimes &b) { return impact(a) < impact(b); }))
        std::stable_sort(incidents.begin(), incidents.end(),
                         [&](const IncidentTimes &a, const IncidentTimes &b) { return impact(a) < impact(b); });
    IncidentColumns columns;
    for (const IncidentTimes &i : std::as_const(incidents))
        columns.append(i);
    return computeReport(columns, request, serviceNames, cancelled);
}

Result<Report> computeReport(const IncidentColumns &data, const ReportRequest &request,
                             const QHash<qint64, QString> &serviceNames, const std::function<bool()> &cancelled)
{
    const auto stop = [&] { return cancelled && cancelled(); };
    Report r;
    r.request = request;
    const qsizetype n = data.size();
    r.incidents = n;
    for (char u : data.unresolved)
        r.open += u;
    r.from = request.filter.from.value_or(n == 0 ? 0 : data.impact.first());
    r.to = request.filter.to.value_or(n == 0 ? 0 : data.impact.last() + 1);

    const QList<qint64> bounds = bucketBoundaries(r.from, r.to, request.bucketing, request.zone);
    const qsizetype buckets = std::max<qsizetype>(0, bounds.size() - 1);
    // begin[k]: index of the first incident at or after bounds[k].
    QList<qsizetype> begin(buckets + 1, n);
    for (qsizetype k = 0, i = 0; k <= buckets; ++k) {
        while (i < n && data.impact[i] < bounds[k])
            ++i;
        begin[k] = i;
    }

    for (qsizetype k = 0; k < buckets; ++k) {
        SeverityCounts c{bounds[k], bounds[k + 1], {}};
        for (qsizetype i = begin[k]; i < begin[k + 1]; ++i)
            ++c.bySeverity[qBound(1, data.severity[i], 5) - 1];
        r.counts << c;
    }
    const QList<char> &unresolved = data.unresolved;
    const QList<qint64> &services = data.service;
    const qsizetype split = request.compareAt
        ? std::lower_bound(data.impact.cbegin(), data.impact.cend(), *request.compareAt) - data.impact.cbegin()
        : 0;
    // Services as small indexes, so grouping by service is an array lookup. Service ids are
    // small row ids, so the id-to-index map is an array too.
    QList<qint64> serviceIds;
    QList<qsizetype> serviceCounts;
    QList<int> indexOfId;
    QList<int> serviceOf(n);
    for (qsizetype k = 0; k < n; ++k) {
        const qint64 id = services[k];
        int index = -1;
        if (id >= 0 && id < 1'000'000) {
            if (id >= indexOfId.size())
                indexOfId.resize(id + 1, -1);
            index = indexOfId[id];
            if (index < 0) {
                index = indexOfId[id] = int(serviceIds.size());
                serviceIds << id;
                serviceCounts << 0;
            }
        } else {
            index = int(serviceIds.indexOf(id));
            if (index < 0) {
                index = int(serviceIds.size());
                serviceIds << id;
                serviceCounts << 0;
            }
        }
        serviceOf[k] = index;
        ++serviceCounts[index];
    }
    std::array<QList<Summary>, 4> serviceSummaries;
    std::array<Comparison, 4> comparisons;
    std::atomic_bool abandoned = false;

    // The four metrics are independent: one thread each (their numbers do not depend on it).
    // Inputs are only read here, through const references (no detach checks racing).
    const auto work = [&](int mi) {
        const Metric m = allMetrics[mi];
        const QList<double> &column = data.seconds[mi];
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
        series.overall = statsFor(column, unresolved, 0, n, true, defaultSeed);
        series.overall.start = r.from;
        series.overall.end = r.to;
        const QList<double> &edges = histogramEdges();
        const double *edge = edges.constData();
        const qsizetype nEdges = edges.size();
        QList<qsizetype> counts(nEdges, 0);
        for (double v : std::as_const(column)) {
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
        for (qsizetype k = 0; k < n; ++k)
            if (!std::isnan(column[k]))
                byService[serviceAt[k]] << column[k];
        for (QList<double> &values : byService)
            serviceSummaries[mi] << summarize(values, false);
        if (request.compareAt) {
            QList<double> before, after;
            for (qsizetype k = 0; k < n; ++k)
                if (!std::isnan(column[k]))
                    (k < split ? before : after) << column[k];
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
        row.incidents = serviceCounts[si];
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
    auto columns = store.columns(request.filter);
    if (!columns)
        return fail(columns.error());
    auto names = store.serviceNames();
    if (!names)
        return fail(names.error());
    return computeReport(columns.value(), request, names.value(), cancelled);
}

} // namespace sitrep::analytics
