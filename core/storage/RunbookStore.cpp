#include "storage/RunbookStore.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace sitrep {

Done RunbookStore::forEach(const std::function<void(const Runbook &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, slug, title, body, source_path, owner, last_reviewed_at, "
                             "version, created_at, updated_at FROM runbooks ORDER BY slug"));
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next()) {
        Runbook r;
        r.id = q.value(0).toLongLong();
        r.slug = q.value(1).toString();
        r.title = q.value(2).toString();
        r.body = q.value(3).toString();
        r.sourcePath = q.value(4).toString();
        r.owner = q.value(5).toString();
        r.lastReviewedAt = sql::optionalValue<qint64>(q.value(6));
        r.version = q.value(7).toInt();
        r.createdAt = q.value(8).toLongLong();
        r.updatedAt = q.value(9).toLongLong();
        visit(r);
    }
    return {};
}

Result<QList<RunbookVersion>> RunbookStore::versions(qint64 runbookId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, body, seen_at FROM runbook_versions "
                             "WHERE runbook_id = ? ORDER BY version"));
    q.addBindValue(runbookId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<RunbookVersion> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Result<QList<ChecklistItem>> RunbookStore::checklist(qint64 incidentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, incident_id, runbook_id, runbook_version, position, "
                             "depth, text, state, note, changed_by, changed_at "
                             "FROM checklist_items WHERE incident_id = ? ORDER BY position, id"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<ChecklistItem> out;
    while (q.next()) {
        ChecklistItem c;
        c.id = q.value(0).toLongLong();
        c.incidentId = q.value(1).toLongLong();
        c.runbookId = sql::optionalValue<qint64>(q.value(2));
        c.runbookVersion = sql::optionalValue<int>(q.value(3));
        c.position = q.value(4).toInt();
        c.depth = q.value(5).toInt();
        c.text = q.value(6).toString();
        c.state = q.value(7).toString();
        c.note = q.value(8).toString();
        c.changedBy = q.value(9).toString();
        c.changedAt = sql::optionalValue<qint64>(q.value(10));
        out.append(c);
    }
    return out;
}

} // namespace sitrep
