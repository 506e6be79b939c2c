#pragma once
// One adapter per monitoring system: payload bytes in, normalized alerts out (or a rejection that
// says what is wrong and where). Adapters only read; storing is IntakeStore's job.

#include "domain/Alert.h"
#include "intake/IntakeRejection.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace sitrep::intake {

struct AdapterResult
{
    QList<Alert> alerts;
    std::optional<IntakeRejection> rejection;
    QString replyDedupKey;   // PagerDuty answers with the event's dedup key
};

using Adapter = AdapterResult (*)(const QByteArray &body, qint64 receivedAt);

AdapterResult parseAlertmanager(const QByteArray &body, qint64 receivedAt);
AdapterResult parseGrafana(const QByteArray &body, qint64 receivedAt);
AdapterResult parsePagerDuty(const QByteArray &body, qint64 receivedAt);
AdapterResult parseDatadog(const QByteArray &body, qint64 receivedAt);
AdapterResult parseGeneric(const QByteArray &body, qint64 receivedAt);

struct SourceRoute
{
    QString source;   // stored in alerts.source
    QString path;     // POST route
    Adapter parse;
};
const QList<SourceRoute> &sourceRoutes();
// "Alertmanager", "PagerDuty", ... for people ("Webhook" for the generic route).
QString sourceLabel(const QString &source);

// Annotation in which an adapter records each time it could not use, as sent ("" when it was
// missing), e.g. {"payload.timestamp": "noon"}: the alert then carries the time received, and
// the alert detail says so.
inline constexpr QLatin1StringView timeFallbackAnnotation{"sitrep.time_fallback"};
// The held reason of a sender's test notification (Datadog's "Test Notifications", Grafana's
// contact point test): stored and shown in the inbox, but it opens no incident.
inline constexpr QLatin1StringView testNotificationReason{"test_notification"};

// Shared by the adapters.
namespace detail {
// Parses the body as a JSON object, or fills in a rejection (malformed JSON, invalid UTF-8, not an object).
std::optional<QJsonObject> jsonObject(const QByteArray &body, AdapterResult &result);
// Rejects with the problems the reader noted, if any; true when it did.
bool rejectOnProblems(const QStringList &problems, AdapterResult &result);
QString serviceFromLabels(const QJsonObject &labels);
// A stable identity from labels when the sender gives none (sorted name=value pairs, hashed).
// The generic route's identity since it was first stored: kept so that stored alerts still match.
QString labelsFingerprint(const QJsonObject &labels);
// Alertmanager's (and Grafana's) identity of an alert: prometheus/common's
// LabelSet.Fingerprint(), i.e. FNV-1a 64 over the label names in byte order, each name and value
// followed by the byte 0xff, printed as 16 hex digits. Alertmanager before 0.19 does not send it.
QString prometheusFingerprint(const QJsonObject &labels);
// The identity an alert had before Sitrep derived Alertmanager's fingerprint, when it differs:
// until then a Grafana alert sent without `fingerprint` was keyed by labelsFingerprint() (an
// Alertmanager alert without one was refused). "" for every other alert. Grafana itself always
// sends `fingerprint` (its webhook documents it since unified alerting came in Grafana 8); relays
// and test tools may not. IntakeStore continues an alert stored under this key when none is
// stored under the new one, so that after an upgrade its resolve still closes it.
QString legacyDedupKey(const Alert &alert);
// Records on the alert that the time at `field` (as `sent`, "" when missing) was not usable.
void noteTimeFallback(Alert &alert, const QString &field, const QString &sent);

// Whose webhook a body is, judged by the members only that sender uses, so that a body sent to
// the wrong address is answered with what it is and where it goes instead of "x is missing".
enum class PayloadFormat { Unknown, Alertmanager, GrafanaUnified, GrafanaLegacy, PagerDutyV2, PagerDutyV1,
                           PagerDutyChange, Datadog };
PayloadFormat recogniseFormat(const QJsonObject &body);
// Replaces the result with a refusal (400 unsupported_format) that names what `found` is, what
// this address reads (`expected`, a sentence) and where to send it instead.
void rejectAsFormat(PayloadFormat found, const QString &expected, AdapterResult &result);

// Grafana's legacy alerting webhook, read on Grafana's route (GrafanaLegacyAdapter.cpp).
AdapterResult parseGrafanaLegacy(const QJsonObject &root, const QByteArray &body, qint64 receivedAt);
} // namespace detail

} // namespace sitrep::intake
