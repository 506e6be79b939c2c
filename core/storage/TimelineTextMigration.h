#pragma once
// The data step of migration 0006 (timeline_messages): generated timeline events written before
// it hold their text only, in the language of whoever wrote them (English or German, the
// languages Sitrep shipped). Each known text is recognised in both, its key and parameters
// recovered, and its body rewritten to the English rendering; a text nothing recognises (and
// every note) stays as it is, without a message. Runs in the migration's transaction, the same
// code on both engines.

#include "domain/TimelineMessage.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitrep::timelinetext {

// The message a generated event's text (as versions before 0006 wrote it) says; nullopt when it
// is not one of them. `author` is the event's author column (the declaring person is in the text).
std::optional<TimelineMessage> recognise(const QString &kind, const QString &author, const QString &body);

// Converts every row of timeline_events without a message, in the caller's transaction.
Done convertAll(const QSqlDatabase &db);

} // namespace sitrep::timelinetext
