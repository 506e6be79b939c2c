#pragma once
// People and who may do what on a team database (PostgreSQL), enforced by the server itself.
//
// Each person connects as their own login role, a member of one of the team's group roles;
// nobody connects as the role that owns the tables. Roles are cluster-wide, so the groups are
// named after the database ("<prefix>_viewer", …; the prefix is the database's name when
// `team init` first ran, kept in meta as 'team_roles'):
//   <prefix>_owner      NOLOGIN; owns every table and function; migrations run as it (SET ROLE)
//   <prefix>_viewer     reads everything (except private postmortem drafts)
//   <prefix>_responder  + declares and works incidents, alerts, checklists, postmortems
//   <prefix>_admin      + intake rules, severity map, templates, runbook library, services, users
//   <prefix>_intake     for `sitrepctl serve`: reads, and writes alerts, incidents and their
//                       timeline, and the change log's summaries; nothing else
// The grants are made by grantAll(), table by table from one catalogue (TeamRoles.cpp), after
// every migration of a team database (Database::open as a role that may act as the owner,
// `sitrepctl team init`), so tables a later version adds get theirs too. A table the catalogue
// does not know is only readable (tst_teamroles fails until it is classified). Not ALTER DEFAULT
// PRIVILEGES: it gives every new table the same rights, and who writes a table is decided table
// by table (and row-level security policies name the groups, so they are remade anyway).

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep {

class Migrator;

namespace teamroles {

enum class Role { Viewer, Responder, Admin, Intake };

// "viewer", "responder", "admin", "intake": what --role takes and the groups' suffixes.
QString keyOf(Role role);
std::optional<Role> roleFromKey(const QString &key);

struct Team
{
    QString prefix;
    QString owner() const { return prefix + QStringLiteral("_owner"); }
    QString group(Role role) const { return prefix + QLatin1Char('_') + keyOf(role); }
};

// The team of a server database (meta's 'team_roles'), or none: a file, an empty database, or
// one that `team init` never set up.
Result<std::optional<Team>> teamOf(const QSqlDatabase &db);

// Brings a non-empty server database up to date as the role that owns its tables (SET ROLE when
// the connected user may act as it), then, on a team database, grants again. Refuses, untouched,
// when the connected user may not: only the owner may change tables, and a person's role is
// never it. `name` is the database as messages show it.
Done upgrade(const QSqlDatabase &db, const Migrator &migrator, const QString &name);

// Every grant, policy and log function of the team, made again from the catalogue. Runs as the
// owner (or a superuser), in a transaction of its own. Idempotent.
Done grantAll(const QSqlDatabase &db, const Team &team);

// `sitrepctl team init`: as a superuser (or a CREATEROLE role that owns the database), creates
// the group roles that are missing, gives every existing table to the owner role, migrates as
// it and grants. Running it again after an upgrade of Sitrep upgrades and re-grants.
struct InitResult
{
    Team team;
    QStringList createdRoles;
    int fromVersion = 0;
    int toVersion = 0;
};
Result<InitResult> init(const DatabaseLocation &location);
Result<InitResult> init(const DatabaseLocation &location, const Migrator &migrator);

// The tables the catalogue classifies (tests check that every table of the schema is one).
QStringList classifiedTables();

// Called by Database for each new server connection: remembers, per connection, who it is and
// in which of the team's roles, so that a refusal can say it without asking the server (the
// refused statement may have aborted the transaction).
void noteConnection(const QSqlDatabase &db);
// The role the connection's user has in the team, if any (noteConnection's): what the UI may use
// to hide what the role cannot do. The server enforces it either way.
std::optional<Role> connectedRole(const QSqlDatabase &db);
// The sentence for a statement the server refused (SQLSTATE 42501, insufficient_privilege) on
// the connection of `driver`: who is connected, in which role, what that role may do, whom to ask.
QString refusal(const QSqlDriver *driver);

} // namespace teamroles
} // namespace sitrep
