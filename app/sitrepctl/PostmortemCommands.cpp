#include "PostmortemCommands.h"

#include "CommandLine.h"
#include "Commands.h"
#include "domain/Incident.h"
#include "postmortem/BlamelessLint.h"
#include "postmortem/Export.h"
#include "postmortem/Prefill.h"
#include "postmortem/TemplateLibrary.h"
#include "postmortem/Templates.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

namespace sitrepctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

std::optional<int> parse(QCommandLineParser &p, const QString &command, const QStringList &args, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("sitrepctl ") + command);
    if (!p.parse(withProgram)) {
        say(p.errorText());
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    return std::nullopt;
}

QString teamLintFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/lint");
}

std::optional<qint64> incidentByPublicId(const sitrep::Database &db, const QString &publicId)
{
    const auto number = sitrep::Incident::numberFromPublicId(publicId);
    if (!number) {
        say(Tr::tr("--incident takes an id such as INC-1042."));
        return std::nullopt;
    }
    auto incident = sitrep::IncidentStore(db).byNumber(*number);
    if (!incident || !*incident) {
        say(incident ? Tr::tr("There is no incident %1.").arg(publicId) : incident.error());
        return std::nullopt;
    }
    return (*incident)->id;
}
} // namespace

int lint(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("A Markdown file (- for standard input)."));
    p.addOption({QStringLiteral("people"), Tr::tr("Names of people, comma separated (\"Ana failed to\" is then a finding)."), Tr::tr("names")});
    if (auto code = parse(p, QStringLiteral("lint"), args, Tr::tr("Flags blame-oriented phrasing in a postmortem.")))
        return *code;
    if (p.positionalArguments().size() != 1) {
        say(Tr::tr("lint takes one file."));
        return Usage;
    }
    const QString path = p.positionalArguments().constFirst();
    QFile file;
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
        say(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return Failed;
    }
    auto loaded = sitrep::BlamelessLint::load(teamLintFolder());
    if (!loaded) {
        say(loaded.error());
        return Failed;
    }
    sitrep::BlamelessLint lint = *loaded;
    lint.setPeople(p.value(QStringLiteral("people")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    const auto findings = lint.check(QString::fromUtf8(file.readAll()));
    QTextStream out(stdout);
    const QString name = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    for (const sitrep::LintFinding &f : findings)
        out << name << ':' << f.line << ':' << f.column << ": [" << f.ruleId << "] “" << f.phrase << "”: " << f.message
            << ' ' << f.suggestion << Qt::endl;
    if (!findings.isEmpty())
        say(Tr::tr("%1 finding(s).").arg(findings.size()));
    return findings.isEmpty() ? Ok : Failed;
}

int postmortem(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("incident"), Tr::tr("The incident, e.g. INC-1042."), Tr::tr("id")});
    if (sub == QLatin1String("export")) {
        p.addOption({QStringLiteral("format"), Tr::tr("md, html or pdf."), Tr::tr("format"), QStringLiteral("md")});
        p.addOption({QStringLiteral("out"), Tr::tr("Write to this file instead of standard output."), Tr::tr("file")});
    } else if (sub == QLatin1String("import-templates")) {
        p.addPositionalArgument(QStringLiteral("folder"), Tr::tr("A folder of Markdown templates."));
    } else if (sub == QLatin1String("draft")) {
        p.addOption({QStringLiteral("template"), Tr::tr("Template name (default: by severity)."), Tr::tr("name")});
        p.addOption({QStringLiteral("author"), Tr::tr("Who writes it."), Tr::tr("name")});
    } else {
        say(Tr::tr("Usage: sitrepctl postmortem export --db LOCATION --incident INC-1042 --format md|html|pdf [--out FILE]\n"
                   "       sitrepctl postmortem draft --db LOCATION --incident INC-1042 [--template NAME] [--author NAME]\n"
                   "       sitrepctl postmortem import-templates --db LOCATION DIR"));
        return Usage;
    }
    if (auto code = parse(p, QStringLiteral("postmortem ") + sub, args.mid(1), Tr::tr("Postmortems from the command line.")))
        return *code;
    const auto opened = openExisting(p.value(QStringLiteral("db")));
    if (!opened)
        return Failed;
    if (sub == QLatin1String("import-templates")) {
        if (p.positionalArguments().size() != 1) {
            say(Tr::tr("import-templates takes one folder."));
            return Usage;
        }
        auto result = sitrep::TemplateLibrary(**opened).importFolder(p.positionalArguments().constFirst());
        if (!result) {
            say(result.error());
            return Failed;
        }
        for (const QString &problem : result->problems)
            say(problem);
        QTextStream(stdout) << Tr::tr("%1 template(s) imported, %2 problem(s)").arg(result->imported).arg(result->problems.size()) << Qt::endl;
        return result->problems.isEmpty() ? Ok : Failed;
    }
    const auto incident = incidentByPublicId(**opened, p.value(QStringLiteral("incident")));
    if (!incident)
        return Usage;
    if (sub == QLatin1String("draft")) {
        auto source = sitrep::prefillSourceFor(**opened, *incident, p.value(QStringLiteral("author")));
        if (!source) {
            say(source.error());
            return Failed;
        }
        auto tpl = sitrep::defaultTemplateFor(int(source->incident.severity), {});
        if (p.isSet(QStringLiteral("template"))) {
            bool found = false;
            for (const auto &t : sitrep::builtInTemplates())
                if (t.name == p.value(QStringLiteral("template"))) {
                    tpl = t;
                    found = true;
                }
            if (!found) {
                say(Tr::tr("Unknown template \"%1\" (google-sre, atlassian, pagerduty, short).").arg(p.value(QStringLiteral("template"))));
                return Usage;
            }
        }
        auto made = sitrep::PostmortemStore(**opened).createDraft(*incident, source->incident.title, sitrep::renderTemplate(tpl.body, *source),
                                                                  tpl.name, p.value(QStringLiteral("author")));
        if (!made) {
            say(made.error());
            return Failed;
        }
        QTextStream(stdout) << Tr::tr("Drafted the postmortem of %1 from %2.").arg(source->incident.publicId(), tpl.name) << Qt::endl;
        return Ok;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("md") && format != QLatin1String("html") && format != QLatin1String("pdf")) {
        say(Tr::tr("--format takes md, html or pdf."));
        return Usage;
    }
    auto doc = sitrep::postmortemDocumentFor(**opened, *incident);
    if (!doc) {
        say(doc.error());
        return Failed;
    }
    const QByteArray bytes = format == QLatin1String("pdf") ? sitrep::exportPdf(*doc)
                           : format == QLatin1String("html") ? sitrep::exportHtml(*doc).toUtf8()
                                                             : sitrep::exportMarkdown(*doc).toUtf8();
    if (!p.isSet(QStringLiteral("out"))) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            say(Tr::tr("Cannot write to standard output: %1").arg(out.errorString()));
            return Failed;
        }
        return Ok;
    }
    QSaveFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        say(Tr::tr("Cannot write %1: %2").arg(p.value(QStringLiteral("out")), out.errorString()));
        return Failed;
    }
    return Ok;
}

} // namespace sitrepctl
