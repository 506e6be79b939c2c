#include "storage/TeamRoles.h"

#include "storage/TeamRolesSql.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace sitrep::teamroles {

using namespace detail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
};

const QString metaKey = QStringLiteral("team_roles");

// Who may write what, table by table. SELECT on every table goes to the viewer (and through it to
// everyone); this lists INSERT, UPDATE, DELETE. An admin has everything a responder has (member).
enum Writer : unsigned { Responders = 1, Admins = 2, Intake = 4, Everyone = 8 };
struct TableAccess
{
    const char *table;
    unsigned writers;
    const char *intakePrivileges = "INSERT, UPDATE";   // what intake may do where it writes
};
constexpr TableAccess catalogue[] = {
    {"meta", 0},                   // the migrations' (the owner's)
    {"services", Admins | Intake}, // the service catalogue; intake adds services alerts name
    {"incidents", Responders | Intake},
    {"incident_roles", Responders},
    {"alerts", Responders | Intake},   // acknowledging, linking to incidents
    {"timeline_events", Responders | Intake},
    {"runbooks", Admins},              // the runbook library
    {"runbook_versions", Admins},      // written when the library saves a runbook
    {"checklist_items", Responders},
    {"postmortems", Responders},       // drafts private: row-level security below
    {"action_items", Responders},
    {"alert_groups", Responders | Intake},
    {"intake_rules", Admins},
    {"severity_map", Admins},
    {"alert_mutes", Responders},
    {"postmortem_templates", Admins},
    {"incident_alert_names", Responders | Intake},
    {"counters", Responders | Intake},   // incident numbers
    // The change log: the triggers write it as its owner (SECURITY DEFINER, below), so nobody
    // can write a row of their own into the feed. Intake writes its summaries itself
    // (ChangeLog.h) and `serve` prunes the log.
    {"change_log", Intake, "INSERT, DELETE"},
    {"change_log_pause", 0},   // a file's; a server pauses with a setting
    {"change_commits", Intake, "DELETE"},
    {"change_pending", Intake, "INSERT"},
    // Who has which incident open: every window writes its own row, a viewer's too (row-level
    // security below keeps each to their own rows).
    {"presence", Everyone},
};

QString groupList(const Team &team, std::initializer_list<Role> roles)
{
    QStringList names;
    for (Role r : roles)
        names << ident(team.group(r));
    return names.join(QStringLiteral(", "));
}

// The log's trigger functions write change_log, change_pending and change_commits, which no
// person may write: they run as their owner (SECURITY DEFINER, with a search_path of their own
// schema so that nobody's objects stand in for the log's), and so name the person by
// session_user, the role they logged in as (current_user is the owner inside). Remade at every
// grant, so that a function a later migration (re)creates is covered too.
const char *const logFunctionsAsOwner = R"(DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
              WHERE p.pronamespace = current_schema()::regnamespace AND p.prorettype = 'trigger'::regtype
                AND (p.proname LIKE 'sitrep\_log\_%' OR p.proname = 'sitrep_number_commit') LOOP
        EXECUTE replace(pg_get_functiondef(f.oid), 'current_user', 'session_user');
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', f.oid::regprocedure, current_schema());
    END LOOP;
END
$$)";

// A postmortem that is not published is private to the role that created it, the person named
// its author, its reviewers (by user name, in its JSON list) and the team's admins.
QString visiblePostmortem(const Team &team)
{
    return QStringLiteral("(status = 'published' OR created_by = current_user OR author = current_user "
                          "OR strpos(reviewers, to_json(current_user::text)::text) > 0 "
                          "OR pg_has_role(current_user, %1, 'USAGE'))")
        .arg(literal(team.group(Role::Admin)));
}

struct Noted
{
    QString user;
    std::optional<Role> role;
};

QMutex notedMutex;
// By libpq connection: a QSqlQuery knows its driver, not its connection's name. A new connection
// at a freed one's address is noted anew when it opens.
QHash<const void *, Noted> noted;

