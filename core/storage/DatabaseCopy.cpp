#include "storage/DatabaseCopy.h"

#include "storage/ChangeLog.h"

#include "storage/Database.h"
#include "storage/IncidentNumbers.h"
#include "storage/ReadOnlyFilePeek.h"
#include "storage/Migrator.h"
#include "storage/RawSqlite.h"
#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/TableCatalogue.h"
#include "storage/rows/BulkRows.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <optional>

namespace sitrep {

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

// The meta keys the PostgreSQL migrator writes for the database itself (a file keeps them in
// pragmas), and the team whose roles it grants to (TeamRoles.h): each end keeps its own.
const QString migratorKeys = QStringLiteral("('schema_version', 'application_id', 'team_roles')");

// How often progress is reported within a table.
constexpr qint64 progressEvery = 5000;

QString errorOf(const QSqlQuery &q)
{
    return serverError(q.lastError());
}

using namespace tablecatalogue;

bool skipsEmptinessCheck(const QString &table)
{
    // Written by the migrations and rebuilt by the copy; never the user's content.
    return table == QLatin1String("meta") || table == QLatin1String("counters");
}

// The rows a freshly migrated database starts with (seed rows such as the default intake rule
// and the severity map), per table, each row as text, sorted.
using SeedRows = QHash<QString, QList<QStringList>>;

Result<SeedRows> readSeedRows(const QSqlDatabase &fresh, const QList<Table> &tables)
{
    SeedRows seeds;
    for (const Table &t : tables) {
        if (skipsEmptinessCheck(t.name))
            continue;
        QStringList columns;
        for (const QString &col : t.columns)
            columns << quoted(col);
        auto r = textRows(fresh, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), quoted(t.name)),
                      int(t.columns.size()));
        if (!r)
            return fail(r.error());
        if (r->isEmpty())
            continue;
        QList<QStringList> sorted = *r;
        std::sort(sorted.begin(), sorted.end());
        seeds.insert(t.name, sorted);
    }
    return seeds;
}

// The first table of `db` that holds more than a fresh database does, with its row count.
Result<std::optional<QPair<QString, qint64>>> firstContent(const QSqlDatabase &db, const QList<Table> &tables,
                                                           const SeedRows &seeds)
{
    using Found = std::optional<QPair<QString, qint64>>;
    for (const Table &t : tables) {
        if (skipsEmptinessCheck(t.name))
            continue;
        auto count = textRows(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.name)), 1);
        if (!count)
            return fail(count.error());
        const qint64 n = count->isEmpty() ? 0 : count->constFirst().constFirst().toLongLong();
        if (n == 0)
            continue;
        const auto seed = seeds.constFind(t.name);
        if (seed != seeds.cend() && seed->size() == n) {
            QStringList columns;
            for (const QString &col : t.columns)
                columns << quoted(col);
            auto r = textRows(db, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), quoted(t.name)),
                          int(t.columns.size()));
            if (r) {
                QList<QStringList> sorted = *r;
                std::sort(sorted.begin(), sorted.end());
                if (sorted == *seed)
                    continue;
            }
        }
        return Found(qMakePair(t.name, n));
    }
    return Found();
}

// Reads a table's rows from the source: on SQLite through the C API, else through Qt SQL (on
// PostgreSQL a forward-only query, which QPSQL streams row by row).
class RowReader
{
public:
    ~RowReader() { sqlite3_finalize(m_stmt); }

