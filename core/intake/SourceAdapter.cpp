#include "intake/SourceAdapter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceAdapter)
};
} // namespace

const QList<SourceRoute> &sourceRoutes()
{
    static const QList<SourceRoute> routes = {
        {QStringLiteral("alertmanager"), QStringLiteral("/api/v1/alertmanager"), &parseAlertmanager},
        {QStringLiteral("grafana"), QStringLiteral("/api/v1/grafana"), &parseGrafana},
        {QStringLiteral("pagerduty"), QStringLiteral("/v2/enqueue"), &parsePagerDuty},
        {QStringLiteral("datadog"), QStringLiteral("/api/v1/datadog"), &parseDatadog},
        {QStringLiteral("generic"), QStringLiteral("/api/v1/alerts"), &parseGeneric},
    };
    return routes;
}

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("alertmanager")) return QStringLiteral("Alertmanager");
    if (source == QLatin1String("grafana")) return QStringLiteral("Grafana");
    if (source == QLatin1String("pagerduty")) return QStringLiteral("PagerDuty");
    if (source == QLatin1String("datadog")) return QStringLiteral("Datadog");
    if (source == QLatin1String("generic")) return Tr::tr("Webhook");
    return source;
}

namespace detail {

std::optional<QJsonObject> jsonObject(const QByteArray &body, AdapterResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        result.rejection = IntakeRejection{400, QStringLiteral("invalid_utf8"),
                                           Tr::tr("The body is not valid UTF-8."),
                                           {Tr::tr("byte %1: invalid UTF-8").arg(error.offset)}};
        return std::nullopt;
    }
    if (error.error != QJsonParseError::NoError) {
        result.rejection = IntakeRejection{400, QStringLiteral("malformed_json"),
                                           Tr::tr("The body is not valid JSON."),
                                           {Tr::tr("byte %1: %2").arg(error.offset).arg(error.errorString())}};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        result.rejection = IntakeRejection{400, QStringLiteral("invalid_payload"),
                                           Tr::tr("The body must be a JSON object."), {}};
        return std::nullopt;
    }
    return doc.object();
}

bool rejectOnProblems(const QStringList &problems, AdapterResult &result)
{
    if (problems.isEmpty())
        return false;
    result.alerts.clear();
    result.rejection = IntakeRejection{400, QStringLiteral("invalid_payload"),
                                       Tr::tr("The payload is invalid: %1").arg(problems.first()), problems};
    return true;
}

QString serviceFromLabels(const QJsonObject &labels)
{
    for (const QLatin1StringView key : {QLatin1StringView("service"), QLatin1StringView("job")}) {
        const QString value = labels.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString labelsFingerprint(const QJsonObject &labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList keys = labels.keys(); // QJsonObject keys are sorted
    for (const QString &key : keys) {
        hash.addData(key.toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
        hash.addData(labels.value(key).toVariant().toString().toUtf8());
        hash.addData(QByteArrayView("\xfe", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace detail
} // namespace sitrep::intake