PGconn *handleOf(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

} // namespace

namespace detail {

QString ident(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    // standard_conforming_strings is on since PostgreSQL 9.1: a backslash is an ordinary character.
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString rolePhrase(Role role)
{
    switch (role) {
    case Role::Viewer: return Tr::tr("viewer");
    case Role::Responder: return Tr::tr("responder");
    case Role::Admin: return Tr::tr("admin");
    case Role::Intake: return Tr::tr("intake");
    }
    return {};
}

QString errorOf(const QSqlDatabase &db, const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return refusal(db.driver()) + QLatin1Char(' ') + Tr::tr("(The server said: %1)").arg(serverError(error));
    return serverError(error);
}

Done run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return fail(errorOf(db, q.lastError()));
    return {};
}

int serverVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return 0;
    return q.value(0).toString().toInt();
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = CAST(? AS TEXT)"), {name}); !done)
        return fail(done.error());
    return q.next();
}

Result<QList<Role>> groupsOf(const QSqlDatabase &db, const Team &team, const QString &name)
{
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                                "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = CAST(? AS TEXT)"),
                              {name});
        !done)
        return fail(done.error());
    QList<Role> roles;
    while (q.next())
        for (Role r : allRoles)
            if (q.value(0).toString() == team.group(r))
                roles << r;
    return roles;
}

} // namespace detail

QString keyOf(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Responder: return QStringLiteral("responder");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Intake: return QStringLiteral("intake");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles)
        if (keyOf(r) == key)
            return r;
    return std::nullopt;
}

QStringList classifiedTables()
{
    QStringList names;
    for (const TableAccess &t : catalogue)
        names << QLatin1String(t.table);
    return names;
}

Result<std::optional<Team>> teamOf(const QSqlDatabase &db)
{
    if (!sql::isServer(db))
        return std::optional<Team>();
    QSqlQuery q(db);
    // Asked first: a statement on a missing table would abort the caller's transaction.
    if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next())
        return fail(serverError(q.lastError()));
    if (!q.value(0).toBool())
        return std::optional<Team>();
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'team_roles'")))
        return fail(serverError(q.lastError()));
    if (!q.next() || q.value(0).toString().isEmpty())
        return std::optional<Team>();
    return std::optional<Team>(Team{q.value(0).toString()});
}

