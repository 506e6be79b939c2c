#include "storage/IncidentListQuery.h"

#include "domain/Incident.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
#include "storage/TextSearch.h"

#include <QHash>
#include <QSqlQuery>

namespace sitrep {

namespace {

// One sort key on a nullable column: NULL below every value, as SQLite orders it. PostgreSQL
// orders NULL above unless told; both read NULLS FIRST / DESC NULLS LAST alike, and the server's
// indexes are built that way (0003_baseline.sql), so the sort stays an index walk on both.
QString nullable(const QString &expr, bool desc)
{
    return expr + (desc ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" NULLS FIRST"));
}

// Each ORDER BY matches an index (0001_initial.sql; 0003_baseline.sql on a server), so sorting a
// million rows is an index walk. Ties go by id, in the direction of the sort: SQLite's indexes
// end with the rowid, so that is the order its walk gives anyway, and both engines list equal
// rows alike.
QString orderBy(IncidentSort sort, bool desc, bool server)
{
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    const QString impact = nullable(QStringLiteral("impact_started_at"), desc);
    const QString tie = QStringLiteral(", incidents.id") + dir;
    switch (sort) {
    case IncidentSort::OpenFirst:
        return QStringLiteral("(status = 'resolved'), impact_started_at DESC NULLS LAST, incidents.id");
    case IncidentSort::Number:
        return QStringLiteral("number") + dir;
    case IncidentSort::Severity:
        return QStringLiteral("severity") + dir + QStringLiteral(", ") + impact + tie;
    case IncidentSort::Title:
        // NOCASE folds ASCII letters only; so does lower() under the server's "C" collation.
        return (server ? QStringLiteral("lower(title)") : QStringLiteral("title COLLATE NOCASE")) + dir + tie;
    case IncidentSort::Status:
        return QStringLiteral("CASE status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 "
                              "WHEN 'mitigated' THEN 2 ELSE 3 END") + dir + QStringLiteral(", ") + impact + tie;
    case IncidentSort::ImpactStarted:
        return impact + QStringLiteral(", ") + nullable(QStringLiteral("resolved_at"), desc) + tie;
    case IncidentSort::Duration:
        // Open incidents have no end yet: they sort as the longest, counted to an end later than
        // any we store yet far from the 64-bit limit (migration 0008, whose index this matches).
        return nullable(QStringLiteral("coalesce(resolved_at, 8640000000000000) - impact_started_at"), desc) + tie;
    case IncidentSort::Drill:
        return QStringLiteral("is_drill") + dir + QStringLiteral(", ") + impact + tie;
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

// Full-text matches as a small set of incident ids: the newest matches of each table, capped
// (textMatchLimits().cap). The list query starts from this set and sorts only it, instead of walking a
// million rows in index order and testing each for membership. SQLite searches its FTS5 tables,
// a server the tsvector columns; both see the same words (TextSearch.h).
struct TextMatches
{
    QString sql;          // a SELECT of ids; empty: no text filter
    QVariantList binds;
    bool idArray = false; // a server's: `binds` holds the ids as one array literal
};

// A server's GIN index finds matches in no order, and for a common word reading all of its
// matches to keep the newest is seconds at a million incidents. Walking the newest rows by id
// and testing each finds the newest matches in order, at a cost proportional to the rows
// walked: so the newest `recentWindow` rows first, then, when that found some but fewer than
// the cap, a window sized from how often the word occurred there (up to `widestWindow`; past
// it, the index's matches among that many newest ids), and only for a word too rare for any of
// that the index over the whole table. Each step returns exactly the newest
// matches of what it read, so the result is the same as SQLite's FTS5 walk by rowid.
Result<QList<qint64>> newestServerMatches(const QSqlDatabase &db, const char *table, const char *column,
                                          const QString &query)
{
    const auto &limits = IncidentListQuery::textMatchLimits();
    const int cap = limits.cap;
    const auto inWindow = [&](qint64 rows) {
        return rawsql::idColumn(
            db, QStringLiteral("SELECT found FROM (SELECT id, %2 AS found, search FROM %1 ORDER BY id DESC LIMIT %3) AS recent "
                               "WHERE search @@ %4 ORDER BY id DESC LIMIT %5")
                    .arg(QLatin1String(table), QLatin1String(column)).arg(rows)
                    .arg(QLatin1String(textsearch::serverQuery)).arg(cap),
            {query});
    };
    auto recent = inWindow(limits.recentWindow);
    if (!recent || recent->size() >= cap)
        return recent;
    if (!recent->isEmpty()) {
        // A quarter more than the rate seen suggests, so one widening usually suffices.
        const qint64 wanted = qint64(limits.recentWindow) * cap / recent->size() * 5 / 4;
        if (wanted <= limits.widestWindow) {
            auto wider = inWindow(wanted);
            if (!wider || wider->size() >= cap)
                return wider;
        } else {
            // Too many rows to walk: the index's matches among the newest ids only, so that
            // only those rows are read (PostgreSQL intersects the two indexes' bitmaps).
            auto ranged = rawsql::idColumn(
                db, QStringLiteral("SELECT %2 FROM %1 WHERE search @@ %3 AND id > (SELECT max(id) FROM %1) - %4 "
                                   "ORDER BY id DESC LIMIT %5")
                        .arg(QLatin1String(table), QLatin1String(column), QLatin1String(textsearch::serverQuery))
                        .arg(wanted).arg(cap),
                {query});
            if (!ranged || ranged->size() >= cap)
                return ranged;
        }
    }
    // "id + 0": not by the id index, whose walk would read every row for a rare word.
    return rawsql::idColumn(db, QStringLiteral("SELECT %2 FROM %1 WHERE search @@ %3 ORDER BY id + 0 DESC LIMIT %4")
                                    .arg(QLatin1String(table), QLatin1String(column),
                                         QLatin1String(textsearch::serverQuery)).arg(cap),
                            {query});
}

Result<TextMatches> textMatches(const QSqlDatabase &db, const IncidentFilter &f)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty() || Incident::numberFromPublicId(text))
        return TextMatches();
    // As typed: a space after the last word says it is complete (no prefix).
    const auto terms = textsearch::parse(f.text);
    if (terms.isEmpty())
        return TextMatches{QStringLiteral("SELECT id FROM incidents WHERE 1 = 0"), {}};  // no word to look for
    if (!sql::isServer(db)) {
        const QString match = textsearch::fts5Query(terms);
        return TextMatches{QStringLiteral("SELECT rowid AS id FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? "
                                          "ORDER BY rowid DESC LIMIT %1) "
                                          "UNION SELECT incident_id FROM timeline_events WHERE id IN "
                                          "(SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ? ORDER BY rowid DESC LIMIT %1)")
                               .arg(IncidentListQuery::textMatchLimits().cap),
                           {match, match}};
    }
    const QString query = textsearch::tsQuery(terms);
    auto titled = newestServerMatches(db, "incidents", "id", query);
    if (!titled)
        return fail(titled.error());
    auto noted = newestServerMatches(db, "timeline_events", "incident_id", query);
    if (!noted)
        return fail(noted.error());
    QStringList ids;
    for (const auto *list : {&*titled, &*noted})
        for (qint64 id : *list)
            ids << QString::number(id);
    return TextMatches{QStringLiteral("SELECT DISTINCT unnest(CAST(? AS BIGINT[])) AS id"),
                       {QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')}, true};
}

// "SELECT id FROM incidents ..." or, when searching, the same over the matching ids only.
QString selectIds(const TextMatches &matches, const Where &where, bool server, QVariantList &binds)
{
    binds << matches.binds << where.binds;
    if (matches.sql.isEmpty())
        return QStringLiteral("SELECT id FROM incidents") + where.sql();
    // "= ANY" looks each id up in the primary key, a few milliseconds for thousands; joining
    // the unnested array instead was planned as a hash of it and took 30 to 200.
    if (matches.idArray)
        return QStringLiteral("SELECT incidents.id FROM incidents WHERE incidents.id = ANY(CAST(? AS BIGINT[]))") +
               (where.clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + where.clauses.join(QStringLiteral(" AND ")));
    // SQLite's CROSS JOIN keeps the matches as the outer loop (PostgreSQL's planner needs no
    // telling, and has no CROSS JOIN … ON); "incidents" keeps its column names.
    return QStringLiteral("SELECT incidents.id FROM (%1) AS matches %2 incidents ON incidents.id = matches.id")
               .arg(matches.sql, server ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN")) +
           (where.clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + where.clauses.join(QStringLiteral(" AND ")));
}

} // namespace

IncidentListQuery::TextMatchLimits &IncidentListQuery::textMatchLimits()
{
    static TextMatchLimits limits;
    return limits;
}

Result<QList<qint64>> IncidentListQuery::orderedIds(IncidentSort sort, bool descending,
                                                    const IncidentFilter &filter, int limit) const
{
    const auto limited = [limit](qsizetype have) {
        return limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit - have) : QString();
    };
    const auto db = m_db.connection();
    const bool server = sql::isServer(db);
    const Where where = whereFor(filter);
    const auto matches = textMatches(db, filter);
    if (!matches)
        return fail(matches.error());
    if (sort != IncidentSort::Service) {
        QVariantList binds;
        const QString select = selectIds(*matches, where, server, binds);
        return rawsql::idColumn(db, select + QStringLiteral(" ORDER BY ") + orderBy(sort, descending, server) + limited(0),
                                binds);
    }

    // Services are few: walking incidents_by_service once per service, in name order, avoids a
    // full sort of a joined million-row result. Incidents without a service come last. Names
    // compare byte-wise on both engines (the server's text is COLLATE "C").
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
        const QString select = selectIds(*matches, w, server, binds);
        auto part = rawsql::idColumn(db, select + QStringLiteral(" ORDER BY impact_started_at DESC NULLS LAST, incidents.id DESC") +
                                             limited(ids.size()), binds);
        if (!part)
            return part;
        ids.append(part.value());
        if (limit > 0 && ids.size() >= limit)
            break;
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
