#include "analytics/ReportFormat.h"

#include "domain/Severity.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>

#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep::analytics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(std::round(v * 1000) / 1000) : QJsonValue(); }

QJsonValue interval(const std::optional<Interval> &i)
{
    return i ? QJsonValue(QJsonArray{number(i->low), number(i->high)}) : QJsonValue();
}

QJsonObject summaryJson(const Summary &s)
{
    QJsonObject o{{"count", s.count}};
    if (s.count > 0) {
        o.insert(QStringLiteral("mean_s"), number(s.mean));
        o.insert(QStringLiteral("median_s"), number(s.median));
        o.insert(QStringLiteral("p90_s"), number(s.p90));
        o.insert(QStringLiteral("min_s"), number(s.min));
        o.insert(QStringLiteral("max_s"), number(s.max));
        o.insert(QStringLiteral("mean_ci_s"), interval(s.meanCi));
        o.insert(QStringLiteral("median_ci_s"), interval(s.medianCi));
    }
    return o;
}

QJsonObject bucketJson(const BucketStats &b)
{
    QJsonObject o = summaryJson(b.summary);
    o.insert(QStringLiteral("start"), isoUtc(b.start));
    o.insert(QStringLiteral("end"), isoUtc(b.end));
    o.insert(QStringLiteral("missing"), b.missing);
    o.insert(QStringLiteral("open"), b.open);
    return o;
}

QJsonObject changeJson(const Change &c)
{
    return {{"percent", number(c.percent)}, {"interval_percent", interval(c.interval)}, {"verdict", verdictText(c.verdict)}};
}

QString seconds(double s) { return humanDuration(qint64(std::llround(s * 1000))); }

QString localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Improved:
        return QStringLiteral("improved");
    case Verdict::Worse:
        return QStringLiteral("worse");
    case Verdict::NoDetectableChange:
        return QStringLiteral("no detectable change at this sample size");
    case Verdict::NotEnoughData:
        break;
    }
    return QStringLiteral("not enough data");
}

QString changeText(const Change &c)
{
    if (!c.interval)
        return QStringLiteral("–");
    return QStringLiteral("%1 % [%2 %, %3 %]")
        .arg(c.percent, 0, 'f', 0)
        .arg(c.interval->low, 0, 'f', 0)
        .arg(c.interval->high, 0, 'f', 0);
}

