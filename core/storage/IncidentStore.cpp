#include "storage/IncidentStore.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace sitrep {

namespace {

const char *const selectIncident =
    "SELECT i.id, i.number, i.title, i.severity, i.status, coalesce(s.name, ''), "
    "i.impact_started_at, i.detected_at, i.acknowledged_at, i.mitigated_at, i.resolved_at, "
    "i.is_drill, i.summary, i.created_at, i.updated_at "
    "FROM incidents i LEFT JOIN services s ON s.id = i.service_id ";

Incident incidentFromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toInt();
    i.title = q.value(2).toString();
    i.severity = severityFromNumber(q.value(3).toInt()).value_or(Severity::Sev3);
    i.status = statusFromKey(q.value(4).toString()).value_or(IncidentStatus::Open);
    i.service = q.value(5).toString();
    i.impactStartedAt = sql::optionalValue<qint64>(q.value(6));
    i.detectedAt = sql::optionalValue<qint64>(q.value(7));
    i.acknowledgedAt = sql::optionalValue<qint64>(q.value(8));
    i.mitigatedAt = sql::optionalValue<qint64>(q.value(9));
    i.resolvedAt = sql::optionalValue<qint64>(q.value(10));
    i.isDrill = q.value(11).toBool();
    i.summary = q.value(12).toString();
    i.createdAt = q.value(13).toLongLong();
    i.updatedAt = q.value(14).toLongLong();
    return i;
}

Done loadRoles(const QSqlDatabase &db, Incident &incident)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role, person FROM incident_roles WHERE incident_id = ? "
                             "ORDER BY position"));
    q.addBindValue(incident.id);
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next())
        incident.roles.append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

} // namespace

Result<std::optional<Incident>> IncidentStore::one(const QString &where, const QVariant &value) const
{
    const auto db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(selectIncident) + where);
    q.addBindValue(value);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return std::optional<Incident>();
    Incident incident = incidentFromRow(q);
    if (auto done = loadRoles(db, incident); !done)
        return fail(done.error());
    return std::optional<Incident>(std::move(incident));
}

Result<std::optional<Incident>> IncidentStore::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE i.id = ?"), id);
}

Result<std::optional<Incident>> IncidentStore::byNumber(int number) const
{
    return one(QStringLiteral("WHERE i.number = ?"), number);
}

Result<qint64> IncidentStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM incidents")) || !q.next())
        return fail(sql::exec(q).error());
    return q.value(0).toLongLong();
}

Done IncidentStore::forEach(const std::function<void(const Incident &)> &visit) const
{
    const auto db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectIncident) + QStringLiteral("ORDER BY i.id"));
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next()) {
        Incident incident = incidentFromRow(q);
        if (auto done = loadRoles(db, incident); !done)
            return done;
        visit(incident);
    }
    return {};
}

Result<QList<Service>> IncidentStore::services() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, description, owner FROM services ORDER BY name"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<Service> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

} // namespace sitrep
