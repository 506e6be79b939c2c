#pragma once
// The queries behind the incident list: an ordered list of ids (cheap: 8 bytes a row, sorted by
// an index, filtered and searched in SQL) and the display rows for one page of them.

#include "domain/IncidentStatus.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitrep {

enum class IncidentSort { OpenFirst, Number, Severity, Title, Status, Service, ImpactStarted,
                          Duration, Drill };

struct IncidentFilter
{
    enum class Drills { Include, Exclude, Only };

    QList<IncidentStatus> statuses;        // empty: any
    QList<int> severities;                 // 1..5; empty: any
    QString service;                       // empty: any
    std::optional<qint64> impactFrom;      // UTC ms, inclusive
    std::optional<qint64> impactTo;        // UTC ms, exclusive
    Drills drills = Drills::Include;
    QString text;                          // full text (TextSearch.h): titles, summaries, timeline; or INC-1042

    bool operator==(const IncidentFilter &) const = default;
};

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
    // Full-text matches considered per table, newest first: a word found in millions of
    // timeline notes must not stall typing, so a very common word lists its newest `cap`
    // matches. On a server they are found by walking the newest rows (`recentWindow`, then up
    // to `widestWindow`) before asking the index: on a million-incident server walking 630,000
    // timeline rows took 115 ms where the index took 725 for the same newest matches. A test makes them small, to reach every step
    // with a few rows.
    struct TextMatchLimits
    {
        int cap = 5000;
        int recentWindow = 50'000;
        int widestWindow = 1'000'000;
    };
    static TextMatchLimits &textMatchLimits();

    explicit IncidentListQuery(const Database &db) : m_db(db) {}

    // At most `limit` ids when it is above 0: the first page, which a server gives in a few
    // milliseconds where the whole ordered list of a million takes half a second.
    Result<QList<qint64>> orderedIds(IncidentSort sort, bool descending,
                                     const IncidentFilter &filter = {}, int limit = 0) const;
    // Rows for the given ids, in the same order; ids that vanished meanwhile are skipped.
    Result<QList<IncidentListRow>> rows(const QList<qint64> &ids) const;

private:
    const Database &m_db;
};

} // namespace sitrep
