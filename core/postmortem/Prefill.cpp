#include "postmortem/Prefill.h"

#include "domain/TimelineMessage.h"
#include "domain/IncidentStatus.h"
#include "domain/Severity.h"
#include "postmortem/Templates.h"
#include "storage/AlertStore.h"
#include "storage/IncidentStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Prefill)
};

QString prompt(const QString &text)
{
    return QLatin1Char('_') + text + QLatin1Char('_');
}

// Table cells must not break the table.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString zoneName(const QTimeZone &zone)
{
    const QString id = QString::fromUtf8(zone.id());
    return id.isEmpty() ? QStringLiteral("local") : id;
}

QString localAndUtc(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    if (zone.offsetFromUtc(t) == 0 && (zone == QTimeZone::UTC || zone.id() == "UTC"))
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return QStringLiteral("%1 %2 (%3 UTC)")
        .arg(t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneName(zone),
             t.toString(QStringLiteral("HH:mm")));
}

QString when(const std::optional<qint64> &ms, const PrefillSource &s, const QString &missing)
{
    return ms ? localAndUtc(*ms, s.zone) : prompt(missing);
}

QString duration(const std::optional<qint64> &from, const std::optional<qint64> &to, const QString &missing)
{
    if (!from || !to)
        return prompt(missing);
    return humanDuration(*to - *from);
}

QString eventsTable(const QList<TimelineEvent> &events, const PrefillSource &s)
{
    QString out = QStringLiteral("| %1 | UTC | %2 | %3 |\n| --- | --- | --- | --- |\n")
                      .arg(Tr::tr("Time (%1)").arg(zoneName(s.zone)), Tr::tr("Who"), Tr::tr("What happened"));
    for (const TimelineEvent &e : events) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(e.occurredAt, QTimeZone::UTC);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(t.toTimeZone(s.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), t.toString(QStringLiteral("HH:mm")),
                        cell(e.author), cell(timelineText(e, s.zone)));
    }
    return out.trimmed();
}

QString role(const Incident &i, const QString &name)
{
    QStringList people;
    for (const RoleAssignment &r : i.roles)
        if (r.role == name)
            people << r.person;
    return people.isEmpty() ? prompt(Tr::tr("not recorded")) : people.join(QStringLiteral(", "));
}
} // namespace

Result<PrefillSource> prefillSourceFor(const Database &db, qint64 incidentId, const QString &author)
{
    PrefillSource s;
    auto incident = IncidentStore(db).byId(incidentId);
    if (!incident)
        return fail(incident.error());
    if (!*incident)
        return fail(Tr::tr("The incident no longer exists."));
    s.incident = **incident;
    auto timeline = TimelineStore(db).forIncident(incidentId);
    if (!timeline)
        return fail(timeline.error());
    s.timeline = *timeline;
    auto alerts = AlertStore(db).forIncident(incidentId);
    if (!alerts)
        return fail(alerts.error());
    s.alerts = *alerts;
    const RunbookStore runbooks(db);
    auto checklist = runbooks.checklist(incidentId);
    if (!checklist)
        return fail(checklist.error());
    s.checklist = *checklist;
    for (const ChecklistItem &c : std::as_const(s.checklist))
        if (c.runbookId && !s.runbookTitles.contains(*c.runbookId))
            if (auto r = runbooks.byId(*c.runbookId); r && *r)
                s.runbookTitles.insert(*c.runbookId, (*r)->title);
    s.author = author;
    s.now = QDateTime::currentMSecsSinceEpoch();
    return s;
}

