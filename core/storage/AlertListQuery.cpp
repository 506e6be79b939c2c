#include "storage/AlertListQuery.h"

#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace sitrep {

Result<QList<qint64>> AlertListQuery::orderedIds(const AlertFilter &f) const
{
    QStringList where;
    QVariantList binds;
    switch (f.show) {
    case AlertFilter::Show::Active: where << QStringLiteral("status <> 'resolved'"); break;
    case AlertFilter::Show::Firing: where << QStringLiteral("status = 'firing'"); break;
    case AlertFilter::Show::Resolved: where << QStringLiteral("status = 'resolved'"); break;
    case AlertFilter::Show::Held: where << QStringLiteral("held_reason <> ''"); break;
    case AlertFilter::Show::Unlinked: where << QStringLiteral("incident_id IS NULL"); break;
    case AlertFilter::Show::All: break;
    }
    if (!f.source.isEmpty()) {
        where << QStringLiteral("source = ?");
        binds << f.source;
    }
    if (f.incidentId) {
        where << QStringLiteral("incident_id = ?");
        binds << *f.incidentId;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // A substring scan: alerts are searched by what they say (labels included), which a
        // word index over JSON would serve badly. instr() on lower() is case-insensitive for all
        // scripts, unlike LIKE.
        // PostgreSQL calls instr() strpos().
        const QString find = sql::isServer(m_db.connection()) ? QStringLiteral("strpos") : QStringLiteral("instr");
        where << QStringLiteral("(%1(lower(title), ?) > 0 OR %1(lower(dedup_key), ?) > 0 OR %1(lower(labels), ?) > 0)").arg(find);
        const QString needle = text.toLower();
        binds << needle << needle << needle;
    }
    // Intake inserts in the order it receives: the id is the received order.
    QString sqlText = QStringLiteral("SELECT id FROM alerts");
    if (!where.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY id DESC");
    return rawsql::idColumn(m_db.connection(), sqlText, binds);
}

Result<QList<AlertListRow>> AlertListQuery::rows(const QList<qint64> &ids) const
{
    QList<AlertListRow> out;
    if (ids.isEmpty())
        return out;
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Ids are integers we hold, so they go into the text; 256 binds would cost more.
    q.prepare(QStringLiteral(
        "SELECT a.id, a.source, a.dedup_key, a.status, a.title, a.severity, coalesce(s.name, ''), a.labels, "
        "a.starts_at, a.ends_at, a.received_at, a.last_seen_at, a.incident_id, coalesce(i.number, 0), a.held_reason, "
        "(SELECT max(until_at) FROM alert_mutes m WHERE m.source = a.source AND m.dedup_key = a.dedup_key AND m.until_at > ?) "
        "FROM alerts a LEFT JOIN services s ON s.id = a.service_id LEFT JOIN incidents i ON i.id = a.incident_id "
        "WHERE a.id IN (%1)").arg(numbers.join(QLatin1Char(','))));
    q.addBindValue(Clock::nowMs());
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QHash<qint64, AlertListRow> byId;
    while (q.next()) {
        AlertListRow r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.dedupKey = q.value(2).toString();
        r.status = q.value(3).toString();
        r.title = q.value(4).toString();
        r.severity = sql::optionalValue<int>(q.value(5));
        r.service = q.value(6).toString();
        r.labels = q.value(7).toString();
        r.startsAt = q.value(8).toLongLong();
        r.endsAt = sql::optionalValue<qint64>(q.value(9));
        r.receivedAt = q.value(10).toLongLong();
        r.lastSeenAt = q.value(11).toLongLong();
        r.incidentId = sql::optionalValue<qint64>(q.value(12));
        r.incidentNumber = q.value(13).toInt();
        r.heldReason = q.value(14).toString();
        r.mutedUntil = sql::optionalValue<qint64>(q.value(15));
        byId.insert(r.id, r);
    }
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            out << *it;
    }
    return out;
}

} // namespace sitrep
