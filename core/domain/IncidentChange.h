#pragma once
// One edit of one incident field: what it was and what it becomes. The same value applies the
// edit and, swapped, undoes it. Milestones, fields and roles all travel this way.

#include "domain/Incident.h"
#include "domain/TextLanguage.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

#include <optional>

namespace sitrep {

enum class IncidentField {
    Title, Severity, Service, Summary, Drill,
    ImpactStarted, Detected, Acknowledged, Mitigated, Resolved,
    Commander, Communications, Scribe, Responders,
};

// Values: QString (title, service, summary, commander, communications, scribe), int 1..5
// (severity), bool (drill), qint64 UTC ms or null (milestones), QStringList (responders).
struct IncidentChange
{
    qint64 incidentId = 0;
    IncidentField field = IncidentField::Title;
    QVariant before;
    QVariant after;

    IncidentChange reversed() const { return {incidentId, field, after, before}; }
};

QString fieldLabel(IncidentField field);            // translated: "Severity", "Acknowledged", ...
QString fieldLabel(IncidentField field, TextLanguage language);
// The field's stable name in stored data ("severity", "impact_started"), and back.
QString fieldKey(IncidentField field);
std::optional<IncidentField> fieldFromKey(const QString &key);
QList<IncidentField> allIncidentFields();
bool isMilestone(IncidentField field);
// Reads a field's current value from an incident, in the representation above.
QVariant fieldValue(const Incident &incident, IncidentField field);
// Writes a value into an incident (no validation).
void setFieldValue(Incident &incident, IncidentField field, const QVariant &value);
// The status the milestones imply: resolved, else mitigated, else acknowledged, else open.
IncidentStatus statusFromMilestones(const Incident &incident);
// Milestones must keep their order: impact started <= detected <= acknowledged <= mitigated <=
// resolved, and a later one needs the earlier ones. Returns a message a person can act on.
std::optional<QString> milestoneProblem(const Incident &incident);
// One value as the timeline writes it: text in quotes (“Checkout 502”), "SEV2", "yes", a time
// through the formatter, "none" / "not set".
QString fieldValueText(IncidentField field, const QVariant &value, const std::function<QString(qint64)> &formatTime,
                       TextLanguage language = TextLanguage::Reader);
// "Severity: SEV3 → SEV2" for the timeline, with times in the given formatter.
QString describeChange(const IncidentChange &change,
                       const std::function<QString(qint64)> &formatTime,
                       TextLanguage language = TextLanguage::Reader);

} // namespace sitrep
