#include "Commands.h"

#include "CommandLine.h"
#include "demo/DemoGenerator.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migrator.h"
#include "storage/ServerInspection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace sitrepctl {

namespace {
// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};
}

void say(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            Tr::tr("The database: a file, or a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE or "
                   "service=NAME (default: %1).").arg(sitrep::Database::defaultPath()),
            Tr::tr("location"), sitrep::Database::defaultPath()};
}

namespace {

// A connection to a server that creates and migrates nothing: what `check` reads, and the
// version `migrate` starts from. Database::open would bring the schema up to date first.
class ServerPeek
{
public:
    explicit ServerPeek(const sitrep::DatabaseLocation &location)
        : m_name(QStringLiteral("sitrepctl-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid()) {
            m_error = Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed. On Debian it is in the package "
                             "libqt6sql6-psql.");
            return;
        }
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        sitrep::DatabaseLocation withDefaults = location;
        if (withDefaults.option(QStringLiteral("application_name")).isEmpty())
            withDefaults.options.append({QStringLiteral("application_name"), QStringLiteral("sitrepctl")});
        if (withDefaults.option(QStringLiteral("connect_timeout")).isEmpty())
            withDefaults.options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
        db.setConnectOptions(withDefaults.connectOptions());
        if (!db.open())
            m_error = sitrep::serverError(db.lastError());
    }
    ~ServerPeek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The connection, or why there is none.
    sitrep::Result<QSqlDatabase> db() const
    {
        if (!m_error.isEmpty())
            return sitrep::fail(m_error);
        return QSqlDatabase::database(m_name, false);
    }

private:
    QString m_name;
    QString m_error;
};

// Where --db points, or a message for the user.
std::optional<sitrep::DatabaseLocation> parseLocation(const QString &db)
{
    auto location = sitrep::DatabaseLocation::parse(db);
    if (!location) {
        say(location.error());
        return std::nullopt;
    }
    return *location;
}

int latestVersion(sitrep::Engine engine)
{
    return sitrep::Migrator::forEngine(engine).latestVersion();
}

} // namespace

int demo(const DemoArgs &args)
{
    auto db = sitrep::Database::open(args.db);
    if (!db) {
        say(db.error());
        return Failed;
    }
    QElapsedTimer timer;
    timer.start();
    const bool tty = isatty(fileno(stderr));
    int lastPercent = -1;
    sitrep::DemoOptions options{args.incidents, args.seed, args.until};
    auto summary = sitrep::generateDemo(**db, options, [&](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        // Large runs report progress: on a terminal in place, elsewhere every 10 %.
        if (total >= 20000 && percent > 0 && percent != lastPercent && (tty || percent % 10 == 0)) {
            QTextStream err(stderr);
            err << (tty ? "\r" : "") << Tr::tr("demo: %1% (%2 of %3 incidents)").arg(percent).arg(done).arg(total)
                << (tty ? "" : "\n");
            err.flush();
            lastPercent = percent;
        }
        return true;
    });
    if (tty && lastPercent >= 0)
        say(QString());
    if (!summary) {
        say(summary.error());
        return Failed;
    }
    say(Tr::tr("Wrote %1 incidents (%2 open), %3 alerts, %4 timeline events, %5 postmortems, "
           "%6 action items to %7 in %8 s.")
            .arg(summary->incidents)
            .arg(summary->openIncidents)
            .arg(summary->alerts)
            .arg(summary->timelineEvents)
            .arg(summary->postmortems)
            .arg(summary->actionItems)
            .arg((*db)->path())
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int check(const QString &db)
{
    const auto location = parseLocation(db);
    if (!location)
        return Failed;
    auto report = sitrep::checkDatabase(db);
    if (!report) {
        say(report.error());
        return Failed;
    }
    QTextStream out(stdout);
    out << (report->server ? Tr::tr("server: %1") : Tr::tr("file: %1")).arg(report->where) << '\n'
        << Tr::tr("schema version: %1 (this sitrepctl: %2)").arg(report->schemaVersion).arg(report->latestVersion)
        << '\n';
    for (const auto &[table, rows] : std::as_const(report->counts))
        out << QStringLiteral("%1: %2").arg(table, -16).arg(rows) << '\n';
    if (report->problems.isEmpty()) {
        out << Tr::tr("integrity: ok") << Qt::endl;
        return Ok;
    }
    out.flush();
    for (const QString &p : std::as_const(report->problems))
        say(Tr::tr("problem: %1").arg(p));
    return Failed;
}

int migrate(const QString &db)
{
    const auto location = parseLocation(db);
    if (!location)
        return Failed;
    int before = 0;
    if (location->isServer()) {
        const ServerPeek peek(*location);
        const auto connection = peek.db();
        if (!connection) {
            say(Tr::tr("Cannot connect to %1: %2").arg(location->displayName(), connection.error()));
            return Failed;
        }
        const auto info = sitrep::ServerInspection::read(*connection);
        if (!info) {
            say(Tr::tr("Cannot read %1: %2").arg(location->displayName(), info.error()));
            return Failed;
        }
        before = info->schemaVersion;
    } else {
        const auto info = sitrep::Database::inspect(location->path);
        if (!info) {
            say(info.error());
            return Failed;
        }
        before = info->schemaVersion;
    }
    auto opened = sitrep::Database::open(*location);
    if (!opened) {
        say(opened.error());
        return Failed;
    }
    const int latest = latestVersion(location->engine);
    const QString name = (*opened)->path();
    if (before == latest)
        say(Tr::tr("%1 is already at schema version %2.").arg(name).arg(latest));
    else
        say(Tr::tr("%1 migrated from schema version %2 to %3.").arg(name).arg(before).arg(latest));
    return Ok;
}

std::optional<sitrep::DatabasePtr> openExisting(const QString &db)
{
    const auto location = parseLocation(db);
    if (!location)
        return std::nullopt;
    if (!location->isServer()) {
        const auto info = sitrep::Database::inspect(location->path);
        if (info && !info->exists) {
            say(Tr::tr("%1 does not exist.").arg(location->displayName()));
            return std::nullopt;
        }
    }
    auto opened = sitrep::Database::open(*location);
    if (!opened) {
        say(opened.error());
        return std::nullopt;
    }
    return opened.value();
}

int exportJson(const QString &db, const QString &outFile)
{
    const auto opened = openExisting(db);
    if (!opened)
        return Failed;
    if (outFile.isEmpty() || outFile == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            say(Tr::tr("Cannot write to standard output."));
            return Failed;
        }
        auto done = sitrep::exportJson(**opened, out);
        if (!done) {
            say(done.error());
            return Failed;
        }
        return Ok;
    }
    // Written aside and renamed into place: a failed export never leaves half a file.
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly)) {
        say(Tr::tr("Cannot write %1: %2").arg(outFile, out.errorString()));
        return Failed;
    }
    if (auto done = sitrep::exportJson(**opened, out); !done) {
        out.cancelWriting();
        say(done.error());
        return Failed;
    }
    if (!out.commit()) {
        say(Tr::tr("Cannot write %1: %2").arg(outFile, out.errorString()));
        return Failed;
    }
    return Ok;
}

