#pragma once

#include "domain/Alert.h"
#include "storage/Database.h"
#include "storage/IncidentCreation.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

struct NewIncident;

// A mute: new episodes of one alert identity stay in the inbox until `untilAt`.
struct AlertMute
{
    qint64 id = 0;
    QString source;
    QString dedupKey;
    qint64 untilAt = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QString reason;
};

class AlertStore
{
public:
    explicit AlertStore(const Database &db) : m_db(db) {}

    // Every alert in id order.
    Done forEach(const std::function<void(const Alert &)> &visit) const;
    Result<QList<Alert>> forIncident(qint64 incidentId) const;
    Result<std::optional<Alert>> byId(qint64 id) const;
    // The newest `limit` alerts, oldest first (the rules preview replays them in order).
    Result<QList<Alert>> recent(int limit) const;

    // Opens an incident from alerts someone picked in the inbox: impact from the earliest start,
    // detected at the earliest receipt, every alert linked with a timeline event, and their
    // groups pointed at it so that the next alerts of those groups join it. One transaction.
    // `creation`, when given, receives what it wrote and what it took over (for undoing it).
    // With `redoOf` (redo after an undo), each alert must still be where that undo put it back:
    // one that joined another incident since stays there, and nothing is changed.
    Result<qint64> openIncident(const NewIncident &incident, const QList<qint64> &alertIds, const QString &author,
                                IncidentCreation *creation = nullptr, const IncidentCreation *redoOf = nullptr) const;

    // Returns the mute as stored (its id and creation time).
    Result<AlertMute> mute(const AlertMute &mute) const;
    // Ends every mute of an identity; returns them so that undo can put them back.
    Result<QList<AlertMute>> unmute(const QString &source, const QString &dedupKey) const;
    // Puts lifted mutes back (undo); returns them with their ids now (an id may have been taken).
    Result<QList<AlertMute>> restoreMutes(const QList<AlertMute> &mutes) const;
    // Removes exactly these mutes (matched by id, alert, end and creation time), never another
    // one set since on the same alert or given a freed id (undo of a mute, redo of an unmute).
    Done removeMutes(const QList<AlertMute> &mutes) const;

private:
    Done query(const QString &where, const QVariantList &binds,
               const std::function<void(const Alert &)> &visit) const;
    const Database &m_db;
};

} // namespace sitrep
