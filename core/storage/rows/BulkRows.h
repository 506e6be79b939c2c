#pragma once
// Many rows of one table through the engine's fastest way in, behind one interface: the bulk
// writer (demo, import) and the database copy both write through it, with rows from the tables'
// one mappings (Row.h) or, for the copy, the catalogue's columns.
//
// - SQLite: one prepared INSERT stepped through the C API on the connection's own handle
//   (RawSqlite.h; Qt SQL when that handle is not ours). Each add() writes its row at once and
//   gives its rowid.
// - PostgreSQL: COPY … FROM STDIN through libpq on QPSQL's own connection, so it runs inside the
//   transaction Qt opened: all or nothing. Rows are gathered as COPY text and sent by flush();
//   a failed COPY aborts that transaction (the caller rolls it back). When QPSQL's handle is not
//   a PGconn (another driver build), multi-row INSERTs (MultiRowInsert.h) instead: slower, same
//   rows. On a server the caller gives the ids (an "id" column taken from the identity).

#include "storage/rows/Row.h"

#include <memory>

namespace sitrep::rows {

class BulkRows
{
public:
    // `columns` in the order add() gives values.
    static Result<std::unique_ptr<BulkRows>> open(const QSqlDatabase &db, const QString &table,
                                                  const QStringList &columns);
    virtual ~BulkRows() = default;

    const QString &table() const { return m_table; }
    // SQLite: writes the row now and gives its rowid. PostgreSQL: gathers it for flush(), gives 0.
    virtual Result<qint64> add(const Values &row) = 0;
    // Gathered and not yet sent (PostgreSQL): what a caller bounds its memory by.
    virtual qsizetype pendingBytes() const { return 0; }
    virtual qsizetype pendingRows() const { return 0; }
    // Sends the gathered rows. On failure the error is the server's, and the caller's transaction
    // is lost; what was gathered is dropped either way.
    virtual Done flush() { return {}; }
    // Like flush(), but returns once the rows are sent, while the server still takes them
    // (PostgreSQL's COPY): the caller does its own work meanwhile and calls settle() before
    // anything else uses the connection. settle() gives the outcome.
    virtual Done flushWithoutWaiting() { return flush(); }
    virtual Done settle() { return {}; }

    // The same in steps, for a caller that keeps several tables' rows moving on one connection
    // (BulkWriter): takeGathered() hands over what is gathered, sendGathered() sends it without
    // waiting, isSettled() says without blocking whether the server has taken it (then settle()
    // does not wait). Only where pipelines() (COPY); elsewhere flush() is the way.
    virtual bool pipelines() const { return false; }
    virtual QByteArray takeGathered() { return {}; }
    virtual Done sendGathered(const QByteArray &) { return {}; }
    virtual bool isSettled() { return true; }
    // How rows go in ("SQLite C API", "COPY", …), for benchmarks and logs.
    virtual const char *path() const = 0;

protected:
    explicit BulkRows(QString table) : m_table(std::move(table)) {}

private:
    QString m_table;
};

// Tests and benchmarks: PostgreSQL takes the multi-row INSERT path instead of COPY (also when the
// environment has SITREP_BULK_PATH=insert), to compare the two on the same data.
void forceMultiRowInsert(bool on);

} // namespace sitrep::rows
