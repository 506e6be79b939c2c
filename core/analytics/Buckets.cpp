#include "analytics/Buckets.h"

#include <QDateTime>

namespace sitrep::analytics {

QString bucketingKey(Bucketing b)
{
    switch (b) {
    case Bucketing::Week:
        return QStringLiteral("week");
    case Bucketing::Month:
        return QStringLiteral("month");
    case Bucketing::Quarter:
        return QStringLiteral("quarter");
    }
    return {};
}

std::optional<Bucketing> bucketingFromKey(const QString &key)
{
    for (auto b : {Bucketing::Week, Bucketing::Month, Bucketing::Quarter})
        if (bucketingKey(b) == key)
            return b;
    return std::nullopt;
}

namespace {

QDate bucketStartDate(QDate d, Bucketing b)
{
    switch (b) {
    case Bucketing::Week:
        return d.addDays(1 - d.dayOfWeek());  // Monday
    case Bucketing::Month:
        return QDate(d.year(), d.month(), 1);
    case Bucketing::Quarter:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    }
    return d;
}

QDate nextStart(QDate d, Bucketing b)
{
    switch (b) {
    case Bucketing::Week:
        return d.addDays(7);
    case Bucketing::Month:
        return d.addMonths(1);
    case Bucketing::Quarter:
        return d.addMonths(3);
    }
    return d;
}

qint64 startOfDay(QDate d, const QTimeZone &zone) { return d.startOfDay(zone).toMSecsSinceEpoch(); }

} // namespace

QList<qint64> bucketBoundaries(qint64 from, qint64 to, Bucketing bucketing, const QTimeZone &zone)
{
    QList<qint64> out;
    if (to <= from)
        return out;
    QDate day = bucketStartDate(QDateTime::fromMSecsSinceEpoch(from, zone).date(), bucketing);
    out << startOfDay(day, zone);
    while (out.last() < to) {
        day = nextStart(day, bucketing);
        out << startOfDay(day, zone);
    }
    return out;
}

} // namespace sitrep::analytics
