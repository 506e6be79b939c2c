#include "intake/Rfc3339.h"

namespace sitrep::intake {

namespace {
// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(QStringView t, qsizetype at, int count, int &out)
{
    if (at + count > t.size())
        return false;
    out = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t[at + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + (c - u'0');
    }
    return true;
}
} // namespace

std::optional<qint64> parseRfc3339(QStringView t)
{
    int year, month, day, hour, minute, second;
    if (!digits(t, 0, 4, year) || t.size() < 20 || t[4] != u'-' || !digits(t, 5, 2, month) || t[7] != u'-'
        || !digits(t, 8, 2, day) || (t[10] != u'T' && t[10] != u't' && t[10] != u' ') || !digits(t, 11, 2, hour)
        || t[13] != u':' || !digits(t, 14, 2, minute) || t[16] != u':' || !digits(t, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    static const int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > monthDays[month - 1])
        return std::nullopt;
    qsizetype i = 19;
    int millis = 0;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        int n = 0;
        while (i < t.size() && t[i] >= u'0' && t[i] <= u'9') {
            if (n < 3)
                millis = millis * 10 + (t[i].unicode() - u'0');
            ++n;
            ++i;
        }
        if (n == 0)
            return std::nullopt;
        for (int k = n; k < 3; ++k)
            millis *= 10;
    }
    if (i >= t.size())
        return std::nullopt;
    int offsetMinutes = 0;
    if (t[i] == u'Z' || t[i] == u'z') {
        ++i;
    } else if (t[i] == u'+' || t[i] == u'-') {
        // RFC 3339 writes "+01:00"; ISO 8601 also allows "+0100" and "+01", which PagerDuty's
        // own documentation uses ("2015-07-17T08:42:58.315+0000").
        int oh = 0, om = 0;
        const bool positive = t[i] == u'+';
        if (!digits(t, i + 1, 2, oh))
            return std::nullopt;
        i += 3;
        if (i < t.size() && t[i] == u':') {
            if (!digits(t, i + 1, 2, om))
                return std::nullopt;
            i += 3;
        } else if (i < t.size()) {
            if (!digits(t, i, 2, om))
                return std::nullopt;
            i += 2;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (positive ? 1 : -1);
    } else {
        return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + std::min(second, 59) - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

} // namespace sitrep::intake
