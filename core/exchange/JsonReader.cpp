#include "exchange/JsonReader.h"

#include "util/TimeFormat.h"

#include <QCoreApplication>

namespace sitrep::exchange {

namespace {
// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

void JsonReader::problem(const QString &where, const QString &what) const
{
    if (m_error->isEmpty())
        *m_error = where + QStringLiteral(": ") + what;
}

QJsonValue JsonReader::value(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        problem(at(key), Tr::tr("missing"));
    return v;
}

QString JsonReader::string(const QString &key, bool required) const
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        problem(at(key), Tr::tr("expected a string, got %1").arg(typeName(v)));
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonReader::nullableString(const QString &key) const
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        problem(at(key), Tr::tr("expected a string or null, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toString();
}

QStringList JsonReader::stringList(const QString &key) const
{
    QStringList out;
    const QJsonArray a = array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString()) {
            problem(QStringLiteral("%1[%2]").arg(at(key)).arg(i),
                    Tr::tr("expected a string, got %1").arg(typeName(a[i])));
            return {};
        }
        out << a[i].toString();
    }
    return out;
}

bool JsonReader::boolean(const QString &key) const
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        problem(at(key), Tr::tr("expected true or false, got %1").arg(typeName(v)));
    return v.toBool();
}

int JsonReader::integer(const QString &key, int min, int max) const
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return min;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        problem(at(key), Tr::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return int(d);
}

std::optional<int> JsonReader::nullableInteger(const QString &key, int min, int max) const
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return integer(key, min, max);
}

qint64 JsonReader::time(const QString &key) const
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return 0;
    if (auto t = nullableTime(key))
        return *t;
    if (v.isNull())
        problem(at(key), Tr::tr("a time is required here"));
    return 0;
}

std::optional<qint64> JsonReader::nullableTime(const QString &key) const
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    auto t = v.isString() ? parseIsoUtc(v.toString()) : std::nullopt;
    if (!t)
        problem(at(key), Tr::tr("expected an ISO 8601 time with a zone, such as "
                            "\"2026-03-14T09:26:53.589Z\""));
    return t;
}

QJsonObject JsonReader::object(const QString &key) const
{
    const QJsonValue v = value(key, true);
    if (!v.isUndefined() && !v.isObject())
        problem(at(key), Tr::tr("expected an object, got %1").arg(typeName(v)));
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key) const
{
    const QJsonValue v = value(key, true);
    if (!v.isUndefined() && !v.isArray())
        problem(at(key), Tr::tr("expected an array, got %1").arg(typeName(v)));
    return v.toArray();
}

QString JsonReader::oneOf(const QString &key, const QStringList &allowed) const
{
    const QString s = string(key);
    if (!failed() && !allowed.contains(s)) {
        problem(at(key), Tr::tr("expected one of %1, got \"%2\"").arg(allowed.join(QStringLiteral(", ")), s));
        return allowed.value(0);
    }
    return s;
}

Severity JsonReader::severity(const QString &key) const
{
    const QString s = string(key);
    auto sev = severityFromLabel(s);
    if (!failed() && (!sev || !s.startsWith(QLatin1String("SEV")))) {
        problem(at(key), Tr::tr("expected one of SEV1..SEV5, got \"%1\"").arg(s));
        return Severity::Sev3;
    }
    return sev.value_or(Severity::Sev3);
}

std::optional<int> JsonReader::nullableSeverity(const QString &key) const
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return int(severity(key));
}

IncidentStatus JsonReader::status(const QString &key) const
{
    const QString s = string(key);
    auto st = statusFromKey(s);
    if (!failed() && !st) {
        problem(at(key), Tr::tr("expected one of open, acknowledged, mitigated, resolved, got \"%1\"")
                             .arg(s));
        return IncidentStatus::Open;
    }
    return st.value_or(IncidentStatus::Open);
}

JsonReader JsonReader::element(const QJsonArray &array, const QString &key, qsizetype index) const
{
    const QString where = QStringLiteral("%1[%2]").arg(at(key)).arg(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        problem(where, Tr::tr("expected an object, got %1").arg(typeName(v)));
    return JsonReader(v.toObject(), where, m_error);
}

} // namespace sitrep::exchange
