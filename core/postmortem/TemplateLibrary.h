#pragma once
// The postmortem templates a team can choose from: its own (TemplateStore), then the built-in
// ones; and importing a folder of Markdown files as the team's own. A first line
// "<!-- default-for: SEV1, SEV2 -->" makes a template the default for those severities.

#include "domain/PostmortemTemplate.h"
#include "storage/TemplateStore.h"
#include "util/Result.h"

#include <QStringList>

namespace sitrep {

struct TemplateImport
{
    int imported = 0;
    QStringList problems;   // "ours.md:3: unknown placeholder {{incident.titel}}" (imported anyway)
};

class TemplateLibrary
{
public:
    explicit TemplateLibrary(const Database &db) : m_store(db) {}
    // Built-in and team templates, the team's first.
    Result<QList<PostmortemTemplate>> all() const;
    // Every *.md of `dir`, by name; a file that cannot be read or stored is a problem, the
    // others are imported (an unknown placeholder is reported, and imported anyway).
    Result<TemplateImport> importFolder(const QString &dir) const;

private:
    TemplateStore m_store;
};

} // namespace sitrep
