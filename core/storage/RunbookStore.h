#pragma once

#include "domain/Runbook.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>

namespace sitrep {

struct RunbookVersion
{
    int version = 0;
    QString body;
    qint64 seenAt = 0;
};

class RunbookStore
{
public:
    explicit RunbookStore(const Database &db) : m_db(db) {}

    Done forEach(const std::function<void(const Runbook &)> &visit) const;   // by slug
    Result<QList<RunbookVersion>> versions(qint64 runbookId) const;          // oldest first
    Result<QList<ChecklistItem>> checklist(qint64 incidentId) const;         // by position

private:
    const Database &m_db;
};

} // namespace sitrep
