// PagerDuty Events API v2 (POST /v2/enqueue), so that anything that can page PagerDuty, including
// Alertmanager's pagerduty_configs, can page Sitrep. Answers mirror PagerDuty's own.

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
    QStringList problems;
    const PayloadReader event(*root, QString(), &problems);
    event.string(QStringLiteral("routing_key"), true);
    const QString action = event.oneOf(QStringLiteral("event_action"),
                                       {QStringLiteral("trigger"), QStringLiteral("acknowledge"), QStringLiteral("resolve")}, true);
    QString dedupKey = event.string(QStringLiteral("dedup_key"), action == QLatin1String("acknowledge") || action == QLatin1String("resolve"));
    if (dedupKey.size() > 255)
        event.problem(QStringLiteral("dedup_key"), Tr::tr("is longer than 255 characters"));

    Alert alert;
    alert.source = QStringLiteral("pagerduty");
    alert.receivedAt = receivedAt;
    alert.lastSeenAt = receivedAt;
    alert.startsAt = receivedAt;
    if (action == QLatin1String("trigger")) {
        const PayloadReader payload(event.object(QStringLiteral("payload"), true), QStringLiteral("payload"), &problems);
        alert.title = payload.string(QStringLiteral("summary"), true);
        if (alert.title.size() > 1024)
            payload.problem(payload.at(QStringLiteral("summary")), Tr::tr("is longer than 1024 characters"));
        const QString source = payload.string(QStringLiteral("source"), true);
        const QString severity = payload.oneOf(QStringLiteral("severity"),
                                               {QStringLiteral("critical"), QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}, true);
        if (const auto ts = payload.time(QStringLiteral("timestamp"), false))
            alert.startsAt = *ts;
        const QString component = payload.string(QStringLiteral("component"), false);
        const QString group = payload.string(QStringLiteral("group"), false);
        const QString cls = payload.string(QStringLiteral("class"), false);
        alert.labels.insert(QStringLiteral("source"), source);
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
        const QJsonValue details = payload.object().value(QStringLiteral("custom_details"));
        if (details.isObject())
            alert.annotations.insert(QStringLiteral("custom_details"), details.toObject());
        else if (details.isString())
            alert.annotations.insert(QStringLiteral("custom_details"), details.toString());
        for (const QLatin1StringView key : {QLatin1StringView("links"), QLatin1StringView("images")}) {
            const QJsonArray items = event.array(key, false);
            if (!items.isEmpty())
                alert.annotations.insert(key, items);
        }
        const QString clientUrl = event.string(QStringLiteral("client_url"), false);
        if (!clientUrl.isEmpty())
            alert.annotations.insert(QStringLiteral("client_url"), clientUrl);
        // Without a key PagerDuty makes one up; a hash of the body makes a retried request the
        // same event (idempotent) while a new trigger, with its own timestamp, is a new one.
        if (dedupKey.isEmpty())
            dedupKey = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(32));
        alert.status = QStringLiteral("firing");
    } else {
        alert.status = action == QLatin1String("resolve") ? QStringLiteral("resolved") : QStringLiteral("acknowledged");
        if (action == QLatin1String("resolve"))
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