Done grantAll(const QSqlDatabase &db, const Team &team)
{
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    const auto exec = [&db](const QString &statement) { return sql::exec(db, statement); };
    // Two upgrading processes would otherwise collide on the catalogue rows they both rewrite.
    if (auto done = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, 2)").arg(Database::applicationId)); !done)
        return done;
    // Not "policy … does not exist, skipping" on the terminal of whoever runs `team init`.
    if (auto done = exec(QStringLiteral("SET LOCAL client_min_messages = warning")); !done)
        return done;
    {
        QSqlQuery q(db);
        if (auto done = sql::exec(q, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  {metaKey, team.prefix});
            !done)
            return done;
    }
    QSqlQuery schemaQuery(db);
    if (!schemaQuery.exec(QStringLiteral("SELECT current_schema()")) || !schemaQuery.next())
        return fail(serverError(schemaQuery.lastError()));
    const QString schema = ident(schemaQuery.value(0).toString());
    const QString everyone = QStringLiteral("PUBLIC, ") + groupList(team, {Role::Viewer, Role::Responder, Role::Admin, Role::Intake});
    const QStringList statements = {
        // From nothing, so that a table a new version gives to admins alone loses what
        // responders had.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, everyone),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, everyone),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, groupList(team, {Role::Viewer, Role::Intake})),
        // Identity columns draw ids without it; intake's explicit nextval does not.
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, groupList(team, {Role::Responder, Role::Intake})),
    };
    for (const QString &statement : statements)
        if (auto done = exec(statement); !done)
            return done;
    for (const TableAccess &t : catalogue) {
        const QString table = QLatin1String(t.table);
        QSqlQuery present(db);
        if (auto done = sql::exec(present, QStringLiteral("SELECT to_regclass(CAST(? AS TEXT)) IS NOT NULL"), {ident(table)}); !done)
            return done;
        if (!present.next() || !present.value(0).toBool())
            continue;   // a newer table than this database has (a test's older schema)
        QStringList writers;
        if (t.writers & Responders)
            writers << ident(team.group(Role::Responder));
        if (t.writers & Admins)
            writers << ident(team.group(Role::Admin));
        if (t.writers & Everyone)
            writers = QStringList{ident(team.group(Role::Viewer))};   // and so every member
        if (!writers.isEmpty())
            if (auto done = exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(ident(table), writers.join(QStringLiteral(", ")))); !done)
                return done;
        if (t.writers & Intake)
            if (auto done = exec(QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(t.intakePrivileges), ident(table), ident(team.group(Role::Intake)))); !done)
                return done;
    }
    if (auto done = exec(QString::fromLatin1(logFunctionsAsOwner)); !done)
        return done;
    // Presence: everyone sees every window's row; each writes and removes only their own, and
    // any may clear a row that has not been refreshed for an hour (PresenceStore's sweep).
    QSqlQuery presence(db);
    if (!presence.exec(QStringLiteral("SELECT to_regclass('presence') IS NOT NULL")) || !presence.next())
        return fail(serverError(presence.lastError()));
    if (presence.value(0).toBool()) {
        const QStringList policies = {
            QStringLiteral("ALTER TABLE presence ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS team_read ON presence"),
            QStringLiteral("DROP POLICY IF EXISTS team_insert ON presence"),
            QStringLiteral("DROP POLICY IF EXISTS team_update ON presence"),
            QStringLiteral("DROP POLICY IF EXISTS team_delete ON presence"),
            QStringLiteral("CREATE POLICY team_read ON presence FOR SELECT USING (true)"),
            QStringLiteral("CREATE POLICY team_insert ON presence FOR INSERT WITH CHECK (db_user = current_user)"),
            QStringLiteral("CREATE POLICY team_update ON presence FOR UPDATE USING (db_user = current_user) WITH CHECK (db_user = current_user)"),
            QStringLiteral("CREATE POLICY team_delete ON presence FOR DELETE USING (db_user = current_user "
                           "OR seen_at < floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint - 3600000)"),
        };
        for (const QString &statement : policies)
            if (auto done = exec(statement); !done)
                return done;
    }
    // Row-level security: draft postmortems and their action items. The owner (migrations,
    // copies by a superuser) is not subject to it. It needs created_by (schema version 11): a
    // database still older (a test's) gets its policies when it is upgraded, which grants again.
    QSqlQuery creator(db);
    if (!creator.exec(QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                     "AND table_name = 'postmortems' AND column_name = 'created_by'")))
        return fail(serverError(creator.lastError()));
    if (!creator.next())
        return tx.commit();
    const QString visible = visiblePostmortem(team);
    const QStringList policies = {
        QStringLiteral("ALTER TABLE postmortems ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS team_read ON postmortems"),
        QStringLiteral("DROP POLICY IF EXISTS team_insert ON postmortems"),
        QStringLiteral("DROP POLICY IF EXISTS team_update ON postmortems"),
        QStringLiteral("DROP POLICY IF EXISTS team_delete ON postmortems"),
        QStringLiteral("CREATE POLICY team_read ON postmortems FOR SELECT USING %1").arg(visible),
        QStringLiteral("CREATE POLICY team_insert ON postmortems FOR INSERT WITH CHECK (true)"),
        QStringLiteral("CREATE POLICY team_update ON postmortems FOR UPDATE USING %1 WITH CHECK (true)").arg(visible),
        QStringLiteral("CREATE POLICY team_delete ON postmortems FOR DELETE USING %1").arg(visible),
        QStringLiteral("ALTER TABLE action_items ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS team_all ON action_items"),
        // The subquery sees only the postmortems the user may see.
        QStringLiteral("CREATE POLICY team_all ON action_items USING "
                       "(EXISTS (SELECT 1 FROM postmortems p WHERE p.id = action_items.postmortem_id))"),
    };
    for (const QString &statement : policies)
        if (auto done = exec(statement); !done)
            return done;
    return tx.commit();
}

