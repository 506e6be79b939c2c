#pragma once
// The people of a team database (TeamRoles.h): login roles, each in one of the team's groups.
// Run by an admin (CREATEROLE, ADMIN OPTION on the groups: `team add-user --role admin` gives
// both) or the server's superuser; anyone else is refused by the server, and told so.

#include "storage/TeamRoles.h"

namespace sitrep::teamroles {

struct User
{
    QString name;
    Role role = Role::Viewer;
    bool canLogin = true;
};
// The team's people: direct members of its viewer, responder, admin and intake groups, by name.
Result<QList<User>> users(const QSqlDatabase &db, const Team &team);
// Adds a person (a new login role, or an existing role of this server, e.g. from another team
// database) with one role. `password` empty: the role gets none (a role that exists keeps its
// own). Sent to the server as a SCRAM verifier made here (as psql's \password does), so the
// password itself is in no statement, log or error message.
Done addUser(const QSqlDatabase &db, const Team &team, const QString &name, Role role, const QString &password);
Done setRole(const QSqlDatabase &db, const Team &team, const QString &name, Role role);
// Takes the person out of the team; drops the login role when it belongs to nothing else.
// True when the role was dropped.
Result<bool> removeUser(const QSqlDatabase &db, const Team &team, const QString &name);

} // namespace sitrep::teamroles
