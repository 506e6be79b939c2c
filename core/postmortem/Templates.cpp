#include "postmortem/Templates.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemTemplates)
};

QString resourceText(const QString &name)
{
    QFile f(QStringLiteral(":/sitrep/postmortem-templates/%1.md").arg(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

const QList<PlaceholderInfo> &placeholders()
{
    static const QList<PlaceholderInfo> all = {
        {QStringLiteral("incident.id"), Tr::tr("The incident's id, e.g. INC-1042")},
        {QStringLiteral("incident.title"), Tr::tr("Its title")},
        {QStringLiteral("incident.severity"), Tr::tr("Severity with its meaning, e.g. “SEV2 (major: …)”")},
        {QStringLiteral("incident.service"), Tr::tr("The affected service")},
        {QStringLiteral("incident.status"), Tr::tr("Open, acknowledged, mitigated or resolved")},
        {QStringLiteral("incident.summary"), Tr::tr("The incident's summary")},
        {QStringLiteral("incident.impact_started"), Tr::tr("When impact started, in the reader's time zone and UTC")},
        {QStringLiteral("incident.detected"), Tr::tr("When it was detected")},
        {QStringLiteral("incident.acknowledged"), Tr::tr("When it was acknowledged")},
        {QStringLiteral("incident.mitigated"), Tr::tr("When it was mitigated")},
        {QStringLiteral("incident.resolved"), Tr::tr("When it was resolved")},
        {QStringLiteral("metrics.time_to_detect"), Tr::tr("Detected − impact started")},
        {QStringLiteral("metrics.time_to_acknowledge"), Tr::tr("Acknowledged − detected")},
        {QStringLiteral("metrics.time_to_mitigate"), Tr::tr("Mitigated − impact started")},
        {QStringLiteral("metrics.time_to_resolve"), Tr::tr("Resolved − impact started")},
        {QStringLiteral("metrics.impact_duration"), Tr::tr("Same as time to resolve, or “ongoing”")},
        {QStringLiteral("timeline.key_events"), Tr::tr("Table of the starred events and milestones, local time and UTC")},
        {QStringLiteral("timeline.all"), Tr::tr("Table of every timeline event")},
        {QStringLiteral("alerts"), Tr::tr("Table of the alerts involved")},
        {QStringLiteral("checklist"), Tr::tr("Runbook checklists with their outcome")},
        {QStringLiteral("responders"), Tr::tr("Everyone with a role or a timeline entry")},
        {QStringLiteral("roles.commander"), Tr::tr("The incident commander")},
        {QStringLiteral("roles.communications"), Tr::tr("The communications lead")},
        {QStringLiteral("roles.scribe"), Tr::tr("The scribe")},
        {QStringLiteral("author"), Tr::tr("Who writes the postmortem")},
        {QStringLiteral("today"), Tr::tr("Today's date")},
    };
    return all;
}

QList<PostmortemTemplate> builtInTemplates()
{
    return {
        {QStringLiteral("google-sre"), Tr::tr("Google SRE (full)"), resourceText(QStringLiteral("google-sre")), true, {1, 2}},
        {QStringLiteral("atlassian"), Tr::tr("Atlassian"), resourceText(QStringLiteral("atlassian")), true, {}},
        {QStringLiteral("pagerduty"), Tr::tr("PagerDuty"), resourceText(QStringLiteral("pagerduty")), true, {}},
        {QStringLiteral("short"), Tr::tr("Short (minor incidents)"), resourceText(QStringLiteral("short")), true, {3, 4, 5}},
    };
}

QList<TemplateProblem> unknownPlaceholders(const QString &body)
{
    QSet<QString> known;
    for (const PlaceholderInfo &p : placeholders())
        known.insert(p.name);
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    QList<TemplateProblem> problems;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        auto it = re.globalMatch(lines[i]);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!known.contains(name))
                problems << TemplateProblem{i + 1, name};
        }
    }
    return problems;
}

PostmortemTemplate defaultTemplateFor(int severity, const QList<PostmortemTemplate> &teamTemplates)
{
    for (const PostmortemTemplate &t : teamTemplates)
        if (t.defaultFor.contains(severity))
            return t;
    for (const PostmortemTemplate &t : builtInTemplates())
        if (t.defaultFor.contains(severity))
            return t;
    return builtInTemplates().constFirst();
}

} // namespace sitrep
