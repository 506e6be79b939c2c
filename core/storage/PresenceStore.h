#pragma once
// Who else has an incident open right now, and who is typing there: one row per running window
// in the presence table (migration 0010), refreshed every few seconds by PresenceTracker.
// Times come from the database's clock, not the laptops': presence compares windows on several
// machines, and their clocks disagree by more than the few seconds that make a row stale.

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitrep {

struct PresencePeer
{
    QString person;    // the name they gave Sitrep
    QString dbUser;    // their database role on a server, else empty
    QString typing;    // "" or "note"
    bool operator==(const PresencePeer &) const = default;
};

// How the app shows a peer: "Ana", or "Ana (ana.k)" when the role differs from the name.
QString presenceName(const PresencePeer &peer);

class PresenceStore
{
public:
    // A row not refreshed for this long belongs to a window that went away without leaving.
    static constexpr int staleAfterMs = 15000;

    explicit PresenceStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Says that this window (sessionId) shows `incidentId` (none: no incident), and what its
    // person is typing there; refreshes its time. One statement.
    Done announce(const QString &sessionId, const QString &person, std::optional<qint64> incidentId,
                  const QString &typing) const;
    Done leave(const QString &sessionId) const;
    // The other windows showing the incident, refreshed within staleAfterMs, by name.
    Result<QList<PresencePeer>> others(qint64 incidentId, const QString &sessionId) const;
    // Removes rows older than an hour (windows that crashed), so the table stays small.
    Done forgetStale() const;

private:
    QString now() const;
    QSqlDatabase m_db;
};

} // namespace sitrep
