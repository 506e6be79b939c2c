#include "exchange/JsonExporter.h"

#include "domain/TimelineMessage.h"
#include "exchange/ExchangeFormat.h"
#include "storage/AlertStore.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

QJsonValue time(const std::optional<qint64> &ms) { return ms ? QJsonValue(isoUtc(*ms)) : QJsonValue(); }
QJsonValue time(qint64 ms) { return isoUtc(ms); }
QJsonValue number(const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

// Writes `"name": [` elements, one compact object per line `]`.
class ArrayWriter
{
public:
    ArrayWriter(QIODevice &out, const char *name, bool last = false) : m_out(out), m_last(last)
    {
        m_out.write("  \"");
        m_out.write(name);
        m_out.write("\": [");
    }
    void add(const QJsonObject &o)
    {
        m_out.write(m_first ? "\n    " : ",\n    ");
        m_out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        m_first = false;
    }
    ~ArrayWriter() { m_out.write(m_first ? "]" : "\n  ]"); m_out.write(m_last ? "\n" : ",\n"); }

private:
    QIODevice &m_out;
    bool m_last;
    bool m_first = true;
};

QJsonObject alertObject(const Alert &a, const QJsonValue &incident)
{
    return {{"source", a.source},
            {"dedup_key", a.dedupKey},
            {"status", a.status},
            {"title", a.title},
            {"severity", a.severity ? QJsonValue(severityLabel(Severity(*a.severity)))
                                    : QJsonValue()},
            {"service", a.service.isEmpty() ? QJsonValue() : QJsonValue(a.service)},
            {"labels", a.labels},
            {"annotations", a.annotations},
            {"starts_at", time(a.startsAt)},
            {"ends_at", time(a.endsAt)},
            {"received_at", time(a.receivedAt)},
            {"last_seen_at", time(a.lastSeenAt)},
            {"incident", incident},
            {"raw_payload", a.rawPayload.isNull()
                                ? QJsonValue()
                                : QJsonValue(QString::fromUtf8(a.rawPayload))}};
}

Result<QJsonObject> incidentObject(const TimelineStore &timeline, const RunbookStore &runbooks,
                                   const Incident &i, const QHash<qint64, int> &alertIndex,
                                   const QHash<qint64, QString> &runbookSlugs)
{
    QJsonArray roles;
    for (const RoleAssignment &r : i.roles)
        roles.append(QJsonObject{{"role", r.role}, {"person", r.person}});
    QJsonArray events;
    auto list = timeline.forIncident(i.id);
    if (!list)
        return fail(list.error());
    for (const TimelineEvent &e : list.value())
        events.append(QJsonObject{
            {"at", time(e.occurredAt)},
            {"kind", e.kind},
            {"author", e.author},
            // In the exporter's language; a generated event also carries its message and
            // parameters, from which an import renders it again.
            {"body", timelineText(e)},
            {"message", e.message.isEmpty() ? QJsonValue() : QJsonValue(e.message)},
            {"params", e.message.isEmpty() ? QJsonValue() : QJsonValue(e.params)},
            {"key_event", e.isKeyEvent},
            {"alert", e.alertId && alertIndex.contains(*e.alertId)
                  ? QJsonValue(alertIndex.value(*e.alertId))
                  : QJsonValue()},
            {"created_at", time(e.createdAt)},
            {"edited_at", time(e.editedAt)}});
    QJsonArray checklist;
    auto steps = runbooks.checklist(i.id);
    if (!steps)
        return fail(steps.error());
    for (const ChecklistItem &c : steps.value())
        checklist.append(QJsonObject{
            {"runbook", c.runbookId && runbookSlugs.contains(*c.runbookId)
            ? QJsonValue(runbookSlugs.value(*c.runbookId))
            : QJsonValue()},
            {"runbook_version", number(c.runbookVersion)},
            {"position", c.position},
            {"depth", c.depth},
            {"text", c.text},
            {"state", c.state},
            {"note", c.note},
            {"changed_by", c.changedBy},
            {"changed_at", time(c.changedAt)}});
    return QJsonObject{{"id", i.publicId()},
               {"title", i.title},
               {"severity", severityLabel(i.severity)},
               {"status", statusKey(i.status)},
               {"service", i.service.isEmpty() ? QJsonValue() : QJsonValue(i.service)},
               {"is_drill", i.isDrill},
               {"summary", i.summary},
               {"roles", roles},
               {"impact_started_at", time(i.impactStartedAt)},
               {"detected_at", time(i.detectedAt)},
               {"acknowledged_at", time(i.acknowledgedAt)},
               {"mitigated_at", time(i.mitigatedAt)},
               {"resolved_at", time(i.resolvedAt)},
               {"created_at", time(i.createdAt)},
               {"updated_at", time(i.updatedAt)},
               {"timeline", events},
               {"checklist", checklist}};
}

} // namespace

