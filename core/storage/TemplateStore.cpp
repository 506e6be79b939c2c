#include "storage/TemplateStore.h"

#include "domain/Severity.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
};

QList<int> severities(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toUpper();
        if (auto sev = severityFromLabel(p.startsWith(QLatin1String("SEV")) ? p : QStringLiteral("SEV") + p))
            out << int(*sev);
    }
    return out;
}
} // namespace

Result<QList<PostmortemTemplate>> TemplateStore::teamTemplates() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, title, body, default_for FROM postmortem_templates ORDER BY name"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<PostmortemTemplate> out;
    while (q.next())
        out << PostmortemTemplate{q.value(0).toString(), q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString(),
                                  q.value(2).toString(), false, severities(q.value(3).toString())};
    return out;
}

Result<QList<PostmortemTemplate>> TemplateStore::all() const
{
    auto team = teamTemplates();
    if (!team)
        return team;
    QList<PostmortemTemplate> out = *team;
    out << builtInTemplates();
    return out;
}

Done TemplateStore::save(const PostmortemTemplate &t) const
{
    if (t.name.trimmed().isEmpty())
        return fail(Tr::tr("A template needs a name."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QStringList defaults;
    for (int s : t.defaultFor)
        defaults << QString::number(s);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO postmortem_templates(name, title, body, default_for, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET title = excluded.title, body = excluded.body, "
                             "default_for = excluded.default_for, updated_at = excluded.updated_at"));
    const qint64 now = Clock::nowMs();
    q.addBindValue(t.name.trimmed());
    q.addBindValue(sql::text(t.title));
    q.addBindValue(t.body);
    q.addBindValue(sql::text(defaults.join(QLatin1Char(','))));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = sql::exec(q); !done)
        return done;
    return tx.commit();
}

Result<TemplateImport> TemplateStore::importFolder(const QString &dir) const
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
            t.defaultFor = severities(m.captured(1));
        for (const TemplateProblem &p : unknownPlaceholders(body))
            result.problems << Tr::tr("%1:%2: unknown placeholder {{%3}}").arg(f.fileName()).arg(p.line).arg(p.placeholder);
        if (auto done = save(t); !done) {
            result.problems << Tr::tr("%1: %2").arg(f.fileName(), done.error());
            continue;
        }
        ++result.imported;
    }
    return result;
}

} // namespace sitrep
