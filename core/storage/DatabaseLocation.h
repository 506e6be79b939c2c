#pragma once
// Where a Sitrep database is: an SQLite file, or a PostgreSQL server named the way libpq names
// one (a URI, `service=NAME` from pg_service.conf, or `key=value` connection parameters). This
// is what `--db`, File ▸ Open Recent and the settings hold; the password it may carry is never
// part of what it shows or stores.

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sitrep {

enum class Engine { Sqlite, Postgres };

struct DatabaseLocation
{
    Engine engine = Engine::Sqlite;
    QString path;        // the SQLite file

    // PostgreSQL, as libpq parameters; empty ones are left to libpq (PGHOST, the service, …).
    QString host;        // a name, an address, or a Unix socket folder (starts with '/')
    int port = -1;
    QString database;
    QString user;
    QString password;    // only from a URI or the keyring, for connecting; never shown or stored
    QList<QPair<QString, QString>> options;   // sslmode, service, connect_timeout, …

    static DatabaseLocation file(const QString &path);
    // A file path, `postgresql://…` / `postgres://…`, `service=NAME`, or `host=… dbname=…`.
    static Result<DatabaseLocation> parse(const QString &text);

    bool isServer() const { return engine == Engine::Postgres; }
    QString option(const QString &key) const;
    // What parse() reads back to the same place, without the password: what the window title,
    // the status bar, Open Recent, logs and error messages show.
    QString displayName() const;
    // libpq's `key=value` form of the options, for QPSQL's connect options (which passes them
    // on to libpq), values quoted as libpq wants.
    QString connectOptions() const;

    // A server on another machine: a host name or address that is not this machine's (a Unix
    // socket folder, localhost, 127.0.0.1 and ::1 are). No host: PGHOST's, else a local socket.
    bool isRemote() const;
    // What Sitrep connects with: these options and its defaults for those not given. A remote
    // server's certificate and host name are checked (sslmode=verify-full) unless the location,
    // its service file or PGSSLMODE says otherwise: a plain or unchecked connection to another
    // machine is an explicit choice. Also a name in pg_stat_activity and a 10 s connect timeout.
    DatabaseLocation withConnectionDefaults() const;
    // True when withConnectionDefaults() chose verify-full itself (an error then says how to
    // choose otherwise).
    bool verifiesByDefault() const;
};

} // namespace sitrep
