#include "domain/IncidentChange.h"

#include <QCoreApplication>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentChange)
};

QString roleKey(IncidentField field)
{
    switch (field) {
    case IncidentField::Commander:
        return QStringLiteral("commander");
    case IncidentField::Communications:
        return QStringLiteral("communications");
    case IncidentField::Scribe:
        return QStringLiteral("scribe");
    default:
        return QStringLiteral("responder");
    }
}

std::optional<qint64> *milestone(Incident &i, IncidentField field)
{
    switch (field) {
    case IncidentField::ImpactStarted:
        return &i.impactStartedAt;
    case IncidentField::Detected:
        return &i.detectedAt;
    case IncidentField::Acknowledged:
        return &i.acknowledgedAt;
    case IncidentField::Mitigated:
        return &i.mitigatedAt;
    case IncidentField::Resolved:
        return &i.resolvedAt;
    default:
        return nullptr;
    }
}

} // namespace

namespace {

struct FieldName
{
    IncidentField field;
    const char *key;     // as stored in timeline event parameters: never changes
    const char *label;   // translated when shown
};

const FieldName fieldNames[] = {
    {IncidentField::Title, "title", QT_TRANSLATE_NOOP("IncidentChange", "Title")},
    {IncidentField::Severity, "severity", QT_TRANSLATE_NOOP("IncidentChange", "Severity")},
    {IncidentField::Service, "service", QT_TRANSLATE_NOOP("IncidentChange", "Service")},
    {IncidentField::Summary, "summary", QT_TRANSLATE_NOOP("IncidentChange", "Summary")},
    {IncidentField::Drill, "drill", QT_TRANSLATE_NOOP("IncidentChange", "Drill")},
    {IncidentField::ImpactStarted, "impact_started", QT_TRANSLATE_NOOP("IncidentChange", "Impact started")},
    {IncidentField::Detected, "detected", QT_TRANSLATE_NOOP("IncidentChange", "Detected")},
    {IncidentField::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("IncidentChange", "Acknowledged")},
    {IncidentField::Mitigated, "mitigated", QT_TRANSLATE_NOOP("IncidentChange", "Mitigated")},
    {IncidentField::Resolved, "resolved", QT_TRANSLATE_NOOP("IncidentChange", "Resolved")},
    {IncidentField::Commander, "commander", QT_TRANSLATE_NOOP("IncidentChange", "Incident commander")},
    {IncidentField::Communications, "communications", QT_TRANSLATE_NOOP("IncidentChange", "Communications lead")},
    {IncidentField::Scribe, "scribe", QT_TRANSLATE_NOOP("IncidentChange", "Scribe")},
    {IncidentField::Responders, "responders", QT_TRANSLATE_NOOP("IncidentChange", "Responders")},
};

const FieldName *nameOf(IncidentField field)
{
    for (const FieldName &n : fieldNames)
        if (n.field == field)
            return &n;
    return nullptr;
}

} // namespace

QString fieldLabel(IncidentField field)
{
    return fieldLabel(field, TextLanguage::Reader);
}

QString fieldLabel(IncidentField field, TextLanguage language)
{
    const FieldName *n = nameOf(field);
    return n ? textIn(language, "IncidentChange", n->label) : QString();
}

QString fieldKey(IncidentField field)
{
    const FieldName *n = nameOf(field);
    return n ? QString::fromLatin1(n->key) : QString();
}

std::optional<IncidentField> fieldFromKey(const QString &key)
{
    for (const FieldName &n : fieldNames)
        if (key == QLatin1String(n.key))
            return n.field;
    return std::nullopt;
}

QList<IncidentField> allIncidentFields()
{
    QList<IncidentField> out;
    for (const FieldName &n : fieldNames)
        out << n.field;
    return out;
}

bool isMilestone(IncidentField field)
{
    Incident probe;
    return milestone(probe, field) != nullptr;
}

QVariant fieldValue(const Incident &incident, IncidentField field)
{
    Incident copy = incident;
    if (auto *m = milestone(copy, field))
        return *m ? QVariant(**m) : QVariant();
    switch (field) {
    case IncidentField::Title:
        return incident.title;
    case IncidentField::Severity:
        return int(incident.severity);
    case IncidentField::Service:
        return incident.service;
    case IncidentField::Summary:
        return incident.summary;
    case IncidentField::Drill:
        return incident.isDrill;
    case IncidentField::Responders: {
        QStringList people;
        for (const RoleAssignment &r : incident.roles)
            if (r.role == QLatin1String("responder"))
                people << r.person;
        return people;
    }
    default: {
        const QString key = roleKey(field);
        for (const RoleAssignment &r : incident.roles)
            if (r.role == key)
                return r.person;
        return QString();
    }
    }
}

