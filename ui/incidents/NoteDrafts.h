#pragma once
// Half-typed notes, kept per database and incident in the settings: switching to another
// incident (or opening one in its own window) and back brings the text back, and so does a
// restart after a crash. A note is only text until Enter writes it to the timeline.

#include <QString>

namespace sitrep::ui::noteDrafts {

QString load(const QString &databasePath, qint64 incidentId);
// Stores `text` (an empty text forgets the draft) and writes the settings file at once.
void save(const QString &databasePath, qint64 incidentId, const QString &text);

} // namespace sitrep::ui::noteDrafts