    Done start(const QSqlDatabase &db, const QString &sqlText)
    {
        if (sqlite3 *raw = rawsql::handle(db)) {
            m_raw = raw;
            if (sqlite3_prepare_v2(raw, sqlText.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
                return fail(QStringLiteral("%1 (in: %2)").arg(QString::fromUtf8(sqlite3_errmsg(raw)), sqlText));
            m_columns = sqlite3_column_count(m_stmt);
            return {};
        }
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        if (!m_query->exec(sqlText))
            return fail(QStringLiteral("%1 (in: %2)").arg(errorOf(*m_query), sqlText));
        m_columns = m_query->record().count();
        return {};
    }

    // Fills `row`; false at the end or on an error (error() says which).
    bool next(rows::Values &row)
    {
        row.resize(m_columns);
        if (m_query) {
            if (!m_query->next()) {
                if (m_query->lastError().isValid())
                    m_error = errorOf(*m_query);
                return false;
            }
            for (int i = 0; i < m_columns; ++i)
                row[i] = m_query->isNull(i) ? rows::Value() : rows::fromVariant(m_query->value(i));
            return true;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_raw));
            return false;
        }
        for (int i = 0; i < m_columns; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                row[i] = qint64(sqlite3_column_int64(m_stmt, i));
                break;
            case SQLITE_FLOAT:
                row[i] = sqlite3_column_double(m_stmt, i);
                break;
            case SQLITE_TEXT:
            case SQLITE_BLOB:   // no column holds bytes: a blob a hand-edited file holds goes as text
                row[i] = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                           sqlite3_column_bytes(m_stmt, i));
                break;
            default:
                row[i] = rows::Value();
            }
        }
        return true;
    }
    const QString &error() const { return m_error; }

private:
    sqlite3 *m_raw = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
    int m_columns = 0;
    QString m_error;
};

// What the writer gathers before it sends (PostgreSQL's COPY): memory stays flat, and each COPY
// carries tens of thousands of rows.
constexpr qsizetype flushBytes = 8 * 1024 * 1024;

QString selectAll(const Table &t)
{
    QStringList columns, key;
    for (const QString &col : t.columns)
        columns << quoted(col);
    for (const QString &col : t.primaryKey)
        key << quoted(col);
    QString text = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), quoted(t.name));
    if (t.name == QLatin1String("meta"))
        text += QStringLiteral(" WHERE key NOT IN ") + migratorKeys;
    if (!key.isEmpty())
        text += QStringLiteral(" ORDER BY ") + key.join(QLatin1Char(','));
    return text;
}

Result<qint64> countRows(const QSqlDatabase &db, const Table &t)
{
    QString text = QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.name));
    if (t.name == QLatin1String("meta"))
        text += QStringLiteral(" WHERE key NOT IN ") + migratorKeys;
    auto r = textRows(db, text, 1);
    if (!r)
        return fail(r.error());
    return r->isEmpty() ? 0 : r->constFirst().constFirst().toLongLong();
}

// The source, read in one snapshot so that a database written during the copy is copied as it
// was at one moment.
class SourceSnapshot
{
public:
    explicit SourceSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}
    ~SourceSnapshot()
    {
        if (m_began)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Done begin()
    {
        auto done = sql::exec(m_db, sql::isServer(m_db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                        : QStringLiteral("BEGIN"));
        m_began = done.ok();
        return done;
    }

private:
    QSqlDatabase m_db;
    bool m_began = false;
};

// Copies every table's rows, in the target's open transaction, into tables that are empty.
Done copyRows(const QSqlDatabase &source, const QSqlDatabase &target, const QList<Table> &tables,
              const CopyOptions &options, CopySummary &summary)
{
    rows::Values row;
    int index = 0;
    for (const Table &t : tables) {
        ++index;
        CopyProgress progress{t.name, index, int(tables.size()), 0, 0, false};
        auto total = countRows(source, t);
        if (!total)
            return fail(total.error());
        progress.tableRows = *total;
        if (options.progress)
            options.progress(progress);
        RowReader reader;
        if (auto done = reader.start(source, selectAll(t)); !done)
            return fail(Tr::tr("Cannot read the table %1: %2").arg(t.name, done.error()));
        auto writer = rows::BulkRows::open(target, t.name, t.columns);
        if (!writer)
            return fail(Tr::tr("Cannot write the table %1: %2").arg(t.name, writer.error()));
        qint64 sent = 0;       // rows sent to the target so far
        qint64 inFlight = -1;  // the first row of the batch the server may still be taking
        // While the server takes one batch (PostgreSQL's COPY), the next is read.
        auto send = [&](bool wait) -> Done {
            const qint64 pending = (*writer)->pendingRows();
            if (auto done = wait ? (*writer)->flush() : (*writer)->flushWithoutWaiting(); !done)
                return fail(Tr::tr("Cannot write the table %1 (near row %2): %3")
                                .arg(t.name)
                                .arg((inFlight >= 0 ? inFlight : sent) + 1)
                                .arg(done.error()));
            inFlight = wait ? -1 : sent;
            sent += pending;
            return {};
        };
        while (reader.next(row)) {
            if (auto done = (*writer)->add(row); !done)
                return fail(Tr::tr("Cannot write the table %1 (near row %2): %3").arg(t.name).arg(progress.rows + 1).arg(done.error()));
            if ((*writer)->pendingBytes() >= flushBytes)
                if (auto done = send(false); !done)
                    return done;
            if (++progress.rows % progressEvery == 0 && options.progress)
                options.progress(progress);
        }
        if (!reader.error().isEmpty())
            return fail(Tr::tr("Cannot read the table %1: %2").arg(t.name, reader.error()));
        if (auto done = send(true); !done)
            return done;
        progress.tableDone = true;
        if (options.progress)
            options.progress(progress);
        summary.tables.append({t.name, progress.rows});
        summary.rows += progress.rows;
    }
    return {};
}

// What the target derives itself, after the rows: the incident number counter holds (at least
// the highest number copied; a counter row is made if the source had none).
Done holdCounters(const QSqlDatabase &target)
{
    if (auto done = sql::exec(target, QStringLiteral("INSERT INTO counters(name, value) SELECT 'incident_number', "
                                                     "coalesce(max(number), 1000) FROM incidents WHERE true "
                                                     "ON CONFLICT (name) DO NOTHING"));
        !done)
        return done;
    QSqlQuery q(target);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(number), 1000) FROM incidents")) || !q.next())
        return fail(errorOf(q));
    return incidentnumbers::raiseTo(target, q.value(0).toLongLong());
}

