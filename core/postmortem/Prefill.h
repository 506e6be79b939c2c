#pragma once
// Fills a postmortem template from what Sitrep knows about the incident. Nothing is invented:
// a value that is not recorded becomes a prompt in italics for the author.

#include "domain/Alert.h"
#include "domain/Incident.h"
#include "domain/Runbook.h"
#include "domain/TimelineEvent.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QTimeZone>

namespace sitrep {

struct PrefillSource
{
    Incident incident;
    QList<TimelineEvent> timeline;
    QList<Alert> alerts;
    QList<ChecklistItem> checklist;
    QHash<qint64, QString> runbookTitles;   // runbook id -> title, for the checklist
    QTimeZone zone = QTimeZone::systemTimeZone();
    QString author;
    qint64 now = 0;
};

// Reads everything the placeholders need for one incident.
Result<PrefillSource> prefillSourceFor(const Database &db, qint64 incidentId, const QString &author);

// Every {{placeholder}} replaced; unknown ones are left as they are (templates are checked with
// unknownPlaceholders()).
QString renderTemplate(const QString &body, const PrefillSource &source);
// One placeholder's value (for tests and the template editor's help).
QString placeholderValue(const QString &name, const PrefillSource &source);

} // namespace sitrep
