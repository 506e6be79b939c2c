#include "domain/NoteInput.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sitrep {

NoteInput parseNoteInput(const QString &typed, qint64 nowMs, const QTimeZone &zone)
{
    static const QRegularExpression timed(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+(\\S.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = timed.match(typed);
    const QTime time = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt(),
                                            m.captured(3).isEmpty() ? 0 : m.captured(3).toInt())
                                    : QTime();
    if (!time.isValid())
        return {nowMs, typed.trimmed(), false};
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    QDateTime at(now.date(), time, zone);
    if (at.toMSecsSinceEpoch() > nowMs + 60'000)  // a time still to come today meant yesterday
        at = QDateTime(now.date().addDays(-1), time, zone);
    return {at.toMSecsSinceEpoch(), m.captured(4).trimmed(), true};
}

} // namespace sitrep
