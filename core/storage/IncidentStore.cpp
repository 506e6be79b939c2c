#include "storage/IncidentStore.h"

#include "storage/ChangeLog.h"

#include "domain/TimelineMessage.h"
#include "storage/IncidentNumbers.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "storage/Transaction.h"
#include "storage/rows/IncidentRows.h"
#include "storage/rows/ServiceRows.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

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

Result<QList<Incident>> IncidentStore::openedByAlertsAfter(qint64 afterId) const
{
    const auto db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectIncident) +
              QStringLiteral("WHERE i.id > ? AND i.opened_by_alert_id IS NOT NULL ORDER BY i.id LIMIT 100"));
    q.addBindValue(afterId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<Incident> out;
    while (q.next())
        out << incidentFromRow(q);
    return out;
}

Result<qint64> IncidentStore::maxId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM incidents")) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<qint64> IncidentStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM incidents")) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

Done IncidentStore::forEach(const std::function<void(const Incident &)> &visit) const
{
    const auto db = m_db.connection();
    QSqlQuery q(db);
    // QPSQL streams a forward-only result over the connection, and a query run before it ends
    // (the roles below, the visitor's own reads) cuts it off: on a server the result is read
    // whole first.
    q.setForwardOnly(!sql::isServer(db));
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

// --- Writes ------------------------------------------------------------------------------------

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
};

// Times in the "changed meanwhile" message, in UTC as the timeline writes them in English.
QString timelineTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString eventKindFor(IncidentField field)
{
    if (isMilestone(field))
        return QStringLiteral("milestone");
    switch (field) {
    case IncidentField::Commander:
    case IncidentField::Communications:
    case IncidentField::Scribe:
    case IncidentField::Responders:
        return QStringLiteral("role");
    default:
        return QStringLiteral("field");
    }
}

Result<qint64> insertEvent(const QSqlDatabase &db, qint64 incidentId, qint64 at, const QString &kind,
                           const QString &author, const TimelineMessage &message)
{
    TimelineEvent e;
    e.incidentId = incidentId;
    e.occurredAt = at;
    e.kind = kind;
    e.author = author;
    e.createdAt = Clock::nowMs();
    setTimelineMessage(e, message);
    return timelinerows::insert(db, e);
}

Result<std::optional<qint64>> serviceId(const QSqlDatabase &db, const QString &name)
{
    if (name.trimmed().isEmpty())
        return std::optional<qint64>();
    if (auto added = rows::insert(db, rows::services(), rows::serviceValues(Service{0, name.trimmed(), {}, {}}),
                                  QStringLiteral("ON CONFLICT (name) DO NOTHING"));
        !added)
        return fail(added.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM services WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (auto done = sql::exec(q); !done || !q.next())
        return fail(done ? Tr::tr("service %1 vanished").arg(name) : done.error());
    return std::optional<qint64>(q.value(0).toLongLong());
}

// Holds the incident's row for the rest of the transaction. Every edit reads the field, checks
// it still holds the value the editor saw, then writes: with two writers at once both could
// pass the check and the later write would silently undo the earlier. With the row held the
// second writer waits, then reads what the first wrote, and its check refuses (compare and
// set). SQLite needs nothing: BEGIN IMMEDIATE already lets one writer in at a time.
Done lockIncident(const QSqlDatabase &db, qint64 incidentId)
{
    if (!sql::isServer(db))
        return {};
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("SELECT id FROM incidents WHERE id = ? FOR UPDATE"), {incidentId});
}

} // namespace

