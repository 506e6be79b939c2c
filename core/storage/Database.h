#pragma once
// A Sitrep database: an SQLite file, opened with the pragmas we rely on, or a PostgreSQL
// server (QPSQL over libpq); validated and migrated either way. Each thread gets its own
// connection (Qt SQL connections must not cross threads).

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sitrep {

class Migrator;
struct ServerInspection;

// What a file on disk is, read without writing a byte to it.
struct DatabaseFileInfo
{
    bool exists = false;
    bool empty = true;           // missing, zero bytes, or an SQLite file with no tables
    int schemaVersion = 0;       // PRAGMA user_version
    bool isSitrep = false;       // carries our application_id
};

class Database
{
public:
    // Marks a file as ours (PRAGMA application_id): "SitR".
    static constexpr qint32 applicationId = 0x53697452;

    // AppDataLocation/sitrep.db; the folder is created when missing.
    static QString defaultPath();

    // Reads what a file is without modifying it. Fails for a file that is not a Sitrep database.
    static Result<DatabaseFileInfo> inspect(const QString &path);
    // The same for a server ("Test connection"): connects as open() does and reads what the
    // database is, writing nothing and refusing nothing (the caller says what it means).
    static Result<ServerInspection> inspectServer(const DatabaseLocation &location);

    // Opens what `location` names (a file path or a PostgreSQL server, DatabaseLocation::parse)
    // and brings its schema up to date: a file is created when missing and backed up first as
    // <name>.v<N>.bak; a server's upgrade is one transaction. Refuses, untouched, a database
    // that is newer than this Sitrep or not Sitrep's. Tests may pass a Migrator over migrations
    // of their own.
    static Result<std::shared_ptr<Database>> open(const QString &location, const Migrator &migrator);
    static Result<std::shared_ptr<Database>> open(const QString &location);
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location);
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location, const Migrator &migrator);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_location.engine; }
    bool isServer() const { return m_location.isServer(); }
    const DatabaseLocation &location() const { return m_location; }
    // The file's path, or the server's address without its password: what `--db` takes back,
    // and what the window title, settings and messages show.
    const QString &path() const { return m_path; }
    // The calling thread's connection, opened on first use. When it cannot be opened with every
    // pragma we rely on (see openConnection), an invalid QSqlDatabase, on which every query
    // fails; checkedConnection() says why.
    QSqlDatabase connection() const;
    Result<QSqlDatabase> checkedConnection() const;
    // Closes the calling thread's connection (worker threads call this before they end).
    void releaseThreadConnection() const;
    // A connection of its own on the calling thread (e.g. to watch for other writers); close it
    // with releaseConnection(name).
    Result<QSqlDatabase> openSeparateConnection(const QString &purpose) const;
    void releaseConnection(const QString &name) const;

private:
    explicit Database(DatabaseLocation location);
    QString threadConnectionName() const;
    // Opens a connection with WAL, foreign keys, busy timeout and synchronous=NORMAL, each read
    // back: a connection on which one of them did not take is closed and not used.
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Result<QSqlDatabase> openServerConnection(const QString &name) const;
    static Result<std::shared_ptr<Database>> openServer(const DatabaseLocation &location, const Migrator &migrator);

    DatabaseLocation m_location;
    QString m_path;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace sitrep
