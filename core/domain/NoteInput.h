#pragma once
// What a person types in the note box: "rolled back deploy" happens now; "14:05 rolled back
// deploy" happened at 14:05 local time today (yesterday, if 14:05 is still to come).

#include <QString>
#include <QTimeZone>

namespace sitrep {

struct NoteInput
{
    qint64 at = 0;    // UTC ms
    QString body;
    bool backdated = false;
};

NoteInput parseNoteInput(const QString &typed, qint64 nowMs, const QTimeZone &zone);

} // namespace sitrep