Done upgrade(const QSqlDatabase &db, const Migrator &migrator, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT tableowner, current_user, pg_has_role(current_user, tableowner, 'MEMBER') "
                               "FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meta'")))
        return fail(serverError(q.lastError()));
    if (!q.next())
        return migrator.migrate(db);
    const QString owner = q.value(0).toString();
    const bool isOwner = owner == q.value(1).toString();
    if (!isOwner && !q.value(2).toBool()) {
        const auto current = Migrator::currentVersion(db);
        return fail(Tr::tr("%1 needs an upgrade to this version of Sitrep (schema version %2 to %3), which only the "
                           "role that owns its tables (%4) may make. Ask an admin of this team database to run "
                           "`sitrepctl team init --db %1` as the server's superuser. The database was left unchanged.")
                        .arg(name)
                        .arg(current ? *current : 0)
                        .arg(migrator.latestVersion())
                        .arg(owner));
    }
    if (!isOwner) {
        if (auto done = sql::exec(db, QStringLiteral("SET ROLE %1").arg(ident(owner))); !done)
            return done;
    }
    // Back to the user that connected, whatever happened: the connection goes on being used.
    auto reset = qScopeGuard([&db, isOwner] {
        if (!isOwner)
            if (auto done = sql::exec(db, QStringLiteral("RESET ROLE")); !done)
                qCWarning(lcStorage).noquote() << done.error();
    });
    if (auto migrated = migrator.migrate(db); !migrated)
        return migrated;
    const auto team = teamOf(db);
    if (!team)
        return fail(team.error());
    if (*team)
        if (auto done = grantAll(db, **team); !done)
            return fail(Tr::tr("%1 was upgraded, but its grants could not be made again: %2").arg(name, done.error()));
    return {};
}

Result<InitResult> init(const DatabaseLocation &location)
{
    return init(location, Migrator::forEngine(Engine::Postgres));
}

