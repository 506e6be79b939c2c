#include "storage/rows/BulkRows.h"

#include "storage/MultiRowInsert.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
#include "storage/TableCatalogue.h"
#include "util/Log.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <charconv>
#include <optional>

namespace sitrep::rows {

namespace {

std::atomic<bool> multiRowForced{false};

bool multiRowWanted()
{
    static const bool fromEnvironment = qgetenv("SITREP_BULK_PATH") == "insert";
    return fromEnvironment || multiRowForced.load();
}

QString columnList(const QStringList &columns)
{
    QStringList names;
    for (const QString &c : columns)
        names << tablecatalogue::quoted(c);
    return names.join(QLatin1Char(','));
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    PGconn *c = sql::libpqConnection(db);
    if (!c && db.driver())
        qCWarning(lcStorage).noquote() << "COPY is not available (the driver's handle is a" << db.driver()->handle().typeName()
                                       << "); bulk rows go in as multi-row INSERTs.";
    return c;
}

// ---- SQLite ------------------------------------------------------------------------------

class SqliteRows final : public BulkRows
{
public:
    SqliteRows(const QString &table, int columns) : BulkRows(table), m_columns(columns) {}
    ~SqliteRows() override { sqlite3_finalize(m_stmt); }

    Done prepare(const QSqlDatabase &db, const QString &insert)
    {
        if (sqlite3 *raw = rawsql::handle(db)) {
            m_raw = raw;
            if (sqlite3_prepare_v3(raw, insert.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
                return fail(QStringLiteral("%1 (in: %2)").arg(QString::fromUtf8(sqlite3_errmsg(raw)), insert));
            return {};
        }
        m_query.emplace(db);
        if (!m_query->prepare(insert))
            return fail(QStringLiteral("%1 (in: %2)").arg(m_query->lastError().text(), insert));
        return {};
    }

    Result<qint64> add(const Values &row) override
    {
        if (m_query) {
            for (int i = 0; i < m_columns; ++i)
                m_query->bindValue(i, toVariant(row[i]));
            if (!m_query->exec())
                return fail(m_query->lastError().text());
            return m_query->lastInsertId().toLongLong();
        }
        for (int i = 0; i < m_columns; ++i) {
            const Value &v = row[i];
            const int at = i + 1;
            switch (v.index()) {
            case 1:
                sqlite3_bind_int64(m_stmt, at, std::get<qint64>(v));
                break;
            case 2:
                sqlite3_bind_double(m_stmt, at, std::get<double>(v));
                break;
            case 3: {
                const QByteArray utf8 = std::get<QString>(v).toUtf8();
                sqlite3_bind_text(m_stmt, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                break;
            }
            default:
                sqlite3_bind_null(m_stmt, at);
            }
        }
        const int rc = sqlite3_step(m_stmt);
        // Read before the reset, from this statement's failure.
        const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_raw));
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return fail(error);
        return qint64(sqlite3_last_insert_rowid(m_raw));
    }

    const char *path() const override { return m_query ? "Qt SQL" : "SQLite C API"; }

private:
    int m_columns;
    sqlite3 *m_raw = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
};

// ---- PostgreSQL: COPY --------------------------------------------------------------------

// The server's message for a failed result, with its detail and where in the COPY it was.
QString resultError(const PGresult *r, PGconn *c)
{
    if (!r)
        return QString::fromUtf8(PQerrorMessage(c)).trimmed();
    QString text = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
    if (text.isEmpty())
        return QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    if (const char *detail = PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL))
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
    if (const char *context = PQresultErrorField(r, PG_DIAG_CONTEXT))
        text += QStringLiteral(" [%1]").arg(QString::fromUtf8(context).trimmed());
    return text;
}

// Reads the results libpq still holds for this connection, so that it is idle for the next
// statement (Qt's or ours).
void drain(PGconn *c)
{
    while (PGresult *r = PQgetResult(c))
        PQclear(r);
}

class CopyRows final : public BulkRows
{
public:
    CopyRows(const QString &table, const QStringList &columns, PGconn *c)
        : BulkRows(table),
          m_connection(c),
          m_statement(QStringLiteral("COPY %1(%2) FROM STDIN").arg(tablecatalogue::quoted(table), columnList(columns)).toUtf8()),
          m_columns(int(columns.size()))
    {
    }

    Result<qint64> add(const Values &row) override
    {
        for (int i = 0; i < m_columns; ++i) {
            if (i)
                m_buffer += '\t';
            const Value &v = row[i];
            switch (v.index()) {
            case 1: {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, std::get<qint64>(v)).ptr;
                m_buffer.append(digits, end - digits);
                break;
            }
            case 2:
                m_buffer += QByteArray::number(std::get<double>(v), 'g', 17);
                break;
            case 3:
                appendText(std::get<QString>(v));
                break;
            default:
                m_buffer += "\\N";
            }
        }
        m_buffer += '\n';
        ++m_rows;
        return qint64(0);
    }

    qsizetype pendingBytes() const override { return m_buffer.size(); }
    qsizetype pendingRows() const override { return m_rows; }

    Done flush() override
    {
        if (auto done = flushWithoutWaiting(); !done)
            return done;
        return settle();
    }

