#pragma once

#include <QStringList>

namespace sitrepctl {

// `sitrepctl team init|add-user|set-role|remove-user|list --db URI`: the people of a team
// database and what each may do (core/storage/TeamRoles.h). The server enforces the roles;
// these commands make them.
int team(const QStringList &args);

} // namespace sitrepctl
