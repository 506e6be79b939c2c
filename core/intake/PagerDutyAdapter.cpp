// PagerDuty Events API v2 (POST /v2/enqueue), so that anything that can page PagerDuty, including
// Alertmanager's pagerduty_configs, can page Sitrep. Answers mirror PagerDuty's own. The same
// route reads Events API v1 (service_key, event_type, incident_key, description), which
// Alertmanager sends when its pagerduty_configs has a service_key instead of a routing_key.
// Liberal where PagerDuty is strict but nothing depends on it: a missing routing_key or source,
// or a severity outside PagerDuty's four, is stored as it is, not refused.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PagerDutyAdapter)
};

// Without a key PagerDuty makes one up; a hash of the body makes a retried request the same
// event (idempotent) while a new trigger, with its own timestamp, is a new one.
QString keyFromBody(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(32));
}

struct Event
{
    QString action;    // trigger, acknowledge, resolve
    QString dedupKey;
};

// What v1 and v2 share: the action and the key it refers to (needed to acknowledge or resolve).
Event readEvent(const PayloadReader &event, const char *actionKey, const char *dedupKeyName)
{
    Event e;
    e.action = event.oneOf(QLatin1String(actionKey), {QStringLiteral("trigger"), QStringLiteral("acknowledge"), QStringLiteral("resolve")}, true);
    e.dedupKey = event.string(QLatin1String(dedupKeyName), e.action == QLatin1String("acknowledge") || e.action == QLatin1String("resolve"));
    if (e.dedupKey.size() > 255)
        event.problem(QLatin1String(dedupKeyName), Tr::tr("is longer than 255 characters"));
    return e;
}

void readTrigger(const PayloadReader &event, QStringList *problems, Alert &alert)
{
    const PayloadReader payload(event.object(QStringLiteral("payload"), true), QStringLiteral("payload"), problems);
    alert.title = payload.string(QStringLiteral("summary"), true);
    if (alert.title.size() > 1024)
        payload.problem(payload.at(QStringLiteral("summary")), Tr::tr("is longer than 1024 characters"));
    const QString source = payload.string(QStringLiteral("source"), false);
    // PagerDuty's four in its own spelling; anything else (Alertmanager renders "" for an alert
    // without a severity label) is kept as sent, for the severity mapping to decide.
    QString severity = payload.scalarText(QStringLiteral("severity")).trimmed();
    for (const QLatin1StringView known : {QLatin1StringView("critical"), QLatin1StringView("error"),
                                          QLatin1StringView("warning"), QLatin1StringView("info")}) {
        if (severity.compare(known, Qt::CaseInsensitive) == 0)
            severity = known;
    }
    QString unreadable;
    if (const auto ts = payload.time(QStringLiteral("timestamp"), &unreadable))
        alert.startsAt = *ts;
    else if (!unreadable.isEmpty())
        detail::noteTimeFallback(alert, QStringLiteral("payload.timestamp"), unreadable);
    const QString component = payload.string(QStringLiteral("component"), false);
    const QString group = payload.string(QStringLiteral("group"), false);
    const QString cls = payload.string(QStringLiteral("class"), false);
    if (!source.isEmpty())
        alert.labels.insert(QStringLiteral("source"), source);
    if (!severity.isEmpty())
        alert.labels.insert(QStringLiteral("severity"), severity);
    if (!component.isEmpty())
        alert.labels.insert(QStringLiteral("component"), component);
    if (!group.isEmpty())
        alert.labels.insert(QStringLiteral("group"), group);
    if (!cls.isEmpty())
        alert.labels.insert(QStringLiteral("class"), cls);
    // PagerDuty has no alert name; the class (or the summary) plays that part for grouping.
    alert.labels.insert(QStringLiteral("alertname"), cls.isEmpty() ? alert.title.left(200) : cls);
    alert.service = !group.isEmpty() ? group : component;
    if (!alert.service.isEmpty())
        alert.labels.insert(QStringLiteral("service"), alert.service);
    // Any JSON: an object as documented, but also a string or a list from hand-made templates.
    const QJsonValue details = payload.object().value(QLatin1StringView("custom_details"));
    if (!details.isUndefined() && !details.isNull())
        alert.annotations.insert(QStringLiteral("custom_details"), details);
    for (const QLatin1StringView key : {QLatin1StringView("links"), QLatin1StringView("images")}) {
        const QJsonArray items = event.array(key, false);
        if (!items.isEmpty())
            alert.annotations.insert(key, items);
    }
}

// Events API v1: no severity, source or time; details and contexts instead.
void readTriggerV1(const PayloadReader &event, Alert &alert)
{
    alert.title = event.string(QStringLiteral("description"), true);
    if (alert.title.size() > 1024)
        event.problem(QStringLiteral("description"), Tr::tr("is longer than 1024 characters"));
    alert.labels.insert(QStringLiteral("alertname"), alert.title.left(200));
    const QJsonValue details = event.object().value(QLatin1StringView("details"));
    if (!details.isUndefined() && !details.isNull())
        alert.annotations.insert(QStringLiteral("details"), details);
    const QJsonArray contexts = event.array(QStringLiteral("contexts"), false);
    if (!contexts.isEmpty())
        alert.annotations.insert(QStringLiteral("contexts"), contexts);
}
} // namespace

AdapterResult parsePagerDuty(const QByteArray &body, qint64 receivedAt)
{
    AdapterResult result;
    const auto root = detail::jsonObject(body, result);
    if (!root) {
        if (result.rejection)
            result.rejection->message = QStringLiteral("Event object is invalid");
        return result;
    }
    const detail::PayloadFormat format = detail::recogniseFormat(*root);
    const bool v1 = format == detail::PayloadFormat::PagerDutyV1;
    if (format != detail::PayloadFormat::PagerDutyV2 && !v1) {
        detail::rejectAsFormat(format, Tr::tr("This address reads PagerDuty Events API v2 alert events (routing_key, event_action, payload) "
                                              "and v1 events (service_key, event_type)."), result);
        return result;
    }
    QStringList problems;
    const PayloadReader event(*root, QString(), &problems);
    const Event e = v1 ? readEvent(event, "event_type", "incident_key") : readEvent(event, "event_action", "dedup_key");

    Alert alert;
    alert.source = QStringLiteral("pagerduty");
    alert.receivedAt = receivedAt;
    alert.lastSeenAt = receivedAt;
    alert.startsAt = receivedAt;
    QString dedupKey = e.dedupKey;
    if (e.action == QLatin1String("trigger")) {
        if (v1)
            readTriggerV1(event, alert);
        else
            readTrigger(event, &problems, alert);
        for (const QLatin1StringView key : {QLatin1StringView("client"), QLatin1StringView("client_url")}) {
            const QString value = event.string(key, false);
            if (!value.isEmpty())
                alert.annotations.insert(key, value);
        }
        if (dedupKey.isEmpty())
            dedupKey = keyFromBody(body);
        alert.status = QStringLiteral("firing");
    } else {
        alert.status = e.action == QLatin1String("resolve") ? QStringLiteral("resolved") : QStringLiteral("acknowledged");
        if (e.action == QLatin1String("resolve"))
            alert.endsAt = receivedAt;
    }
    alert.dedupKey = dedupKey;
    alert.rawPayload = body;
    if (!problems.isEmpty()) {
        result.rejection = IntakeRejection{400, QStringLiteral("invalid_payload"), QStringLiteral("Event object is invalid"), problems};
        return result;
    }
    result.replyDedupKey = dedupKey;
    result.alerts << alert;
    return result;
}

} // namespace sitrep::intake
