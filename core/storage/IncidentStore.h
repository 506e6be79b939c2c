#pragma once
// Incidents with their roles and service names: reads, declaring, and single-field edits. Each
// write is one transaction that also records what happened on the incident's timeline. Bulk
// loads go through BulkWriter.

#include "domain/Incident.h"
#include "domain/IncidentChange.h"
#include "domain/Service.h"
#include "storage/IncidentCreation.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

struct NewIncident
{
    QString title;
    Severity severity = Severity::Sev3;
    QString service;
    std::optional<qint64> impactStartedAt;   // defaults to the time of declaring
    bool isDrill = false;
    QString summary;
};

class IncidentStore
{
public:
    explicit IncidentStore(const Database &db) : m_db(db) {}

    Result<std::optional<Incident>> byId(qint64 id) const;
    Result<std::optional<Incident>> byNumber(int number) const;
    Result<qint64> count() const;
    Result<qint64> maxId() const;
    // Incidents that intake opened, with a row id above `afterId` (at most 100), oldest first.
    // The highest id seen is a safe watermark with several writers: every path that inserts an
    // incident takes its number first (IncidentNumbers.h), and the counter row stays locked
    // until that transaction ends, so incidents get their ids in the order they commit and no
    // lower id can appear after a higher one was read.
    Result<QList<Incident>> openedByAlertsAfter(qint64 afterId) const;
    // Visits every incident in id order, one at a time (never the whole table in memory).
    Done forEach(const std::function<void(const Incident &)> &visit) const;
    Result<QList<Service>> services() const;

    // Declares an incident: detected now, by `author`, with a first timeline event. `creation`,
    // when given, receives what the declaration wrote (for undoing it).
    Result<Incident> declare(const NewIncident &incident, const QString &author,
                             IncidentCreation *creation = nullptr) const;
    // The insert behind declare(), inside a transaction the caller holds (opening an incident
    // from alerts does more in the same one). Returns the new row id.
    static Result<qint64> declareIn(const QSqlDatabase &db, const NewIncident &incident, const QString &author,
                                    qint64 detectedAt);
    // Reads what a creation just wrote, inside the creating transaction.
    Result<IncidentCreation> recordCreation(qint64 incidentId) const;
    // Undoes a creation: removes the incident and puts back the alerts and groups it took over,
    // but only if nothing was added or changed since (notes, alerts, a checklist, a postmortem,
    // an edit: by anyone). Otherwise refuses, saying what was added, and changes nothing.
    Done undoCreation(const IncidentCreation &creation) const;
    // Applies one edit if the field still holds change.before (else someone else changed it
    // meanwhile, and nothing is written). Refuses milestones out of order. Returns the id of the
    // timeline event that records it.
    Result<qint64> apply(const IncidentChange &change, const QString &author) const;
    // Several changes in one transaction: all of them, or none (the first refusal is returned).
    Result<QList<qint64>> applyAll(const QList<IncidentChange> &changes, const QString &author) const;
    // Undoes an applied change: restores change.before (if the field still holds change.after)
    // and removes its timeline event.
    Done revert(const IncidentChange &change, qint64 timelineEventId) const;
    // Undoes applyAll(), last change first, in one transaction.
    Done revertAll(const QList<IncidentChange> &changes, const QList<qint64> &timelineEventIds) const;

private:
    Result<std::optional<Incident>> one(const QString &where, const QVariant &value) const;
    // Writes an incident's columns and roles (in an open transaction).
    Done write(const Incident &incident) const;
    Done change(const IncidentChange &change) const;
    Result<qint64> applyIn(const QSqlDatabase &db, const IncidentChange &change, const QString &author) const;
    const Database &m_db;
};

} // namespace sitrep
