#include "storage/PresenceStore.h"

#include "domain/Who.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>

namespace sitrep {

QString presenceName(const PresencePeer &peer)
{
    return whoText(peer.person, peer.dbUser);
}

QString PresenceStore::now() const
{
    return sql::isServer(m_db) ? QStringLiteral("floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint")
                               : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

Done PresenceStore::announce(const QString &sessionId, const QString &person, std::optional<qint64> incidentId,
                             const QString &typing) const
{
    // db_user is left to its default: the server's current_user (the person cannot claim
    // another), '' on a file. A deleted incident is shown by nobody (the insert would fail its
    // foreign key, so the id is written only while the incident exists).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "INSERT INTO presence(session_id, person, incident_id, typing, seen_at) "
                  "VALUES (?, ?, (SELECT id FROM incidents WHERE id = CAST(? AS BIGINT)), ?, %1) "
                  "ON CONFLICT (session_id) DO UPDATE SET person = excluded.person, incident_id = excluded.incident_id, "
                  "typing = excluded.typing, seen_at = excluded.seen_at")
                  .arg(now()));
    q.addBindValue(sessionId);
    q.addBindValue(sql::text(person));
    q.addBindValue(sql::nullable(incidentId));
    q.addBindValue(sql::text(typing));
    return sql::exec(q);
}

Done PresenceStore::leave(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM presence WHERE session_id = ?"));
    q.addBindValue(sessionId);
    return sql::exec(q);
}

Result<QList<PresencePeer>> PresenceStore::others(qint64 incidentId, const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person, db_user, typing FROM presence "
                             "WHERE incident_id = ? AND session_id <> ? AND seen_at > %1 - %2 "
                             "ORDER BY person, db_user, session_id")
                  .arg(now())
                  .arg(staleAfterMs));
    q.addBindValue(incidentId);
    q.addBindValue(sessionId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<PresencePeer> peers;
    while (q.next()) {
        PresencePeer p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        // One person with the incident open in two windows is one person here; typing in either
        // is typing.
        auto same = std::find_if(peers.begin(), peers.end(), [&](const PresencePeer &o) {
            return o.person == p.person && o.dbUser == p.dbUser;
        });
        if (same == peers.end())
            peers.append(p);
        else if (same->typing.isEmpty())
            same->typing = p.typing;
    }
    return peers;
}

Done PresenceStore::forgetStale() const
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM presence WHERE seen_at < %1 - 3600000").arg(now()));
}

} // namespace sitrep
