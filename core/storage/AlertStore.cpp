#include "storage/AlertStore.h"

#include "storage/ChangeLog.h"

#include "domain/TimelineMessage.h"
#include "storage/IncidentStore.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sitrep {

Done AlertStore::query(const QString &where, const QVariantList &binds,
                       const std::function<void(const Alert &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString statement = QStringLiteral(
        "SELECT a.id, a.source, a.dedup_key, a.status, a.title, a.severity, "
        "coalesce(s.name, ''), a.labels, a.annotations, a.starts_at, a.ends_at, "
        "a.received_at, a.last_seen_at, a.incident_id, a.raw_payload, a.group_key, a.held_reason "
        "FROM alerts a LEFT JOIN services s ON s.id = a.service_id ") +
        where + (where.contains(QLatin1String("ORDER BY")) ? QString() : QStringLiteral(" ORDER BY a.id"));
    if (auto done = sql::exec(q, statement, binds); !done)
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
        a.groupKey = q.value(15).toString();
        a.heldReason = q.value(16).toString();
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

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertStore)
};
} // namespace

Result<std::optional<Alert>> AlertStore::byId(qint64 id) const
{
    std::optional<Alert> found;
    if (auto done = query(QStringLiteral("WHERE a.id = ?"), {id}, [&found](const Alert &a) { found = a; }); !done)
        return fail(done.error());
    return found;
}

Result<QList<Alert>> AlertStore::recent(int limit) const
{
    QList<Alert> out;
    auto done = query(QStringLiteral("WHERE a.id IN (SELECT id FROM alerts ORDER BY id DESC LIMIT %1) ORDER BY a.id").arg(limit), {},
                      [&out](const Alert &a) { out << a; });
    if (!done)
        return fail(done.error());
    return out;
}

