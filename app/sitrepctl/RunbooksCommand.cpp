#include "RunbooksCommand.h"

#include "CommandLine.h"
#include "Commands.h"
#include "domain/Severity.h"
#include "runbooks/RunbookLibrary.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace sitrepctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

int parseOrExit(QCommandLineParser &p, const QString &sub, const QStringList &args, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addOption(dbOption());
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("sitrepctl runbooks ") + sub);
    if (!p.parse(withProgram)) {
        say(p.errorText());
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    return -1;
}

int importCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("folder"), Tr::tr("A folder of Markdown runbooks (searched recursively)."));
    if (const int code = parseOrExit(p, QStringLiteral("import"), args, Tr::tr("Imports (or updates) the runbooks in a folder.")); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1) {
        say(Tr::tr("runbooks import takes one folder."));
        return Usage;
    }
    auto db = sitrep::Database::open(p.value(QStringLiteral("db")));
    if (!db) {
        say(db.error());
        return Failed;
    }
    auto result = sitrep::RunbookLibrary(**db).importFolder(p.positionalArguments().constFirst());
    if (!result) {
        say(result.error());
        return Failed;
    }
    for (const QString &e : result->errors)
        say(e);
    QTextStream(stdout) << Tr::tr("%1 added, %2 updated, %3 unchanged, %4 with errors")
                               .arg(result->added).arg(result->updated).arg(result->unchanged).arg(result->errors.size())
                        << Qt::endl;
    return result->errors.isEmpty() ? Ok : Failed;
}

int matchCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("labels"), Tr::tr("An alert's labels: k=v,k=v (repeat for several alerts)."), Tr::tr("labels")});
    p.addOption({QStringLiteral("service"), Tr::tr("The incident's service."), Tr::tr("name")});
    p.addOption({QStringLiteral("severity"), Tr::tr("The incident's severity, SEV1..SEV5."), Tr::tr("sev")});
    if (const int code = parseOrExit(p, QStringLiteral("match"), args, Tr::tr("Lists the runbooks that fit, best first, with why.")); code >= 0)
        return code;
    sitrep::MatchContext context;
    for (const QString &set : p.values(QStringLiteral("labels"))) {
        QJsonObject labels;
        for (const QString &pair : set.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                say(Tr::tr("--labels takes name=value pairs separated by commas (got \"%1\").").arg(pair));
                return Usage;
            }
            labels.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
        context.alertLabels << labels;
    }
    context.service = p.value(QStringLiteral("service"));
    if (p.isSet(QStringLiteral("severity"))) {
        const auto sev = sitrep::severityFromLabel(p.value(QStringLiteral("severity")).toUpper());
        if (!sev) {
            say(Tr::tr("--severity takes SEV1..SEV5."));
            return Usage;
        }
        context.severity = int(*sev);
    }
    const auto opened = openExisting(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    auto matches = sitrep::RunbookLibrary(**opened).match(context);
    if (!matches) {
        say(matches.error());
        return Failed;
    }
    QTextStream out(stdout);
    for (const sitrep::RunbookMatch &m : *matches)
        out << m.slug << '\t' << m.score << '\t' << m.title << '\t' << m.reasons.join(QStringLiteral("; ")) << Qt::endl;
    if (matches->isEmpty())
        say(Tr::tr("No runbook fits."));
    return Ok;
}
} // namespace

int runbooks(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return importCommand(args.mid(1));
    if (sub == QLatin1String("match"))
        return matchCommand(args.mid(1));
    say(Tr::tr("Usage: sitrepctl runbooks import --db LOCATION DIR | sitrepctl runbooks match --db LOCATION --labels k=v,... [--service S] [--severity SEV2]"));
    return Usage;
}

} // namespace sitrepctl
