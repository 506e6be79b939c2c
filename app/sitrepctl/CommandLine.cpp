#include "CommandLine.h"

#include "Commands.h"
#include "ReportCommand.h"
#include "PostmortemCommands.h"
#include "RunbooksCommand.h"
#include "ServeCommand.h"
#include "TailCommand.h"
#include "TeamCommand.h"
#include "analytics/Buckets.h"
#include "domain/Severity.h"

#include <QDateTime>
#include <QTimeZone>
#include "storage/Database.h"
#include "util/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace sitrepctl {

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

const char *const overview = QT_TRANSLATE_NOOP("sitrepctl",
    "Usage: sitrepctl <command> [options]\n"
    "\n"
    "Commands:\n"
    "  demo      fill an empty database with a realistic demo data set\n"
    "  check     report schema version, integrity and row counts (exit 1 on a problem)\n"
    "  migrate   bring a database's schema up to date (a file is backed up first)\n"
    "  export    write the whole database as one JSON document\n"
    "  import    read a JSON document made by export (all or nothing)\n"
    "  report    incident metrics (MTTD, MTTA, MTTM, MTTR) as JSON, CSV or Markdown\n"
    "  serve     receive alerts over HTTP (Alertmanager, Grafana, PagerDuty Events v2, Datadog, JSON)\n"
    "  runbooks  import a folder of Markdown runbooks, or list those that fit an alert\n"
    "  postmortem  draft a postmortem from an incident, or export one as Markdown, HTML or PDF\n"
    "  lint      flag blame-oriented phrasing in a postmortem (exit 1 when it finds some)\n"
    "  copy      copy a whole database to another place, e.g. a file to a team server (all or nothing)\n"
    "  tail      print every change as it is committed, as JSON lines (for chat bots and status pages)\n"
    "  team      a team database's people and roles: init, add-user, set-role, remove-user, list\n"
    "\n"
    "Every command takes --db LOCATION (default: %1). A location is:\n"
    "  a file path               an SQLite file, e.g. ~/incidents.db\n"
    "  postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full\n"
    "                            a PostgreSQL server (a libpq URI; postgres:// works too)\n"
    "  service=NAME              a server described in pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf)\n"
    "  host=HOST dbname=NAME ... libpq's key=value parameters\n"
    "Passwords come from ~/.pgpass (or the file PGPASSFILE names) or the service file, as for psql.\n"
    "A password written into the URI works, but anyone on this machine can read it in the process\n"
    "list: use .pgpass instead. sitrepctl never prints a password.\n"
    "\n"
    "`sitrepctl <command> --help` describes one command; `sitrepctl --version` prints the version.\n");

// Parses one command's options; on --help or an error prints and returns an exit code.
std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                         const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("sitrepctl ") + command);
    if (!parser.parse(withProgram)) {
        say(parser.errorText());
        say(Tr::tr("Run `sitrepctl %1 --help` for the options.").arg(command));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("incidents"), Tr::tr("How many incidents (default 2000)."), Tr::tr("n"),
                 QStringLiteral("2000")});
    p.addOption({QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), Tr::tr("s"), QStringLiteral("1")});
    p.addOption({QStringLiteral("until"),
                 Tr::tr("End of the two-year period, ISO 8601 UTC (default: start of today, UTC)."),
                 Tr::tr("time")});
    if (auto code = parse(p, QStringLiteral("demo"), args,
                          Tr::tr("Fills an empty database with a realistic, deterministic demo data set.")))
        return *code;
    DemoArgs a;
    a.db = p.value(QStringLiteral("db"));
    bool ok = false;
    a.incidents = p.value(QStringLiteral("incidents")).toLongLong(&ok);
    if (!ok || a.incidents < 0 || a.incidents > 100'000'000) {
        say(Tr::tr("--incidents takes a whole number from 0 to 100000000."));
        return Usage;
    }
    a.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        say(Tr::tr("--seed takes a whole number."));
        return Usage;
    }
    if (p.isSet(QStringLiteral("until"))) {
        a.until = sitrep::parseIsoUtc(p.value(QStringLiteral("until")));
        if (!a.until) {
            say(Tr::tr("--until takes an ISO 8601 time with a zone, such as 2026-01-01T00:00:00Z."));
            return Usage;
        }
    }
    return demo(a);
}

