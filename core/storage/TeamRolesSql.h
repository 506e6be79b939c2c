#pragma once
// What TeamRoles.cpp and TeamUsers.cpp share: statements that cannot take bound values (role
// names, passwords' verifiers) and which of the team's groups a role is in.

#include "storage/TeamRoles.h"

#include <QSqlError>

namespace sitrep::teamroles::detail {

inline constexpr Role allRoles[] = {Role::Viewer, Role::Responder, Role::Admin, Role::Intake};

// An identifier or a string literal written into a statement. Qt's escapeIdentifier would split
// a name at '.', so not that.
QString ident(const QString &name);
QString literal(const QString &text);
// "viewer", "responder", … translated, for messages.
QString rolePhrase(Role role);
// A statement's failure: a refusal in a sentence, anything else as the server says it (never
// with the statement: some carry a password's verifier).
QString errorOf(const QSqlDatabase &db, const QSqlError &error);
Done run(const QSqlDatabase &db, const QString &statement);
// SHOW server_version_num (0 when it cannot be read).
int serverVersion(const QSqlDatabase &db);
Result<bool> roleExists(const QSqlDatabase &db, const QString &name);
// The team groups `name` belongs to directly.
Result<QList<Role>> groupsOf(const QSqlDatabase &db, const Team &team, const QString &name);

} // namespace sitrep::teamroles::detail
