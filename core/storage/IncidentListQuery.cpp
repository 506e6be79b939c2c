#include "storage/IncidentListQuery.h"

#include "storage/SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

namespace sitrep {

namespace {

// Each ORDER BY matches an index in 0001_initial.sql, so sorting a million rows is an index walk.
QString orderBy(IncidentSort sort, bool desc)
{
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    switch (sort) {
    case IncidentSort::OpenFirst:
        return QStringLiteral("(status = 'resolved'), impact_started_at DESC");
    case IncidentSort::Number:
        return QStringLiteral("number") + dir;
    case IncidentSort::Severity:
        return QStringLiteral("severity%1, impact_started_at%1").arg(dir);
    case IncidentSort::Title:
        return QStringLiteral("title") + dir;
    case IncidentSort::Status:
        return QStringLiteral("CASE status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 "
                              "WHEN 'mitigated' THEN 2 ELSE 3 END%1, impact_started_at%1")
            .arg(dir);
    case IncidentSort::ImpactStarted:
        return QStringLiteral("impact_started_at%1, resolved_at%1").arg(dir);
    case IncidentSort::Duration:
        // Open incidents have no end yet: they sort as the longest.
        return QStringLiteral("coalesce(resolved_at, 9223372036854775807) - impact_started_at") + dir;
    case IncidentSort::Drill:
        return QStringLiteral("is_drill%1, impact_started_at%1").arg(dir);
    case IncidentSort::Service:
        break;
    }
    return QStringLiteral("id");
}

} // namespace

Result<QList<qint64>> IncidentListQuery::orderedIds(IncidentSort sort, bool descending) const
{
    if (sort == IncidentSort::Service)
        return idsByService(descending);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM incidents ORDER BY ") + orderBy(sort, descending));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// Services are few; walking incidents_by_service once per service, in name order, avoids a
// full sort of a joined million-row result.
Result<QList<qint64>> IncidentListQuery::idsByService(bool descending) const
{
    const auto db = m_db.connection();
    QSqlQuery services(db);
    services.prepare(QStringLiteral("SELECT id FROM services ORDER BY name") +
                     (descending ? QStringLiteral(" DESC") : QString()));
    if (auto done = sql::exec(services); !done)
        return fail(done.error());
    QList<QVariant> serviceIds;
    while (services.next())
        serviceIds.append(services.value(0));
    // Incidents without a service come last in ascending order, first in descending.
    if (descending)
        serviceIds.prepend(QVariant());
    else
        serviceIds.append(QVariant());

    QList<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const QVariant &serviceId : std::as_const(serviceIds)) {
        q.prepare(serviceId.isNull()
                      ? QStringLiteral("SELECT id FROM incidents WHERE service_id IS NULL "
                                       "ORDER BY impact_started_at DESC")
                      : QStringLiteral("SELECT id FROM incidents WHERE service_id = ? "
                                       "ORDER BY impact_started_at DESC"));
        if (!serviceId.isNull())
            q.addBindValue(serviceId);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<IncidentListRow>> IncidentListQuery::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<IncidentListRow>();
    QString placeholders;
    placeholders.reserve(ids.size() * 2);
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(",?") : QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.number, i.title, i.severity, i.status, "
                             "coalesce(s.name, ''), i.impact_started_at, i.detected_at, "
                             "i.resolved_at, i.is_drill FROM incidents i "
                             "LEFT JOIN services s ON s.id = i.service_id WHERE i.id IN (") +
              placeholders + QLatin1Char(')'));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QHash<qint64, IncidentListRow> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        IncidentListRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toInt();
        r.title = q.value(2).toString();
        r.severity = q.value(3).toInt();
        r.status = q.value(4).toString();
        r.service = q.value(5).toString();
        r.impactStartedAt = sql::optionalValue<qint64>(q.value(6));
        r.detectedAt = sql::optionalValue<qint64>(q.value(7));
        r.resolvedAt = sql::optionalValue<qint64>(q.value(8));
        r.isDrill = q.value(9).toBool();
        byId.insert(r.id, r);
    }
    QList<IncidentListRow> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.cend())
            out.append(*it);
    return out;
}

} // namespace sitrep
