#include "storage/PostmortemListQuery.h"

#include "storage/IncidentListQuery.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
#include "storage/TextSearch.h"

#include <QHash>
#include <QSqlQuery>

namespace sitrep {

Result<QList<qint64>> PostmortemListQuery::orderedIds(const PostmortemFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (!f.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        binds << f.status;
    }
    if (!f.text.trimmed().isEmpty()) {
        // The newest matches, capped as the incident list's are; the same words on both engines
        // (TextSearch.h). Text with no word to look for matches nothing.
        const auto terms = textsearch::parse(f.text);
        if (terms.isEmpty())
            where << QStringLiteral("1 = 0");
        else if (sql::isServer(m_db.connection()))
            where << QStringLiteral("id IN (SELECT id FROM postmortems WHERE search @@ %1 ORDER BY id DESC LIMIT %2)")
                         .arg(QLatin1String(textsearch::serverQuery)).arg(IncidentListQuery::textMatchLimits().cap);
        else
            where << QStringLiteral("id IN (SELECT rowid FROM postmortems_fts WHERE postmortems_fts MATCH ? ORDER BY rowid DESC LIMIT %1)")
                         .arg(IncidentListQuery::textMatchLimits().cap);
        if (!terms.isEmpty())
            binds << (sql::isServer(m_db.connection()) ? textsearch::tsQuery(terms) : textsearch::fts5Query(terms));
    }
    return rawsql::idColumn(m_db.connection(),
                            QStringLiteral("SELECT id FROM postmortems%1 ORDER BY updated_at DESC, id DESC")
                                .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                            binds);
}

Result<QList<PostmortemListRow>> PostmortemListQuery::rows(const QList<qint64> &ids) const
{
    QList<PostmortemListRow> out;
    if (ids.isEmpty())
        return out;
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.incident_id, i.number, i.severity, p.title, p.status, p.author, coalesce(s.name, ''), p.updated_at, "
        "(SELECT count(*) FROM action_items a WHERE a.postmortem_id = p.id AND a.status IN ('open', 'in_progress')) "
        "FROM postmortems p JOIN incidents i ON i.id = p.incident_id LEFT JOIN services s ON s.id = i.service_id "
        "WHERE p.id IN (%1)").arg(numbers.join(QLatin1Char(','))));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QHash<qint64, PostmortemListRow> byId;
    while (q.next()) {
        PostmortemListRow r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toLongLong(), q.value(9).toInt()};
        byId.insert(r.id, r);
    }
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.cend())
            out << *it;
    return out;
}

} // namespace sitrep
