#pragma once
// An incident's timeline as Markdown, for pasting into chat or a ticket.

#include "domain/Incident.h"
#include "domain/TimelineEvent.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace sitrep {

// A heading with id, title, severity and status, then one bullet per event:
// "- **14:05** (ana) rolled back deploy ★". Times in `zone`, dated when the day changes.
QString timelineMarkdown(const Incident &incident, const QList<TimelineEvent> &events,
                         const QTimeZone &zone);

} // namespace sitrep