// PostgreSQL: each identity continues after the highest id copied.
Done resetIdentities(const QSqlDatabase &target, const QList<Table> &tables)
{
    for (const Table &t : tables) {
        if (t.identity.isEmpty())
            continue;
        const QString literal = QLatin1Char('\'') + quoted(t.name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
        const QString column = QLatin1Char('\'') + QString(t.identity).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
        if (auto done = sql::exec(target, QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), coalesce(max(%3), 0) + 1, false) FROM %4")
                                              .arg(literal, column, quoted(t.identity), quoted(t.name)));
            !done)
            return done;
    }
    return {};
}

// SQLite: FTS5 upkeep by trigger costs each row three times over; the triggers are set aside
// for the load and each index built once from its table (as BulkWriter does).
class SearchIndexes
{
public:
    explicit SearchIndexes(QSqlDatabase db) : m_db(std::move(db)) {}

    Done setAside()
    {
        auto triggers = textRows(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                                  "name LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name"), 2);
        if (!triggers)
            return fail(triggers.error());
        for (const QStringList &t : *triggers) {
            if (auto done = sql::exec(m_db, QStringLiteral("DROP TRIGGER %1").arg(quoted(t[0]))); !done)
                return done;
            m_triggers << t[1];
        }
        return {};
    }

    Done rebuild(const QStringList &indexes)
    {
        for (const QString &fts : indexes) {
            // The timeline index leaves out per-alert events (migration 0002), so no 'rebuild'.
            const QStringList statements = fts == QLatin1String("timeline_fts")
                ? QStringList{QStringLiteral("INSERT INTO timeline_fts(timeline_fts) VALUES ('delete-all')"),
                              QStringLiteral("INSERT INTO timeline_fts(rowid, body) SELECT id, body FROM timeline_events "
                                             "WHERE kind <> 'alert'")}
                : QStringList{QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(quoted(fts))};
            for (const QString &statement : statements)
                if (auto done = sql::exec(m_db, statement); !done)
                    return done;
        }
        for (const QString &trigger : std::as_const(m_triggers))
            if (auto done = sql::exec(m_db, trigger); !done)
                return done;
        return {};
    }

private:
    QSqlDatabase m_db;
    QStringList m_triggers;
};