QString placeholderValue(const QString &name, const PrefillSource &s)
{
    const Incident &i = s.incident;
    if (name == QLatin1String("incident.id")) return i.publicId();
    if (name == QLatin1String("incident.title")) return i.title;
    if (name == QLatin1String("incident.severity"))
        return QStringLiteral("%1 (%2)").arg(severityLabel(i.severity), severityMeaning(i.severity));
    if (name == QLatin1String("incident.service")) return i.service.isEmpty() ? prompt(Tr::tr("no service recorded")) : i.service;
    if (name == QLatin1String("incident.status")) return statusLabel(i.status);
    if (name == QLatin1String("incident.summary"))
        return i.summary.trimmed().isEmpty() ? prompt(Tr::tr("Summarise what happened in two or three sentences.")) : i.summary.trimmed();
    if (name == QLatin1String("incident.impact_started")) return when(i.impactStartedAt, s, Tr::tr("impact start not recorded"));
    if (name == QLatin1String("incident.detected")) return when(i.detectedAt, s, Tr::tr("detection not recorded"));
    if (name == QLatin1String("incident.acknowledged")) return when(i.acknowledgedAt, s, Tr::tr("not acknowledged"));
    if (name == QLatin1String("incident.mitigated")) return when(i.mitigatedAt, s, Tr::tr("not mitigated"));
    if (name == QLatin1String("incident.resolved")) return when(i.resolvedAt, s, Tr::tr("not resolved yet"));
    if (name == QLatin1String("metrics.time_to_detect")) return duration(i.impactStartedAt, i.detectedAt, Tr::tr("unknown"));
    if (name == QLatin1String("metrics.time_to_acknowledge")) return duration(i.detectedAt, i.acknowledgedAt, Tr::tr("not acknowledged"));
    if (name == QLatin1String("metrics.time_to_mitigate")) return duration(i.impactStartedAt, i.mitigatedAt, Tr::tr("not mitigated"));
    if (name == QLatin1String("metrics.time_to_resolve")) return duration(i.impactStartedAt, i.resolvedAt, Tr::tr("not resolved yet"));
    if (name == QLatin1String("metrics.impact_duration"))
        return i.resolvedAt ? duration(i.impactStartedAt, i.resolvedAt, Tr::tr("unknown")) : prompt(Tr::tr("ongoing"));
    if (name == QLatin1String("timeline.all")) {
        if (s.timeline.isEmpty())
            return prompt(Tr::tr("The timeline is empty."));
        return eventsTable(s.timeline, s);
    }
    if (name == QLatin1String("timeline.key_events")) {
        // Starred events, and what moved the incident along (status and milestones).
        QList<TimelineEvent> key;
        for (const TimelineEvent &e : s.timeline)
            if (e.isKeyEvent || e.kind == QLatin1String("milestone") || e.kind == QLatin1String("status"))
                key << e;
        if (key.isEmpty())
            return prompt(Tr::tr("No key events yet: star them on the timeline (Ctrl+K)."));
        return eventsTable(key, s);
    }
    if (name == QLatin1String("alerts")) {
        if (s.alerts.isEmpty())
            return prompt(Tr::tr("No alerts are linked to this incident. How was it noticed?"));
        QString out = QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                          .arg(Tr::tr("Alert"), Tr::tr("Source"), Tr::tr("Started"), Tr::tr("Resolved"));
        for (const Alert &a : s.alerts)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(cell(a.title), a.source, localAndUtc(a.startsAt, s.zone),
                            a.endsAt ? localAndUtc(*a.endsAt, s.zone) : Tr::tr("still firing"));
        return out.trimmed();
    }
    if (name == QLatin1String("checklist")) {
        if (s.checklist.isEmpty())
            return prompt(Tr::tr("No runbook checklist was used."));
        QString out;
        std::optional<qint64> runbook = -1;
        for (const ChecklistItem &c : s.checklist) {
            if (c.runbookId != runbook) {
                runbook = c.runbookId;
                int done = 0, skipped = 0, total = 0;
                for (const ChecklistItem &d : s.checklist)
                    if (d.runbookId == runbook) {
                        ++total;
                        done += d.state == QLatin1String("done");
                        skipped += d.state == QLatin1String("skipped");
                    }
                out += QStringLiteral("\n%1: %2\n\n")
                           .arg(runbook ? Tr::tr("Runbook “%1” (version %2)").arg(s.runbookTitles.value(*runbook), QString::number(c.runbookVersion.value_or(0)))
                                        : Tr::tr("Steps added during the incident"),
                                Tr::tr("%1 of %2 done, %3 skipped").arg(done).arg(total).arg(skipped));
            }
            const QString box = c.state == QLatin1String("done") ? QStringLiteral("[x]") : QStringLiteral("[ ]");
            QString line = QString(c.depth * 2, QLatin1Char(' ')) + QStringLiteral("- ") + box + QLatin1Char(' ') + c.text;
            if (c.state == QLatin1String("skipped"))
                line += QStringLiteral(" — ") + Tr::tr("skipped: %1").arg(c.note);
            else if (!c.note.isEmpty())
                line += QStringLiteral(" — ") + c.note;
            out += line + QLatin1Char('\n');
        }
        return out.trimmed();
    }
    if (name == QLatin1String("responders")) {
        QStringList people;
        for (const RoleAssignment &r : i.roles)
            if (!people.contains(r.person))
                people << r.person;
        for (const TimelineEvent &e : s.timeline)
            if (!e.author.isEmpty() && e.author != QLatin1String("sitrep intake") && !people.contains(e.author))
                people << e.author;
        return people.isEmpty() ? prompt(Tr::tr("Who responded?")) : people.join(QStringLiteral(", "));
    }
    if (name == QLatin1String("roles.commander")) return role(i, QStringLiteral("commander"));
    if (name == QLatin1String("roles.communications")) return role(i, QStringLiteral("communications"));
    if (name == QLatin1String("roles.scribe")) return role(i, QStringLiteral("scribe"));
    if (name == QLatin1String("author")) return s.author.isEmpty() ? prompt(Tr::tr("author")) : s.author;
    if (name == QLatin1String("today"))
        return QDateTime::fromMSecsSinceEpoch(s.now, QTimeZone::UTC).toTimeZone(s.zone).date().toString(Qt::ISODate);
    return QStringLiteral("{{%1}}").arg(name);
}

QString renderTemplate(const QString &body, const PrefillSource &source)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        out += placeholderValue(m.captured(1), source);
        last = m.capturedEnd();
    }
    out += body.mid(last);
    return out;
}

} // namespace sitrep
