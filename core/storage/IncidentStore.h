#pragma once
// Reads incidents (with their roles and service names). Writes arrive with the workspace issue;
// bulk loads go through BulkWriter.

#include "domain/Incident.h"
#include "domain/Service.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

class IncidentStore
{
public:
    explicit IncidentStore(const Database &db) : m_db(db) {}

    Result<std::optional<Incident>> byId(qint64 id) const;
    Result<std::optional<Incident>> byNumber(int number) const;
    Result<qint64> count() const;
    // Visits every incident in id order, one at a time (never the whole table in memory).
    Done forEach(const std::function<void(const Incident &)> &visit) const;
    Result<QList<Service>> services() const;

private:
    Result<std::optional<Incident>> one(const QString &where, const QVariant &value) const;
    const Database &m_db;
};

} // namespace sitrep