    Done flushWithoutWaiting() override
    {
        if (auto done = settle(); !done)
            return done;
        if (m_rows == 0)
            return {};
        return sendGathered(takeGathered());
    }

    bool pipelines() const override { return true; }

    QByteArray takeGathered() override
    {
        QByteArray data;
        data.swap(m_buffer);
        m_rows = 0;
        m_buffer.reserve(data.capacity());
        return data;
    }

    Done sendGathered(const QByteArray &data) override
    {
        if (auto done = settle(); !done)
            return done;
        if (data.isEmpty())
            return {};
        PGconn *c = m_connection;
        drain(c);
        PGresult *r = PQexec(c, m_statement.constData());
        if (PQresultStatus(r) != PGRES_COPY_IN) {
            const QString error = resultError(r, c);
            PQclear(r);
            drain(c);
            return fail(error);
        }
        PQclear(r);
        // Blocking connection (QPSQL's): libpq sends it all, waiting as the server reads.
        if (PQputCopyData(c, data.constData(), int(data.size())) != 1) {
            const QString error = QString::fromUtf8(PQerrorMessage(c)).trimmed();
            PQputCopyEnd(c, "the client could not send the rows");
            drain(c);
            return fail(error);
        }
        if (PQputCopyEnd(c, nullptr) != 1) {
            const QString error = QString::fromUtf8(PQerrorMessage(c)).trimmed();
            drain(c);
            return fail(error);
        }
        m_awaiting = true;
        return {};
    }

    // Reads what the server has answered so far, without blocking.
    bool isSettled() override
    {
        if (!m_awaiting)
            return true;
        if (PQconsumeInput(m_connection) == 0)
            return true;   // a broken connection: settle() reports it
        return PQisBusy(m_connection) == 0;
    }

    // Waits for the server to take the rows sent; its verdict.
    Done settle() override
    {
        if (!m_awaiting)
            return {};
        m_awaiting = false;
        PGconn *c = m_connection;
        PGresult *r = PQgetResult(c);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString error = ok ? QString() : resultError(r, c);
        PQclear(r);
        drain(c);
        if (!ok)
            return fail(error);
        return {};
    }

    const char *path() const override { return "COPY"; }

private:
    // COPY's text format: backslash, newline, carriage return and tab are escaped; everything
    // else goes as it is (the connection's client encoding is UTF-8, QPSQL sets it).
    void appendText(const QString &s)
    {
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + m_encoder.requiredSpace(s.size()));
        char *end = m_encoder.appendToBuffer(m_buffer.data() + start, s);
        m_buffer.resize(end - m_buffer.constData());
        const char *p = m_buffer.constData() + start;
        const char *stop = m_buffer.constData() + m_buffer.size();
        for (; p < stop; ++p)
            if (*p == '\\' || *p == '\n' || *p == '\r' || *p == '\t')
                break;
        if (p == stop)
            return;
        // Rare: rewrite the value from the first character that needs a backslash.
        const QByteArray tail(p, stop - p);
        m_buffer.truncate(p - m_buffer.constData());
        for (char ch : tail) {
            switch (ch) {
            case '\\': m_buffer += "\\\\"; break;
            case '\n': m_buffer += "\\n"; break;
            case '\r': m_buffer += "\\r"; break;
            case '\t': m_buffer += "\\t"; break;
            default: m_buffer += ch;
            }
        }
    }

    PGconn *m_connection;
    QByteArray m_statement;
    int m_columns;
    QByteArray m_buffer;
    qsizetype m_rows = 0;
    bool m_awaiting = false;   // a COPY sent whose result is not read yet
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

// ---- PostgreSQL without libpq's handle: multi-row INSERTs -----------------------------------

class InsertRows final : public BulkRows
{
public:
    InsertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : BulkRows(table), m_insert(db, tablecatalogue::quoted(table), columnList(columns)), m_columns(int(columns.size()))
    {
    }

    Result<qint64> add(const Values &row) override
    {
        m_insert.row();
        for (int i = 0; i < m_columns; ++i)
            m_insert.add(row[i]);
        return qint64(0);
    }
    qsizetype pendingBytes() const override { return 2 * m_insert.pendingChars(); }
    qsizetype pendingRows() const override { return m_insert.pendingRows(); }
    Done flush() override { return m_insert.flush(); }
    const char *path() const override { return "multi-row INSERT"; }

private:
    MultiRowInsert m_insert;
    int m_columns;
};

} // namespace

void forceMultiRowInsert(bool on) { multiRowForced = on; }

Result<std::unique_ptr<BulkRows>> BulkRows::open(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    if (sql::isServer(db)) {
        PGconn *c = multiRowWanted() ? nullptr : pgConnection(db);
        if (c)
            return std::unique_ptr<BulkRows>(std::make_unique<CopyRows>(table, columns, c));
        return std::unique_ptr<BulkRows>(std::make_unique<InsertRows>(db, table, columns));
    }
    auto rows = std::make_unique<SqliteRows>(table, int(columns.size()));
    const QString insert = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                               .arg(tablecatalogue::quoted(table), columnList(columns),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    if (auto done = rows->prepare(db, insert); !done)
        return fail(done.error());
    return std::unique_ptr<BulkRows>(std::move(rows));
}

} // namespace sitrep::rows