int runSimple(const QString &command, const QStringList &args, const QString &description,
              int (*action)(const QString &))
{
    QCommandLineParser p;
    p.addOption(dbOption());
    if (auto code = parse(p, command, args, description))
        return *code;
    return action(p.value(QStringLiteral("db")));
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("format"), Tr::tr("Output format: json (the only one)."), Tr::tr("format"),
                 QStringLiteral("json")});
    p.addOption({QStringLiteral("out"), Tr::tr("Write to this file instead of standard output."), Tr::tr("file")});
    if (auto code = parse(p, QStringLiteral("export"), args,
                          Tr::tr("Writes the whole database as one JSON document (see README).")))
        return *code;
    if (p.value(QStringLiteral("format")) != QLatin1String("json")) {
        say(Tr::tr("Unknown format \"%1\": export writes json.").arg(p.value(QStringLiteral("format"))));
        return Usage;
    }
    return exportJson(p.value(QStringLiteral("db")), p.value(QStringLiteral("out")));
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("format"), Tr::tr("Input format: json (the only one)."), Tr::tr("format"),
                 QStringLiteral("json")});
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("The JSON document, or - for standard input."));
    if (auto code = parse(p, QStringLiteral("import"), args,
                          Tr::tr("Reads a JSON document made by export; all or nothing.")))
        return *code;
    if (p.value(QStringLiteral("format")) != QLatin1String("json")) {
        say(Tr::tr("Unknown format \"%1\": import reads json.").arg(p.value(QStringLiteral("format"))));
        return Usage;
    }
    if (p.positionalArguments().size() != 1) {
        say(Tr::tr("import takes one file (or - for standard input)."));
        return Usage;
    }
    return importJson(p.value(QStringLiteral("db")), p.positionalArguments().constFirst());
}

// "2026-03-01" is the start of that day in `zone`; a full ISO time carries its own zone.
std::optional<qint64> parseDate(const QString &text, const QTimeZone &zone)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return day.startOfDay(zone).toMSecsSinceEpoch();
    return sitrep::parseIsoUtc(text);
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD, or an ISO time with a zone)."), Tr::tr("date")});
    p.addOption({QStringLiteral("to"), Tr::tr("Day after the last (exclusive)."), Tr::tr("date")});
    p.addOption({QStringLiteral("service"), Tr::tr("Only this service (repeatable)."), Tr::tr("name")});
    p.addOption({QStringLiteral("severity"), Tr::tr("Only this severity, SEV1..SEV5 (repeatable)."), Tr::tr("sev")});
    p.addOption({QStringLiteral("by"), Tr::tr("Bucket: week (from Monday), month or quarter."), Tr::tr("bucket"),
                 QStringLiteral("week")});
    p.addOption({QStringLiteral("include-drills"), Tr::tr("Count drills too (left out by default).")});
    p.addOption({QStringLiteral("compare-at"), Tr::tr("Compare incidents before and after this date."), Tr::tr("date")});
    p.addOption({QStringLiteral("time-zone"), Tr::tr("IANA zone for buckets and dates (default: this machine's)."),
                 Tr::tr("zone")});
    p.addOption({QStringLiteral("format"), Tr::tr("json, csv or markdown."), Tr::tr("format"), QStringLiteral("json")});
    if (auto code = parse(p, QStringLiteral("report"), args,
                          Tr::tr("Time to detect, acknowledge, mitigate and resolve, by bucket and service.")))
        return *code;
    ReportArgs a;
    sitrep::analytics::ReportRequest &r = a.request;
    if (p.isSet(QStringLiteral("time-zone"))) {
        r.zone = QTimeZone(p.value(QStringLiteral("time-zone")).toUtf8());
        if (!r.zone.isValid()) {
            say(Tr::tr("Unknown time zone \"%1\" (use an IANA name such as Europe/Berlin).").arg(p.value(QStringLiteral("time-zone"))));
            return Usage;
        }
    }
    for (const char *name : {"from", "to", "compare-at"}) {
        const QString key = QLatin1String(name);
        if (!p.isSet(key))
            continue;
        const auto at = parseDate(p.value(key), r.zone);
        if (!at) {
            say(Tr::tr("--%1 takes a date (YYYY-MM-DD) or an ISO time with a zone.").arg(key));
            return Usage;
        }
        (key == QLatin1String("from") ? r.filter.from : key == QLatin1String("to") ? r.filter.to : r.compareAt) = *at;
    }
    r.filter.services = p.values(QStringLiteral("service"));
    for (const QString &s : p.values(QStringLiteral("severity"))) {
        const auto sev = sitrep::severityFromLabel(s);
        if (!sev) {
            say(Tr::tr("--severity takes SEV1..SEV5 (got \"%1\").").arg(s));
            return Usage;
        }
        r.filter.severities << int(*sev);
    }
    r.filter.includeDrills = p.isSet(QStringLiteral("include-drills"));
    const auto bucketing = sitrep::analytics::bucketingFromKey(p.value(QStringLiteral("by")));
    if (!bucketing) {
        say(Tr::tr("--by takes week, month or quarter."));
        return Usage;
    }
    r.bucketing = *bucketing;
    a.format = p.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("markdown")}.contains(a.format)) {
        say(Tr::tr("Unknown format \"%1\": report writes json, csv or markdown.").arg(a.format));
        return Usage;
    }
    return report(p.value(QStringLiteral("db")), a);
}

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("listen"), Tr::tr("HOST:PORT to listen on (default 127.0.0.1:9797)."), Tr::tr("address"),
                 QStringLiteral("127.0.0.1:9797")});
    p.addOption({QStringLiteral("token-file"),
                 Tr::tr("File holding the bearer token senders must present (required off loopback)."), Tr::tr("file")});
    if (auto code = parse(p, QStringLiteral("serve"), args,
                          Tr::tr("Receives alerts over HTTP and turns them into incidents (see docs/intake.md).")))
        return *code;
    ServeArgs a;
    a.db = p.value(QStringLiteral("db"));
    a.listen = p.value(QStringLiteral("listen"));
    a.tokenFile = p.value(QStringLiteral("token-file"));
    return serve(a);
}