Result<InitResult> init(const DatabaseLocation &location, const Migrator &migrator)
{
    if (!location.isServer())
        return fail(Tr::tr("Team roles are PostgreSQL's: %1 is a file, which anyone who can read it can change. "
                           "Give a PostgreSQL database to `team init`.").arg(location.displayName()));
    const auto database = Database::connectAsIs(location);
    if (!database)
        return fail(database.error());
    const QString name = (*database)->path();
    const QSqlDatabase db = (*database)->connection();

    QSqlQuery who(db);
    if (!who.exec(QStringLiteral("SELECT r.rolsuper, r.rolcreaterole, current_user, current_database(), current_schema(), "
                                 "pg_has_role(current_user, d.datdba, 'MEMBER') "
                                 "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")) ||
        !who.next())
        return fail(serverError(who.lastError()));
    const bool superuser = who.value(0).toBool();
    const QString me = who.value(2).toString();
    const QString schema = who.value(4).toString();
    if (!superuser && !(who.value(1).toBool() && who.value(5).toBool()))
        return fail(Tr::tr("`team init` makes roles and grants, which %1 may not: run it as the server's superuser "
                           "(e.g. `sudo -u postgres sitrepctl team init --db …`), or as a role with CREATEROLE that "
                           "owns the database.").arg(me));

    const auto info = ServerInspection::read(db);
    if (!info)
        return fail(Tr::tr("Cannot read %1: %2").arg(name, info.error()));
    if (!info->empty && !info->isSitrep)
        return fail(Tr::tr("The PostgreSQL database %1 holds tables of another application, not Sitrep's. It was left unchanged.").arg(name));
    if (info->schemaVersion > migrator.latestVersion())
        return fail(Tr::tr("%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update "
                           "Sitrep to open it. The database was left unchanged.")
                        .arg(name)
                        .arg(info->schemaVersion)
                        .arg(migrator.latestVersion()));

    const auto existing = teamOf(db);
    if (!existing)
        return fail(existing.error());
    InitResult result;
    result.team = *existing ? **existing : Team{who.value(3).toString()};
    result.fromVersion = info->schemaVersion;
    const Team &team = result.team;
    // Role names have at most 63 bytes: a longer one would be cut, and two teams could share it.
    if (team.group(Role::Responder).toUtf8().size() > 63)
        return fail(Tr::tr("The database's name “%1” is too long to name its team's roles after it (at most 53 bytes).").arg(team.prefix));

    {
        Transaction tx(db);
        if (!tx.ok())
            return fail(tx.error());
        if (auto done = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1, 2)").arg(Database::applicationId)); !done)
            return fail(done.error());
        // Running it again: not "… has already been granted membership …" for every grant.
        if (auto done = run(db, QStringLiteral("SET LOCAL client_min_messages = warning")); !done)
            return fail(done.error());
        QStringList roles{team.owner()};
        for (Role r : allRoles)
            roles << team.group(r);
        for (const QString &role : std::as_const(roles)) {
            const auto exists = roleExists(db, role);
            if (!exists)
                return fail(exists.error());
            if (*exists)
                continue;
            if (auto done = run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(role))); !done)
                return fail(done.error());
            result.createdRoles << role;
        }
        const QString viewer = ident(team.group(Role::Viewer)), responder = ident(team.group(Role::Responder)),
                      admin = ident(team.group(Role::Admin)), intake = ident(team.group(Role::Intake)),
                      owner = ident(team.owner());
        QStringList statements = {
            QStringLiteral("GRANT %1 TO %2").arg(viewer, responder),
            QStringLiteral("GRANT %1 TO %2").arg(responder, admin),
            QStringLiteral("GRANT %1 TO %2").arg(viewer, intake),
            // Admins add viewers and responders (each admin also holds its own group WITH ADMIN
            // OPTION, addUser: a group cannot hold itself).
            QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(viewer, responder, admin),
            // Nobody connects to the database without a role in the team.
            QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(ident(who.value(3).toString())),
            QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3").arg(ident(who.value(3).toString()), viewer, intake),
            QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(ident(schema)),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(ident(schema), viewer, intake),
            QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(ident(schema), owner),
        };
        // PostgreSQL 16 on: admins may hand out the intake role without having its rights.
        if (serverVersion(db) >= 160000)
            statements << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION, INHERIT FALSE, SET FALSE").arg(intake, admin);
        // To migrate as the owner, a non-superuser must be able to become it.
        if (!superuser)
            statements << QStringLiteral("GRANT %1 TO %2").arg(owner, ident(me));
        for (const QString &statement : std::as_const(statements))
            if (auto done = run(db, statement); !done)
                return fail(done.error());

        // A database that was used before its team (one role owned everything): its tables,
        // sequences and functions go to the owner role. Tables first: their identities follow.
        const auto adopt = [&](const QString &list, const QString &alter) -> Done {
            QSqlQuery q(db);
            if (auto done = sql::exec(q, list, {team.owner()}); !done)
                return done;
            QStringList objects;
            while (q.next())
                objects << q.value(0).toString();
            for (const QString &object : std::as_const(objects))
                if (auto done = run(db, alter.arg(object, owner)); !done)
                    return done;
            return {};
        };
        // An extension's objects stay its own.
        const QString notOwned = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %2 AND d.deptype = 'e')"
                                                " AND %1 <> (SELECT oid FROM pg_roles WHERE rolname = CAST(? AS TEXT))");
        if (auto done = adopt(QStringLiteral("SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                                             "AND c.relkind IN ('r', 'p')") + notOwned.arg(QStringLiteral("c.relowner"), QStringLiteral("c.oid")),
                              QStringLiteral("ALTER TABLE %1 OWNER TO %2"));
            !done)
            return fail(done.error());
        if (auto done = adopt(QStringLiteral("SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                                             "AND c.relkind = 'S'") + notOwned.arg(QStringLiteral("c.relowner"), QStringLiteral("c.oid")),
                              QStringLiteral("ALTER SEQUENCE %1 OWNER TO %2"));
            !done)
            return fail(done.error());
        if (auto done = adopt(QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace")
                                  + notOwned.arg(QStringLiteral("p.proowner"), QStringLiteral("p.oid")),
                              QStringLiteral("ALTER FUNCTION %1 OWNER TO %2"));
            !done)
            return fail(done.error());
        if (auto done = tx.commit(); !done)
            return fail(done.error());
    }

    if (auto done = sql::exec(db, QStringLiteral("SET ROLE %1").arg(ident(team.owner()))); !done)
        return fail(done.error());
    auto reset = qScopeGuard([&db] { (void)sql::exec(db, QStringLiteral("RESET ROLE")); });
    if (auto migrated = migrator.migrate(db); !migrated)
        return fail(migrated.error());
    if (auto done = grantAll(db, team); !done)
        return fail(done.error());
    const auto version = Migrator::currentVersion(db);
    result.toVersion = version ? *version : 0;
    qCInfo(lcStorage) << "team roles of" << team.prefix << "granted at schema version" << result.toVersion;
    return result;
}

