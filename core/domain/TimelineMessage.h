#pragma once
// What a generated timeline event says, as data: a stable key ("alert.firing") and its
// parameters, rendered into a sentence when it is read, in the reader's language. A team's
// timeline is written by many people in several languages; each reader sees it in theirs.
//
// Parameters are data, not text: severities as their number, times as UTC epoch ms (shown in the
// reader's local time), incident fields by key (shown with their translated label), alert
// sources by key; what people typed (titles, names, notes on steps) as typed.
//
// The event's body keeps the English rendering: full-text search indexes it, and an app that
// does not know the key (older, or newer than this one) shows it. Notes have no key: their body
// is what someone wrote.

#include "domain/IncidentChange.h"
#include "domain/Severity.h"
#include "domain/TextLanguage.h"
#include "domain/TimelineEvent.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace sitrep {

struct TimelineMessage
{
    QString key;
    QJsonObject params;
};

// The keys, as stored. Never rename one: rows and exports carry them.
namespace timelinekey {
inline constexpr char incidentDeclared[] = "incident.declared";          // severity, by, service?
inline constexpr char incidentOpened[] = "incident.opened";              // severity, service (demo data)
inline constexpr char incidentOpenedByAlert[] = "incident.opened_by_alert"; // severity, source
inline constexpr char incidentResolvedByRule[] = "incident.resolved_by_rule"; // rule
inline constexpr char incidentReopened[] = "incident.reopened";
inline constexpr char acknowledgedThrough[] = "incident.acknowledged_through"; // source, title
inline constexpr char commanderNamed[] = "incident.commander_named";     // person
inline constexpr char alertFiring[] = "alert.firing";                    // title
inline constexpr char alertResolved[] = "alert.resolved";                // title
inline constexpr char alertAcknowledged[] = "alert.acknowledged";        // title
inline constexpr char alertAttached[] = "alert.attached";                // title
inline constexpr char fieldChanged[] = "field.changed";                  // field, before, after
inline constexpr char milestoneSet[] = "milestone.set";                  // field
inline constexpr char runbookAttached[] = "checklist.attached";          // runbook, version, steps
inline constexpr char stepAdded[] = "checklist.step_added";              // step
inline constexpr char stepDone[] = "checklist.step_done";                // step, note?
inline constexpr char stepSkipped[] = "checklist.step_skipped";          // step, note?
inline constexpr char stepNoted[] = "checklist.step_noted";              // step, note?
inline constexpr char stepReopened[] = "checklist.step_reopened";        // step
inline constexpr char postmortemDrafted[] = "postmortem.drafted";        // template
inline constexpr char postmortemInReview[] = "postmortem.in_review";     // reviewers (array)
inline constexpr char postmortemPublished[] = "postmortem.published";
inline constexpr char postmortemReopened[] = "postmortem.reopened";
} // namespace timelinekey

// The messages, built from their data.
namespace timelinemessage {
TimelineMessage incidentDeclared(Severity severity, const QString &service, const QString &by);
TimelineMessage incidentOpened(Severity severity, const QString &service);
TimelineMessage incidentOpenedByAlert(Severity severity, const QString &sourceKey);
TimelineMessage incidentResolvedByRule(const QString &ruleName);
TimelineMessage incidentReopened();
TimelineMessage acknowledgedThrough(const QString &sourceKey, const QString &alertTitle);
TimelineMessage commanderNamed(const QString &person);
TimelineMessage alertFiring(const QString &alertTitle);
TimelineMessage alertResolved(const QString &alertTitle);
TimelineMessage alertAcknowledged(const QString &alertTitle);
TimelineMessage alertAttached(const QString &alertTitle);
TimelineMessage fieldChanged(const IncidentChange &change);
TimelineMessage milestoneSet(IncidentField milestone);
TimelineMessage runbookAttached(const QString &runbookTitle, int version, int steps);
TimelineMessage stepAdded(const QString &step);
TimelineMessage stepDone(const QString &step, const QString &note);
TimelineMessage stepSkipped(const QString &step, const QString &note);
TimelineMessage stepNoted(const QString &step, const QString &note);
TimelineMessage stepReopened(const QString &step);
TimelineMessage postmortemDrafted(const QString &templateName);
TimelineMessage postmortemInReview(const QStringList &reviewers);
TimelineMessage postmortemPublished();
TimelineMessage postmortemReopened();
} // namespace timelinemessage

// The sentence in the given language; nullopt for a key this app does not know (or parameters
// it cannot read), whose event then shows its body. A reader's times are in `zone` (by default
// the local time zone); the source language's in UTC.
std::optional<QString> renderTimelineMessage(const TimelineMessage &message, TextLanguage language,
                                             const std::optional<QTimeZone> &zone = std::nullopt);
// An event's text for a reader: its message rendered in the reader's language, else its body.
QString timelineText(const TimelineEvent &event, const std::optional<QTimeZone> &zone = std::nullopt);
// Gives the event the message, and as body its English rendering.
void setTimelineMessage(TimelineEvent &event, const TimelineMessage &message);
// An alert source's name as shown ("alertmanager" → "Alertmanager"); an unknown one as it is.
QString alertSourceLabel(const QString &sourceKey, TextLanguage language = TextLanguage::Reader);

} // namespace sitrep
