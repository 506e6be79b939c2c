#pragma once
// Postmortem templates: four built in (Google SRE, Atlassian, PagerDuty, a short one), and the
// team's own, stored in the database. Placeholders such as {{incident.title}} are filled from the
// incident (Prefill.h); an unknown one is reported with its line.

#include "domain/PostmortemTemplate.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sitrep {

struct PlaceholderInfo
{
    QString name;          // "incident.title"
    QString description;
};

const QList<PlaceholderInfo> &placeholders();
QList<PostmortemTemplate> builtInTemplates();

struct TemplateProblem
{
    int line = 0;
    QString placeholder;
};
// Placeholders the prefill does not know ({{incident.titel}}), with the line each is on.
QList<TemplateProblem> unknownPlaceholders(const QString &body);

// The template for an incident of this severity: a template of the team's whose defaultFor names
// it, else Google SRE for SEV1-SEV2 and the short one for SEV3 and less severe.
PostmortemTemplate defaultTemplateFor(int severity, const QList<PostmortemTemplate> &teamTemplates);

} // namespace sitrep
