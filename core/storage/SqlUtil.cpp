#include "storage/SqlUtil.h"

#include "storage/TeamRoles.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace sitrep::sql {

pg_conn *libpqConnection(const QSqlDatabase &db)
{
    if (!isServer(db) || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt's documentation names the type "PGconn*"; Qt 6 registers it under the struct's own name.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

bool connectionLost(const QSqlDatabase &db)
{
    if (!isServer(db))
        return false;
    PGconn *c = libpqConnection(db);
    return !c || PQstatus(c) == CONNECTION_BAD;
}

Done serverScript(const QSqlDatabase &db, const QByteArray &statements)
{
    PGconn *c = libpqConnection(db);
    if (!c)
        return exec(db, QString::fromUtf8(statements));
    PGresult *r = PQexec(c, statements.constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    QString error;
    if (!ok) {
        const char *sqlState = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        error = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(c)).trimmed();
        if (sqlState)
            error += QStringLiteral(" (%1)").arg(QLatin1String(sqlState));
    }
    PQclear(r);
    if (!ok)
        return fail(QStringLiteral("%1 (in: %2)").arg(error, QString::fromUtf8(statements).simplified()));
    return {};
}

namespace {

// A statement's error for whoever acts on it: a server's refusal of what the connected role may
// not do (SQLSTATE 42501, insufficient_privilege: grants, row-level security) as a sentence
// saying who they are and whom to ask (TeamRoles.h); anything else with the statement, for the log.
QString failure(const QSqlDriver *driver, const QSqlError &error, const QString &statement)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && error.nativeErrorCode() == QLatin1String("42501")) {
        qCInfo(lcStorage).noquote() << "refused:" << error.databaseText() << "in:" << statement.simplified();
        return teamroles::refusal(driver);
    }
    return QStringLiteral("%1 (in: %2)").arg(error.text(), statement.simplified());
}

} // namespace

Done exec(QSqlQuery &q)
{
    if (q.exec())
        return {};
    return fail(failure(q.driver(), q.lastError(), q.lastQuery()));
}

Done exec(QSqlQuery &q, const QString &statement, const QVariantList &binds)
{
    if (!q.prepare(statement))
        return fail(failure(q.driver(), q.lastError(), statement));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return exec(q);
}

Done exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return {};
    return fail(failure(db.driver(), q.lastError(), statement));
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
