#pragma once
// The team's own postmortem templates (postmortem_templates). Choosing among them and the
// built-in ones, and importing a folder, is postmortem/TemplateLibrary's.

#include "domain/PostmortemTemplate.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace sitrep {

class TemplateStore
{
public:
    explicit TemplateStore(const Database &db) : m_db(db) {}
    Result<QList<PostmortemTemplate>> teamTemplates() const;
    Done save(const PostmortemTemplate &tpl) const;

private:
    const Database &m_db;
};

} // namespace sitrep
