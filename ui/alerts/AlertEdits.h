#pragma once
// The writes the Alerts area makes, each an undo step through the session.

#include "domain/IntakePolicy.h"
#include "storage/IncidentStore.h"
#include "util/Result.h"

namespace sitrep::ui {

class Session;

namespace alertEdits {

// Opens an incident from the chosen alerts; undo removes it (the alerts go back to the inbox).
Result<qint64> openIncident(Session &session, const NewIncident &incident, const QList<qint64> &alertIds);
// Mutes one alert identity until `untilAt`; undo lifts that mute.
Done mute(Session &session, const QString &source, const QString &dedupKey, qint64 untilAt, const QString &title);
// Lifts every mute of an identity; undo puts them back (those not run out meanwhile).
Done unmute(Session &session, const QString &source, const QString &dedupKey, const QString &title);
// Replaces the intake rules and severity mapping; undo restores the previous ones.
Done saveRules(Session &session, const IntakePolicy &before, const IntakePolicy &after);

} // namespace alertEdits
} // namespace sitrep::ui
