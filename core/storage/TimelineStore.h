#pragma once

#include "domain/IncidentChange.h"
#include "domain/TimelineEvent.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QVariantList>

#include <functional>
#include <optional>

namespace sitrep {

class TimelineStore
{
public:
    explicit TimelineStore(const Database &db) : m_db(db) {}

    // An incident's events in time order (ties in the order they were written).
    Result<QList<TimelineEvent>> forIncident(qint64 incidentId) const;
    Result<std::optional<TimelineEvent>> byId(qint64 eventId) const;
    // The newest event that records an edit of `field` on the incident (who changed it last),
    // if any.
    Result<std::optional<TimelineEvent>> lastChangeOf(qint64 incidentId, IncidentField field) const;

    // Notes: what people write during the incident. Each write is one transaction and bumps the
    // incident's updated_at, so every reader sees that it changed.
    Result<qint64> addNote(qint64 incidentId, qint64 at, const QString &body, const QString &author,
                           bool keyEvent = false) const;
    // Edits and stars compare and set: they write only if the event still holds what the caller
    // saw (`expectedBody`, `expectedKeyEvent`), so an undo never overwrites someone's later change.
    Done updateNote(qint64 eventId, const QString &expectedBody, const QString &body, const QString &editor) const;
    // With `expectedCreatedAt`, also only if the id still holds that event (a removed event's id
    // can go to a newer one).
    Done setKeyEvent(qint64 eventId, bool expectedKeyEvent, bool keyEvent,
                     std::optional<qint64> expectedCreatedAt = std::nullopt) const;
    // Removes an event if its body and star are still those of `expected`, and returns it as it
    // was, so that restore() can put it back exactly (undo).
    Result<TimelineEvent> removeUnchanged(const TimelineEvent &expected) const;
    // Puts a removed event back; returns its id: the old one while it is free (always on a
    // server, whose identities never hand a used id out again; on SQLite unless the next insert
    // took the highest freed rowid), else a new one. One statement decides, so two restores
    // cannot both take it.
    Result<qint64> restore(const TimelineEvent &event) const;

private:
    // One compare-and-set write of an event in a transaction: `check` judges the event as it is
    // now (refusing leaves it untouched), then `statement` runs and the incident is marked
    // updated. Returns the event as it was before the write.
    Result<TimelineEvent> changeEvent(qint64 eventId, const std::function<Done(const TimelineEvent &)> &check,
                                      const QString &statement, const QVariantList &binds) const;
    const Database &m_db;
};

} // namespace sitrep
