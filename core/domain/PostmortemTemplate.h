#pragma once
// A postmortem template: the built-in ones (postmortem/Templates.h) and the team's own, stored
// in the database (storage/TemplateStore.h, imported by postmortem/TemplateLibrary.h).

#include <QList>
#include <QString>

namespace sitrep {

struct PostmortemTemplate
{
    QString name;          // "google-sre", or the team's own name
    QString title;         // for people
    QString body;          // Markdown with placeholders
    bool builtIn = false;
    QList<int> defaultFor; // severities (1..5) this template is the default for
};

// The severities of a "default for" list, as stored ("1,2") or as a team writes it in a
// template's first line ("SEV1, SEV2", "1, 2"); unknown entries are left out.
QList<int> severitiesOfDefaultFor(const QString &text);

} // namespace sitrep
