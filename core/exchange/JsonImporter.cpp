#include "exchange/JsonImporter.h"

#include "domain/TimelineMessage.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/JsonReader.h"
#include "storage/BulkWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace sitrep {

using exchange::JsonReader;

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)
};

struct ParsedRunbook
{
    Runbook runbook;
    QList<QPair<int, QString>> versions;
    QList<qint64> seenAt;
};

struct ParsedAlert
{
    Alert alert;
    std::optional<int> incidentNumber;
};

struct ParsedIncident
{
    Incident incident;
    QList<TimelineEvent> events;
    QList<std::optional<int>> eventAlert;         // index into the document's alerts
    QList<ChecklistItem> checklist;
    QList<std::optional<QString>> checklistRunbook; // slug
};

struct ParsedPostmortem
{
    Postmortem postmortem;
    int incidentNumber = 0;
    QList<ActionItem> actionItems;
};

struct Document
{
    QList<Service> services;
    QList<ParsedRunbook> runbooks;
    QList<ParsedAlert> alerts;
    QList<ParsedIncident> incidents;
    QList<ParsedPostmortem> postmortems;
};

QString lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

int incidentNumberAt(const JsonReader &r, const QString &key, bool nullable, bool *present)
{
    const auto id = nullable ? r.nullableString(key) : std::optional<QString>(r.string(key));
    *present = id.has_value();
    if (!id || r.failed())
        return 0;
    const auto n = Incident::numberFromPublicId(*id);
    if (!n)
        r.problem(r.at(key), Tr::tr("expected an incident id such as \"INC-1042\", got \"%1\"").arg(*id));
    return n.value_or(0);
}