Result<qint64> AlertStore::openIncident(const NewIncident &incident, const QList<qint64> &alertIds, const QString &author,
                                        IncidentCreation *creation, const IncidentCreation *redoOf) const
{
    if (alertIds.isEmpty())
        return fail(Tr::tr("Select the alerts to open an incident from."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QStringList ids;
    for (qint64 id : alertIds)
        ids << QString::number(id);
    const QString idList = ids.join(QLatin1Char(','));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT min(starts_at), min(received_at), count(*) FROM alerts WHERE id IN (%1)").arg(idList)) || !q.next())
        return fail(q.lastError().text());
    if (q.value(2).toInt() != alertIds.size())
        return fail(Tr::tr("Some of the selected alerts no longer exist."));
    const qint64 detected = q.value(1).toLongLong();
    NewIncident n = incident;
    if (!n.impactStartedAt)
        n.impactStartedAt = std::min(q.value(0).toLongLong(), detected);
    // Where the alerts and their groups were before, so that undo can put them back.
    QList<IncidentCreation::TakenAlert> taken;
    QList<IncidentCreation::TakenGroup> groupsBefore;
    if (creation || redoOf) {
        if (!q.exec(QStringLiteral("SELECT id, incident_id, held_reason FROM alerts WHERE id IN (%1) ORDER BY id").arg(idList)))
            return fail(q.lastError().text());
        while (q.next())
            taken.append({q.value(0).toLongLong(), sql::optionalValue<qint64>(q.value(1)), q.value(2).toString()});
        if (redoOf) {
            for (const auto &now : std::as_const(taken)) {
                const auto before = std::find_if(redoOf->alerts.cbegin(), redoOf->alerts.cend(),
                                                 [&](const IncidentCreation::TakenAlert &a) { return a.alertId == now.alertId; });
                if (before != redoOf->alerts.cend() && before->incidentId != now.incidentId)
                    return fail(Tr::tr("An alert of this incident has joined another incident since it was undone, "
                                       "so it stays there; nothing was changed."));
            }
        }
        if (!q.exec(QStringLiteral("SELECT DISTINCT a.group_key, g.incident_id FROM alerts a "
                                   "LEFT JOIN alert_groups g ON g.group_key = a.group_key "
                                   "WHERE a.id IN (%1) AND a.group_key <> ''").arg(idList)))
            return fail(q.lastError().text());
        while (q.next())
            groupsBefore.append({q.value(0).toString(), sql::optionalValue<qint64>(q.value(1))});
        if (redoOf) {
            // A group pointed at another incident since the undo: taking it over would send
            // that incident's next alerts here.
            for (const auto &now : std::as_const(groupsBefore)) {
                const auto before = std::find_if(redoOf->groups.cbegin(), redoOf->groups.cend(),
                                                 [&](const IncidentCreation::TakenGroup &g) { return g.groupKey == now.groupKey; });
                if (before != redoOf->groups.cend() && before->incidentId != now.incidentId)
                    return fail(Tr::tr("An alert group of this incident now belongs to another incident, so it stays "
                                       "there; nothing was changed."));
            }
        }
    }
    auto id = IncidentStore::declareIn(db, n, author, detected);
    if (!id)
        return fail(id.error());
    // SQLite's scalar min(a, b) and json_extract() are PostgreSQL's least(a, b) and ->>.
    const bool server = sql::isServer(db);
    const QString least = server ? QStringLiteral("least") : QStringLiteral("min");
    const QString alertName = server ? QStringLiteral("(labels::jsonb ->> 'alertname')") : QStringLiteral("json_extract(labels, '$.alertname')");
    const QString link = QStringLiteral("UPDATE alerts SET incident_id = %1, held_reason = '' WHERE id IN (%2)").arg(*id).arg(idList);
    // Read first and written through the table's one row mapping: a person picked these few alerts.
    const QString attachedAlerts = QStringLiteral("SELECT id, %2(starts_at, received_at), title FROM alerts WHERE id IN (%1) ORDER BY id")
                                       .arg(idList, least);
    // The groups follow the alerts to this incident (a person said so), whichever incident
    // held them; intake's next alert of the group joins it.
    const QString groups = QStringLiteral(
        "INSERT INTO alert_groups(group_key, incident_id) "
        "SELECT DISTINCT group_key, %1 FROM alerts WHERE id IN (%2) AND group_key <> '' "
        "ON CONFLICT (group_key) DO UPDATE SET incident_id = excluded.incident_id").arg(*id).arg(idList);
    if (auto done = sql::exec(db, link); !done)
        return fail(done.error());
    if (auto done = changelog::alertsMoved(db, *id, alertIds); !done)
        return fail(done.error());
    QList<TimelineEvent> events;
    if (!q.exec(attachedAlerts))
        return fail(q.lastError().text());
    const qint64 now = Clock::nowMs();
    while (q.next()) {
        TimelineEvent e;
        e.incidentId = *id;
        e.occurredAt = q.value(1).toLongLong();
        e.kind = QStringLiteral("alert");
        e.author = author;
        e.alertId = q.value(0).toLongLong();
        e.createdAt = now;
        setTimelineMessage(e, timelinemessage::alertAttached(q.value(2).toString()));
        events << e;
    }
    for (const TimelineEvent &e : std::as_const(events))
        if (auto written = timelinerows::insert(db, e); !written)
            return fail(written.error());
    if (auto done = sql::exec(db, groups); !done)
        return fail(done.error());
    if (auto done = sql::exec(db, QStringLiteral("INSERT INTO incident_alert_names(alert_name, incident_id) "
                                                 "SELECT DISTINCT %3, %1 FROM alerts WHERE id IN (%2) "
                                                 "AND %3 IS NOT NULL ON CONFLICT DO NOTHING").arg(*id).arg(idList, alertName));
        !done)
        return fail(done.error());
    if (creation) {
        auto made = IncidentStore(m_db).recordCreation(*id);
        if (!made)
            return fail(made.error());
        *creation = *made;
        creation->alerts = taken;
        creation->groups = groupsBefore;
    }
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return *id;
}

namespace {

// Inserts a mute in the caller's transaction. Putting one back (undo) keeps its id unless
// another row took it meanwhile: SQLite hands the highest freed rowid to the next insert. On
// PostgreSQL an id comes from the identity's sequence, which is past every id it gave out, so a
// mute put back under its old id never meets a new one.
Result<qint64> insertMute(const QSqlDatabase &db, const AlertMute &m)
{
    QSqlQuery q(db);
    bool keepId = false;
    if (m.id > 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM alert_mutes WHERE id = ?"));
        q.addBindValue(m.id);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
        keepId = q.next() && q.value(0).toLongLong() == 0;
    }
    q.prepare(keepId ? QStringLiteral("INSERT INTO alert_mutes(id, source, dedup_key, until_at, created_at, created_by, reason) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                     : QStringLiteral("INSERT INTO alert_mutes(source, dedup_key, until_at, created_at, created_by, reason) "
                                      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (keepId)
        q.addBindValue(m.id);
    q.addBindValue(m.source);
    q.addBindValue(m.dedupKey);
    q.addBindValue(m.untilAt);
    q.addBindValue(m.createdAt > 0 ? m.createdAt : Clock::nowMs());
    q.addBindValue(sql::text(m.createdBy));
    q.addBindValue(sql::text(m.reason));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace

Result<AlertMute> AlertStore::mute(const AlertMute &m) const
{
    if (m.untilAt <= Clock::nowMs())
        return fail(Tr::tr("A mute must end in the future."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    AlertMute made = m;
    if (made.createdAt <= 0)
        made.createdAt = Clock::nowMs();
    auto id = insertMute(db, made);
    if (!id)
        return fail(id.error());
    made.id = *id;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return made;
}

Result<QList<AlertMute>> AlertStore::unmute(const QString &source, const QString &dedupKey) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, until_at, created_at, created_by, reason FROM alert_mutes "
                             "WHERE source = ? AND dedup_key = ? AND until_at > ?"));
    q.addBindValue(source);
    q.addBindValue(dedupKey);
    q.addBindValue(Clock::nowMs());
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<AlertMute> removed;
    while (q.next())
        removed << AlertMute{q.value(0).toLongLong(), source, dedupKey, q.value(1).toLongLong(), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toString()};
    for (const AlertMute &m : std::as_const(removed))
        if (auto done = sql::deleteById(db, "alert_mutes", m.id); !done)
            return fail(done.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return removed;
}

Result<QList<AlertMute>> AlertStore::restoreMutes(const QList<AlertMute> &mutes) const
{
    const auto db = m_db.connection();
    Transaction tx(db);  // all of them or none: a retried undo never doubles a mute
    if (!tx.ok())
        return fail(tx.error());
    QList<AlertMute> restored;
    for (AlertMute m : mutes) {
        // A mute that ran out meanwhile stays ended.
        if (m.untilAt <= Clock::nowMs())
            continue;
        auto id = insertMute(db, m);
        if (!id)
            return fail(id.error());
        m.id = *id;
        restored << m;
    }
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return restored;
}

Done AlertStore::removeMutes(const QList<AlertMute> &mutes) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // By the whole identity, not the id alone: a freed id may belong to someone else's mute now.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM alert_mutes WHERE id = ? AND source = ? AND dedup_key = ? AND until_at = ? "
                             "AND created_at = ?"));
    for (const AlertMute &m : mutes) {
        q.addBindValue(m.id);
        q.addBindValue(m.source);
        q.addBindValue(m.dedupKey);
        q.addBindValue(m.untilAt);
        q.addBindValue(m.createdAt);
        if (auto done = sql::exec(q); !done)
            return done;
    }
    return tx.commit();
}

} // namespace sitrep
