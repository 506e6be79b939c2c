#pragma once
// Reads what the analytics need, in one pass through the impact-start index: a million
// incidents' milestones in about a tenth of a second (SQLite C API on the connection's handle;
// on PostgreSQL one forward-only query through QPSQL, in the same order).

#include "domain/IncidentMetrics.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace sitrep {

struct AnalyticsFilter
{
    std::optional<qint64> from;   // impact started, UTC ms, inclusive
    std::optional<qint64> to;     // exclusive
    QStringList services;         // empty: all
    QList<int> severities;        // empty: all
    bool includeDrills = false;   // drills are rehearsals, kept out of real metrics by default
};

class AnalyticsStore
{
public:
    explicit AnalyticsStore(const Database &db) : m_db(db) {}

    // Incidents with an impact start in the filter, ordered by impact start, as columns.
    Result<analytics::IncidentColumns> columns(const AnalyticsFilter &filter) const;
    Result<QHash<qint64, QString>> serviceNames() const;

private:
    // `capacity`: rows to make room for before reading (no regrowing a million-row list).
    Result<analytics::IncidentColumns> range(const AnalyticsFilter &filter, qsizetype capacity) const;
    const Database &m_db;
};

} // namespace sitrep
