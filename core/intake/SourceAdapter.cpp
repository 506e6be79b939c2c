#include "intake/SourceAdapter.h"

#include "domain/TimelineMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

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
    return alertSourceLabel(source);  // the names live with the timeline's messages, in domain
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

QString prometheusFingerprint(const QJsonObject &labels)
{
    // Go sorts label names as byte strings. QJsonObject keeps UTF-16 order, which differs for
    // names with characters beyond U+FFFF (Prometheus 3 allows any UTF-8), so sort the bytes.
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(labels.size());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        pairs.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        const int c = std::memcmp(a.first.constData(), b.first.constData(), size_t(std::min(a.first.size(), b.first.size())));
        return c < 0 || (c == 0 && a.first.size() < b.first.size());
    });
    quint64 hash = 14695981039346656037ULL; // FNV-1a 64 offset basis
    const auto add = [&hash](const QByteArray &bytes) {
        for (const char c : bytes) {
            hash ^= quint64(uchar(c));
            hash *= 1099511628211ULL;
        }
        hash ^= 0xffULL; // prometheus/common's SeparatorByte
        hash *= 1099511628211ULL;
    };
    for (const auto &[name, value] : std::as_const(pairs)) {
        add(name);
        add(value);
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

QString legacyDedupKey(const Alert &alert)
{
    // Only a key derived here can be an old derived one; a fingerprint Grafana sent was stored as sent.
    if (alert.source != QLatin1String("grafana") || alert.dedupKey != prometheusFingerprint(alert.labels))
        return {};
    return labelsFingerprint(alert.labels);
}

void noteTimeFallback(Alert &alert, const QString &field, const QString &sent)
{
    QJsonObject notes = alert.annotations.value(timeFallbackAnnotation).toObject();
    notes.insert(field, sent);
    alert.annotations.insert(timeFallbackAnnotation, notes);
}

PayloadFormat recogniseFormat(const QJsonObject &o)
{
    const auto has = [&o](const char *key) { return o.contains(QLatin1StringView(key)); };
    // Sitrep's own batch also has "alerts"; Alertmanager's and Grafana's bodies have these too.
    if (o.value(QLatin1StringView("alerts")).isArray()
        && (has("version") || has("groupKey") || has("receiver") || has("groupLabels") || has("commonLabels")))
        return has("orgId") || o.value(QLatin1StringView("version")).toString() == QLatin1String("1") ? PayloadFormat::GrafanaUnified
                                                                                                       : PayloadFormat::Alertmanager;
    if (has("evalMatches") || has("ruleName") || (has("ruleId") && has("state")))
        return PayloadFormat::GrafanaLegacy;
    if (has("event_action"))
        return PayloadFormat::PagerDutyV2;
    if (has("routing_key")) {
        // A change event has a payload without a severity (and no event_action).
        const QJsonValue payload = o.value(QLatin1StringView("payload"));
        return payload.isObject() && !payload.toObject().contains(QLatin1StringView("severity")) ? PayloadFormat::PagerDutyChange
                                                                                                  : PayloadFormat::PagerDutyV2;
    }
    if (has("service_key") || (has("incident_key") && has("event_type")))
        return PayloadFormat::PagerDutyV1;
    if (has("alert_transition") || has("alert_cycle_key")
        || (has("title") && (o.value(QLatin1StringView("org")).isObject() || has("last_updated"))))
        return PayloadFormat::Datadog;
    return PayloadFormat::Unknown;
}

void rejectAsFormat(PayloadFormat found, const QString &expected, AdapterResult &result)
{
    QString what;
    switch (found) {
    case PayloadFormat::Alertmanager:
        what = Tr::tr("This is Prometheus Alertmanager's webhook; send it to /api/v1/alertmanager.");
        break;
    case PayloadFormat::GrafanaUnified:
        what = Tr::tr("This is Grafana's unified alerting webhook; send it to /api/v1/grafana.");
        break;
    case PayloadFormat::GrafanaLegacy:
        what = Tr::tr("This is Grafana's legacy alerting webhook (ruleName, state, evalMatches); send it to /api/v1/grafana, which reads it.");
        break;
    case PayloadFormat::PagerDutyV2:
        what = Tr::tr("This is a PagerDuty Events API v2 event; send it to /v2/enqueue.");
        break;
    case PayloadFormat::PagerDutyV1:
        what = Tr::tr("This is a PagerDuty Events API v1 event (service_key, event_type); send it to /v2/enqueue, which reads it.");
        break;
    case PayloadFormat::PagerDutyChange:
        what = Tr::tr("This is a PagerDuty change event (routing_key and payload, no event_action): it records a change, "
                      "not an alert, and Sitrep stores alerts only.");
        break;
    case PayloadFormat::Datadog:
        what = Tr::tr("This is a Datadog webhook; send it to /api/v1/datadog.");
        break;
    case PayloadFormat::Unknown:
        what = Tr::tr("Sitrep does not recognise this payload.");
        break;
    }
    result.alerts.clear();
    result.rejection = IntakeRejection{400, QStringLiteral("unsupported_format"), what + QLatin1Char(' ') + expected, {what, expected}};
}

} // namespace detail
} // namespace sitrep::intake
