#pragma once
// A normalized alert, whatever monitoring system sent it.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sitrep {

struct Alert
{
    qint64 id = 0;
    QString source;                   // "alertmanager", "grafana", "pagerduty", "datadog", "generic"
    QString dedupKey;                 // the source's identity: fingerprint, dedup_key, ...
    QString status;                   // "firing", "resolved", "acknowledged"
    QString title;
    std::optional<int> severity;      // mapped SEV number, when known
    QString service;
    QJsonObject labels;
    QJsonObject annotations;
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    qint64 receivedAt = 0;
    qint64 lastSeenAt = 0;
    std::optional<qint64> incidentId; // linked incident row id
    QByteArray rawPayload;
    // Set by intake: the sender's own grouping (Alertmanager's groupKey), the key this alert
    // groups under by the rule that matched it, and why it was held in the inbox ("" when not).
    // An adapter sets "test_notification" for a sender's test; intake keeps that reason.
    QString senderGroupKey;
    QString groupKey;
    QString heldReason;               // "", "below_min_severity", "muted", "test_notification"
};

} // namespace sitrep