void parse(const JsonReader &root, Document &doc)
{
    const QString format = root.string(QStringLiteral("format"));
    if (!root.failed() && format != QLatin1String(exchange::formatName))
        root.problem(root.at(QStringLiteral("format")),
                     Tr::tr("this is not a Sitrep exchange document (\"%1\")").arg(format));
    const int version = root.integer(QStringLiteral("format_version"), 1, 1000000);
    if (!root.failed() && version > exchange::formatVersion)
        root.problem(root.at(QStringLiteral("format_version")),
                     Tr::tr("version %1 is newer than this Sitrep reads (%2)")
                         .arg(version)
                         .arg(exchange::formatVersion));
    if (root.failed())
        return;

    const QJsonArray services = root.array(QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size() && !root.failed(); ++i) {
        const JsonReader r = root.element(services, QStringLiteral("services"), i);
        doc.services.append({0, r.string(QStringLiteral("name")),
                             r.string(QStringLiteral("description")),
                             r.string(QStringLiteral("owner"))});
    }

    QSet<QString> slugs;
    const QJsonArray runbooks = root.array(QStringLiteral("runbooks"));
    for (qsizetype i = 0; i < runbooks.size() && !root.failed(); ++i) {
        const JsonReader r = root.element(runbooks, QStringLiteral("runbooks"), i);
        ParsedRunbook p;
        p.runbook.slug = r.string(QStringLiteral("slug"));
        p.runbook.title = r.string(QStringLiteral("title"));
        p.runbook.body = r.string(QStringLiteral("body"));
        p.runbook.sourcePath = r.string(QStringLiteral("source_path"));
        p.runbook.owner = r.string(QStringLiteral("owner"));
        p.runbook.lastReviewedAt = r.nullableTime(QStringLiteral("last_reviewed_at"));
        p.runbook.version = r.integer(QStringLiteral("version"), 1, 1000000000);
        p.runbook.createdAt = r.time(QStringLiteral("created_at"));
        p.runbook.updatedAt = r.time(QStringLiteral("updated_at"));
        const QJsonArray versions = r.array(QStringLiteral("versions"));
        for (qsizetype v = 0; v < versions.size() && !r.failed(); ++v) {
            const JsonReader vr = r.element(versions, QStringLiteral("versions"), v);
            p.versions.append({vr.integer(QStringLiteral("version"), 1, 1000000000),
                               vr.string(QStringLiteral("body"))});
            p.seenAt.append(vr.time(QStringLiteral("seen_at")));
        }
        if (!r.failed() && slugs.contains(p.runbook.slug))
            r.problem(r.at(QStringLiteral("slug")), Tr::tr("\"%1\" appears twice").arg(p.runbook.slug));
        slugs.insert(p.runbook.slug);
        doc.runbooks.append(p);
    }

    const QJsonArray alerts = root.array(QStringLiteral("alerts"));
    for (qsizetype i = 0; i < alerts.size() && !root.failed(); ++i) {
        const JsonReader r = root.element(alerts, QStringLiteral("alerts"), i);
        ParsedAlert p;
        Alert &a = p.alert;
        a.source = r.string(QStringLiteral("source"));
        a.dedupKey = r.string(QStringLiteral("dedup_key"));
        a.status = r.oneOf(QStringLiteral("status"),
                           {QStringLiteral("firing"), QStringLiteral("resolved"),
                            QStringLiteral("acknowledged")});
        a.title = r.string(QStringLiteral("title"));
        a.severity = r.nullableSeverity(QStringLiteral("severity"));
        a.service = r.nullableString(QStringLiteral("service")).value_or(QString());
        a.labels = r.object(QStringLiteral("labels"));
        a.annotations = r.object(QStringLiteral("annotations"));
        a.startsAt = r.time(QStringLiteral("starts_at"));
        a.endsAt = r.nullableTime(QStringLiteral("ends_at"));
        a.receivedAt = r.time(QStringLiteral("received_at"));
        a.lastSeenAt = r.time(QStringLiteral("last_seen_at"));
        if (auto raw = r.nullableString(QStringLiteral("raw_payload")))
            a.rawPayload = raw->toUtf8();
        bool present = false;
        const int number = incidentNumberAt(r, QStringLiteral("incident"), true, &present);
        if (present)
            p.incidentNumber = number;
        doc.alerts.append(p);
    }

    QSet<int> numbers;
    const QJsonArray incidents = root.array(QStringLiteral("incidents"));
    for (qsizetype i = 0; i < incidents.size() && !root.failed(); ++i) {
        const JsonReader r = root.element(incidents, QStringLiteral("incidents"), i);
        ParsedIncident p;
        Incident &inc = p.incident;
        bool present = false;
        inc.number = incidentNumberAt(r, QStringLiteral("id"), false, &present);
        if (!r.failed() && numbers.contains(inc.number))
            r.problem(r.at(QStringLiteral("id")), Tr::tr("%1 appears twice").arg(inc.publicId()));
        numbers.insert(inc.number);
        inc.title = r.string(QStringLiteral("title"));
        inc.severity = r.severity(QStringLiteral("severity"));
        inc.status = r.status(QStringLiteral("status"));
        inc.service = r.nullableString(QStringLiteral("service")).value_or(QString());
        inc.isDrill = r.boolean(QStringLiteral("is_drill"));
        inc.summary = r.string(QStringLiteral("summary"));
        const QJsonArray roles = r.array(QStringLiteral("roles"));
        for (qsizetype k = 0; k < roles.size() && !r.failed(); ++k) {
            const JsonReader rr = r.element(roles, QStringLiteral("roles"), k);
            inc.roles.append({rr.oneOf(QStringLiteral("role"),
                                       {QStringLiteral("commander"), QStringLiteral("communications"),
                                        QStringLiteral("scribe"), QStringLiteral("responder")}),
                              rr.string(QStringLiteral("person"))});
        }
        inc.impactStartedAt = r.nullableTime(QStringLiteral("impact_started_at"));
        inc.detectedAt = r.nullableTime(QStringLiteral("detected_at"));
        inc.acknowledgedAt = r.nullableTime(QStringLiteral("acknowledged_at"));
        inc.mitigatedAt = r.nullableTime(QStringLiteral("mitigated_at"));
        inc.resolvedAt = r.nullableTime(QStringLiteral("resolved_at"));
        inc.createdAt = r.time(QStringLiteral("created_at"));
        inc.updatedAt = r.time(QStringLiteral("updated_at"));

        const QJsonArray events = r.array(QStringLiteral("timeline"));
        for (qsizetype k = 0; k < events.size() && !r.failed(); ++k) {
            const JsonReader er = r.element(events, QStringLiteral("timeline"), k);
            TimelineEvent e;
            e.occurredAt = er.time(QStringLiteral("at"));
            e.kind = er.oneOf(QStringLiteral("kind"),
                              {QStringLiteral("note"), QStringLiteral("alert"),
                               QStringLiteral("status"), QStringLiteral("milestone"),
                               QStringLiteral("role"), QStringLiteral("field"),
                               QStringLiteral("checklist"), QStringLiteral("postmortem"),
                               QStringLiteral("system")});
            e.author = er.string(QStringLiteral("author"));
            e.body = er.string(QStringLiteral("body"));
            // A generated event's message (exports before messages have none: their body stays
            // as it was written). A known message gets its English text as body, as every writer
            // stores it; an unknown one (a newer Sitrep's) keeps the exported text.
            if (const auto message = er.nullableString(QStringLiteral("message")); message && !message->isEmpty()) {
                e.message = *message;
                e.params = er.object(QStringLiteral("params"));
                if (const auto english = renderTimelineMessage({e.message, e.params}, TextLanguage::Source))
                    e.body = *english;
            }
            e.isKeyEvent = er.boolean(QStringLiteral("key_event"));
            e.createdAt = er.time(QStringLiteral("created_at"));
            e.editedAt = er.nullableTime(QStringLiteral("edited_at"));
            const auto alert = er.nullableInteger(QStringLiteral("alert"), 0, int(alerts.size()) - 1);
            p.events.append(e);
            p.eventAlert.append(alert);
        }
        const QJsonArray checklist = r.array(QStringLiteral("checklist"));
        for (qsizetype k = 0; k < checklist.size() && !r.failed(); ++k) {
            const JsonReader cr = r.element(checklist, QStringLiteral("checklist"), k);
            ChecklistItem c;
            const auto slug = cr.nullableString(QStringLiteral("runbook"));
            if (slug && !cr.failed() && !slugs.contains(*slug))
                cr.problem(cr.at(QStringLiteral("runbook")),
                           Tr::tr("no runbook \"%1\" in this document").arg(*slug));
            c.runbookVersion = cr.nullableInteger(QStringLiteral("runbook_version"), 1, 1000000000);
            c.position = cr.integer(QStringLiteral("position"), 0, 1000000000);
            c.depth = cr.integer(QStringLiteral("depth"), 0, 100);
            c.text = cr.string(QStringLiteral("text"));
            c.state = cr.oneOf(QStringLiteral("state"), {QStringLiteral("open"), QStringLiteral("done"),
                                                         QStringLiteral("skipped")});
            c.note = cr.string(QStringLiteral("note"));
            c.changedBy = cr.string(QStringLiteral("changed_by"));
            c.changedAt = cr.nullableTime(QStringLiteral("changed_at"));
            p.checklist.append(c);
            p.checklistRunbook.append(slug);
        }
        doc.incidents.append(p);
    }

    // References into incidents can only be checked once all incidents are read.
    for (qsizetype i = 0; i < doc.alerts.size() && !root.failed(); ++i) {
        const auto &n = doc.alerts[i].incidentNumber;
        if (n && !numbers.contains(*n))
            root.problem(QStringLiteral("$.alerts[%1].incident").arg(i),
                         Tr::tr("no incident %1 in this document").arg(Incident::publicIdFor(*n)));
    }

    QSet<int> withPostmortem;
    const QJsonArray postmortems = root.array(QStringLiteral("postmortems"));
    for (qsizetype i = 0; i < postmortems.size() && !root.failed(); ++i) {
        const JsonReader r = root.element(postmortems, QStringLiteral("postmortems"), i);
        ParsedPostmortem p;
        bool present = false;
        p.incidentNumber = incidentNumberAt(r, QStringLiteral("incident"), false, &present);
        if (!r.failed() && !numbers.contains(p.incidentNumber))
            r.problem(r.at(QStringLiteral("incident")),
                      Tr::tr("no incident %1 in this document").arg(Incident::publicIdFor(p.incidentNumber)));
        if (!r.failed() && withPostmortem.contains(p.incidentNumber))
            r.problem(r.at(QStringLiteral("incident")),
                      Tr::tr("%1 has a postmortem already").arg(Incident::publicIdFor(p.incidentNumber)));
        withPostmortem.insert(p.incidentNumber);
        Postmortem &pm = p.postmortem;
        pm.title = r.string(QStringLiteral("title"));
        pm.status = r.oneOf(QStringLiteral("status"), {QStringLiteral("draft"), QStringLiteral("in_review"),
                                                       QStringLiteral("published")});
        pm.body = r.string(QStringLiteral("body"));
        pm.templateName = r.string(QStringLiteral("template"));
        pm.author = r.string(QStringLiteral("author"));
        pm.reviewers = r.stringList(QStringLiteral("reviewers"));
        pm.createdAt = r.time(QStringLiteral("created_at"));
        pm.updatedAt = r.time(QStringLiteral("updated_at"));
        pm.publishedAt = r.nullableTime(QStringLiteral("published_at"));
        const QJsonArray items = r.array(QStringLiteral("action_items"));
        for (qsizetype k = 0; k < items.size() && !r.failed(); ++k) {
            const JsonReader ar = r.element(items, QStringLiteral("action_items"), k);
            ActionItem a;
            a.title = ar.string(QStringLiteral("title"));
            a.owner = ar.string(QStringLiteral("owner"));
            a.dueAt = ar.nullableTime(QStringLiteral("due_at"));
            a.priority = ar.oneOf(QStringLiteral("priority"),
                                  {QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("high"), QStringLiteral("urgent")});
            a.status = ar.oneOf(QStringLiteral("status"),
                                {QStringLiteral("open"), QStringLiteral("in_progress"),
                                 QStringLiteral("done"), QStringLiteral("wont_do")});
            a.trackerUrl = ar.string(QStringLiteral("tracker_url"));
            a.createdAt = ar.time(QStringLiteral("created_at"));
            a.completedAt = ar.nullableTime(QStringLiteral("completed_at"));
            p.actionItems.append(a);
        }
        doc.postmortems.append(p);
    }
}