QByteArray reportJson(const Report &r)
{
    QJsonObject filter{{"from", isoUtc(r.from)}, {"to", isoUtc(r.to)},
                       {"services", QJsonArray::fromStringList(r.request.filter.services)},
                       {"include_drills", r.request.filter.includeDrills}};
    QJsonArray severities;
    for (int s : r.request.filter.severities)
        severities << severityLabel(Severity(s));
    filter.insert(QStringLiteral("severities"), severities);

    QJsonObject metrics;
    for (const MetricSeries &s : r.metrics) {
        QJsonArray buckets;
        for (const BucketStats &b : s.buckets)
            buckets << bucketJson(b);
        metrics.insert(metricKey(s.metric), QJsonObject{{"overall", bucketJson(s.overall)}, {"buckets", buckets}});
    }
    QJsonArray counts;
    for (const SeverityCounts &c : r.counts) {
        QJsonObject o{{"start", isoUtc(c.start)}, {"end", isoUtc(c.end)}};
        for (int s = 1; s <= 5; ++s)
            o.insert(severityLabel(Severity(s)), c.bySeverity[s - 1]);
        counts << o;
    }
    QJsonArray services;
    for (const ServiceRow &row : r.services) {
        QJsonObject o{{"service", row.service.isEmpty() ? QJsonValue() : QJsonValue(row.service)},
                      {"incidents", row.incidents}};
        for (int mi = 0; mi < 4; ++mi)
            o.insert(metricKey(allMetrics[mi]), summaryJson(row.metrics[mi]));
        services << o;
    }
    QJsonObject root{{"format", "sitrep-report"}, {"format_version", 1}, {"filter", filter},
                     {"bucket", bucketingKey(r.request.bucketing)},
                     {"time_zone", QString::fromUtf8(r.request.zone.id())},
                     {"incidents", r.incidents}, {"open", r.open},
                     {"metrics", metrics}, {"counts_by_severity", counts}, {"services", services}};
    if (r.comparison) {
        QJsonObject cmp{{"at", isoUtc(*r.request.compareAt)}};
        for (int mi = 0; mi < 4; ++mi) {
            const Comparison &c = (*r.comparison)[mi];
            cmp.insert(metricKey(allMetrics[mi]),
                       QJsonObject{{"before", summaryJson(c.before)}, {"after", summaryJson(c.after)},
                                   {"mean_change", changeJson(c.mean)}, {"median_change", changeJson(c.median)}});
        }
        root.insert(QStringLiteral("comparison"), cmp);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray reportCsv(const Report &r)
{
    QByteArray out = "metric,bucket_start,bucket_end,count,missing,open,mean_s,median_s,p90_s,min_s,max_s,"
                     "mean_ci_low_s,mean_ci_high_s,median_ci_low_s,median_ci_high_s\n";
    const auto num = [](double v) { return QByteArray::number(v, 'f', 3); };
    for (const MetricSeries &s : r.metrics) {
        for (const BucketStats &b : s.buckets) {
            const Summary &x = b.summary;
            out += metricKey(s.metric).toUtf8() + ',' + isoUtc(b.start).toUtf8() + ',' + isoUtc(b.end).toUtf8() + ',' +
                   QByteArray::number(x.count) + ',' + QByteArray::number(b.missing) + ',' + QByteArray::number(b.open);
            if (x.count > 0)
                out += ',' + num(x.mean) + ',' + num(x.median) + ',' + num(x.p90) + ',' + num(x.min) + ',' + num(x.max);
            else
                out += ",,,,,";
            for (const auto &ci : {x.meanCi, x.medianCi})
                out += ci ? ',' + num(ci->low) + ',' + num(ci->high) : QByteArray(",,");
            out += '\n';
        }
    }
    return out;
}

QString reportMarkdown(const Report &r)
{
    QString md = Tr::tr("## Incident metrics, %1 to %2 (%3)\n\n")
                     .arg(localDate(r.from, r.request.zone), localDate(r.to - 1, r.request.zone),
                          QString::fromUtf8(r.request.zone.id()));
    md += Tr::tr("%1 incidents, %2 still open. Drills %3.\n\n")
              .arg(r.incidents)
              .arg(r.open)
              .arg(r.request.filter.includeDrills ? Tr::tr("included") : Tr::tr("excluded"));
    md += Tr::tr("| metric | count | mean [95 % CI] | median [95 % CI] | p90 | open | missing |\n");
    md += QStringLiteral("| --- | ---: | --- | --- | ---: | ---: | ---: |\n");
    for (const MetricSeries &s : r.metrics) {
        const Summary &x = s.overall.summary;
        const auto ci = [](const std::optional<Interval> &i) {
            return i ? QStringLiteral(" [%1–%2]").arg(seconds(i->low), seconds(i->high)) : QString();
        };
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                  .arg(metricLabel(s.metric))
                  .arg(x.count)
                  .arg(x.count ? seconds(x.mean) + ci(x.meanCi) : QStringLiteral("–"),
                       x.count ? seconds(x.median) + ci(x.medianCi) : QStringLiteral("–"),
                       x.count ? seconds(x.p90) : QStringLiteral("–"))
                  .arg(s.overall.open)
                  .arg(s.overall.missing);
    }
    if (r.comparison) {
        md += Tr::tr("\n### Before and after %1\n\n").arg(localDate(*r.request.compareAt, r.request.zone));
        md += Tr::tr("| metric | median before → after | change [95 % CI] | verdict |\n| --- | --- | --- | --- |\n");
        for (int mi = 0; mi < 4; ++mi) {
            const Comparison &c = (*r.comparison)[mi];
            const QString change = changeText(c.median);
            md += QStringLiteral("| %1 | %2 → %3 | %4 | %5 |\n")
                      .arg(metricLabel(allMetrics[mi]),
                           c.before.count ? seconds(c.before.median) : QStringLiteral("–"),
                           c.after.count ? seconds(c.after.median) : QStringLiteral("–"), change,
                           verdictText(c.median.verdict));
        }
    }
    return md;
}

} // namespace sitrep::analytics
