#pragma once
// How the app names who did something: the name they gave Sitrep, with their database role in
// brackets when that differs ("Ana (ana.k)"). The role is what the server vouches for; the name
// is what people recognise.

#include <QCoreApplication>
#include <QString>

namespace sitrep {

inline QString whoText(const QString &name, const QString &dbUser)
{
    if (dbUser.isEmpty() || dbUser == name)
        return name.isEmpty() ? dbUser : name;
    if (name.isEmpty())
        return dbUser;
    return QCoreApplication::translate("Who", "%1 (%2)", "a person's name, then their database role").arg(name, dbUser);
}

} // namespace sitrep
