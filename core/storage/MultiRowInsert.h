#pragma once
// Many rows into one PostgreSQL table as multi-row `INSERT … VALUES (…), (…), …` statements,
// each run with a plain exec(). QPSQL's prepare + exec is several round trips per row (PREPARE,
// EXECUTE with the values as literals), far too slow for a million rows; one statement of a few
// hundred rows is one round trip and one plan. Text is quoted by the driver's own formatValue()
// (which knows the server's escaping rules), integers are written as digits.
//
// Rows are kept as finished statements until flush(): the caller decides when (all tables in
// foreign-key order, so every row's parents are written before it). This is the bulk path on a
// server when COPY cannot be used (rows/BulkRows.h).

#include "storage/rows/Row.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlField>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep {

class MultiRowInsert
{
public:
    // `table` and `columns` (comma separated) as the INSERT names them; `tail` follows the rows
    // (e.g. " ON CONFLICT DO NOTHING").
    MultiRowInsert(const QSqlDatabase &db, const QString &table, const QString &columns,
                   const QString &tail = {}, int rowsPerStatement = 500);

    // Starts the next row; its values follow in column order.
    MultiRowInsert &row();
    MultiRowInsert &add(qint64 v);
    MultiRowInsert &add(const std::optional<qint64> &v);
    MultiRowInsert &add(const std::optional<int> &v);
    // A null QString is written as '' (as rawsql::Statement binds it): the columns are NOT NULL.
    MultiRowInsert &add(const QString &v);
    // NULL for a null QByteArray, else its UTF-8 text.
    MultiRowInsert &addNullableText(const QByteArray &v);
    MultiRowInsert &add(const rows::Value &v);

    const QString &table() const { return m_table; }
    qsizetype pendingRows() const { return m_pendingRows; }
    // Characters of SQL waiting for flush(): what the caller bounds its memory by.
    qsizetype pendingChars() const { return m_pendingChars + m_current.size(); }
    // Runs every pending statement, in order. On failure the error is the server's; what was
    // pending is dropped either way (the caller's transaction is lost after a failure).
    Done flush();
    // The pending statements, not run: for a caller that sends them along with a statement of
    // its own (as data-modifying WITH queries, one round trip). Nothing stays pending.
    QStringList takeStatements();

private:
    void value(const QString &literal);
    void closeStatement();

    QSqlDatabase m_db;
    QString m_table;
    QString m_head;            // "INSERT INTO t(a, b) VALUES "
    QString m_tail;
    int m_rowsPerStatement;
    QSqlField m_textField;     // reused for formatValue()
    QStringList m_statements;  // finished, not yet run
    QString m_current;         // the statement being filled
    int m_rowsInCurrent = 0;
    bool m_firstValueInRow = true;
    qsizetype m_pendingRows = 0;
    qsizetype m_pendingChars = 0;
};

} // namespace sitrep
