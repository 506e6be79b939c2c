#pragma once
// The queries behind the Alerts inbox: ordered ids (newest received first, filtered in SQL) and
// the display rows for one page of them.

#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitrep {

struct AlertFilter
{
    enum class Show { Active, All, Firing, Resolved, Held, Unlinked };
    Show show = Show::Active;     // Active: firing or acknowledged
    QString source;               // empty: any
    QString text;                 // in title, identity, labels (substring, case-insensitive)
    std::optional<qint64> incidentId;

    bool operator==(const AlertFilter &) const = default;
};

struct AlertListRow
{
    qint64 id = 0;
    QString source;
    QString dedupKey;
    QString status;
    QString title;
    std::optional<int> severity;
    QString service;
    QString labels;               // JSON text
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    qint64 receivedAt = 0;
    qint64 lastSeenAt = 0;
    std::optional<qint64> incidentId;
    int incidentNumber = 0;
    QString heldReason;
    std::optional<qint64> mutedUntil;
};

class AlertListQuery
{
public:
    explicit AlertListQuery(const Database &db) : m_db(db) {}
    Result<QList<qint64>> orderedIds(const AlertFilter &filter) const;
    Result<QList<AlertListRow>> rows(const QList<qint64> &ids) const;

private:
    const Database &m_db;
};

} // namespace sitrep
