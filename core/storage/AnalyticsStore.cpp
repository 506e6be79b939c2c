#include "storage/AnalyticsStore.h"

#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <thread>
#include <tuple>

namespace sitrep {

namespace {

// The same rows through Qt SQL: a server's (one forward-only query, rows streamed as they come),
// or a file's when Qt's SQLite is not ours (rawsql::handle), slower than the C API.
//
// `orderTies`: the query orders by impact start alone (PostgreSQL's index walk), while SQLite's
// covering index orders rows that share an impact start by the rest of its columns, NULL lowest.
// Such rows are put in that order here, so that everything computed from the order (the
// bootstrap resamples by position) comes out the same on both engines. Shared impact starts
// are rare and few: sorting each run costs nothing measurable.
Result<analytics::IncidentColumns> incidentColumnsThroughQt(const QSqlDatabase &db, const QString &sqlText,
                                                            const QVariantList &binds, qsizetype capacity,
                                                            bool orderTies)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto done = sql::exec(q, sqlText, binds); !done)
        return fail(done.error());
    const auto column = [&q](int c) -> std::optional<qint64> {
        const qint64 v = q.value(c).toLongLong();
        return v < 0 ? std::nullopt : std::optional<qint64>(v);
    };
    const auto tieKey = [](const analytics::IncidentTimes &t) {
        return std::tuple(t.detectedAt, t.acknowledgedAt, t.mitigatedAt, t.resolvedAt, t.severity, t.serviceId, t.isDrill);
    };
    analytics::IncidentColumns out;
    out.reserve(capacity);
    QList<analytics::IncidentTimes> run;   // rows sharing one impact start, not yet appended
    const auto endRun = [&] {
        if (run.size() > 1)
            std::sort(run.begin(), run.end(), [&](const auto &a, const auto &b) { return tieKey(a) < tieKey(b); });
        for (const auto &t : std::as_const(run))
            out.append(t);
        run.clear();
    };
    while (q.next()) {
        analytics::IncidentTimes t;
        t.impactStartedAt = column(0);
        t.detectedAt = column(1);
        t.acknowledgedAt = column(2);
        t.mitigatedAt = column(3);
        t.resolvedAt = column(4);
        t.severity = q.value(5).toInt();
        t.serviceId = q.value(6).toLongLong();
        t.isDrill = q.value(7).toInt() != 0;
        if (!orderTies) {
            out.append(t);
            continue;
        }
        if (!run.isEmpty() && run.first().impactStartedAt != t.impactStartedAt)
            endRun();
        run.append(t);
    }
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    endRun();
    return out;
}

} // namespace

Result<analytics::IncidentColumns> AnalyticsStore::columns(const AnalyticsFilter &filter) const
{
    // A server streams one forward-only query; splitting it would only share the client's
    // one core between two connections' parsing.
    if (m_db.isServer()) {
        return range(filter, 0);
    }
    // Reading rows is most of the time and splits cleanly: the two halves of the time range
    // are read at once, each on its own connection.
    std::optional<qint64> lo = filter.from, hi = filter.to;
    qsizetype rows = 0;
    {
        QSqlQuery q(m_db.connection());
        // Three subqueries: SQLite answers a lone min() or max() from the index, but scans the
        // table for a query with several aggregates.
        if (!q.exec(QStringLiteral("SELECT (SELECT min(impact_started_at) FROM incidents), "
                                   "(SELECT max(impact_started_at) FROM incidents) + 1, (SELECT max(id) FROM incidents)")) ||
            !q.next())
            return fail(q.lastError().text());
        if (q.value(0).isNull())
            return analytics::IncidentColumns();
        lo = lo.value_or(q.value(0).toLongLong());
        hi = hi.value_or(q.value(1).toLongLong());
        rows = qsizetype(q.value(2).toLongLong());  // an upper bound on the rows: room to grow into
    }
    if (*hi - *lo < 2)
        return range(filter, rows);
    const qint64 mid = *lo + (*hi - *lo) / 2;
    AnalyticsFilter first = filter, second = filter;
    first.from = lo;
    first.to = mid;
    second.from = mid;
    second.to = hi;
    std::optional<Result<analytics::IncidentColumns>> later;
    std::thread worker([&] {
        later = range(second, rows / 2 + 1024);
        m_db.releaseThreadConnection();
    });
    auto earlier = range(first, rows);
    worker.join();
    if (!earlier)
        return earlier;
    if (!*later)
        return *later;
    earlier.value().append(later->value());
    return earlier;
}

