#include "TeamCommand.h"

#include "CommandLine.h"
#include "Commands.h"
#include "storage/Database.h"
#include "storage/TeamRoles.h"
#include "storage/TeamUsers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace sitrepctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

using namespace sitrep;

const char *const teamUsage = QT_TRANSLATE_NOOP("sitrepctl",
    "Usage: sitrepctl team <init|add-user|set-role|remove-user|list> --db POSTGRESQL-DATABASE\n"
    "  init                         create the team's roles, the tables and the grants (as the server's superuser)\n"
    "  add-user NAME --role ROLE    add a person: viewer, responder or admin (intake: for `sitrepctl serve`)\n"
    "  set-role NAME --role ROLE    change a person's role\n"
    "  remove-user NAME             take a person out of the team\n"
    "  list                         the team's people and their roles\n");

// Parses a subcommand's options; an exit code when it is done (help, or a usage error).
std::optional<int> parse(QCommandLineParser &p, const QString &sub, const QStringList &args, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addOption({QStringLiteral("db"), Tr::tr("The team database: postgresql://USER@HOST/DATABASE, service=NAME or key=value parameters."),
                 Tr::tr("location")});
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("sitrepctl team ") + sub);
    if (!p.parse(withProgram)) {
        say(p.errorText());
        say(Tr::tr("Run `sitrepctl team %1 --help` for the options.").arg(sub));
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (!p.isSet(QStringLiteral("db"))) {
        say(Tr::tr("team %1 takes --db, the team's PostgreSQL database.").arg(sub));
        return Usage;
    }
    return std::nullopt;
}

// The location, which must be a server (a file has no users).
std::optional<DatabaseLocation> serverLocation(const QString &text)
{
    auto location = DatabaseLocation::parse(text);
    if (!location) {
        say(location.error());
        return std::nullopt;
    }
    if (!location->isServer()) {
        say(Tr::tr("%1 is a file: users and roles are a PostgreSQL team database's (anyone who can read a file can change it).")
                .arg(location->displayName()));
        return std::nullopt;
    }
    return *location;
}

// The open team database and its team, or a message said.
struct Opened
{
    DatabasePtr db;
    teamroles::Team team;
};

std::optional<Opened> openTeam(const QString &text)
{
    const auto location = serverLocation(text);
    if (!location)
        return std::nullopt;
    auto db = Database::open(*location);
    if (!db) {
        say(db.error());
        return std::nullopt;
    }
    const auto team = teamroles::teamOf((*db)->connection());
    if (!team) {
        say(team.error());
        return std::nullopt;
    }
    if (!*team) {
        say(Tr::tr("%1 has no team roles yet: the server's superuser sets them up with `sitrepctl team init --db %1`.")
                .arg((*db)->path()));
        return std::nullopt;
    }
    return Opened{*db, **team};
}

std::optional<teamroles::Role> roleOption(const QCommandLineParser &p, const QString &sub)
{
    if (!p.isSet(QStringLiteral("role"))) {
        say(Tr::tr("team %1 takes --role viewer, responder or admin.").arg(sub));
        return std::nullopt;
    }
    const auto role = teamroles::roleFromKey(p.value(QStringLiteral("role")));
    if (!role)
        say(Tr::tr("--role takes viewer, responder, admin or intake, not “%1”.").arg(p.value(QStringLiteral("role"))));
    return role;
}

std::optional<QString> oneName(const QCommandLineParser &p, const QString &sub)
{
    if (p.positionalArguments().size() != 1) {
        say(Tr::tr("team %1 takes one user name.").arg(sub));
        return std::nullopt;
    }
    return p.positionalArguments().constFirst();
}

// 24 characters from an alphabet without look-alikes: about 137 bits.
QString generatedPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

int initCommand(const QStringList &args)
{
    QCommandLineParser p;
    if (auto code = parse(p, QStringLiteral("init"), args,
                          Tr::tr("Sets up a team database: its group roles (named after the database), Sitrep's tables "
                                 "owned by a role nobody logs in as, and the grants of each role. Run it as the server's "
                                 "superuser; run it again after upgrading Sitrep, to upgrade the tables and grant again.")))
        return *code;
    const auto location = serverLocation(p.value(QStringLiteral("db")));
    if (!location)
        return Usage;
    const auto result = teamroles::init(*location);
    if (!result) {
        say(result.error());
        return Failed;
    }
    QTextStream out(stdout);
    if (!result->createdRoles.isEmpty())
        out << Tr::tr("Created the roles %1.").arg(result->createdRoles.join(QStringLiteral(", "))) << Qt::endl;
    if (result->fromVersion != result->toVersion)
        out << Tr::tr("Schema version %1 → %2.").arg(result->fromVersion).arg(result->toVersion) << Qt::endl;
    out << Tr::tr("The team “%1” is ready: add people with `sitrepctl team add-user NAME --role viewer|responder|admin --db %2`.")
               .arg(result->team.prefix, location->displayName())
        << Qt::endl;
    return Ok;
}

int addUserCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Tr::tr("The person's PostgreSQL user name."));
    p.addOption({QStringLiteral("role"), Tr::tr("viewer, responder or admin (intake: for `sitrepctl serve`)."), Tr::tr("role")});
    p.addOption({QStringLiteral("password-file"), Tr::tr("Read the password from the first line of this file (without "
                                                         "it, one is made up and printed once)."), Tr::tr("file")});
    p.addOption({QStringLiteral("no-password"), Tr::tr("Give no password (for peer or certificate authentication).")});
    if (auto code = parse(p, QStringLiteral("add-user"), args, Tr::tr("Adds a person to the team database with one role.")))
        return *code;
    const auto name = oneName(p, QStringLiteral("add-user"));
    const auto role = roleOption(p, QStringLiteral("add-user"));
    if (!name || !role)
        return Usage;
    if (p.isSet(QStringLiteral("password-file")) && p.isSet(QStringLiteral("no-password"))) {
        say(Tr::tr("Give --password-file or --no-password, not both."));
        return Usage;
    }
    QString password;
    bool generated = false;
    if (p.isSet(QStringLiteral("password-file"))) {
        QFile file(p.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            say(Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
        password = QString::fromUtf8(file.readLine()).trimmed();
        if (password.isEmpty()) {
            say(Tr::tr("%1 holds no password on its first line.").arg(file.fileName()));
            return Failed;
        }
    } else if (!p.isSet(QStringLiteral("no-password"))) {
        password = generatedPassword();
        generated = true;
    }
    const auto opened = openTeam(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    if (auto done = teamroles::addUser(opened->db->connection(), opened->team, *name, *role, password); !done) {
        say(done.error());
        return Failed;
    }
    QTextStream out(stdout);
    out << Tr::tr("Added %1 as %2.").arg(*name, teamroles::keyOf(*role)) << Qt::endl;
    // Once, on standard output only (never in a log): whoever added the person passes it on.
    if (generated)
        out << Tr::tr("Password for %1 (shown only now): %2").arg(*name, password) << Qt::endl;
    return Ok;
}

int setRoleCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Tr::tr("The person's PostgreSQL user name."));
    p.addOption({QStringLiteral("role"), Tr::tr("viewer, responder or admin (intake: for `sitrepctl serve`)."), Tr::tr("role")});
    if (auto code = parse(p, QStringLiteral("set-role"), args, Tr::tr("Changes a person's role in the team database.")))
        return *code;
    const auto name = oneName(p, QStringLiteral("set-role"));
    const auto role = roleOption(p, QStringLiteral("set-role"));
    if (!name || !role)
        return Usage;
    const auto opened = openTeam(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    if (auto done = teamroles::setRole(opened->db->connection(), opened->team, *name, *role); !done) {
        say(done.error());
        return Failed;
    }
    QTextStream(stdout) << Tr::tr("%1 is now %2.").arg(*name, teamroles::keyOf(*role)) << Qt::endl;
    return Ok;
}

int removeUserCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Tr::tr("The person's PostgreSQL user name."));
    if (auto code = parse(p, QStringLiteral("remove-user"), args,
                          Tr::tr("Takes a person out of the team database; their login role goes too unless it "
                                 "belongs to something else on the server.")))
        return *code;
    const auto name = oneName(p, QStringLiteral("remove-user"));
    if (!name)
        return Usage;
    const auto opened = openTeam(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    const auto dropped = teamroles::removeUser(opened->db->connection(), opened->team, *name);
    if (!dropped) {
        say(dropped.error());
        return Failed;
    }
    QTextStream(stdout) << (*dropped ? Tr::tr("Removed %1; the login role is gone.").arg(*name)
                                     : Tr::tr("Removed %1 from the team; the login role stays, as it belongs to other roles of the server.").arg(*name))
                        << Qt::endl;
    return Ok;
}

int listCommand(const QStringList &args)
{
    QCommandLineParser p;
    if (auto code = parse(p, QStringLiteral("list"), args, Tr::tr("Lists the team's people and their roles, one a line (name, tab, role).")))
        return *code;
    const auto opened = openTeam(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    const auto people = teamroles::users(opened->db->connection(), opened->team);
    if (!people) {
        say(people.error());
        return Failed;
    }
    QTextStream out(stdout);
    for (const teamroles::User &u : *people)
        out << u.name << '\t' << teamroles::keyOf(u.role) << (u.canLogin ? "" : "\t(cannot log in)") << '\n';
    return Ok;
}

} // namespace

int team(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("init"))
        return initCommand(rest);
    if (sub == QLatin1String("add-user"))
        return addUserCommand(rest);
    if (sub == QLatin1String("set-role"))
        return setRoleCommand(rest);
    if (sub == QLatin1String("remove-user"))
        return removeUserCommand(rest);
    if (sub == QLatin1String("list"))
        return listCommand(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        QTextStream(stdout) << Tr::tr(teamUsage);
        return Ok;
    }
    if (!sub.isEmpty())
        say(Tr::tr("Unknown team command \"%1\".").arg(sub));
    QTextStream(stderr) << Tr::tr(teamUsage);
    return Usage;
}

} // namespace sitrepctl
