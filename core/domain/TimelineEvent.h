#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sitrep {

// Kind keys as stored: "note", "alert", "status", "milestone", "role", "field", "checklist",
// "postmortem", "system". A generated event also has a message key and its parameters
// (domain/TimelineMessage.h); its body is then the message's English rendering. A note has no
// message: its body is what someone wrote.
struct TimelineEvent
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 occurredAt = 0;
    QString kind = QStringLiteral("note");
    QString author;
    QString body;
    QString message;      // empty: none (a note, or text from before messages)
    QJsonObject params;
    bool isKeyEvent = false;
    std::optional<qint64> alertId;
    qint64 createdAt = 0;
    std::optional<qint64> editedAt;
    // Who, as the database knows them: on a server the PostgreSQL role that wrote the event and
    // the one that last edited it (the person cannot choose these, unlike `author`); on a file
    // dbUser is empty and editedBy the name the editor gave. Filled by the database, never
    // written by the stores (TimelineRows).
    QString dbUser;
    QString editedBy;
};

} // namespace sitrep
