#include "intake/PayloadReader.h"

#include "intake/Rfc3339.h"

#include <QCoreApplication>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
};
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
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            problem(at(key) + QLatin1Char('.') + it.key(), Tr::tr("expected a string"));
    }
    return o;
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

std::optional<qint64> PayloadReader::time(const QString &key, bool required) const
{
    const QString text = string(key, required);
    if (text.isEmpty() || isGoZeroTime(text))
        return std::nullopt;
    const auto ms = parseRfc3339(text);
    if (!ms)
        problem(at(key), Tr::tr("expected an RFC 3339 time such as 2026-11-26T13:29:03Z, got “%1”").arg(text.left(64)));
    return ms;
}

QString PayloadReader::oneOf(const QString &key, const QStringList &allowed, bool required) const
{
    const QString value = string(key, required);
    if (!value.isEmpty() && !allowed.contains(value))
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
