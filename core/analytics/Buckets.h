#pragma once
// Calendar buckets in the reader's time zone: weeks start on Monday 00:00, months on the 1st,
// quarters on 1 January, April, July and October. Boundaries are computed in local time, so a
// week that contains a DST change is 167 or 169 hours long, as it is on the wall clock.

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sitrep::analytics {

enum class Bucketing { Week, Month, Quarter };

QString bucketingKey(Bucketing b);                         // "week", "month", "quarter"
std::optional<Bucketing> bucketingFromKey(const QString &key);

// Start instants (UTC ms) of every bucket that overlaps [from, to), plus the end of the last
// one: n + 1 boundaries for n buckets.
QList<qint64> bucketBoundaries(qint64 from, qint64 to, Bucketing bucketing, const QTimeZone &zone);

} // namespace sitrep::analytics
