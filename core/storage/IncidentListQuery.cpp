#include "storage/IncidentListQuery.h"

#include "domain/Incident.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

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
        return QStringLiteral("title COLLATE NOCASE") + dir;
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
    case IncidentSort::Service:  // see orderedIds()
        break;
    }
    return QStringLiteral("number");
}

struct Where
{
    QStringList clauses;
    QVariantList binds;

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

Where whereFor(const IncidentFilter &f)
{
    Where w;
    if (!f.statuses.isEmpty()) {
        QStringList keys;
        for (IncidentStatus s : f.statuses)
            keys << QLatin1Char('\'') + statusKey(s) + QLatin1Char('\'');  // fixed keys, not input
        w.clauses << QStringLiteral("status IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    if (!f.severities.isEmpty()) {
        QStringList numbers;
        for (int s : f.severities)
            numbers << QString::number(qBound(1, s, 5));
        w.clauses << QStringLiteral("severity IN (%1)").arg(numbers.join(QLatin1Char(',')));
    }
    if (!f.service.isEmpty()) {
        w.clauses << QStringLiteral("service_id = (SELECT id FROM services WHERE name = ?)");
        w.binds << f.service;
    }
    if (f.impactFrom) {
        w.clauses << QStringLiteral("impact_started_at >= ?");
        w.binds << *f.impactFrom;
    }
    if (f.impactTo) {
        w.clauses << QStringLiteral("impact_started_at < ?");
        w.binds << *f.impactTo;
    }
    if (f.drills == IncidentFilter::Drills::Exclude)
        w.clauses << QStringLiteral("is_drill = 0");
    else if (f.drills == IncidentFilter::Drills::Only)
        w.clauses << QStringLiteral("is_drill = 1");
    const QString text = f.text.trimmed();
    if (auto number = Incident::numberFromPublicId(text)) {
        w.clauses << QStringLiteral("number = ?");
        w.binds << *number;
    }
    return w;
}

// Full-text matches as a small set of incident ids, the newest first, capped (maxTextMatches).
// The list query starts from this set and sorts only it, instead of walking a million rows in
// index order and testing each for membership.
QString textMatches(const IncidentFilter &f, QVariantList &binds)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty() || Incident::numberFromPublicId(text))
        return {};
    const QString match = IncidentListQuery::ftsQuery(text);
    binds << match << match;
    return QStringLiteral("SELECT rowid AS id FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? "
                          "ORDER BY rowid DESC LIMIT %1) "
                          "UNION SELECT incident_id FROM timeline_events WHERE id IN "
                          "(SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ? ORDER BY rowid DESC LIMIT %1)")
        .arg(IncidentListQuery::maxTextMatches);
}

// "SELECT id FROM incidents ..." or, when searching, the same over the matching ids only.
QString selectIds(const IncidentFilter &f, const Where &where, QVariantList &binds)
{
    const QString matches = textMatches(f, binds);
    binds << where.binds;
    if (matches.isEmpty())
        return QStringLiteral("SELECT id FROM incidents") + where.sql();
    // CROSS JOIN keeps the matches as the outer loop; "incidents" keeps its column names.
    return QStringLiteral("SELECT incidents.id FROM (%1) AS matches CROSS JOIN incidents "
                          "ON incidents.id = matches.id").arg(matches) +
           (where.clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + where.clauses.join(QStringLiteral(" AND ")));
}


} // namespace

QString IncidentListQuery::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << QLatin1Char('"') + w + QLatin1Char('"');
    // The last word is a prefix while it is being typed, from three letters on: a one- or
    // two-letter prefix matches most of a million notes and would stall every keystroke.
    if (!terms.isEmpty() && !text.endsWith(QLatin1Char(' ')) && words.last().size() >= 3)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<qint64>> IncidentListQuery::orderedIds(IncidentSort sort, bool descending,
                                                    const IncidentFilter &filter) const
{
    const auto db = m_db.connection();
    const Where where = whereFor(filter);
    if (sort != IncidentSort::Service) {
        QVariantList binds;
        const QString select = selectIds(filter, where, binds);
        return rawsql::idColumn(db, select + QStringLiteral(" ORDER BY ") + orderBy(sort, descending), binds);
    }

    // Services are few: walking incidents_by_service once per service, in name order, avoids a
    // full sort of a joined million-row result. Incidents without a service come last.
    QSqlQuery services(db);
    services.prepare(QStringLiteral("SELECT id FROM services ORDER BY name") +
                     (descending ? QStringLiteral(" DESC") : QString()));
    if (auto done = sql::exec(services); !done)
        return fail(done.error());
    QVariantList serviceIds;
    while (services.next())
        serviceIds.append(services.value(0));
    if (descending)
        serviceIds.prepend(QVariant());
    else
        serviceIds.append(QVariant());
    QList<qint64> ids;
    for (const QVariant &serviceId : std::as_const(serviceIds)) {
        Where w = where;
        if (serviceId.isNull()) {
            w.clauses << QStringLiteral("service_id IS NULL");
        } else {
            w.clauses << QStringLiteral("service_id = ?");
            w.binds << serviceId;
        }
        QVariantList binds;
        const QString select = selectIds(filter, w, binds);
        auto part = rawsql::idColumn(db, select + QStringLiteral(" ORDER BY impact_started_at DESC"), binds);
        if (!part)
            return part;
        ids.append(part.value());
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
