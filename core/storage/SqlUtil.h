#pragma once
// Small helpers shared by the stores: running statements and mapping NULLs.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

struct pg_conn;

namespace sitrep::sql {

// True on a PostgreSQL connection (QPSQL). The stores run the same SQL on both engines; where
// the engines differ (full-text search, fast paths, a few functions) they ask this.
inline bool isServer(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }

// QPSQL's own libpq connection, or nullptr (not a server, or a driver that hides it). Qt's
// documented way to reach it is QSqlDriver::handle(); Qt's driver and Sitrep load the same
// libpq, so it is ours to use on the connection's thread, between Qt's statements.
pg_conn *libpqConnection(const QSqlDatabase &db);
// True when a server's connection is gone (the server restarted, a failover, a cut network):
// only a new connection can go on. Never on a file.
bool connectionLost(const QSqlDatabase &db);
// Runs several statements in one round trip on a server (libpq's simple query: they stop at the
// first that fails, whose error is returned). For statements whose results nobody reads.
Done serverScript(const QSqlDatabase &db, const QByteArray &statements);

// Runs a prepared query; the error names the statement for whoever reads the log.
Done exec(QSqlQuery &q);
Done exec(const QSqlDatabase &db, const QString &statement);
// Prepares `statement` on `q`, binds `binds` by position and runs it.
Done exec(QSqlQuery &q, const QString &statement, const QVariantList &binds);

// A null QString binds as SQL NULL; NOT NULL text columns want the empty string instead.
inline QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

inline QVariant nullable(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
inline QVariant nullable(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }

template <typename T>
std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

// Deletes one row by id, in the caller's transaction.
Done deleteById(const QSqlDatabase &db, const char *table, qint64 id);
// Deletes one row by id in a transaction of its own.
Done deleteOne(const QSqlDatabase &db, const char *table, qint64 id);

// Splits a migration script into statements: each ends with ';' at the end of a line, except
// inside a SQLite trigger's BEGIN … END (ends with a line 'END;') and inside a PostgreSQL
// function's $$ … $$ body. '--' comment lines outside a body are dropped.
QStringList splitStatements(const QString &script);

} // namespace sitrep::sql
