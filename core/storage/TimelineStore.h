#pragma once

#include "domain/TimelineEvent.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace sitrep {

class TimelineStore
{
public:
    explicit TimelineStore(const Database &db) : m_db(db) {}

    // An incident's events in time order (ties in the order they were written).
    Result<QList<TimelineEvent>> forIncident(qint64 incidentId) const;

private:
    const Database &m_db;
};

} // namespace sitrep
