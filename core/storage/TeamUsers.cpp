#include "storage/TeamUsers.h"

#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/TeamRolesSql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace sitrep::teamroles {

using namespace detail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
};

} // namespace

Result<QList<User>> users(const QSqlDatabase &db, const Team &team)
{
    QSqlQuery q(db);
    QVariantList groups;
    for (Role r : allRoles)
        groups << team.group(r);
    if (auto done = sql::exec(q, QStringLiteral("SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
                                                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                                                "WHERE g.rolname IN (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)) "
                                                "AND m.rolname NOT IN (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)) "
                                                "ORDER BY m.rolname"),
                              groups + groups);
        !done)
        return fail(done.error());
    QList<User> list;
    while (q.next()) {
        const QString name = q.value(0).toString();
        Role role = Role::Viewer;
        for (Role r : allRoles)
            if (q.value(1).toString() == team.group(r))
                role = r;
        if (!list.isEmpty() && list.constLast().name == name) {
            // In several groups: the one that may do most counts.
            if (int(role) > int(list.last().role) && role != Role::Intake)
                list.last().role = role;
            continue;
        }
        list.append({name, role, q.value(2).toBool()});
    }
    return list;
}

namespace {

Done checkUserName(const Team &team, const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > 63)
        return fail(Tr::tr("A user name has 1 to 63 bytes; “%1” has %2.").arg(name).arg(name.toUtf8().size()));
    if (name.startsWith(QLatin1String("pg_")))
        return fail(Tr::tr("Names starting with pg_ are PostgreSQL's own: choose another name than “%1”.").arg(name));
    bool isGroup = name == team.owner();
    for (Role r : allRoles)
        isGroup = isGroup || name == team.group(r);
    if (isGroup)
        return fail(Tr::tr("“%1” is one of the team's own roles, not a person.").arg(name));
    return {};
}

// The statements that make `name` a member of `role`'s group and nothing else of the team's.
Done joinGroup(const QSqlDatabase &db, const Team &team, const QString &name, Role role, bool createdHere)
{
    const QString who = ident(name);
    if (role == Role::Admin) {
        // Admins add users: CREATEROLE is the login role's own (attributes are not inherited),
        // and ADMIN OPTION on the admin group lets them make admins too.
        if (auto done = run(db, QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(who)); !done)
            return done;
        if (auto done = run(db, QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(ident(team.group(role)), who)); !done)
            return done;
        return {};
    }
    if (auto done = run(db, QStringLiteral("GRANT %1 TO %2").arg(ident(team.group(role)), who)); !done)
        return done;
    // So that every admin, not only the one who added this person, may change or remove them
    // later (PostgreSQL 16 on; an admin's own role cannot: it would be a member of itself).
    if (createdHere && serverVersion(db) >= 160000)
        if (auto done = run(db, QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION, INHERIT FALSE, SET FALSE")
                                    .arg(who, ident(team.group(Role::Admin))));
            !done)
            return done;
    return {};
}

Done leaveGroups(const QSqlDatabase &db, const Team &team, const QString &name)
{
    const auto groups = groupsOf(db, team, name);
    if (!groups)
        return fail(groups.error());
    for (Role r : *groups)
        if (auto done = run(db, QStringLiteral("REVOKE %1 FROM %2").arg(ident(team.group(r)), ident(name))); !done)
            return done;
    if (groups->contains(Role::Admin))
        if (auto done = run(db, QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(ident(name))); !done)
            return done;
    return {};
}

Result<QString> verifier(const QSqlDatabase &db, const QString &name, const QString &password)
{
    PGconn *c = sql::libpqConnection(db);
    if (!c)
        return fail(Tr::tr("Cannot reach the server's connection to encrypt the password."));
    const QByteArray pw = password.toUtf8(), user = name.toUtf8();
    char *encrypted = PQencryptPasswordConn(c, pw.constData(), user.constData(), nullptr);
    if (!encrypted)
        return fail(Tr::tr("Cannot encrypt the password: %1").arg(QString::fromUtf8(PQerrorMessage(c)).trimmed()));
    const QString text = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return text;
}

} // namespace

Done addUser(const QSqlDatabase &db, const Team &team, const QString &name, Role role, const QString &password)
{
    if (auto done = checkUserName(team, name); !done)
        return done;
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    const auto exists = roleExists(db, name);
    if (!exists)
        return fail(exists.error());
    if (*exists) {
        const auto groups = groupsOf(db, team, name);
        if (!groups)
            return fail(groups.error());
        if (!groups->isEmpty())
            return fail(Tr::tr("%1 is already a user of this team database (%2). `sitrepctl team set-role` changes a user's role.")
                            .arg(name, rolePhrase(groups->constFirst())));
    }
    QString passwordClause;
    if (!password.isEmpty()) {
        const auto encrypted = verifier(db, name, password);
        if (!encrypted)
            return fail(encrypted.error());
        passwordClause = QStringLiteral(" PASSWORD ") + literal(*encrypted);
    }
    if (!*exists) {
        if (auto done = run(db, QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(ident(name), passwordClause)); !done)
            return done;
    } else if (!passwordClause.isEmpty()) {
        if (auto done = run(db, QStringLiteral("ALTER ROLE %1%2").arg(ident(name), passwordClause)); !done)
            return done;
    }
    if (auto done = joinGroup(db, team, name, role, !*exists); !done)
        return done;
    return tx.commit();
}

Done setRole(const QSqlDatabase &db, const Team &team, const QString &name, Role role)
{
    if (auto done = checkUserName(team, name); !done)
        return done;
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    const auto groups = groupsOf(db, team, name);
    if (!groups)
        return fail(groups.error());
    if (groups->isEmpty())
        return fail(Tr::tr("%1 is not a user of this team database: `sitrepctl team add-user` adds one.").arg(name));
    if (auto done = leaveGroups(db, team, name); !done)
        return done;
    // An admin-to-be must not be administered through the admin group (a cycle); a former admin
    // now may be.
    const bool administered = serverVersion(db) >= 160000;
    if (administered && role == Role::Admin)
        if (auto done = run(db, QStringLiteral("REVOKE %1 FROM %2").arg(ident(name), ident(team.group(Role::Admin)))); !done)
            return done;
    if (auto done = joinGroup(db, team, name, role, administered && groups->contains(Role::Admin)); !done)
        return done;
    return tx.commit();
}

Result<bool> removeUser(const QSqlDatabase &db, const Team &team, const QString &name)
{
    if (auto done = checkUserName(team, name); !done)
        return fail(done.error());
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    const auto groups = groupsOf(db, team, name);
    if (!groups)
        return fail(groups.error());
    if (groups->isEmpty())
        return fail(Tr::tr("%1 is not a user of this team database.").arg(name));
    if (auto done = leaveGroups(db, team, name); !done)
        return fail(done.error());
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                                "WHERE m.rolname = CAST(? AS TEXT)"),
                              {name});
        !done || !q.next())
        return fail(done ? serverError(q.lastError()) : done.error());
    const bool drop = q.value(0).toLongLong() == 0;
    if (drop)
        if (auto done = run(db, QStringLiteral("DROP ROLE %1").arg(ident(name))); !done)
            return fail(done.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return drop;
}

} // namespace sitrep::teamroles