void setFieldValue(Incident &incident, IncidentField field, const QVariant &value)
{
    if (auto *m = milestone(incident, field)) {
        *m = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
        incident.status = statusFromMilestones(incident);
        return;
    }
    switch (field) {
    case IncidentField::Title:
        incident.title = value.toString();
        return;
    case IncidentField::Severity:
        incident.severity = severityFromNumber(value.toInt()).value_or(incident.severity);
        return;
    case IncidentField::Service:
        incident.service = value.toString();
        return;
    case IncidentField::Summary:
        incident.summary = value.toString();
        return;
    case IncidentField::Drill:
        incident.isDrill = value.toBool();
        return;
    default:
        break;
    }
    const QString key = roleKey(field);
    incident.roles.removeIf([&](const RoleAssignment &r) { return r.role == key; });
    const QStringList people = field == IncidentField::Responders ? value.toStringList()
                                                                  : QStringList{value.toString()};
    for (const QString &p : people)
        if (!p.trimmed().isEmpty())
            incident.roles.append({key, p.trimmed()});
}

IncidentStatus statusFromMilestones(const Incident &i)
{
    if (i.resolvedAt)
        return IncidentStatus::Resolved;
    if (i.mitigatedAt)
        return IncidentStatus::Mitigated;
    if (i.acknowledgedAt)
        return IncidentStatus::Acknowledged;
    return IncidentStatus::Open;
}

std::optional<QString> milestoneProblem(const Incident &i)
{
    const std::pair<IncidentField, std::optional<qint64>> order[] = {
        {IncidentField::ImpactStarted, i.impactStartedAt}, {IncidentField::Detected, i.detectedAt},
        {IncidentField::Acknowledged, i.acknowledgedAt},   {IncidentField::Mitigated, i.mitigatedAt},
        {IncidentField::Resolved, i.resolvedAt}};
    // A later milestone needs the earlier ones (impact start may be unknown).
    for (int k = 2; k < 5; ++k)
        if (order[k].second && !order[k - 1].second)
            return Tr::tr("%1 needs %2 first.").arg(fieldLabel(order[k].first), fieldLabel(order[k - 1].first));
    const std::pair<IncidentField, std::optional<qint64>> *previous = nullptr;
    for (const auto &m : order) {
        if (!m.second)
            continue;
        if (previous && *m.second < *previous->second)
            return Tr::tr("%1 cannot be earlier than %2: milestones keep the order impact started, "
                          "detected, acknowledged, mitigated, resolved.")
                .arg(fieldLabel(m.first), fieldLabel(previous->first).toLower());
        previous = &m;
    }
    return std::nullopt;
}

QString fieldValueText(IncidentField field, const QVariant &v, const std::function<QString(qint64)> &formatTime,
                       TextLanguage language)
{
    const auto word = [&](const char *source) { return textIn(language, "IncidentChange", source); };
    if (isMilestone(field))
        return v.isNull() ? word(QT_TRANSLATE_NOOP("IncidentChange", "not set")) : formatTime(v.toLongLong());
    switch (field) {
    case IncidentField::Severity:
        return severityLabel(Severity(v.toInt()));
    case IncidentField::Drill:
        return v.toBool() ? word(QT_TRANSLATE_NOOP("IncidentChange", "yes")) : word(QT_TRANSLATE_NOOP("IncidentChange", "no"));
    case IncidentField::Responders:
        return v.toStringList().isEmpty() ? word(QT_TRANSLATE_NOOP("IncidentChange", "none"))
                                          : v.toStringList().join(QStringLiteral(", "));
    default:
        return v.toString().isEmpty() ? word(QT_TRANSLATE_NOOP("IncidentChange", "none")) : QStringLiteral("“%1”").arg(v.toString());
    }
}

QString describeChange(const IncidentChange &c, const std::function<QString(qint64)> &formatTime,
                       TextLanguage language)
{
    const auto word = [&](const char *source) { return textIn(language, "IncidentChange", source); };
    const auto text = [&](const QVariant &v) { return fieldValueText(c.field, v, formatTime, language); };
    return word(QT_TRANSLATE_NOOP("IncidentChange", "%1: %2 → %3"))
        .arg(fieldLabel(c.field, language), text(c.before), text(c.after));
}

} // namespace sitrep
