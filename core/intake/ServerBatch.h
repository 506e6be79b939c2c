#pragma once
// What one intake request on a PostgreSQL server reads ahead in one statement and writes behind
// in a few. Qt's QPSQL driver makes every statement its own round trip to the server, with no
// pipelining, and intake's logic asks the database about every alert (its identity's newest
// episode) and writes a row or two for it: about two round trips per alert held a loopback server
// at 3,200–6,400 alerts/s while a multi-row INSERT of the same rows ran at 10,000–20,000.
//
// So on a server IntakeStore runs its one logic (IntakeStore.cpp) over this batch: before the
// first alert it reads every identity, group and service the request carries in one statement
// (readAhead), then answers the logic's reads from that and from its own writes, and keeps the
// writes that nothing reads back within the request (new alerts, "last seen" of redeliveries)
// until flush(), which writes them in one multi-row statement each. New alerts get their ids from
// the alerts' identity sequence up front (reserveIds), so that events and incidents can refer to
// them before the row is written.
//
// Correctness stays with the database, as without the batch: a new alert is still inserted with
// ON CONFLICT on the unique index of open episodes. If another writer stored one of the episodes
// first (possible only when two writers of one group do not take the group's lock, or judge it
// by other rules), flush() says so and IntakeStore runs the request again without the batch,
// where each write meets the other writer's rows one at a time.
//
// A file does not use it: SQLite's C API costs microseconds per statement.

#include "storage/RawSqlite.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitrep::intake {

// An identity's newest episode, as intake judges a new alert by it.
struct Episode
{
    qint64 id = 0;
    QString status;
    qint64 startsAt = 0;
    std::optional<qint64> incidentId;
    QString title;
};

// A new row of alerts, as IntakeStore's insertAlert statement writes it.
struct AlertRow
{
    qint64 id = 0;   // a server's batch: reserved up front; otherwise the database's
    QString source;
    QString dedupKey;
    QString status;
    QString title;
    std::optional<qint64> severity;
    std::optional<qint64> serviceId;
    QByteArray labelsJson;        // null: NULL
    QByteArray annotationsJson;   // null: NULL
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    qint64 receivedAt = 0;
    qint64 lastSeenAt = 0;
    std::optional<qint64> incidentId;
    QByteArray rawPayload;        // null: NULL
    QString groupKey;
    QString heldReason;
};

class ServerBatch
{
public:
    using Identity = QPair<QString, QString>;   // (source, dedup key)

    // What a request will ask about: the identities of its alerts (under their current and
    // legacy keys), the groups of its firing alerts, the services they name.
    struct Wanted
    {
        QList<Identity> identities;
        QStringList groups;
        QStringList services;
        QList<Identity> mayInsert;   // the identity of each alert that may store a new row
    };
    // Everything read about a group: its incident and that incident's status, or nothing when
    // the group has no row.
    struct GroupRow
    {
        qint64 incidentId = 0;
        QString status;
    };

    // One statement: the episodes, groups and services the logic then asks for come from here,
    // and ids for the new alerts it may store.
    Done readAhead(const QSqlDatabase &connection, const Wanted &wanted);
    bool active() const { return m_active; }

    // Outer nullopt: not read ahead (ask the database); inner: the newest episode, or none.
    std::optional<std::optional<Episode>> episode(const QString &source, const QString &dedupKey) const;
    // The request's own writes, so that a later alert of the same identity sees them.
    void setEpisode(const QString &source, const QString &dedupKey, const Episode &episode);
    void setEpisodeStatus(qint64 alertId, const QString &status);
    void setEpisodeIncident(qint64 alertId, qint64 incidentId);

    // The request resolved this incident: its groups are free for a new one.
    void setIncidentResolved(qint64 incidentId);
    // Another writer claimed the group since it was read: ask the database.
    void forgetGroup(const QString &groupKey) { m_groups.remove(groupKey); }
    // Read ahead: the group's row (nullopt: it has none), or not asked (outer nullopt).
    std::optional<std::optional<GroupRow>> group(const QString &groupKey) const;
    // Read ahead: the service's id, none when it does not exist, outer nullopt when not asked.
    std::optional<std::optional<qint64>> service(const QString &name) const;

    // Ids for `count` more new alerts, in one statement; takeId() hands out those readAhead()
    // reserved and these (and reserves one more itself when they run out).
    Done reserveIds(const QSqlDatabase &connection, int count);
    Result<qint64> takeId(const QSqlDatabase &connection);

    void insert(AlertRow row);
    // The row inserted in this request with this id, to change before it is written, or nullptr.
    AlertRow *pending(qint64 alertId);
    // "Last seen" of a stored alert moves to at least `at`.
    void touch(qint64 alertId, qint64 at);
    // The incident had an alert of this name (incident_alert_names), written with the rest.
    void rememberName(const QString &alertName, qint64 incidentId) { m_names.append({alertName, incidentId}); }
    bool hasWrites() const { return !m_inserts.isEmpty() || !m_touches.isEmpty() || !m_names.isEmpty(); }

    // Writes the inserts, the alert names, the touches and `alsoWrite` (data-modifying
    // statements of the caller's, e.g. the request's timeline events, which may refer to the new
    // alerts), in as few round trips as there are 500-row statements of inserts: everything
    // but the inserts rides along with the last of them. Returns false when another writer had
    // stored one of the new episodes first (nothing is then known to be written: undo the
    // request).
    Result<bool> flush(const QSqlDatabase &connection, const QStringList &alsoWrite = {});

    // Ends the request (read-ahead and writes alike).
    void clear();

private:
    std::optional<rawsql::Statement> m_readAhead;   // prepared on first use
    bool m_active = false;
    QHash<Identity, std::optional<Episode>> m_episodes;
    QHash<QString, std::optional<GroupRow>> m_groups;
    QHash<QString, std::optional<qint64>> m_services;
    QList<qint64> m_freeIds;
    QList<AlertRow> m_inserts;
    QHash<qint64, qsizetype> m_insertIndex;   // id -> position in m_inserts
    QHash<qint64, qint64> m_touches;          // id -> latest "last seen"
    QList<QPair<QString, qint64>> m_names;     // (alert name, incident)
};

} // namespace sitrep::intake
