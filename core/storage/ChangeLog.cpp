#include "storage/ChangeLog.h"

#include "storage/SqlUtil.h"

namespace sitrep::changelog {

bool isLogTable(const QString &table)
{
    return table == QLatin1String("change_log") || table == QLatin1String("change_log_pause") ||
           table == QLatin1String("change_commits") || table == QLatin1String("change_pending");
}

Done pauseForBulkLoad(const QSqlDatabase &db)
{
    return sql::exec(db, QStringLiteral("INSERT INTO change_log_pause(paused) VALUES (1) ON CONFLICT DO NOTHING"));
}

Done endBulkLoad(const QSqlDatabase &db)
{
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM change_log_pause")); !done)
        return done;
    // The same columns the triggers write (0009_change_log.sql), for one row that stands for all.
    const QString row = sql::isServer(db)
        ? QStringLiteral("INSERT INTO change_log(xact, changed_at, table_name, action, actor) VALUES "
                         "(pg_current_xact_id()::text::bigint, floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, "
                         "'*', 'load', current_user)")
        : QStringLiteral("INSERT INTO change_log(changed_at, table_name, action) VALUES "
                         "(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), '*', 'load')");
    if (auto done = sql::exec(db, row); !done)
        return done;
    if (!sql::isServer(db))
        return {};
    // The transaction's place in line, as the triggers note it.
    if (auto done = sql::exec(db, QStringLiteral("INSERT INTO change_pending(xact) VALUES (pg_current_xact_id()::text::bigint) "
                                                 "ON CONFLICT DO NOTHING")); !done)
        return done;
    return sql::exec(db, QStringLiteral("SELECT pg_notify('sitrep_changes', '')"));
}

} // namespace sitrep::changelog