Done IncidentStore::write(const Incident &i) const
{
    const auto db = m_db.connection();
    auto service = serviceId(db, i.service);
    if (!service)
        return fail(service.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE incidents SET title = ?, severity = ?, status = ?, service_id = ?, "
                             "impact_started_at = ?, detected_at = ?, acknowledged_at = ?, "
                             "mitigated_at = ?, resolved_at = ?, is_drill = ?, summary = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(sql::text(i.title));
    q.addBindValue(int(i.severity));
    q.addBindValue(statusKey(i.status));
    q.addBindValue(sql::nullable(*service));
    q.addBindValue(sql::nullable(i.impactStartedAt));
    q.addBindValue(sql::nullable(i.detectedAt));
    q.addBindValue(sql::nullable(i.acknowledgedAt));
    q.addBindValue(sql::nullable(i.mitigatedAt));
    q.addBindValue(sql::nullable(i.resolvedAt));
    q.addBindValue(int(i.isDrill));
    q.addBindValue(sql::text(i.summary));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(i.id);
    if (auto done = sql::exec(q); !done)
        return done;
    q.prepare(QStringLiteral("DELETE FROM incident_roles WHERE incident_id = ?"));
    q.addBindValue(i.id);
    if (auto done = sql::exec(q); !done)
        return done;
    int position = 0;
    for (const RoleAssignment &r : i.roles)
        if (auto added = rows::insert(db, rows::incidentRoles(), rows::roleValues(i.id, r, position++),
                                      QStringLiteral("ON CONFLICT DO NOTHING"));
            !added)
            return fail(added.error());
    return {};
}

Result<Incident> IncidentStore::declare(const NewIncident &n, const QString &author, IncidentCreation *creation) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto id = declareIn(db, n, author, Clock::nowMs());
    if (!id)
        return fail(id.error());
    // Read back inside the transaction: after COMMIT someone else may already have added to it.
    auto stored = byId(*id);
    if (!stored || !stored->has_value())
        return fail(stored ? Tr::tr("The new incident vanished.") : stored.error());
    if (creation) {
        auto made = recordCreation(*id);
        if (!made)
            return fail(made.error());
        *creation = *made;
    }
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return **stored;
}

Result<qint64> IncidentStore::declareIn(const QSqlDatabase &db, const NewIncident &n, const QString &author, qint64 detectedAt)
{
    if (n.title.trimmed().isEmpty())
        return fail(Tr::tr("An incident needs a title."));
    const qint64 now = Clock::nowMs();
    if (n.impactStartedAt && *n.impactStartedAt > now)
        return fail(Tr::tr("Impact cannot start in the future."));
    if (n.impactStartedAt && *n.impactStartedAt > detectedAt)
        return fail(Tr::tr("Impact cannot start after it was detected."));
    auto service = serviceId(db, n.service);
    if (!service)
        return fail(service.error());
    const auto number = incidentnumbers::take(db);
    if (!number)
        return fail(number.error());
    Incident incident;
    incident.number = int(*number);
    incident.title = n.title.trimmed();
    incident.severity = n.severity;
    incident.status = IncidentStatus::Open;
    incident.impactStartedAt = n.impactStartedAt.value_or(detectedAt);
    incident.detectedAt = detectedAt;
    incident.isDrill = n.isDrill;
    incident.summary = n.summary;
    incident.createdAt = now;
    incident.updatedAt = now;
    auto inserted = rows::insert(db, rows::incidents(), rows::incidentValues(incident, *service));
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = inserted->value_or(0);
    auto event = insertEvent(db, id, now, QStringLiteral("status"), author,
                             timelinemessage::incidentDeclared(n.severity, n.service.trimmed(), author));
    if (!event)
        return fail(event.error());
    return id;
}

Result<IncidentCreation> IncidentStore::recordCreation(qint64 incidentId) const
{
    IncidentCreation c;
    c.incidentId = incidentId;
    auto incident = byId(incidentId);
    if (!incident)
        return fail(incident.error());
    if (!incident->has_value())
        return fail(Tr::tr("The new incident vanished."));
    c.incident = **incident;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM timeline_events WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    while (q.next())
        c.eventIds << q.value(0).toLongLong();
    return c;
}

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.isEmpty() ? QStringLiteral("NULL") : out.join(QLatin1Char(','));
}

