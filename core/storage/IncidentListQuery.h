#pragma once
// The queries behind the incident list: an ordered list of ids (cheap: 8 bytes a row, sorted by
// an index) and the display rows for one page of them.

#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitrep {

enum class IncidentSort { OpenFirst, Number, Severity, Title, Status, Service, ImpactStarted,
                          Duration, Drill };

struct IncidentListRow
{
    qint64 id = 0;
    int number = 0;
    QString title;
    int severity = 3;
    QString status;
    QString service;
    std::optional<qint64> impactStartedAt;
    std::optional<qint64> detectedAt;
    std::optional<qint64> resolvedAt;
    bool isDrill = false;
};

class IncidentListQuery
{
public:
    explicit IncidentListQuery(const Database &db) : m_db(db) {}

    Result<QList<qint64>> orderedIds(IncidentSort sort, bool descending) const;
    // Rows for the given ids, in the same order; ids that vanished meanwhile are skipped.
    Result<QList<IncidentListRow>> rows(const QList<qint64> &ids) const;

private:
    Result<QList<qint64>> idsByService(bool descending) const;
    const Database &m_db;
};

} // namespace sitrep