Done exportJson(const Database &db, QIODevice &out)
{
    const IncidentStore incidents(db);
    const AlertStore alerts(db);
    const TimelineStore timeline(db);
    const RunbookStore runbooks(db);
    const PostmortemStore postmortems(db);

    out.write("{\n");
    out.write(QStringLiteral("  \"format\": \"%1\",\n  \"format_version\": %2,\n")
                  .arg(QLatin1String(exchange::formatName))
                  .arg(exchange::formatVersion)
                  .toUtf8());

    const auto services = incidents.services();
    if (!services)
        return fail(services.error());
    {
        ArrayWriter array(out, "services");
        for (const Service &s : services.value())
            array.add({{"name", s.name}, {"description", s.description}, {"owner", s.owner}});
    }

    QHash<qint64, QString> runbookSlugs;
    {
        ArrayWriter array(out, "runbooks");
        Done versionsDone;
        auto done = runbooks.forEach([&](const Runbook &r) {
            runbookSlugs.insert(r.id, r.slug);
            QJsonArray versions;
            auto list = runbooks.versions(r.id);
            if (!list)
                versionsDone = fail(list.error());
            else
                for (const RunbookVersion &v : list.value())
                    versions.append(QJsonObject{
                        {"version", v.version}, {"body", v.body}, {"seen_at", time(v.seenAt)}});
            array.add({{"slug", r.slug},
                       {"title", r.title},
                       {"body", r.body},
                       {"source_path", r.sourcePath},
                       {"owner", r.owner},
                       {"last_reviewed_at", time(r.lastReviewedAt)},
                       {"version", r.version},
                       {"created_at", time(r.createdAt)},
                       {"updated_at", time(r.updatedAt)},
                       {"versions", versions}});
        });
        if (!done)
            return done;
        if (!versionsDone)
            return versionsDone;
    }

    // Incident numbers by row id, and alert positions by row id, for the references.
    QHash<qint64, int> numbers;
    {
        auto done = incidents.forEach([&](const Incident &i) { numbers.insert(i.id, i.number); });
        if (!done)
            return done;
    }
    QHash<qint64, int> alertIndex;
    {
        ArrayWriter array(out, "alerts");
        auto done = alerts.forEach([&](const Alert &a) {
            alertIndex.insert(a.id, int(alertIndex.size()));
            QJsonValue incident;
            if (a.incidentId && numbers.contains(*a.incidentId))
                incident = Incident::publicIdFor(numbers.value(*a.incidentId));
            array.add(alertObject(a, incident));
        });
        if (!done)
            return done;
    }

    {
        ArrayWriter array(out, "incidents");
        Done inner;
        auto done = incidents.forEach([&](const Incident &i) {
            if (!inner)
                return;
            auto object = incidentObject(timeline, runbooks, i, alertIndex, runbookSlugs);
            if (!object) {
                inner = fail(object.error());
                return;
            }
            array.add(object.value());
        });
        if (!done)
            return done;
        if (!inner)
            return inner;
    }

    {
        ArrayWriter array(out, "postmortems", /*last=*/true);
        Done inner;
        auto done = postmortems.forEach([&](const Postmortem &p) {
            QJsonArray items;
            auto list = postmortems.actionItems(p.id);
            if (!list) {
                inner = fail(list.error());
                return;
            }
            for (const ActionItem &a : list.value())
                items.append(QJsonObject{{"title", a.title},
                                         {"owner", a.owner},
                                         {"due_at", time(a.dueAt)},
                                         {"priority", a.priority},
                                         {"status", a.status},
                                         {"tracker_url", a.trackerUrl},
                                         {"created_at", time(a.createdAt)},
                                         {"completed_at", time(a.completedAt)}});
            array.add({{"incident", Incident::publicIdFor(numbers.value(p.incidentId))},
                       {"title", p.title},
                       {"status", p.status},
                       {"body", p.body},
                       {"template", p.templateName},
                       {"author", p.author},
                       {"reviewers", QJsonArray::fromStringList(p.reviewers)},
                       {"created_at", time(p.createdAt)},
                       {"updated_at", time(p.updatedAt)},
                       {"published_at", time(p.publishedAt)},
                       {"action_items", items}});
        });
        if (!done)
            return done;
        if (!inner)
            return inner;
    }
    out.write("}\n");
    return {};
}

Result<QByteArray> exportIncidentJson(const Database &db, qint64 incidentId)
{
    auto incident = IncidentStore(db).byId(incidentId);
    if (!incident)
        return fail(incident.error());
    if (!incident->has_value())
        return fail(QCoreApplication::translate("JsonExporter", "The incident no longer exists."));
    auto alerts = AlertStore(db).forIncident(incidentId);
    if (!alerts)
        return fail(alerts.error());
    QHash<qint64, int> alertIndex;
    QJsonArray alertArray;
    for (const Alert &a : alerts.value()) {
        alertIndex.insert(a.id, int(alertArray.size()));
        QJsonObject o = alertObject(a, QJsonValue());
        o.remove(QStringLiteral("incident"));
        alertArray.append(o);
    }
    QHash<qint64, QString> slugs;
    const RunbookStore runbooks(db);
    // Without them the checklist's runbook links would be written as missing.
    if (auto read = runbooks.forEach([&](const Runbook &r) { slugs.insert(r.id, r.slug); }); !read)
        return fail(read.error());
    auto object = incidentObject(TimelineStore(db), runbooks, **incident, alertIndex, slugs);
    if (!object)
        return fail(object.error());
    QJsonObject o = object.value();
    o.insert(QStringLiteral("format"), QLatin1String(exchange::formatName));
    o.insert(QStringLiteral("format_version"), exchange::formatVersion);
    o.insert(QStringLiteral("alerts"), alertArray);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace sitrep