// Writes a checked document; any failure rolls everything back (BulkWriter's destructor).
Result<ImportSummary> write(const Database &db, const Document &doc)
{
    ImportSummary summary;
    BulkWriter writer(db);
    if (auto done = writer.begin(); !done)
        return fail(done.error());
    // On a server rows are sent a few thousand at a time, so a failure there belongs to the
    // rows sent, not to the element being added: it names its array (each array's rows are sent
    // before the next array's begin) and the server's message names the table and the key.
    const auto at = [&writer](const QString &path, const QString &error) {
        if (writer.batchFailed())
            return fail(QStringLiteral("%1: %2").arg(path.left(path.indexOf(QLatin1Char('['))), error));
        return fail(QStringLiteral("%1: %2").arg(path, error));
    };
    const auto sent = [&](const char *array) -> Done {
        if (auto done = writer.flush(); !done)
            return at(QStringLiteral("$.%1[").arg(QLatin1String(array)), done.error());
        return {};
    };

    for (qsizetype i = 0; i < doc.incidents.size(); ++i)
        if (writer.incidentNumberExists(doc.incidents[i].incident.number))
            return at(QStringLiteral("$.incidents[%1].id").arg(i),
                      Tr::tr("%1 already exists in this database")
                          .arg(doc.incidents[i].incident.publicId()));
    for (qsizetype i = 0; i < doc.runbooks.size(); ++i)
        if (writer.runbookSlugExists(doc.runbooks[i].runbook.slug))
            return at(QStringLiteral("$.runbooks[%1].slug").arg(i),
                      Tr::tr("a runbook \"%1\" already exists in this database")
                          .arg(doc.runbooks[i].runbook.slug));

    for (qsizetype i = 0; i < doc.services.size(); ++i) {
        if (auto id = writer.addService(doc.services[i]); !id)
            return at(QStringLiteral("$.services[%1]").arg(i), id.error());
        ++summary.services;
    }
    if (auto done = sent("services"); !done)
        return fail(done.error());
    QHash<QString, qint64> runbookIds;
    for (qsizetype i = 0; i < doc.runbooks.size(); ++i) {
        const ParsedRunbook &p = doc.runbooks[i];
        auto id = writer.addRunbook(p.runbook, p.versions, p.seenAt);
        if (!id)
            return at(QStringLiteral("$.runbooks[%1]").arg(i), id.error());
        runbookIds.insert(p.runbook.slug, *id);
        ++summary.runbooks;
    }
    if (auto done = sent("runbooks"); !done)
        return fail(done.error());

    // Incidents first (alerts point at them), then alerts, then what points at alerts.
    QHash<int, qint64> incidentIds;
    for (qsizetype i = 0; i < doc.incidents.size(); ++i) {
        Incident incident = doc.incidents[i].incident;
        if (auto done = writer.addIncident(incident); !done)
            return at(QStringLiteral("$.incidents[%1]").arg(i), done.error());
        incidentIds.insert(incident.number, incident.id);
        ++summary.incidents;
    }
    if (auto done = sent("incidents"); !done)
        return fail(done.error());
    QList<qint64> alertIds;
    alertIds.reserve(doc.alerts.size());
    for (qsizetype i = 0; i < doc.alerts.size(); ++i) {
        Alert alert = doc.alerts[i].alert;
        if (doc.alerts[i].incidentNumber)
            alert.incidentId = incidentIds.value(*doc.alerts[i].incidentNumber);
        auto id = writer.addAlert(alert);
        if (!id)
            return at(QStringLiteral("$.alerts[%1]").arg(i), id.error());
        alertIds.append(*id);
        ++summary.alerts;
    }
    if (auto done = sent("alerts"); !done)
        return fail(done.error());
    for (qsizetype i = 0; i < doc.incidents.size(); ++i) {
        const ParsedIncident &p = doc.incidents[i];
        const qint64 incidentId = incidentIds.value(p.incident.number);
        for (qsizetype k = 0; k < p.events.size(); ++k) {
            TimelineEvent e = p.events[k];
            e.incidentId = incidentId;
            if (p.eventAlert[k])
                e.alertId = alertIds.value(*p.eventAlert[k]);
            if (auto id = writer.addTimelineEvent(e); !id)
                return at(QStringLiteral("$.incidents[%1].timeline[%2]").arg(i).arg(k), id.error());
            ++summary.timelineEvents;
        }
        for (qsizetype k = 0; k < p.checklist.size(); ++k) {
            ChecklistItem c = p.checklist[k];
            c.incidentId = incidentId;
            if (p.checklistRunbook[k])
                c.runbookId = runbookIds.value(*p.checklistRunbook[k]);
            if (auto id = writer.addChecklistItem(c); !id)
                return at(QStringLiteral("$.incidents[%1].checklist[%2]").arg(i).arg(k), id.error());
        }
    }
    if (auto done = sent("incidents"); !done)
        return fail(done.error());
    for (qsizetype i = 0; i < doc.postmortems.size(); ++i) {
        Postmortem pm = doc.postmortems[i].postmortem;
        pm.incidentId = incidentIds.value(doc.postmortems[i].incidentNumber);
        auto id = writer.addPostmortem(pm);
        if (!id)
            return at(QStringLiteral("$.postmortems[%1]").arg(i), id.error());
        ++summary.postmortems;
        const auto &items = doc.postmortems[i].actionItems;
        for (qsizetype k = 0; k < items.size(); ++k) {
            ActionItem a = items[k];
            a.postmortemId = *id;
            if (auto done = writer.addActionItem(a); !done)
                return at(QStringLiteral("$.postmortems[%1].action_items[%2]").arg(i).arg(k),
                          done.error());
            ++summary.actionItems;
        }
    }
    if (auto done = sent("postmortems"); !done)
        return fail(done.error());
    if (auto done = writer.commit(); !done)
        return fail(done.error());
    return summary;
}

} // namespace

Result<ImportSummary> importJson(const Database &db, const QByteArray &document)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Tr::tr("$: not valid JSON at %1: %2")
                        .arg(lineAndColumn(document, parseError.offset), parseError.errorString()));
    if (!json.isObject())
        return fail(Tr::tr("$: expected an object at the top level"));

    QString error;
    Document doc;
    parse(JsonReader(json.object(), QStringLiteral("$"), &error), doc);
    if (!error.isEmpty())
        return fail(error);
    return write(db, doc);
}

} // namespace sitrep