void noteConnection(const QSqlDatabase &db)
{
    Noted entry;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return;
    entry.user = q.value(0).toString();
    const auto team = teamOf(db);
    if (team && *team) {
        QSqlQuery member(db);
        QVariantList groups;
        for (Role r : allRoles)
            groups << (*team)->group(r);
        if (sql::exec(member, QStringLiteral("SELECT r.rolname FROM pg_roles r WHERE r.rolname IN (CAST(? AS TEXT), "
                                             "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)) "
                                             "AND pg_has_role(current_user, r.oid, 'USAGE')"),
                      groups)) {
            // The role that may do most: admin over responder over viewer; intake alone only.
            while (member.next()) {
                for (Role r : allRoles) {
                    if (member.value(0).toString() != (*team)->group(r))
                        continue;
                    if (!entry.role || (r != Role::Intake && (int(r) > int(*entry.role) || *entry.role == Role::Intake)))
                        entry.role = r;
                }
            }
        }
    }
    QMutexLocker lock(&notedMutex);
    noted.insert(handleOf(db.driver()), entry);
}

std::optional<Role> connectedRole(const QSqlDatabase &db)
{
    QMutexLocker lock(&notedMutex);
    return noted.value(handleOf(db.driver())).role;
}

QString refusal(const QSqlDriver *driver)
{
    PGconn *c = handleOf(driver);
    Noted entry;
    {
        QMutexLocker lock(&notedMutex);
        entry = noted.value(c);
    }
    if (entry.user.isEmpty() && c)
        entry.user = QString::fromUtf8(PQuser(c));
    const QString ask = Tr::tr("Ask an admin of this team database to change your role.");
    if (!entry.role)
        return Tr::tr("You are connected as %1, who has no role in this team database that allows this change.").arg(entry.user) +
               QLatin1Char(' ') + ask;
    switch (*entry.role) {
    case Role::Viewer:
        return Tr::tr("You are connected as %1 (viewer): viewers may read but not change anything.").arg(entry.user) +
               QLatin1Char(' ') + ask;
    case Role::Responder:
        return Tr::tr("You are connected as %1 (responder): responders declare and work incidents, tick checklists and "
                      "write postmortems; intake rules, the severity map, templates, the runbook library and users are "
                      "for admins.").arg(entry.user) +
               QLatin1Char(' ') + ask;
    case Role::Intake:
        return Tr::tr("You are connected as %1 (intake): the intake role stores alerts and the incidents they open, "
                      "nothing else.").arg(entry.user) +
               QLatin1Char(' ') + ask;
    case Role::Admin:
        break;
    }
    return Tr::tr("You are connected as %1 (admin), and the database refused this change to you.").arg(entry.user);
}

} // namespace sitrep::teamroles
