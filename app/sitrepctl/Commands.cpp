#include "Commands.h"

#include "CommandLine.h"
#include "demo/DemoGenerator.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

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
            .arg(args.db)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int check(const QString &db)
{
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
    const auto before = sitrep::Database::inspect(db);
    if (!before) {
        say(before.error());
        return Failed;
    }
    auto opened = sitrep::Database::open(db);
    if (!opened) {
        say(opened.error());
        return Failed;
    }
    const int latest = sitrep::Migrator().latestVersion();
    if (before->schemaVersion == latest)
        say(Tr::tr("%1 is already at schema version %2.").arg(db).arg(latest));
    else
        say(Tr::tr("%1 migrated from schema version %2 to %3.").arg(db).arg(before->schemaVersion).arg(latest));
    return Ok;
}

std::optional<sitrep::DatabasePtr> openExisting(const QString &db)
{
    // Only a file can be missing: a server's database opens, or the connection says why.
    const auto location = sitrep::DatabaseLocation::parse(db);
    const auto info = sitrep::Database::inspect(db);
    if (info && !info->exists && !(location && location->isServer())) {
        say(Tr::tr("%1 does not exist.").arg(db));
        return std::nullopt;
    }
    auto opened = sitrep::Database::open(db);
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

} // namespace sitrepctl
