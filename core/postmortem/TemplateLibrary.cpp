#include "postmortem/TemplateLibrary.h"

#include "postmortem/Templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
};
} // namespace

Result<QList<PostmortemTemplate>> TemplateLibrary::all() const
{
    auto team = m_store.teamTemplates();
    if (!team)
        return team;
    QList<PostmortemTemplate> out = *team;
    out << builtInTemplates();
    return out;
}

Result<TemplateImport> TemplateLibrary::importFolder(const QString &dir) const
{
    if (!QFileInfo(dir).isDir())
        return fail(Tr::tr("%1 is not a folder.").arg(dir));
    TemplateImport result;
    static const QRegularExpression defaultFor(QStringLiteral("^<!--\\s*default-for:\\s*(.*?)\\s*-->"));
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(f.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems << Tr::tr("%1: cannot read: %2").arg(f.fileName(), file.errorString());
            continue;
        }
        const QString body = QString::fromUtf8(file.readAll());
        PostmortemTemplate t;
        t.name = f.completeBaseName();
        t.title = t.name;
        t.body = body;
        if (const auto m = defaultFor.match(body); m.hasMatch())
            t.defaultFor = severitiesOfDefaultFor(m.captured(1));
        for (const TemplateProblem &p : unknownPlaceholders(body))
            result.problems << Tr::tr("%1:%2: unknown placeholder {{%3}}").arg(f.fileName()).arg(p.line).arg(p.placeholder);
        if (auto done = m_store.save(t); !done) {
            result.problems << Tr::tr("%1: %2").arg(f.fileName(), done.error());
            continue;
        }
        ++result.imported;
    }
    return result;
}

} // namespace sitrep
