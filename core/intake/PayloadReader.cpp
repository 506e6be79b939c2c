#include "intake/PayloadReader.h"

#include "intake/Rfc3339.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
};

// Epoch seconds or milliseconds: a value below 10^11 is seconds (10^11 s is the year 5138).
std::optional<qint64> epochMs(double n)
{
    if (!std::isfinite(n) || n < 0 || n > 1e15)
        return std::nullopt;
    return n < 1e11 ? qint64(std::llround(n * 1000)) : qint64(std::llround(n));
}
} // namespace

void PayloadReader::problem(const QString &where, const QString &what) const
{
    // Enough to fix a payload; a broken 10,000-alert payload must not answer with 10,000 lines.
    if (m_errors->size() < 20)
        *m_errors << where + QLatin1String(": ") + what;
}

QString PayloadReader::string(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(at(key), Tr::tr("is missing"));
        return {};
    }
    if (!v.isString()) {
        problem(at(key), Tr::tr("expected a string"));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(at(key), Tr::tr("is blank"));
    return v.toString();
}

QString PayloadReader::scalarText(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!v.isUndefined() && !v.isNull())
        problem(at(key), Tr::tr("expected a string or a number"));
    return {};
}

QJsonObject PayloadReader::object(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(at(key), Tr::tr("is missing"));
        return {};
    }
    if (!v.isObject())
        problem(at(key), Tr::tr("expected an object"));
    return v.toObject();
}

QJsonObject PayloadReader::stringMap(const QString &key, bool required) const
{
    const QJsonObject o = object(key, required);
    // The usual case, all strings, is only read: changing the object would copy it per alert.
    bool allStrings = true;
    for (auto it = o.constBegin(); it != o.constEnd() && allStrings; ++it)
        allStrings = it.value().isString();
    if (allStrings)
        return o;
    QJsonObject converted;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            converted.insert(it.key(), v);
        else if (v.isDouble())
            converted.insert(it.key(), QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest));
        else if (v.isBool())
            converted.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (!v.isNull())
            problem(at(key) + QLatin1Char('.') + it.key(), Tr::tr("expected a string"));
    }
    return converted;
}

QJsonArray PayloadReader::array(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(at(key), Tr::tr("is missing"));
        return {};
    }
    if (!v.isArray())
        problem(at(key), Tr::tr("expected an array"));
    return v.toArray();
}

std::optional<qint64> PayloadReader::time(const QString &key, QString *unreadable) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    std::optional<qint64> ms;
    if (v.isDouble()) {
        ms = epochMs(v.toDouble());
    } else if (v.isString()) {
        const QString text = v.toString();
        if (text.isEmpty() || isGoZeroTime(text))
            return std::nullopt;
        ms = parseRfc3339(text);
        bool isNumber = false;
        if (!ms) {
            if (const double n = text.toDouble(&isNumber); isNumber)
                ms = epochMs(n);
        }
    }
    if (!ms) // as sent: the text, or other JSON as JSON (1e300, [1,2])
        *unreadable = (v.isString() ? v.toString()
                                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                          .left(64);
    return ms;
}

QString PayloadReader::oneOf(const QString &key, const QStringList &allowed, bool required) const
{
    const QString value = string(key, required);
    if (value.isEmpty())
        return value;
    for (const QString &a : allowed) {
        if (a.compare(value, Qt::CaseInsensitive) == 0)
            return a;
    }
    problem(at(key), Tr::tr("expected one of %1, got “%2”").arg(allowed.join(QLatin1String(", ")), value.left(64)));
    return value;
}

PayloadReader PayloadReader::element(const QJsonArray &array, const QString &key, qsizetype index) const
{
    const QString where = at(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        problem(where, Tr::tr("expected an object"));
    return PayloadReader(v.toObject(), where, m_errors);
}

} // namespace sitrep::intake
