#pragma once
// The team's own postmortem templates (postmortem_templates), importable from a folder of
// Markdown files. A first line "<!-- default-for: SEV1, SEV2 -->" makes a template the default
// for those severities.

#include "postmortem/Templates.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace sitrep {

struct TemplateImport
{
    int imported = 0;
    QStringList problems;   // "ours.md:3: unknown placeholder {{incident.titel}}" (imported anyway)
};

class TemplateStore
{
public:
    explicit TemplateStore(const Database &db) : m_db(db) {}
    Result<QList<PostmortemTemplate>> teamTemplates() const;
    Done save(const PostmortemTemplate &tpl) const;
    Result<TemplateImport> importFolder(const QString &dir) const;
    // Built-in and team templates, the team's first.
    Result<QList<PostmortemTemplate>> all() const;

private:
    const Database &m_db;
};

} // namespace sitrep
