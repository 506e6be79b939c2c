#pragma once
// What intake does with an alert: which rule applies, how severe it is, which incident it joins.
// Plain data, loaded from the database (intake_rules, severity_map) and edited in the app; the
// rules preview runs the same code over recent alerts.

#include "domain/Alert.h"
#include "domain/LabelMatcher.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sitrep {

struct IntakeRule
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    QString matchersText;             // as the user wrote it
    QList<LabelMatcher> matchers;     // parsed (empty: every alert)
    QStringList groupBy{QStringLiteral("service"), QStringLiteral("alertname")};
    int minSeverity = 3;              // alerts less severe (a higher SEV number) stay in the inbox
    int defaultSeverity = 3;          // when no severity label maps
    bool resolveIncident = false;     // resolve the incident when all of its alerts resolved

    // The special group_by entry: use the sender's own grouping key.
    static QString senderGroupKeyName() { return QStringLiteral("group_key"); }
};

struct IntakePolicy
{
    QList<IntakeRule> rules;          // first enabled match wins
    QHash<QString, int> severityMap;  // lower-case label value -> SEV number

    // The rule for an alert; the built-in default when none matches.
    const IntakeRule &ruleFor(const Alert &alert) const;
    // The SEV number from the alert's severity or priority label (via the map), else the rule's default.
    int severityOf(const Alert &alert, const IntakeRule &rule) const;
    // Alerts with equal keys join the same open incident. Never empty for a firing alert.
    QString groupKeyOf(const Alert &alert, const IntakeRule &rule) const;

    static IntakePolicy defaults();
    static const IntakeRule &fallbackRule();
};

// One group in a rules preview: the alerts that would share one incident (or stay in the inbox).
struct PreviewGroup
{
    QString groupKey;
    QString ruleName;
    int severity = 3;
    bool opensIncident = false;       // false: below the rule's minimum severity
    QList<qint64> alertIds;
    QString title;                    // of the first alert
};

// Runs the policy over alerts (oldest first) as intake would, ignoring which incidents are open
// now: a preview of which alerts merge.
QList<PreviewGroup> previewGrouping(const IntakePolicy &policy, const QList<Alert> &alerts);

} // namespace sitrep
