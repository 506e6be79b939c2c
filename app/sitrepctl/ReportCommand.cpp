#include "ReportCommand.h"

#include "CommandLine.h"
#include "Commands.h"
#include "analytics/ReportFormat.h"
#include "storage/Database.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace sitrepctl {

int report(const QString &db, const ReportArgs &args)
{
    const auto opened = openExisting(db);
    if (!opened)
        return Failed;
    auto r = sitrep::analytics::buildReport(**opened, args.request);
    if (!r) {
        say(r.error());
        return Failed;
    }
    QTextStream out(stdout);
    if (args.format == QLatin1String("csv"))
        out << QString::fromUtf8(sitrep::analytics::reportCsv(r.value()));
    else if (args.format == QLatin1String("markdown"))
        out << sitrep::analytics::reportMarkdown(r.value());
    else
        out << QString::fromUtf8(sitrep::analytics::reportJson(r.value()));
    return Ok;
}

} // namespace sitrepctl
