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

// Shared by the adapters.
namespace detail {
// Parses the body as a JSON object, or fills in a rejection (malformed JSON, invalid UTF-8, not an object).
std::optional<QJsonObject> jsonObject(const QByteArray &body, AdapterResult &result);
// Rejects with the problems the reader noted, if any; true when it did.
bool rejectOnProblems(const QStringList &problems, AdapterResult &result);
QString serviceFromLabels(const QJsonObject &labels);
// A stable identity from labels when the sender gives none (sorted name=value pairs, hashed).
QString labelsFingerprint(const QJsonObject &labels);
} // namespace detail

} // namespace sitrep::intake
