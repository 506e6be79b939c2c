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

QString fieldLabel(IncidentField field)
{
    switch (field) {
    case IncidentField::Title:
        return Tr::tr("Title");
    case IncidentField::Severity:
        return Tr::tr("Severity");
    case IncidentField::Service:
        return Tr::tr("Service");
    case IncidentField::Summary:
        return Tr::tr("Summary");
    case IncidentField::Drill:
        return Tr::tr("Drill");
    case IncidentField::ImpactStarted:
        return Tr::tr("Impact started");
    case IncidentField::Detected:
        return Tr::tr("Detected");
    case IncidentField::Acknowledged:
        return Tr::tr("Acknowledged");
    case IncidentField::Mitigated:
        return Tr::tr("Mitigated");
    case IncidentField::Resolved:
        return Tr::tr("Resolved");
    case IncidentField::Commander:
        return Tr::tr("Incident commander");
    case IncidentField::Communications:
        return Tr::tr("Communications lead");
    case IncidentField::Scribe:
        return Tr::tr("Scribe");
    case IncidentField::Responders:
        return Tr::tr("Responders");
    }
    return {};
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

QString describeChange(const IncidentChange &c, const std::function<QString(qint64)> &formatTime)
{
    const auto text = [&](const QVariant &v) -> QString {
        if (isMilestone(c.field))
            return v.isNull() ? Tr::tr("not set") : formatTime(v.toLongLong());
        switch (c.field) {
        case IncidentField::Severity:
            return severityLabel(Severity(v.toInt()));
        case IncidentField::Drill:
            return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
        case IncidentField::Responders:
            return v.toStringList().isEmpty() ? Tr::tr("none") : v.toStringList().join(QStringLiteral(", "));
        default:
            return v.toString().isEmpty() ? Tr::tr("none") : QStringLiteral("“%1”").arg(v.toString());
        }
    };
    return Tr::tr("%1: %2 → %3").arg(fieldLabel(c.field), text(c.before), text(c.after));
}

} // namespace sitrep
