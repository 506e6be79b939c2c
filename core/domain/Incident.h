#pragma once

#include "domain/IncidentStatus.h"
#include "domain/Severity.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitrep {

// Role keys as stored: "commander", "communications", "scribe", "responder".
struct RoleAssignment
{
    QString role;
    QString person;
    bool operator==(const RoleAssignment &) const = default;
};

struct Incident
{
    qint64 id = 0;                 // storage row id; 0 until stored
    int number = 0;                // shown as INC-<number>
    QString title;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Open;
    QString service;               // service name; empty when none
    QList<RoleAssignment> roles;
    // Milestones, UTC milliseconds.
    std::optional<qint64> impactStartedAt;
    std::optional<qint64> detectedAt;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> mitigatedAt;
    std::optional<qint64> resolvedAt;
    bool isDrill = false;
    QString summary;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString publicId() const { return publicIdFor(number); }
    static QString publicIdFor(int number) { return QStringLiteral("INC-%1").arg(number); }
    // "INC-1042" -> 1042; nullopt for anything else.
    static std::optional<int> numberFromPublicId(const QString &publicId);
};

} // namespace sitrep