Result<qint64> scalarFor(const QSqlDatabase &db, const QString &statement, qint64 incidentId)
{
    QSqlQuery q(db);
    q.prepare(statement);
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool sameFields(const Incident &a, const Incident &b)
{
    for (IncidentField f : {IncidentField::Title, IncidentField::Severity, IncidentField::Service, IncidentField::Summary,
                            IncidentField::Drill, IncidentField::ImpactStarted, IncidentField::Detected,
                            IncidentField::Acknowledged, IncidentField::Mitigated, IncidentField::Resolved})
        if (fieldValue(a, f) != fieldValue(b, f))
            return false;
    return a.status == b.status && a.roles == b.roles;
}

// What was added to a created incident since its creation, in words ("2 notes added"); empty
// when nothing was. Runs inside the undoing transaction, so nobody can add more meanwhile.
// An edit that was itself undone leaves nothing behind: fields are compared, not updated_at.
Result<QStringList> changesSinceCreation(const QSqlDatabase &db, const IncidentCreation &c, const Incident &now)
{
    QStringList changes;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind, count(*) FROM timeline_events WHERE incident_id = ? AND id NOT IN (%1) "
                             "GROUP BY kind ORDER BY kind").arg(idList(c.eventIds)));
    q.addBindValue(c.incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    int others = 0;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const int n = int(q.value(1).toLongLong());
        if (kind == QLatin1String("note"))
            changes << Tr::tr("%n note(s) added", nullptr, n);
        else if (kind == QLatin1String("alert"))
            changes << Tr::tr("%n alert event(s) recorded", nullptr, n);
        else if (kind == QLatin1String("checklist"))
            changes << Tr::tr("%n checklist change(s) made", nullptr, n);
        else
            others += n;
    }
    if (others > 0)
        changes << Tr::tr("%n other timeline event(s) recorded", nullptr, others);
    QList<qint64> taken;
    for (const auto &a : c.alerts)
        taken << a.alertId;
    auto joined = scalarFor(db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id = ? AND id NOT IN (%1)")
                                    .arg(idList(taken)), c.incidentId);
    if (!joined)
        return fail(joined.error());
    if (*joined > 0)
        changes << Tr::tr("%n more alert(s) joined it", nullptr, int(*joined));
    auto steps = scalarFor(db, QStringLiteral("SELECT count(*) FROM checklist_items WHERE incident_id = ?"), c.incidentId);
    if (!steps)
        return fail(steps.error());
    if (*steps > 0)
        changes << Tr::tr("a runbook checklist attached");
    auto postmortem = scalarFor(db, QStringLiteral("SELECT count(*) FROM postmortems WHERE incident_id = ?"), c.incidentId);
    if (!postmortem)
        return fail(postmortem.error());
    if (*postmortem > 0)
        changes << Tr::tr("a postmortem drafted");
    if (!sameFields(now, c.incident))
        changes << Tr::tr("its details edited");
    return changes;
}

} // namespace

Done IncidentStore::undoCreation(const IncidentCreation &c) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    const QString publicId = c.incident.publicId();
    if (auto locked = lockIncident(db, c.incidentId); !locked)
        return locked;
    auto now = byId(c.incidentId);
    if (!now)
        return fail(now.error());
    if (!now->has_value())
        return fail(Tr::tr("%1 no longer exists; there is nothing to undo.").arg(publicId));
    auto changes = changesSinceCreation(db, c, **now);
    if (!changes)
        return fail(changes.error());
    if (!changes->isEmpty())
        return fail(Tr::tr("%1 was kept: it has changed since it was created (%2). Undo never removes later work.")
                        .arg(publicId, QLocale().createSeparatedList(*changes)));
    // Put back what the creation took over, where that is still there to go back to.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE alerts SET incident_id = (SELECT id FROM incidents WHERE id = ?), held_reason = ? "
                             "WHERE id = ? AND incident_id = ?"));
    for (const auto &a : c.alerts) {
        q.addBindValue(a.incidentId ? QVariant(*a.incidentId) : QVariant());
        q.addBindValue(sql::text(a.heldReason));
        q.addBindValue(a.alertId);
        q.addBindValue(c.incidentId);
        if (auto done = sql::exec(q); !done)
            return done;
        if (auto done = changelog::alertsMoved(db, a.incidentId, {a.alertId}); !done)
            return done;
    }
    q.prepare(QStringLiteral("UPDATE alert_groups SET incident_id = ? WHERE group_key = ? AND incident_id = ? "
                             "AND EXISTS (SELECT 1 FROM incidents WHERE id = ?)"));
    for (const auto &g : c.groups) {
        if (!g.incidentId)
            continue;  // the group had no incident before: its row goes with this one
        q.addBindValue(*g.incidentId);
        q.addBindValue(g.groupKey);
        q.addBindValue(c.incidentId);
        q.addBindValue(*g.incidentId);
        if (auto done = sql::exec(q); !done)
            return done;
    }
    if (auto done = sql::deleteById(db, "incidents", c.incidentId); !done)
        return done;
    if (auto done = incidentnumbers::giveBack(db, c.incident.number); !done)
        return done;
    return tx.commit();
}

