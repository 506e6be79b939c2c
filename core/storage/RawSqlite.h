#pragma once
// The SQLite C API on a Qt connection's own handle, for the few paths that read or write a
// million rows (PERFORMANCE.md: 2-3x faster than QSqlQuery there). Everything else uses Qt SQL.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <sqlite3.h>

#include <optional>


namespace sitrep::rawsql {

// The connection's sqlite3*, or nullptr when it is not SQLite.
sqlite3 *handle(const QSqlDatabase &db);
// Reads a column of ids. On SQLite through the C API: three times faster than QSqlQuery for a
// million rows, which is most of the time to a big list's first rows.
Result<QList<qint64>> idColumn(const QSqlDatabase &db, const QString &sqlText, const QVariantList &binds);

// Prepares `sqlText` and binds strings as text and everything else as 64-bit integers.
// The caller finalizes the statement.
Result<sqlite3_stmt *> prepare(sqlite3 *db, const QString &sqlText, const QVariantList &binds);

// One prepared statement, bound by position, reset after each step.
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
    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const std::optional<qint64> &v)
    {
        v ? sqlite3_bind_int64(m_stmt, i, *v) : sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement &bind(int i, const std::optional<int> &v)
    {
        v ? sqlite3_bind_int64(m_stmt, i, *v) : sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement &bind(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Text that outlives the statement's next step (string literals).
    Statement &bindStatic(int i, const char *v)
    {
        sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC);
        return *this;
    }
    Statement &bindNullableText(int i, const QByteArray &v)
    {
        v.isNull() ? sqlite3_bind_null(m_stmt, i)
                   : sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Steps a query: true while there is a row (read it with the column helpers, then call
    // done() or step again). Errors are in error().
    bool next() { m_rc = sqlite3_step(m_stmt); return m_rc == SQLITE_ROW; }
    bool failed() const { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    void done()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::optional<qint64> nullableInt64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    // Runs the statement; returns the new row id, or an error.
    Result<qint64> run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return qint64(sqlite3_last_insert_rowid(m_db));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace sitrep::rawsql
