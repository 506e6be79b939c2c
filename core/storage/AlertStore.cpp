#include "storage/AlertStore.h"

#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sitrep {

Done AlertStore::query(const QString &where, const QVariantList &binds,
                       const std::function<void(const Alert &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.source, a.dedup_key, a.status, a.title, a.severity, "
                  "coalesce(s.name, ''), a.labels, a.annotations, a.starts_at, a.ends_at, "
                  "a.received_at, a.last_seen_at, a.incident_id, a.raw_payload "
                  "FROM alerts a LEFT JOIN services s ON s.id = a.service_id ") +
              where + QStringLiteral(" ORDER BY a.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toLongLong();
        a.source = q.value(1).toString();
        a.dedupKey = q.value(2).toString();
        a.status = q.value(3).toString();
        a.title = q.value(4).toString();
        a.severity = sql::optionalValue<int>(q.value(5));
        a.service = q.value(6).toString();
        a.labels = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        a.annotations = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        a.startsAt = q.value(9).toLongLong();
        a.endsAt = sql::optionalValue<qint64>(q.value(10));
        a.receivedAt = q.value(11).toLongLong();
        a.lastSeenAt = q.value(12).toLongLong();
        a.incidentId = sql::optionalValue<qint64>(q.value(13));
        a.rawPayload = q.value(14).isNull() ? QByteArray() : q.value(14).toString().toUtf8();
        visit(a);
    }
    return {};
}

Done AlertStore::forEach(const std::function<void(const Alert &)> &visit) const
{
    return query({}, {}, visit);
}

Result<QList<Alert>> AlertStore::forIncident(qint64 incidentId) const
{
    QList<Alert> out;
    if (auto done = query(QStringLiteral("WHERE a.incident_id = ?"), {incidentId},
                          [&](const Alert &a) { out.append(a); });
        !done)
        return fail(done.error());
    return out;
}

} // namespace sitrep