Done IncidentStore::change(const IncidentChange &c) const
{
    if (auto locked = lockIncident(m_db.connection(), c.incidentId); !locked)
        return locked;
    auto current = byId(c.incidentId);
    if (!current)
        return fail(current.error());
    if (!current->has_value())
        return fail(Tr::tr("The incident no longer exists."));
    Incident incident = **current;
    if (fieldValue(incident, c.field) != c.before && !(fieldValue(incident, c.field).isNull() && c.before.isNull()))
        return fail(Tr::tr("%1 was changed meanwhile (now %2); nothing was changed.")
                        .arg(fieldLabel(c.field), fieldValueText(c.field, fieldValue(incident, c.field), timelineTime)));
    setFieldValue(incident, c.field, c.after);
    if (c.field == IncidentField::Title && incident.title.trimmed().isEmpty())
        return fail(Tr::tr("An incident needs a title."));
    if (auto problem = milestoneProblem(incident))
        return fail(*problem);
    return write(incident);
}

Result<qint64> IncidentStore::applyIn(const QSqlDatabase &db, const IncidentChange &c, const QString &author) const
{
    if (auto done = change(c); !done)
        return fail(done.error());
    // Setting a milestone is an event at that time; everything else happens now.
    TimelineMessage message = timelinemessage::fieldChanged(c);
    qint64 at = Clock::nowMs();
    if (isMilestone(c.field) && c.before.isNull() && !c.after.isNull()) {
        message = timelinemessage::milestoneSet(c.field);
        at = c.after.toLongLong();
    } else if (c.field == IncidentField::Resolved && c.after.isNull()) {
        message = timelinemessage::incidentReopened();
    }
    return insertEvent(db, c.incidentId, at, eventKindFor(c.field), author, message);
}

Result<qint64> IncidentStore::apply(const IncidentChange &c, const QString &author) const
{
    auto events = applyAll({c}, author);
    if (!events)
        return fail(events.error());
    return events->first();
}

Result<QList<qint64>> IncidentStore::applyAll(const QList<IncidentChange> &changes, const QString &author) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QList<qint64> events;
    for (const IncidentChange &c : changes) {
        auto event = applyIn(db, c, author);
        if (!event)
            return fail(event.error());  // the transaction rolls back: nothing half-done
        events << *event;
    }
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return events;
}

Done IncidentStore::revert(const IncidentChange &c, qint64 timelineEventId) const
{
    return revertAll({c}, {timelineEventId});
}

Done IncidentStore::revertAll(const QList<IncidentChange> &changes, const QList<qint64> &timelineEventIds) const
{
    if (changes.size() != timelineEventIds.size())
        return fail(QStringLiteral("revertAll: %1 changes but %2 events").arg(changes.size()).arg(timelineEventIds.size()));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery starred(db);
    starred.prepare(QStringLiteral("SELECT is_key_event FROM timeline_events WHERE id = ?"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM timeline_events WHERE id = ? AND incident_id = ?"));
    for (qsizetype k = changes.size() - 1; k >= 0; --k) {
        // The event is the record of the change; once someone marked it as a key event it is
        // theirs too, and the undo leaves both.
        starred.addBindValue(timelineEventIds[k]);
        if (auto done = sql::exec(starred); !done)
            return done;
        if (starred.next() && starred.value(0).toBool())
            return fail(Tr::tr("“%1” was marked as a key event since, so it stays; nothing was changed.")
                            .arg(fieldLabel(changes[k].field)));
        if (auto done = change(changes[k].reversed()); !done)
            return done;
        q.addBindValue(timelineEventIds[k]);
        q.addBindValue(changes[k].incidentId);
        if (auto done = sql::exec(q); !done)
            return done;
    }
    return tx.commit();
}

} // namespace sitrep
