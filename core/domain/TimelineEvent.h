#pragma once

#include <QString>

#include <optional>

namespace sitrep {

// Kind keys as stored: "note", "alert", "status", "milestone", "role", "field", "checklist",
// "postmortem", "system".
struct TimelineEvent
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 occurredAt = 0;
    QString kind = QStringLiteral("note");
    QString author;
    QString body;
    bool isKeyEvent = false;
    std::optional<qint64> alertId;
    qint64 createdAt = 0;
    std::optional<qint64> editedAt;
};

} // namespace sitrep