int runCopy(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), Tr::tr("The database to copy: a file or a server (as --db takes it)."),
                 Tr::tr("location")});
    p.addOption({QStringLiteral("to"), Tr::tr("Where to copy it: a file or a server (as --db takes it)."),
                 Tr::tr("location")});
    p.addOption({QStringLiteral("replace"), Tr::tr("Replace what the target holds instead of refusing a target "
                                                   "that is not empty.")});
    if (auto code = parse(p, QStringLiteral("copy"), args,
                          Tr::tr("Copies a whole database, all or nothing: from a file to a server when a team "
                                 "starts, from a server to a file for an offline archive. A file target is "
                                 "written beside the old one and renamed into place when complete.")))
        return *code;
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
        say(Tr::tr("copy takes --from and --to."));
        return Usage;
    }
    CopyArgs a;
    a.from = p.value(QStringLiteral("from"));
    a.to = p.value(QStringLiteral("to"));
    a.replace = p.isSet(QStringLiteral("replace"));
    return copy(a);
}

int runTail(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("from"), Tr::tr("Print the changes after the one with this id (0: the whole log), "
                                                "then follow. Without it, from now on."), Tr::tr("id")});
    p.addOption({QStringLiteral("no-follow"), Tr::tr("Print what is there and exit instead of waiting for more.")});
    if (auto code = parse(p, QStringLiteral("tail"), args,
                          Tr::tr("Prints the database's change feed as JSON lines, one per change: what changed "
                                 "(table, action, row, incident), who and when. A script that keeps the last id it "
                                 "handled resumes with --from ID and misses nothing.")))
        return *code;
    TailArgs a;
    a.db = p.value(QStringLiteral("db"));
    if (p.isSet(QStringLiteral("from"))) {
        bool ok = false;
        a.from = p.value(QStringLiteral("from")).toLongLong(&ok);
        if (!ok || *a.from < 0) {
            say(Tr::tr("--from takes the id of a change (a whole number), not \"%1\".").arg(p.value(QStringLiteral("from"))));
            return Usage;
        }
    }
    a.follow = !p.isSet(QStringLiteral("no-follow"));
    return tail(a);
}

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "sitrepctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout)
            << Tr::tr(overview).arg(sitrep::Database::defaultPath());
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("check"))
        return runSimple(command, rest, Tr::tr("Reports schema version, integrity and row counts."), check);
    if (command == QLatin1String("migrate"))
        return runSimple(command, rest, Tr::tr("Brings a database's schema up to date."), migrate);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("serve"))
        return runServe(rest);
    if (command == QLatin1String("runbooks"))
        return runbooks(rest);
    if (command == QLatin1String("postmortem"))
        return postmortem(rest);
    if (command == QLatin1String("lint"))
        return lint(rest);
    if (command == QLatin1String("copy"))
        return runCopy(rest);
    if (command == QLatin1String("tail"))
        return runTail(rest);
    if (command == QLatin1String("team"))
        return team(rest);
    say(Tr::tr("Unknown command \"%1\".").arg(command));
    QTextStream(stderr) << Tr::tr(overview).arg(sitrep::Database::defaultPath());
    return Usage;
}

} // namespace sitrepctl
