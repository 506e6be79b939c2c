#include "storage/rows/AlertRows.h"

#include <QJsonDocument>

namespace sitrep::rows {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

const Table &alerts()
{
    static const Table t{QStringLiteral("alerts"),
                         {QStringLiteral("source"), QStringLiteral("dedup_key"), QStringLiteral("status"),
                          QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("service_id"),
                          QStringLiteral("labels"), QStringLiteral("annotations"), QStringLiteral("starts_at"),
                          QStringLiteral("ends_at"), QStringLiteral("received_at"), QStringLiteral("last_seen_at"),
                          QStringLiteral("incident_id"), QStringLiteral("raw_payload"), QStringLiteral("group_key"),
                          QStringLiteral("held_reason")}};
    return t;
}

Values alertValues(const Alert &a, const std::optional<qint64> &serviceId)
{
    return {text(a.source),
            text(a.dedupKey),
            text(a.status),
            text(a.title),
            integer(a.severity),
            integer(serviceId),
            compactJson(a.labels),
            compactJson(a.annotations),
            a.startsAt,
            integer(a.endsAt),
            a.receivedAt,
            a.lastSeenAt,
            integer(a.incidentId),
            nullableText(a.rawPayload),
            text(a.groupKey),
            text(a.heldReason)};
}

} // namespace sitrep::rows