Result<analytics::IncidentColumns> AnalyticsStore::range(const AnalyticsFilter &f, qsizetype capacity) const
{
    QStringList where{QStringLiteral("impact_started_at IS NOT NULL")};
    QVariantList binds;
    if (f.from) {
        where << QStringLiteral("impact_started_at >= ?");
        binds << *f.from;
    }
    if (f.to) {
        where << QStringLiteral("impact_started_at < ?");
        binds << *f.to;
    }
    if (!f.includeDrills)
        where << QStringLiteral("is_drill = 0");
    if (!f.severities.isEmpty()) {
        QStringList numbers;
        for (int s : f.severities)
            numbers << QString::number(qBound(1, s, 5));
        where << QStringLiteral("severity IN (%1)").arg(numbers.join(QLatin1Char(',')));
    }
    if (!f.services.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.services) {
            marks << QStringLiteral("?");
            binds << s;
        }
        where << QStringLiteral("service_id IN (SELECT id FROM services WHERE name IN (%1))").arg(marks.join(QLatin1Char(',')));
    }
    const auto db = m_db.connection();
    const bool server = sql::isServer(db);
    // The planner prefers the narrower drill index and then reads every wide row; the covering
    // index is a third of the time. Named only when present, so any file still works. (A
    // server has the index and picks it: NULLS FIRST below is the index's order.)
    bool covering = false;
    if (!server) {
        QSqlQuery probe(db);
        covering = probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                             "name = 'incidents_for_analytics'")) && probe.next();
    }
    // NULL arrives as -1 (no instant we store is negative): one call per column instead of two
    // (every sqlite3_column_* call takes the connection's mutex).
    const QString sqlText = QStringLiteral("SELECT impact_started_at, coalesce(detected_at, -1), coalesce(acknowledged_at, -1), "
                                           "coalesce(mitigated_at, -1), coalesce(resolved_at, -1), severity, "
                                           "coalesce(service_id, 0), is_drill FROM incidents ") +
                            (covering ? QStringLiteral("INDEXED BY incidents_for_analytics ") : QString()) +
                            QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                            (server ? QStringLiteral(" ORDER BY impact_started_at NULLS FIRST") : QStringLiteral(" ORDER BY impact_started_at"));

    sqlite3 *raw = server ? nullptr : rawsql::handle(db);
    if (!raw)
        return incidentColumnsThroughQt(db, sqlText, binds, capacity, server);
    auto prepared = rawsql::prepare(raw, sqlText, binds);
    if (!prepared)
        return fail(prepared.error());
    sqlite3_stmt *stmt = prepared.value();
    const auto column = [stmt](int c) -> std::optional<qint64> {
        const qint64 v = sqlite3_column_int64(stmt, c);
        return v < 0 ? std::nullopt : std::optional<qint64>(v);
    };
    analytics::IncidentColumns out;
    out.reserve(capacity);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        analytics::IncidentTimes t;
        t.impactStartedAt = column(0);
        t.detectedAt = column(1);
        t.acknowledgedAt = column(2);
        t.mitigatedAt = column(3);
        t.resolvedAt = column(4);
        t.severity = sqlite3_column_int(stmt, 5);
        t.serviceId = sqlite3_column_int64(stmt, 6);
        t.isDrill = sqlite3_column_int(stmt, 7) != 0;
        out.append(t);  // drills are filtered in SQL unless asked for
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(raw));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(error);
    return out;
}

Result<QHash<qint64, QString>> AnalyticsStore::serviceNames() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM services"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace sitrep
