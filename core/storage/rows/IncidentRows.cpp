#include "storage/rows/IncidentRows.h"

namespace sitrep::rows {

const Table &incidents()
{
    static const Table t{QStringLiteral("incidents"),
                         {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("severity"),
                          QStringLiteral("status"), QStringLiteral("service_id"), QStringLiteral("impact_started_at"),
                          QStringLiteral("detected_at"), QStringLiteral("acknowledged_at"), QStringLiteral("mitigated_at"),
                          QStringLiteral("resolved_at"), QStringLiteral("is_drill"), QStringLiteral("summary"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return t;
}

Values incidentValues(const Incident &i, const std::optional<qint64> &serviceId)
{
    return {qint64(i.number),
            text(i.title),
            qint64(i.severity),
            text(statusKey(i.status)),
            integer(serviceId),
            integer(i.impactStartedAt),
            integer(i.detectedAt),
            integer(i.acknowledgedAt),
            integer(i.mitigatedAt),
            integer(i.resolvedAt),
            qint64(i.isDrill ? 1 : 0),
            text(i.summary),
            i.createdAt,
            i.updatedAt};
}

const Table &incidentRoles()
{
    static const Table t{QStringLiteral("incident_roles"),
                         {QStringLiteral("incident_id"), QStringLiteral("role"), QStringLiteral("person"),
                          QStringLiteral("position")},
                         false};
    return t;
}

Values roleValues(qint64 incidentId, const RoleAssignment &r, qint64 position)
{
    return {incidentId, text(r.role), text(r.person), position};
}

} // namespace sitrep::rows
