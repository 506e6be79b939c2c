#include "storage/ChangeLog.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <cstring>


namespace sitrep::changelog {

namespace {

// The columns every writer of the log fills in (0009_change_log.sql's triggers write the same).
QString now(bool server)
{
    return server ? QStringLiteral("floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint")
                  : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

QString xact(bool server)
{
    return server ? QStringLiteral("pg_current_xact_id()::text::bigint") : QStringLiteral("0");
}

QString actor(bool server)
{
    return server ? QStringLiteral("current_user") : QStringLiteral("''");
}

QString number(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("NULL");
}

// The statement that writes rows (table, action, row, incident as SQL literals) into the log
// and, on a server, gives the transaction its place in line and wakes the listeners.
struct LogRow
{
    QString table, action, row, incident;
};

QString logged(bool server, const QList<LogRow> &rows)
{
    QStringList values;
    for (const LogRow &r : rows)
        values << QStringLiteral("(%1, %2, '%3', '%4', %5, %6, %7)")
                      .arg(xact(server), now(server), r.table, r.action, r.row, r.incident, actor(server));
    const QString insert = QStringLiteral("INSERT INTO change_log(xact, changed_at, table_name, action, row_id, incident_id, actor) VALUES ") +
                           values.join(QLatin1Char(','));
    if (!server)
        return insert;
    return QStringLiteral("WITH logged AS (%1), pending AS (INSERT INTO change_pending(xact) VALUES (%2) ON CONFLICT DO NOTHING) "
                          "SELECT pg_notify('sitrep_changes', '')")
        .arg(insert, xact(server));
}

// A file's pause is a row, which must not be committed. A server's setting ends with the
// transaction by itself, and nothing is logged after the writers that paused say what they did.
Done unpause(const QSqlDatabase &db)
{
    if (sql::isServer(db))
        return {};
    return sql::exec(db, QStringLiteral("DELETE FROM change_log_pause"));
}

} // namespace

bool isLogTable(const QString &table)
{
    return table == QLatin1String("change_log") || table == QLatin1String("change_log_pause") ||
           table == QLatin1String("change_commits") || table == QLatin1String("change_pending");
}

Done pause(const QSqlDatabase &db)
{
    // A server: a setting of this transaction's, read by the triggers' WHEN (cheaper than a
    // query per statement, and gone at the transaction's end).
    return sql::exec(db, sql::isServer(db) ? QStringLiteral("SELECT set_config('sitrep.log_paused', 'on', true)")
                                           : QString::fromLatin1(pauseStatement));
}

Done endBulkLoad(const QSqlDatabase &db)
{
    const bool server = sql::isServer(db);
    if (auto done = unpause(db); !done)
        return done;
    // One row that stands for all: table '*', action 'load'.
    return sql::exec(db, logged(server, {{QStringLiteral("*"), QStringLiteral("load"), QStringLiteral("NULL"), QStringLiteral("NULL")}}));
}

void add(QList<Summary> &summaries, const char *table, const char *action, std::optional<qint64> incidentId,
         std::optional<qint64> rowId)
{
    const auto same = [](const char *a, const char *b) { return a == b || std::strcmp(a, b) == 0; };
    // The newest first: a request's writes come in runs of the same kind.
    for (qsizetype i = summaries.size() - 1; i >= 0; --i) {
        Summary &s = summaries[i];
        if (s.incidentId == incidentId && same(s.table, table) && same(s.action, action)) {
            if (s.rowId != rowId)
                s.rowId.reset();   // several rows
            return;
        }
    }
    summaries.append({table, action, incidentId, rowId});
}

namespace {

QList<LogRow> logRows(const QList<Summary> &summaries)
{
    // Table and action are our own names: literals as they are.
    QList<LogRow> rows;
    for (const Summary &s : summaries)
        rows.append({QLatin1String(s.table), QLatin1String(s.action), number(s.rowId), number(s.incidentId)});
    return rows;
}

} // namespace

Done resume(const QSqlDatabase &db, const QList<Summary> &summaries)
{
    if (auto done = unpause(db); !done)
        return done;
    if (summaries.isEmpty())
        return {};
    return sql::exec(db, logged(sql::isServer(db), logRows(summaries)));
}

QByteArray serverResumeStatement(const QList<Summary> &summaries)
{
    return summaries.isEmpty() ? QByteArray() : logged(true, logRows(summaries)).toUtf8();
}

Result<qint64> prune(const QSqlDatabase &db, qint64 before)
{
    const auto scalarOf = [&db](const QString &statement, qint64 bind, bool bound) -> std::optional<qint64> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(statement);
        if (bound)
            q.addBindValue(bind);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    auto lo = scalarOf(QStringLiteral("SELECT min(id) FROM change_log"), 0, false);
    auto hi = scalarOf(QStringLiteral("SELECT max(id) FROM change_log"), 0, false);
    if (!lo || !hi)
        return qint64(0);
    // The first id at or after `before`: ids may have gaps, so each probe takes the next row.
    qint64 low = *lo, high = *hi + 1;
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        auto at = scalarOf(QStringLiteral("SELECT changed_at FROM change_log WHERE id >= ? ORDER BY id LIMIT 1"), mid, true);
        if (at && *at < before)
            low = mid + 1;
        else
            high = mid;
    }
    if (low <= *lo)
        return qint64(0);
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM change_log WHERE id < ?"));
    q.addBindValue(low);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    const qint64 removed = q.numRowsAffected();
    // A server's commit positions whose changes are all gone.
    if (sql::isServer(db))
        if (auto done = sql::exec(db, QStringLiteral("DELETE FROM change_commits k WHERE NOT EXISTS "
                                                     "(SELECT 1 FROM change_log c WHERE c.xact = k.xact)"));
            !done)
            return fail(done.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return removed;
}

Done alertsMoved(const QSqlDatabase &db, std::optional<qint64> incidentId, const QList<qint64> &alertIds)
{
    if (sql::isServer(db) || alertIds.isEmpty())
        return {};
    QList<Summary> rows;
    for (qint64 id : alertIds)
        add(rows, "alerts", "update", incidentId, id);
    return sql::exec(db, logged(false, logRows(rows)));
}

} // namespace sitrep::changelog
