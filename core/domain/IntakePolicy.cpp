#include "domain/IntakePolicy.h"

namespace sitrep {

const IntakeRule &IntakePolicy::fallbackRule()
{
    static const IntakeRule rule = [] {
        IntakeRule r;
        r.name = QStringLiteral("Default: by service and alert name");
        return r;
    }();
    return rule;
}

IntakePolicy IntakePolicy::defaults()
{
    IntakePolicy policy;
    policy.rules << fallbackRule();
    const QList<QPair<const char *, int>> map = {
        {"sev1", 1}, {"p1", 1}, {"page", 2}, {"critical", 2}, {"sev2", 2}, {"p2", 2},
        {"error", 3}, {"high", 3}, {"major", 3}, {"sev3", 3}, {"p3", 3},
        {"warning", 4}, {"warn", 4}, {"medium", 4}, {"minor", 4}, {"sev4", 4}, {"p4", 4},
        {"info", 5}, {"low", 5}, {"none", 5}, {"sev5", 5}, {"p5", 5}};
    for (const auto &[value, sev] : map)
        policy.severityMap.insert(QString::fromLatin1(value), sev);
    return policy;
}

const IntakeRule &IntakePolicy::ruleFor(const Alert &alert) const
{
    for (const IntakeRule &rule : rules) {
        if (rule.enabled && matchesAll(rule.matchers, alert.labels))
            return rule;
    }
    return fallbackRule();
}

int IntakePolicy::severityOf(const Alert &alert, const IntakeRule &rule) const
{
    if (alert.severity)
        return *alert.severity;
    for (const QLatin1StringView key : {QLatin1StringView("severity"), QLatin1StringView("priority")}) {
        const QString value = alert.labels.value(key).toString().trimmed().toLower();
        if (value.isEmpty())
            continue;
        if (const auto it = severityMap.constFind(value); it != severityMap.cend())
            return *it;
    }
    return rule.defaultSeverity;
}

QString IntakePolicy::groupKeyOf(const Alert &alert, const IntakeRule &rule) const
{
    // The rule is part of the key so that two rules never merge each other's alerts.
    QString key = QString::number(rule.id) + QLatin1Char('|');
    bool any = false;
    for (const QString &name : rule.groupBy) {
        QString value;
        if (name == IntakeRule::senderGroupKeyName())
            value = alert.senderGroupKey;
        else if (name == QLatin1String("service"))
            value = alert.service.isEmpty() ? alert.labels.value(name).toString() : alert.service;
        else
            value = alert.labels.value(name).toVariant().toString();
        any = any || !value.isEmpty();
        key += name + QLatin1Char('=') + value + QChar(0x1f);
    }
    // Nothing to group by: the alert stands alone (its own identity).
    if (!any)
        key += alert.source + QLatin1Char(':') + alert.dedupKey;
    return key;
}

QList<PreviewGroup> previewGrouping(const IntakePolicy &policy, const QList<Alert> &alerts)
{
    QList<PreviewGroup> groups;
    QHash<QString, qsizetype> byKey;
    for (const Alert &alert : alerts) {
        const IntakeRule &rule = policy.ruleFor(alert);
        const int severity = policy.severityOf(alert, rule);
        const bool opens = severity <= rule.minSeverity;
        // Held alerts are listed by themselves: they never merge into anything.
        const QString key = opens ? policy.groupKeyOf(alert, rule)
                                  : QStringLiteral("held:") + alert.source + QLatin1Char(':') + alert.dedupKey;
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            PreviewGroup g;
            g.groupKey = key;
            g.ruleName = rule.name;
            g.severity = severity;
            g.opensIncident = opens;
            g.title = alert.title;
            it = byKey.insert(key, groups.size());
            groups << g;
        }
        PreviewGroup &g = groups[*it];
        g.alertIds << alert.id;
        g.severity = std::min(g.severity, severity);
    }
    return groups;
}

} // namespace sitrep
