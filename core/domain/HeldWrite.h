#pragma once
// A write that could not reach the team database because the connection was gone (not because
// it was refused), kept on this computer to be replayed later or saved to a file: a note, an
// incident field change, a checklist step, a postmortem's text. Each kind carries what its
// store needs to apply it again and to refuse it when the same thing changed meanwhile (the
// field's value before, the step as it was shown, the text the postmortem had).
//
// As JSON it is a flat object with a "kind" and the fields of that kind, readable by a person
// (times as UTC milliseconds plus an ISO text, field values as the field's own type), so that a
// saved file still says what was meant when Sitrep is not there to read it.

#include "domain/IncidentChange.h"
#include "domain/Runbook.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace sitrep {

struct HeldWrite
{
    enum class Kind { Note, FieldChange, ChecklistStep, PostmortemText };

    Kind kind = Kind::Note;
    QString id;                 // a UUID: which held write this is, across processes and files
    qint64 heldAt = 0;          // when it was made (UTC ms)
    QString author;
    qint64 incidentId = 0;      // every kind but PostmortemText (where it is informative)
    QString incidentLabel;      // "INC-1042" as shown when it was made; may be empty
    // Why the last replay refused it, in words; empty when it was never replayed.
    QString refusal;

    // Note
    qint64 noteAt = 0;
    QString body;
    // FieldChange
    IncidentChange change;
    // ChecklistStep: the step as it was shown (the store refuses when it changed since), and
    // the state and note asked for.
    ChecklistItem step;
    QString state;
    QString stepNote;
    // PostmortemText: the text it had when typing began, and the text typed.
    qint64 postmortemId = 0;
    QString postmortemTitle;
    QString baseText;
    QString text;

    static HeldWrite note(qint64 incidentId, qint64 at, const QString &body, const QString &author, qint64 heldAt);
    static HeldWrite fieldChange(const IncidentChange &change, const QString &author, qint64 heldAt);
    static HeldWrite checklistStep(const ChecklistItem &shown, const QString &state, const QString &note,
                                   const QString &author, qint64 heldAt);
    static HeldWrite postmortemText(qint64 postmortemId, const QString &title, const QString &baseText,
                                    const QString &text, const QString &author, qint64 heldAt);
};

namespace heldwrites {

QJsonObject toJson(const HeldWrite &write);
// Refuses an object this version cannot replay faithfully (an unknown kind or field, a value
// of the wrong type), with what is wrong.
Result<HeldWrite> fromJson(const QJsonObject &object);

QJsonArray toJson(const QList<HeldWrite> &writes);
Result<QList<HeldWrite>> fromJson(const QJsonArray &array);

// One line in the user's language: "Note on INC-1042: “db failover started”",
// "Severity of INC-1042: SEV3 → SEV2", "Tick “Page the DBA” on INC-1042", ...
QString describe(const HeldWrite &write, const std::function<QString(qint64)> &formatTime);
// The whole list as a Markdown document a person can act on by hand (one section per write,
// the refusal when there is one), followed by the same list as JSON for a later import.
QString toMarkdown(const QList<HeldWrite> &writes, const QString &databaseName,
                   const std::function<QString(qint64)> &formatTime);

} // namespace heldwrites
} // namespace sitrep
