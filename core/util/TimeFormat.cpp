#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace sitrep {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseIsoUtc(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without a zone is ambiguous; storage is UTC, so refuse rather than guess.
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString humanDuration(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 s = (negative ? -ms : ms) / 1000;
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    s %= 60;
    QString text;
    if (d > 0)
        text = QCoreApplication::translate("Duration", "%1d %2h").arg(d).arg(h);
    else if (h > 0)
        text = QCoreApplication::translate("Duration", "%1h %2m").arg(h).arg(m);
    else if (m > 0)
        text = QCoreApplication::translate("Duration", "%1m %2s").arg(m).arg(s);
    else
        text = QCoreApplication::translate("Duration", "%1s").arg(s);
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace sitrep
