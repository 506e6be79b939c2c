#pragma once

#include "domain/Postmortem.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

class PostmortemStore
{
public:
    explicit PostmortemStore(const Database &db) : m_db(db) {}

    Done forEach(const std::function<void(const Postmortem &)> &visit) const;   // by id
    Result<std::optional<Postmortem>> forIncident(qint64 incidentId) const;
    Result<QList<ActionItem>> actionItems(qint64 postmortemId) const;          // by id

private:
    Done query(const QString &where, const QVariantList &binds,
               const std::function<void(const Postmortem &)> &visit) const;
    const Database &m_db;
};

} // namespace sitrep