// Empties the target's tables, in the copy's transaction (meta keeps the migrator's keys).
Done clearTarget(const QSqlDatabase &target, const QList<Table> &ordered)
{
    if (sql::isServer(target)) {
        QStringList names;
        for (const Table &t : ordered)
            if (t.name != QLatin1String("meta"))
                names << quoted(t.name);
        // Presence is not copied (TableCatalogue.cpp), but it refers to the incidents being
        // replaced, and TRUNCATE refuses a table that another one not truncated with it
        // refers to. (A file's DELETE cascades to it.)
        names << QStringLiteral("presence");
        if (!names.isEmpty())
            if (auto done = sql::exec(target, QStringLiteral("TRUNCATE ") + names.join(QLatin1Char(','))); !done)
                return done;
    } else {
        for (auto t = ordered.crbegin(); t != ordered.crend(); ++t)
            if (t->name != QLatin1String("meta"))
                if (auto done = sql::exec(target, QStringLiteral("DELETE FROM %1").arg(quoted(t->name))); !done)
                    return done;
    }
    return sql::exec(target, QStringLiteral("DELETE FROM meta WHERE key NOT IN ") + migratorKeys);
}

QString notEmptyMessage(const QString &to, const QPair<QString, qint64> &found)
{
    return Tr::tr("%1 is not empty (the table %2 holds %n row(s)). Nothing was copied; add --replace "
                  "to replace what it holds.", nullptr, int(std::min<qint64>(found.second, INT_MAX)))
        .arg(to, found.first);
}

