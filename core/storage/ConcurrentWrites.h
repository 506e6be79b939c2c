#pragma once
// What the stores' read–check–write edits need to stay correct with several writers.
//
// SQLite has one writer at a time: Transaction begins IMMEDIATE, so a row read inside it cannot
// change before the commit. PostgreSQL runs transactions side by side (READ COMMITTED): a row
// read with a plain SELECT can be changed and committed by someone else before our UPDATE, which
// would then overwrite their change silently. Reading it with FOR UPDATE locks it until our
// commit: a second writer waits at its own FOR UPDATE and then reads what the first committed,
// so its check refuses instead of winning too.

#include "storage/SqlUtil.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sitrep::sql {

// Appended to a SELECT of the rows an edit is about to check and write, inside its transaction:
// " FOR UPDATE" on PostgreSQL; nothing on SQLite, which has no such clause and needs none.
inline QString forUpdate(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral(" FOR UPDATE") : QString();
}

// Gives `value` (read from q's RETURNING row) and finishes q: on SQLite a statement with RETURNING
// is still running after its row was read, and COMMIT refuses while one is.
inline qint64 finishedWith(QSqlQuery &q, qint64 value)
{
    q.finish();
    return value;
}

// Puts a removed row back (undo): under its old `id` when that is free, else under a new one;
// returns the id it got. One statement decides (ON CONFLICT), so two writers cannot both take the
// id. The same on both engines; only SQLite ever gives a freed id to a new row (it hands the
// highest freed rowid to the next insert), PostgreSQL's identities never do.
inline Result<qint64> insertKeepingId(const QSqlDatabase &db, const char *table, qint64 id,
                                      const QStringList &columns, const QVariantList &values)
{
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    QSqlQuery q(db);
    if (id > 0) {
        QVariantList binds{id};
        binds << values;
        if (auto done = exec(q,
                             QStringLiteral("INSERT INTO %1(id, %2) VALUES (?, %3) ON CONFLICT (id) DO NOTHING RETURNING id")
                                 .arg(QLatin1String(table), columns.join(QStringLiteral(", ")), marks),
                             binds);
            !done)
            return fail(done.error());
        if (q.next())
            return finishedWith(q, q.value(0).toLongLong());
    }
    if (auto done = exec(q,
                         QStringLiteral("INSERT INTO %1(%2) VALUES (%3) RETURNING id")
                             .arg(QLatin1String(table), columns.join(QStringLiteral(", ")), marks),
                         values);
        !done)
        return fail(done.error());
    if (!q.next())
        return fail(QStringLiteral("INSERT INTO %1 returned no id.").arg(QLatin1String(table)));
    return finishedWith(q, q.value(0).toLongLong());
}

// Runs an INSERT … RETURNING id and gives the id (Qt's lastInsertId() is SQLite's only).
inline Result<qint64> insertReturningId(QSqlQuery &q)
{
    if (auto done = exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return fail(QStringLiteral("An INSERT returned no id (in: %1)").arg(q.lastQuery().simplified()));
    return finishedWith(q, q.value(0).toLongLong());
}

} // namespace sitrep::sql
