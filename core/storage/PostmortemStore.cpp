#include "storage/PostmortemStore.h"

#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sitrep {

Done PostmortemStore::query(const QString &where, const QVariantList &binds,
                            const std::function<void(const Postmortem &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, incident_id, title, status, body, template_name, author, "
                             "reviewers, created_at, updated_at, published_at FROM postmortems ") +
              where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next()) {
        Postmortem p;
        p.id = q.value(0).toLongLong();
        p.incidentId = q.value(1).toLongLong();
        p.title = q.value(2).toString();
        p.status = q.value(3).toString();
        p.body = q.value(4).toString();
        p.templateName = q.value(5).toString();
        p.author = q.value(6).toString();
        for (const auto &v : QJsonDocument::fromJson(q.value(7).toByteArray()).array())
            p.reviewers << v.toString();
        p.createdAt = q.value(8).toLongLong();
        p.updatedAt = q.value(9).toLongLong();
        p.publishedAt = sql::optionalValue<qint64>(q.value(10));
        visit(p);
    }
    return {};
}

Done PostmortemStore::forEach(const std::function<void(const Postmortem &)> &visit) const
{
    return query({}, {}, visit);
}

Result<std::optional<Postmortem>> PostmortemStore::forIncident(qint64 incidentId) const
{
    std::optional<Postmortem> found;
    if (auto done = query(QStringLiteral("WHERE incident_id = ?"), {incidentId},
                          [&](const Postmortem &p) { found = p; });
        !done)
        return fail(done.error());
    return found;
}

Result<QList<ActionItem>> PostmortemStore::actionItems(qint64 postmortemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, postmortem_id, title, owner, due_at, priority, status, "
                             "tracker_url, created_at, completed_at FROM action_items "
                             "WHERE postmortem_id = ? ORDER BY id"));
    q.addBindValue(postmortemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<ActionItem> out;
    while (q.next()) {
        ActionItem a;
        a.id = q.value(0).toLongLong();
        a.postmortemId = q.value(1).toLongLong();
        a.title = q.value(2).toString();
        a.owner = q.value(3).toString();
        a.dueAt = sql::optionalValue<qint64>(q.value(4));
        a.priority = q.value(5).toString();
        a.status = q.value(6).toString();
        a.trackerUrl = q.value(7).toString();
        a.createdAt = q.value(8).toLongLong();
        a.completedAt = sql::optionalValue<qint64>(q.value(9));
        out.append(a);
    }
    return out;
}

} // namespace sitrep
