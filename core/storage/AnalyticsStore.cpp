#include "storage/AnalyticsStore.h"

#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace sitrep {

Result<QList<analytics::IncidentTimes>> AnalyticsStore::incidents(const AnalyticsFilter &f) const
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
    // The planner prefers the narrower drill index and then reads every wide row; the covering
    // index is a third of the time. Named only when present, so any file still works.
    QSqlQuery probe(db);
    const bool covering = probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                                    "name = 'incidents_for_analytics'")) && probe.next();
    const QString sqlText = QStringLiteral("SELECT impact_started_at, detected_at, acknowledged_at, mitigated_at, "
                                           "resolved_at, severity, coalesce(service_id, 0), is_drill FROM incidents ") +
                            (covering ? QStringLiteral("INDEXED BY incidents_for_analytics ") : QString()) +
                            QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                            QStringLiteral(" ORDER BY impact_started_at");

    sqlite3 *raw = rawsql::handle(db);
    if (!raw)
        return fail(QStringLiteral("analytics need SQLite"));
    auto prepared = rawsql::prepare(raw, sqlText, binds);
    if (!prepared)
        return fail(prepared.error());
    sqlite3_stmt *stmt = prepared.value();
    const auto column = [stmt](int c) -> std::optional<qint64> {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_int64(stmt, c);
    };
    QList<analytics::IncidentTimes> out;
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
        out.append(t);
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
