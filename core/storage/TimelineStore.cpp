#include "storage/TimelineStore.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace sitrep {

Result<QList<TimelineEvent>> TimelineStore::forIncident(qint64 incidentId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, incident_id, occurred_at, kind, author, body, "
                             "is_key_event, alert_id, created_at, edited_at FROM timeline_events "
                             "WHERE incident_id = ? ORDER BY occurred_at, id"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<TimelineEvent> out;
    while (q.next()) {
        TimelineEvent e;
        e.id = q.value(0).toLongLong();
        e.incidentId = q.value(1).toLongLong();
        e.occurredAt = q.value(2).toLongLong();
        e.kind = q.value(3).toString();
        e.author = q.value(4).toString();
        e.body = q.value(5).toString();
        e.isKeyEvent = q.value(6).toBool();
        e.alertId = sql::optionalValue<qint64>(q.value(7));
        e.createdAt = q.value(8).toLongLong();
        e.editedAt = sql::optionalValue<qint64>(q.value(9));
        out.append(e);
    }
    return out;
}

} // namespace sitrep
