#include "domain/IncidentMetrics.h"

#include <QCoreApplication>

#include <limits>

namespace sitrep::analytics {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

std::optional<double> between(const std::optional<qint64> &from, const std::optional<qint64> &to)
{
    if (!from || !to || *to < *from)
        return std::nullopt;
    return double(*to - *from) / 1000.0;
}
} // namespace

QString metricKey(Metric m)
{
    switch (m) {
    case Metric::TimeToDetect:
        return QStringLiteral("time_to_detect");
    case Metric::TimeToAcknowledge:
        return QStringLiteral("time_to_acknowledge");
    case Metric::TimeToMitigate:
        return QStringLiteral("time_to_mitigate");
    case Metric::TimeToResolve:
        return QStringLiteral("time_to_resolve");
    }
    return {};
}

QString metricLabel(Metric m)
{
    switch (m) {
    case Metric::TimeToDetect:
        return Tr::tr("Time to detect");
    case Metric::TimeToAcknowledge:
        return Tr::tr("Time to acknowledge");
    case Metric::TimeToMitigate:
        return Tr::tr("Time to mitigate");
    case Metric::TimeToResolve:
        return Tr::tr("Time to resolve");
    }
    return {};
}

QString metricAcronym(Metric m)
{
    switch (m) {
    case Metric::TimeToDetect:
        return QStringLiteral("MTTD");
    case Metric::TimeToAcknowledge:
        return QStringLiteral("MTTA");
    case Metric::TimeToMitigate:
        return QStringLiteral("MTTM");
    case Metric::TimeToResolve:
        return QStringLiteral("MTTR");
    }
    return {};
}

std::optional<double> metricSeconds(const IncidentTimes &i, Metric m)
{
    switch (m) {
    case Metric::TimeToDetect:
        return between(i.impactStartedAt, i.detectedAt);
    case Metric::TimeToAcknowledge:
        return between(i.detectedAt, i.acknowledgedAt);
    case Metric::TimeToMitigate:
        return between(i.impactStartedAt, i.mitigatedAt);
    case Metric::TimeToResolve:
        return between(i.impactStartedAt, i.resolvedAt);
    }
    return std::nullopt;
}

void IncidentColumns::reserve(qsizetype rows)
{
    impact.reserve(rows);
    for (auto &column : seconds)
        column.reserve(rows);
    severity.reserve(rows);
    service.reserve(rows);
    unresolved.reserve(rows);
}

void IncidentColumns::append(const IncidentTimes &i)
{
    impact << i.impactStartedAt.value_or(0);
    for (int mi = 0; mi < 4; ++mi)
        seconds[mi] << metricSeconds(i, allMetrics[mi]).value_or(std::numeric_limits<double>::quiet_NaN());
    severity << i.severity;
    service << i.serviceId;
    unresolved << char(!i.resolvedAt);
}

void IncidentColumns::append(const IncidentColumns &more)
{
    impact << more.impact;
    for (int mi = 0; mi < 4; ++mi)
        seconds[mi] << more.seconds[mi];
    severity << more.severity;
    service << more.service;
    unresolved << more.unresolved;
}

} // namespace sitrep::analytics