// Writes what the copy writes, from the source snapshot into the target's open transaction.
Done fill(const Database &source, const QSqlDatabase &target, const Catalogue &targetCatalogue,
          const QList<Table> &ordered, const CopyOptions &options, CopySummary &summary)
{
    const bool server = sql::isServer(target);
    std::optional<SearchIndexes> search;
    if (!server) {
        // Checked at COMMIT instead of row by row: incidents and alerts refer to each other.
        if (auto done = sql::exec(target, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !done)
            return done;
        search.emplace(target);
        if (auto done = search->setAside(); !done)
            return done;
    }
    // The target's change log records the copy as one load, not each row it clears and writes.
    if (auto done = changelog::pauseForBulkLoad(target); !done)
        return done;
    if (auto done = clearTarget(target, ordered); !done)
        return done;
    if (auto done = copyRows(source.connection(), target, ordered, options, summary); !done)
        return done;
    if (server) {
        if (auto done = resetIdentities(target, ordered); !done)
            return done;
    } else if (auto done = search->rebuild(targetCatalogue.searchIndexes); !done) {
        return done;
    }
    if (auto done = holdCounters(target); !done)
        return done;
    return changelog::endBulkLoad(target);
}

struct Prepared
{
    Catalogue catalogue;
    QList<Table> ordered;
};

Result<Prepared> prepare(const Database &source, const QSqlDatabase &target, const QString &to)
{
    const QSqlDatabase sourceDb = source.connection();
    const auto sourceVersion = Migrator::currentVersion(sourceDb);
    const auto targetVersion = Migrator::currentVersion(target);
    if (!sourceVersion)
        return fail(sourceVersion.error());
    if (!targetVersion)
        return fail(targetVersion.error());
    if (*sourceVersion != *targetVersion)
        return fail(Tr::tr("%1 is at schema version %2 but %3 at %4: both ends of a copy must be at one version.")
                        .arg(source.path())
                        .arg(*sourceVersion)
                        .arg(to)
                        .arg(*targetVersion));
    auto sourceCatalogue = readCatalogue(sourceDb);
    if (!sourceCatalogue)
        return fail(sourceCatalogue.error());
    Prepared p;
    auto targetCatalogue = readCatalogue(target);
    if (!targetCatalogue)
        return fail(targetCatalogue.error());
    p.catalogue = *targetCatalogue;
    if (auto same = sameTables(*sourceCatalogue, p.catalogue, source.path(), to); !same)
        return fail(same.error());
    // The source's primary keys order the reads.
    for (Table &t : p.catalogue.tables)
        for (const Table &s : sourceCatalogue->tables)
            if (s.name == t.name && !s.primaryKey.isEmpty())
                t.primaryKey = s.primaryKey;
    auto ordered = copyOrder(p.catalogue);
    if (!ordered)
        return fail(ordered.error());
    p.ordered = *ordered;
    return p;
}

Result<CopySummary> copyToServer(const Database &source, const DatabaseLocation &to, const CopyOptions &options)
{
    auto target = Database::open(to);
    if (!target)
        return fail(target.error());
    const QString name = (*target)->path();
    const auto connection = (*target)->checkedConnection();
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = *connection;

    // What a fresh database holds, to tell an empty team database (seed rows only) from one in use.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Tr::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    SeedRows seeds;
    {
        auto fresh = Database::open(scratch.filePath(QStringLiteral("fresh.db")));
        if (!fresh)
            return fail(fresh.error());
        auto freshCatalogue = readCatalogue((*fresh)->connection());
        if (!freshCatalogue)
            return fail(freshCatalogue.error());
        auto read = readSeedRows((*fresh)->connection(), freshCatalogue->tables);
        if (!read)
            return fail(read.error());
        seeds = *read;
    }

    Transaction tx(db);
    if (!tx.ok())
        return fail(Tr::tr("Cannot write to %1: %2").arg(name, tx.error()));
    if (auto done = sql::exec(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED")); !done)
        return fail(done.error());
    auto prepared = prepare(source, db, name);
    if (!prepared)
        return fail(prepared.error());
    // Nobody writes (or reads half a copy) while it goes in; readers wait for the commit. A
    // session that keeps the tables busy (an open Sitrep in a transaction, an intake server)
    // makes the copy give up after a while instead of waiting for ever.
    QStringList names;
    for (const Table &t : prepared->ordered)
        names << quoted(t.name);
    if (auto done = sql::exec(db, QStringLiteral("SET LOCAL lock_timeout = %1").arg(std::max(1, options.lockTimeoutMilliseconds)));
        !done)
        return fail(done.error());
    if (auto done = sql::exec(db, QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(names.join(QLatin1Char(','))));
        !done)
        return fail(Tr::tr("Cannot have %1 to itself for the copy: %2. Close the Sitrep windows and intake servers "
                           "that use it, then try again. Nothing was copied.").arg(name, done.error()));
    if (!options.replace) {
        auto content = firstContent(db, prepared->ordered, seeds);
        if (!content)
            return fail(content.error());
        if (*content)
            return fail(notEmptyMessage(name, **content));
    }
    CopySummary summary;
    summary.to = name;
    if (auto done = fill(source, db, prepared->catalogue, prepared->ordered, options, summary); !done)
        return fail(Tr::tr("Copying %1 to %2 failed: %3. %2 was left as it was.").arg(source.path(), name, done.error()));
    if (auto done = tx.commit(); !done)
        return fail(Tr::tr("Copying %1 to %2 failed: %3. %2 was left as it was.").arg(source.path(), name, done.error()));
    return summary;
}



bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString walOf(const QString &path) { return path + QStringLiteral("-wal"); }

// A file whose write-ahead log is still there would have that log applied to the file renamed
// over it. The log goes when the last connection closes: ours, unless another program has the
// file open.
Done closeLog(const QString &path)
{
    if (!QFileInfo::exists(walOf(path)))
        return {};
    const QString name = QStringLiteral("sitrep-copy-close-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (QFileInfo::exists(walOf(path)))
        return fail(Tr::tr("%1 is open in another program (its write-ahead log %2 is in use). Close it there and "
                           "try again.").arg(path, walOf(path)));
    return {};
}

// Removes the new file unless the copy got as far as renaming it into place.
struct NewFile
{
    QString path;
    bool kept = false;
    ~NewFile()
    {
        if (kept)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }
};

Result<CopySummary> copyToFile(const Database &source, const DatabaseLocation &to, const CopyOptions &options)
{
    const QString path = QFileInfo(to.path).absoluteFilePath();
    const QString name = to.displayName();
    const auto info = Database::inspect(path);
    if (!info)
        return fail(info.error());
    // Not even --replace overwrites what a newer Sitrep wrote: that Sitrep is the one to ask.
    const int latest = Migrator::forEngine(Engine::Sqlite).latestVersion();
    if (info->schemaVersion > latest)
        return fail(Tr::tr("%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). "
                           "It was left unchanged.").arg(name).arg(info->schemaVersion).arg(latest));
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(Tr::tr("Cannot create the folder %1.").arg(target.absolutePath()));
    NewFile newFile{QStringLiteral("%1/%2.copy-%3.tmp")
                        .arg(target.absolutePath(), target.fileName(),
                             QUuid::createUuid().toString(QUuid::Id128).left(8))};
    CopySummary summary;
    summary.to = name;
    {
        auto fresh = Database::open(newFile.path);
        if (!fresh)
            return fail(fresh.error());
        const auto connection = (*fresh)->checkedConnection();
        if (!connection)
            return fail(connection.error());
        const QSqlDatabase db = *connection;
        {
            auto prepared = prepare(source, db, name);
            if (!prepared)
                return fail(prepared.error());
            if (info->exists && !info->empty && !options.replace) {
                auto seeds = readSeedRows(db, prepared->catalogue.tables);
                if (!seeds)
                    return fail(seeds.error());
                ReadOnlyFilePeek peek(path);
                if (!peek.ok())
                    return fail(Tr::tr("Cannot read %1: %2").arg(name, peek.error()));
                auto existing = readCatalogue(peek.db());  // a file: SQLite's pragmas
                if (!existing)
                    return fail(existing.error());
                auto content = firstContent(peek.db(), existing->tables, *seeds);
                if (!content)
                    return fail(content.error());
                if (*content)
                    return fail(notEmptyMessage(name, **content));
            }
            Transaction tx(db);
            if (!tx.ok())
                return fail(Tr::tr("Cannot write %1: %2").arg(newFile.path, tx.error()));
            if (auto done = fill(source, db, prepared->catalogue, prepared->ordered, options, summary); !done)
                return fail(Tr::tr("Copying %1 to %2 failed: %3. %2 was left as it was.").arg(source.path(), name, done.error()));
            if (auto done = tx.commit(); !done)
                return fail(Tr::tr("Copying %1 to %2 failed: %3. %2 was left as it was.").arg(source.path(), name, done.error()));
        }
    }   // the new file's last connection closes: its log is written back and removed
    if (QFileInfo::exists(walOf(newFile.path)) || !syncPath(newFile.path, false))
        return fail(Tr::tr("Cannot finish writing %1. %2 was left as it was.").arg(newFile.path, name));
    if (info->exists)
        if (auto closed = closeLog(path); !closed)
            return fail(closed.error());
    // rename() replaces the old file in one step: a reader sees the old file or the new one.
    if (::rename(QFile::encodeName(newFile.path).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(Tr::tr("Cannot rename %1 to %2: %3. %2 was left as it was.")
                        .arg(newFile.path, name, QString::fromLocal8Bit(std::strerror(errno))));
    newFile.kept = true;
    QFile::remove(path + QStringLiteral("-shm"));
    syncPath(target.absolutePath(), true);
    return summary;
}

bool sameDatabase(const DatabaseLocation &a, const DatabaseLocation &b)
{
    if (a.isServer() != b.isServer())
        return false;
    if (a.isServer())
        return a.displayName() == b.displayName();
    const QFileInfo fa(a.path), fb(b.path);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

Result<CopySummary> copyDatabase(const QString &from, const QString &to, const CopyOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const auto fromLocation = DatabaseLocation::parse(from);
    if (!fromLocation)
        return fail(fromLocation.error());
    const auto toLocation = DatabaseLocation::parse(to);
    if (!toLocation)
        return fail(toLocation.error());
    if (sameDatabase(*fromLocation, *toLocation))
        return fail(Tr::tr("%1 and %2 are the same database: a copy needs two.")
                        .arg(fromLocation->displayName(), toLocation->displayName()));
    if (!fromLocation->isServer()) {
        const auto info = Database::inspect(fromLocation->path);
        if (!info)
            return fail(info.error());
        if (!info->exists)
            return fail(Tr::tr("%1 does not exist.").arg(fromLocation->displayName()));
    }
    auto source = Database::open(*fromLocation);
    if (!source)
        return fail(source.error());
    const auto sourceConnection = (*source)->checkedConnection();
    if (!sourceConnection)
        return fail(sourceConnection.error());
    SourceSnapshot snapshot(*sourceConnection);
    if (auto began = snapshot.begin(); !began)
        return fail(Tr::tr("Cannot read %1: %2").arg((*source)->path(), began.error()));
    auto summary = toLocation->isServer() ? copyToServer(**source, *toLocation, options)
                                          : copyToFile(**source, *toLocation, options);
    if (!summary)
        return summary;
    CopySummary result = *summary;
    result.from = (*source)->path();
    result.milliseconds = timer.elapsed();
    return result;
}

} // namespace sitrep
