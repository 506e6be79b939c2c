#pragma once
// The SQLite C API on a Qt connection's own handle, for the few paths that read or write a
// million rows (measured: a million-row insert runs at ~570k rows/s through the C API and ~240k
// through QSqlQuery's binds, each of which builds and hashes a placeholder string). Everything
// else uses Qt SQL.
//
// The handle belongs to the SQLite inside Qt's QSQLITE driver, and we call it with the SQLite we
// link. That is only defined when both are the same library: Qt's own installers build the
// driver with a bundled copy, which may be another version or have other compile options (and
// so another layout of `sqlite3`). handle() checks that once per process and, on a mismatch,
// returns nullptr; every caller then takes the Qt SQL path or says what is wrong.

#include "util/Result.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <sqlite3.h>

#include <optional>


namespace sitrep::rawsql {

// The connection's sqlite3*, or nullptr when it is not SQLite, not open, or Qt's driver runs
// another SQLite than the one we link (see above).
sqlite3 *handle(const QSqlDatabase &db);
// Why handle() gives no handle for this connection, as a sentence for the user (empty when it
// gives one).
QString noHandleReason(const QSqlDatabase &db);
// Tests: makes handle() return nullptr, so that the Qt SQL paths run.
void forceQtSqlForTesting(bool on);
// The check behind handle(): empty when Qt's SQLite (as its driver reports it) is the one we
// link, else what differs, for the user.
QString libraryMismatch(const QString &qtSourceId, const QString &qtVersion, const QStringList &qtCompileOptions);

// Reads a column of ids. On SQLite through the C API: three times faster than QSqlQuery for a
// million rows, which is most of the time to a big list's first rows.
Result<QList<qint64>> idColumn(const QSqlDatabase &db, const QString &sqlText, const QVariantList &binds);

// Prepares `sqlText` and binds strings as text and everything else as 64-bit integers.
// The caller finalizes the statement.
Result<sqlite3_stmt *> prepare(sqlite3 *db, const QString &sqlText, const QVariantList &binds);

// One prepared statement, bound by position, reset after each step. Prepared on an sqlite3*
// it runs on the C API; prepared on a QSqlDatabase it runs on the C API when handle() gives
// one and on a QSqlQuery otherwise (slower, same results).
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        m_db = db;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    bool prepare(const QSqlDatabase &db, const char *sql)
    {
        if (sqlite3 *raw = handle(db))
            return prepare(raw, sql);
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        QString text = QString::fromUtf8(sql);
        // SQLite's numbered parameters (?1, ?2, …, each bound once and usable many times) are
        // PostgreSQL's $1, $2, …; bind(i, …) binds the i-th on either.
        m_server = db.driverName() == QLatin1String("QPSQL");
        if (m_server)
            text.replace(numberedParameter(), QStringLiteral("$\\1"));
        return m_query->prepare(text);
    }
    // Why prepare() failed: the statement's own error.
    QString prepareError() const
    {
        return m_query ? m_query->lastError().text() : QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    Statement &bind(int i, qint64 v)
    {
        m_query ? m_query->bindValue(i - 1, v) : void(sqlite3_bind_int64(m_stmt, i, v));
        return *this;
    }
    Statement &bind(int i, const std::optional<qint64> &v)
    {
        if (m_query)
            m_query->bindValue(i - 1, v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>()));
        else
            v ? sqlite3_bind_int64(m_stmt, i, *v) : sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement &bind(int i, const std::optional<int> &v)
    {
        return bind(i, v ? std::optional<qint64>(*v) : std::optional<qint64>());
    }
    Statement &bind(int i, const QString &v)
    {
        if (m_query) {
            // A null QString would bind as NULL; the C API path binds it as ''.
            m_query->bindValue(i - 1, v.isNull() ? QStringLiteral("") : v);
            return *this;
        }
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Text that outlives the statement's next step (string literals).
    Statement &bindStatic(int i, const char *v)
    {
        m_query ? m_query->bindValue(i - 1, QString::fromUtf8(v))
                : void(sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC));
        return *this;
    }
    Statement &bindNullableText(int i, const QByteArray &v)
    {
        if (m_query)
            m_query->bindValue(i - 1, v.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(v)));
        else
            v.isNull() ? sqlite3_bind_null(m_stmt, i)
                       : sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Steps a query: true while there is a row (read it with the column helpers, then call
    // done() or step again). Errors are in error().
    bool next()
    {
        if (m_query) {
            if (!m_executed) {
                m_executed = true;
                m_rc = m_query->exec() ? SQLITE_OK : SQLITE_ERROR;
                if (m_rc != SQLITE_OK) {
                    m_error = m_query->lastError().text();
                    return false;
                }
            }
            return m_query->next();
        }
        m_rc = sqlite3_step(m_stmt);
        if (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return m_rc == SQLITE_ROW;
    }
    bool failed() const { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != SQLITE_OK; }
    // The error of the step that failed, read when it failed.
    const QString &error() const { return m_error; }
    void done()
    {
        if (m_query) {
            m_query->finish();
            m_executed = false;
            return;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 int64(int column) const
    {
        return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_stmt, column);
    }
    bool isNull(int column) const
    {
        return m_query ? m_query->isNull(column) : sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    std::optional<qint64> nullableInt64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    QString text(int column) const
    {
        if (m_query)
            return m_query->value(column).toString();
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    // Runs the statement; returns the new row id, or the statement's error. PostgreSQL has no
    // last insert id: an INSERT that needs its id says RETURNING id, whose value this returns.
    Result<qint64> run()
    {
        if (m_query) {
            if (!m_query->exec())
                return fail(m_query->lastError().text());
            // Not lastInsertId() on PostgreSQL: QPSQL answers it with SELECT lastval(), which
            // fails, and so aborts the transaction, in a session that has used no sequence yet.
            const qint64 id = m_query->isSelect() ? (m_query->next() ? m_query->value(0).toLongLong() : 0)
                              : m_server          ? 0
                                                  : m_query->lastInsertId().toLongLong();
            m_query->finish();
            return id;
        }
        const int rc = sqlite3_step(m_stmt);
        // Read before the reset, from this statement's failure.
        const QString error = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return fail(error);
        return qint64(sqlite3_last_insert_rowid(m_db));
    }

private:
    static const QRegularExpression &numberedParameter()
    {
        static const QRegularExpression pattern(QStringLiteral("\\?(\\d+)"));
        return pattern;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;   // the Qt SQL path
    bool m_server = false;              // m_query runs on PostgreSQL
    bool m_executed = false;
    int m_rc = SQLITE_OK;
    QString m_error;
};

} // namespace sitrep::rawsql
