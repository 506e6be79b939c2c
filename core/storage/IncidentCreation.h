#pragma once
// What creating an incident wrote (declaring it, or opening it from alerts), read inside the
// creating transaction. Undoing a creation needs it twice: to tell whether anything was added to
// the incident since, by this user or anyone else (then undo refuses and the later work stays),
// and to put back what the creation took over (alerts moved from another incident, the incident
// an alert group pointed at, why an alert was held).

#include "domain/Incident.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitrep {

struct IncidentCreation
{
    qint64 incidentId = 0;
    Incident incident;             // as created: fields, milestones and roles
    QList<qint64> eventIds;        // the timeline events the creation wrote

    struct TakenAlert
    {
        qint64 alertId = 0;
        std::optional<qint64> incidentId;  // the incident it belonged to before
        QString heldReason;
    };
    QList<TakenAlert> alerts;

    struct TakenGroup
    {
        QString groupKey;
        std::optional<qint64> incidentId;  // the incident the group pointed at before, if any
    };
    QList<TakenGroup> groups;
};

} // namespace sitrep
