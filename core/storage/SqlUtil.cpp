#include "storage/SqlUtil.h"

#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sitrep::sql {

Done exec(QSqlQuery &q)
{
    if (q.exec())
        return {};
    return fail(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), q.lastQuery().simplified()));
}

Done exec(QSqlQuery &q, const QString &statement, const QVariantList &binds)
{
    if (!q.prepare(statement))
        return fail(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), statement.simplified()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return exec(q);
}

Done exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return {};
    return fail(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), statement.simplified()));
}

QStringList splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerBegin(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    // Inside a PostgreSQL function's $$ … $$ body, whose statements end in ';' too.
    bool inDollarQuote = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inDollarQuote && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        // A SQLite trigger's body (BEGIN … END;) holds statements; PostgreSQL's CREATE TRIGGER
        // names a function and ends at its ';'.
        const bool triggerBody = inTrigger && current.contains(triggerBegin);
        const bool ends = !inDollarQuote && (triggerBody ? triggerEnd.match(line).hasMatch()
                                                         : trimmed.endsWith(QLatin1Char(';')));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Done deleteById(const QSqlDatabase &db, const char *table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return exec(q);
}

Done deleteOne(const QSqlDatabase &db, const char *table, qint64 id)
{
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto done = deleteById(db, table, id); !done)
        return done;
    return tx.commit();
}

} // namespace sitrep::sql