int importJson(const QString &db, const QString &inFile)
{
    QFile in;
    if (inFile == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            say(Tr::tr("Cannot read standard input."));
            return Failed;
        }
    } else {
        in.setFileName(inFile);
        if (!in.open(QIODevice::ReadOnly)) {
            say(Tr::tr("Cannot read %1: %2").arg(inFile, in.errorString()));
            return Failed;
        }
    }
    const QByteArray document = in.readAll();
    auto opened = sitrep::Database::open(db);
    if (!opened) {
        say(opened.error());
        return Failed;
    }
    auto summary = sitrep::importJson(**opened, document);
    if (!summary) {
        say(Tr::tr("%1: %2").arg(inFile == QLatin1String("-") ? Tr::tr("<stdin>") : inFile, summary.error()));
        say(Tr::tr("Nothing was imported."));
        return Failed;
    }
    say(Tr::tr("Imported %1 incidents, %2 alerts, %3 timeline events, %4 runbooks, %5 postmortems, "
           "%6 action items.")
            .arg(summary->incidents)
            .arg(summary->alerts)
            .arg(summary->timelineEvents)
            .arg(summary->runbooks)
            .arg(summary->postmortems)
            .arg(summary->actionItems));
    return Ok;
}

int copy(const CopyArgs &args)
{
    const bool tty = isatty(fileno(stderr));
    QString lastLine;
    sitrep::CopyOptions options;
    options.replace = args.replace;
    // Per table: on a terminal a line that counts up in place, elsewhere one line when it is done.
    options.progress = [&](const sitrep::CopyProgress &p) {
        if (!p.tableDone && !tty)
            return;
        const QString line = Tr::tr("copy: %1 (%2 of %3): %4 of %5 rows")
                                 .arg(p.table)
                                 .arg(p.tableIndex)
                                 .arg(p.tableCount)
                                 .arg(p.rows)
                                 .arg(p.tableRows);
        QTextStream err(stderr);
        err << (tty ? "\r\x1b[K" : "") << line << (p.tableDone ? "\n" : "");
        err.flush();
    };
    auto summary = sitrep::copyDatabase(args.from, args.to, options);
    if (!summary) {
        say(summary.error());
        return Failed;
    }
    const double seconds = double(std::max<qint64>(summary->milliseconds, 1)) / 1000.0;
    say(Tr::tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s (%6 rows/s).")
            .arg(summary->rows)
            .arg(summary->tables.size())
            .arg(summary->from, summary->to)
            .arg(seconds, 0, 'f', 1)
            .arg(qint64(double(summary->rows) / seconds)));
    return Ok;
}

} // namespace sitrepctl
