#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/ReadOnlyFilePeek.h"
#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/TeamRoles.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace sitrep {

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};


bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// <name>.v<N>.bak, or <name>.v<N>.<k>.bak when an older backup already has that name.
QString backupPathFor(const QString &path, int version)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int k = 2; QFileInfo::exists(candidate); ++k)
        candidate = QStringLiteral("%1.v%2.%3.bak").arg(path).arg(version).arg(k);
    return candidate;
}

// The pragmas every connection relies on, each read back: SQLite ignores some it cannot honour
// (journal_mode stays as it was where WAL is impossible) rather than failing.
// WAL lets the app read while intake writes; NORMAL because Debian's SQLite defaults WAL to
// FULL (one fsync per commit), and paths that acknowledge a sender raise it for their commits.
Done configure(const QSqlDatabase &db, const QString &path)
{
    struct Pragma
    {
        const char *set;
        const char *name;
        const char *expected;
    };
    static constexpr Pragma pragmas[] = {
        {"PRAGMA journal_mode=WAL", "journal_mode", "wal"},
        {"PRAGMA foreign_keys=ON", "foreign_keys", "1"},
        {"PRAGMA synchronous=NORMAL", "synchronous", "1"},
        {"PRAGMA busy_timeout=5000", "busy_timeout", "5000"},
    };
    for (const Pragma &p : pragmas) {
        const QString set = QString::fromLatin1(p.set);
        QSqlQuery q(db);
        if (!q.exec(set))
            return fail(Tr::tr("Cannot use %1: “%2” failed: %3").arg(path, set, q.lastError().text()));
        QSqlQuery read(db);
        const QString name = QString::fromLatin1(p.name);
        if (!read.exec(QStringLiteral("PRAGMA ") + name) || !read.next())
            return fail(Tr::tr("Cannot use %1: reading back %2 failed: %3").arg(path, name, read.lastError().text()));
        const QString value = read.value(0).toString();
        if (value.compare(QLatin1String(p.expected), Qt::CaseInsensitive) != 0)
            return fail(Tr::tr("Cannot use %1: “%2” did not take effect (%3 is “%4”).").arg(path, set, name, value));
    }
    return {};
}

} // namespace

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("sitrep.db"));
}

Result<DatabaseFileInfo> Database::inspect(const QString &path)
{
    DatabaseFileInfo info;
    const QFileInfo fi(path);
    info.exists = fi.exists();
    if (!info.exists)
        return info;
    if (fi.isDir())
        return fail(Tr::tr("%1 is a folder, not a database file.").arg(path));
    if (fi.size() == 0)
        return info;
    if (!hasSqliteHeader(path))
        return fail(Tr::tr("%1 is not a Sitrep database (it is not an SQLite file). It was left "
                       "unchanged.").arg(path));

    ReadOnlyFilePeek peek(path);
    if (!peek.ok())
        return fail(Tr::tr("Cannot read %1: %2").arg(path, peek.error()));
    QSqlQuery q(peek.db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return fail(Tr::tr("Cannot read %1: %2").arg(path, q.lastError().text()));
    info.isSitrep = q.value(0).toInt() == applicationId;
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Tr::tr("Cannot read %1: %2").arg(path, q.lastError().text()));
    info.schemaVersion = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return fail(Tr::tr("Cannot read %1: %2").arg(path, q.lastError().text()));
    info.empty = q.value(0).toInt() == 0 && info.schemaVersion == 0;

    if (!info.empty && !info.isSitrep)
        return fail(Tr::tr("%1 is an SQLite database of another application, not Sitrep's. It was "
                       "left unchanged.").arg(path));
    return info;
}

Result<ServerInspection> Database::inspectServer(const DatabaseLocation &location)
{
    const auto database = connectAsIs(location);  // its connection goes with it
    if (!database)
        return fail(database.error());
    auto info = ServerInspection::read((*database)->connection());
    if (!info)
        return fail(Tr::tr("Cannot read %1: %2").arg((*database)->path(), info.error()));
    return info;
}

Result<std::shared_ptr<Database>> Database::connectAsIs(const DatabaseLocation &location)
{
    std::shared_ptr<Database> database(new Database(location));
    if (const auto connection = database->checkedConnection(); !connection)
        return fail(connection.error());
    return database;
}

Result<std::shared_ptr<Database>> Database::open(const QString &location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return fail(parsed.error());
    return open(*parsed);
}

Result<std::shared_ptr<Database>> Database::open(const QString &location, const Migrator &migrator)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return fail(parsed.error());
    return open(*parsed, migrator);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    return open(location, Migrator::forEngine(location.engine));
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location, const Migrator &migrator)
{
    if (location.isServer())
        return openServer(location, migrator);
    const QString &path = location.path;
    const auto info = inspect(path);
    if (!info)
        return fail(info.error());
    const int latest = migrator.latestVersion();
    if (info->schemaVersion > latest)
        return fail(Tr::tr("%1 was written by a newer Sitrep (schema version %2; this version knows "
                       "up to %3). Update Sitrep to open it. The file was left unchanged.")
                        .arg(path)
                        .arg(info->schemaVersion)
                        .arg(latest));

    if (!info->exists) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return fail(Tr::tr("Cannot create the folder %1.").arg(dir));
    }

    std::shared_ptr<Database> database(new Database(location));
    const auto connection = database->checkedConnection();
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = *connection;

    if (info->schemaVersion > 0 && info->schemaVersion < latest) {
        const QString backup = backupPathFor(path, info->schemaVersion);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec())
            return fail(Tr::tr("Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed.")
                            .arg(path, backup, q.lastError().text()));
        qCInfo(lcStorage) << "backed up schema" << info->schemaVersion << "to" << backup;
    }
    if (auto migrated = migrator.migrate(db); !migrated)
        return fail(migrated.error());
    return database;
}

Result<std::shared_ptr<Database>> Database::openServer(const DatabaseLocation &location, const Migrator &migrator)
{
    std::shared_ptr<Database> database(new Database(location));
    const QString &name = database->path();
    const auto connection = database->checkedConnection();
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = *connection;

    // What is there, read before anything is written: a server database is refused untouched,
    // as a file is, when it is another application's or a newer Sitrep's.
    const auto info = ServerInspection::read(db);
    if (!info)
        return fail(Tr::tr("Cannot read %1: %2").arg(name, info.error()));
    if (!info->empty && !info->isSitrep)
        return fail(Tr::tr("The PostgreSQL database %1 holds tables of another application, not "
                           "Sitrep's. It was left unchanged.").arg(name));
    const int latest = migrator.latestVersion();
    if (info->schemaVersion > latest)
        return fail(Tr::tr("%1 was written by a newer Sitrep (schema version %2; this version knows "
                           "up to %3). Update Sitrep to open it. The database was left unchanged.")
                        .arg(name)
                        .arg(info->schemaVersion)
                        .arg(latest));
    // No copy before an upgrade: a server's backups are its administrator's, and the upgrade is
    // one transaction (PostgreSQL's DDL is transactional), so a failure leaves it as it was.
    // Tables that exist are upgraded as the role that owns them, or not at all (a person on a
    // team database is never that role: TeamRoles.h).
    if (auto migrated = info->empty || info->schemaVersion >= latest ? migrator.migrate(db) : teamroles::upgrade(db, migrator, name); !migrated)
        return fail(migrated.error());
    return database;
}

Database::Database(DatabaseLocation location)
    : m_location(std::move(location)), m_path(m_location.displayName())
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::threadConnectionName() const
{
    return QStringLiteral("sitrep-%1-%2")
        .arg(quintptr(this), 0, 16)
        .arg(quintptr(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    auto db = checkedConnection();
    return db ? *db : QSqlDatabase();
}

Result<QSqlDatabase> Database::checkedConnection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A server's connection that went with the server (libpq knows once a statement failed
        // on it): this thread gets a new one instead of failing for ever.
        if (!sql::connectionLost(db))
            return db;
        releaseThreadConnection();
    }
    auto opened = openConnection(name);
    if (!opened) {
        // Not kept: the next call tries again (a busy file may be free by then).
        qCWarning(lcStorage).noquote() << opened.error();
        return opened;
    }
    QMutexLocker lock(&m_mutex);
    m_connectionNames.insert(name);
    return opened;
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_mutex);
    if (m_connectionNames.remove(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<QSqlDatabase> Database::openSeparateConnection(const QString &purpose) const
{
    const QString name = QStringLiteral("sitrep-%1-%2-%3")
                             .arg(quintptr(this), 0, 16)
                             .arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto db = openConnection(name);
    if (!db)
        return db;
    QMutexLocker lock(&m_mutex);
    m_connectionNames.insert(name);
    return db;
}

void Database::releaseConnection(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    if (m_connectionNames.remove(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    if (m_location.isServer())
        return openServerConnection(name);
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            error = Tr::tr("Cannot open %1: %2").arg(m_path, db.lastError().text());
        else if (auto configured = configure(db, m_path); !configured)
            error = configured.error();
        if (error.isEmpty())
            return db;
        db.close();
    }
    // Every copy of the handle is gone; the name can go too.
    QSqlDatabase::removeDatabase(name);
    return fail(error);
}

Result<QSqlDatabase> Database::openServerConnection(const QString &name) const
{
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            error = Tr::tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. On "
                           "Debian it is in the package libqt6sql6-psql.").arg(m_path);
        } else {
            db.setHostName(m_location.host);
            if (m_location.port > 0)
                db.setPort(m_location.port);
            db.setDatabaseName(m_location.database);
            db.setUserName(m_location.user);
            db.setPassword(m_location.password);
            db.setConnectOptions(m_location.withConnectionDefaults().connectOptions());
            if (!db.open()) {
                error = Tr::tr("Cannot connect to %1: %2").arg(m_path, serverError(db.lastError()));
                if (m_location.verifiesByDefault())
                    error += QLatin1Char(' ') + Tr::tr("Sitrep checks the certificate and the name of a server on another machine "
                                                      "(sslmode=verify-full): give the server's certificate authority "
                                                      "(sslrootcert=FILE), or choose another encryption in the address "
                                                      "(sslmode=require encrypts without checking; sslmode=disable does not "
                                                      "encrypt).");
            }
            else if (auto configured = configureServer(db); !configured)
                error = Tr::tr("Cannot use %1: %2").arg(m_path, configured.error());
            if (error.isEmpty()) {
                teamroles::noteConnection(db);   // who it is, for refusals (SqlUtil.cpp)
                return db;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return fail(error);
}

} // namespace sitrep
