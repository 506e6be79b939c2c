#include "demo/DemoGenerator.h"

#include "demo/DemoVocabulary.h"
#include "demo/Random.h"
#include "domain/TimelineMessage.h"
#include "storage/BulkWriter.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace sitrep {

namespace {

using demo::Random;

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

qint64 startOfUtcDay(qint64 ms) { return ms - ms % day; }

const char *const severityLabels[] = {"critical", "critical", "warning", "warning", "info"};

// Builds one incident and everything that hangs off it.
class IncidentBuilder
{
public:
    IncidentBuilder(BulkWriter &writer, Random &rng, DemoSummary &summary,
                    const QHash<QString, qint64> &runbookIds)
        : m_w(writer), m_rng(rng), m_summary(summary), m_runbookIds(runbookIds) {}

    Done build(qint64 impactStart, bool improved, int openState, qint64 until)
    {
        Random &r = m_rng;
        const auto &service = r.pick(demo::services());
        const auto &kind = r.pick(demo::incidentKinds());
        const int sev = 1 + r.weighted({3, 12, 35, 35, 15});
        const bool drill = r.chance(0.03);

        // Phase durations: log-normal, longer for severe incidents' mitigation.
        static const double mitigateMedianMin[] = {20, 30, 45, 60, 90};
        const qint64 detect = impactStart + qint64(r.logNormal((improved ? 2.5 : 5.0) * minute, 1.0));
        const qint64 ack = detect + qint64(r.logNormal((improved ? 1.5 : 3.0) * minute, 0.9));
        const qint64 mitigate = ack + qint64(r.logNormal(mitigateMedianMin[sev - 1] * minute, 0.9));
        const qint64 resolve = mitigate + qint64(r.logNormal(45.0 * minute, 1.1));

        Incident inc;
        inc.title = (drill ? Tr::tr("[Drill] ") : QString()) + kind.title.arg(service.name);
        inc.severity = Severity(sev);
        inc.service = service.name;
        inc.isDrill = drill;
        inc.summary = kind.summary;
        inc.impactStartedAt = impactStart;
        inc.detectedAt = std::min(detect, until);
        // openState: 0 resolved, 1 open, 2 acknowledged, 3 mitigated.
        const bool resolved = openState == 0;
        if (resolved || openState >= 2)
            inc.acknowledgedAt = std::min(ack, until);
        if (resolved || openState == 3)
            inc.mitigatedAt = std::min(mitigate, until);
        if (resolved)
            inc.resolvedAt = std::min(resolve, until);
        inc.status = resolved ? IncidentStatus::Resolved
                     : openState == 3 ? IncidentStatus::Mitigated
                     : openState == 2 ? IncidentStatus::Acknowledged
                                      : IncidentStatus::Open;
        const QString commander = r.pick(demo::people());
        inc.roles.append({QStringLiteral("commander"), commander});
        if (sev <= 2) {
            inc.roles.append({QStringLiteral("communications"), r.pick(demo::people())});
            if (r.chance(0.6))
                inc.roles.append({QStringLiteral("scribe"), r.pick(demo::people())});
        }
        QStringList responders;
        for (qint64 k = r.between(1, sev <= 2 ? 4 : 2); k > 0; --k) {
            const QString p = r.pick(demo::people());
            if (p != commander && !responders.contains(p))
                responders << p;
        }
        for (const QString &p : std::as_const(responders))
            inc.roles.append({QStringLiteral("responder"), p});
        inc.createdAt = *inc.detectedAt;
        inc.updatedAt = inc.resolvedAt.value_or(inc.mitigatedAt.value_or(
            inc.acknowledgedAt.value_or(*inc.detectedAt)));
        if (auto done = m_w.addIncident(inc); !done)
            return done;
        ++m_summary.incidents;
        if (!resolved)
            ++m_summary.openIncidents;

        const QString responder = responders.isEmpty() ? commander : responders.first();
        if (auto done = event(inc, detect, QStringLiteral("status"), QStringLiteral("sitrep"),
                              timelinemessage::incidentOpened(inc.severity, service.name));
            !done)
            return done;

        // Alerts: the first one is what detected the incident.
        const int alertCount = 1 + int(r.between(0, sev <= 2 ? 2 : 1));
        for (int k = 0; k < alertCount; ++k) {
            Alert a;
            a.source = QStringList{QStringLiteral("alertmanager"), QStringLiteral("grafana"),
                                   QStringLiteral("pagerduty"), QStringLiteral("datadog")}
                           .at(r.weighted({7, 1, 1, 1}));
            a.dedupKey = QString::number(r.next(), 16).rightJustified(16, QLatin1Char('0'));
            a.title = QStringLiteral("%1 on %2").arg(kind.alertName, service.name);
            a.severity = sev;
            a.service = service.name;
            const QString instance =
                QStringLiteral("%1-%2:9100").arg(service.name).arg(r.between(1, 24));
            a.labels = {{QStringLiteral("alertname"), kind.alertName},
                        {QStringLiteral("service"), service.name},
                        {QStringLiteral("severity"), QLatin1String(severityLabels[sev - 1])},
                        {QStringLiteral("instance"), instance},
                        {QStringLiteral("team"), service.owner}};
            a.annotations = {{QStringLiteral("summary"), kind.summary}};
            if (!kind.runbookSlug.isEmpty())
                a.annotations.insert(QStringLiteral("runbook"), kind.runbookSlug);
            a.startsAt = impactStart + (k ? qint64(r.logNormal(3.0 * minute, 1.0)) : 0);
            a.receivedAt = std::min(k ? std::max(a.startsAt, detect) + r.between(0, 5 * minute)
                                      : detect,
                                    until);
            a.lastSeenAt = a.receivedAt;
            a.status = QStringLiteral("firing");
            if (inc.mitigatedAt) {
                a.status = QStringLiteral("resolved");
                a.endsAt = *inc.mitigatedAt + r.between(1 * minute, 10 * minute);
                a.lastSeenAt = *a.endsAt;
            }
            a.incidentId = inc.id;
            auto alertId = m_w.addAlert(a);
            if (!alertId)
                return fail(alertId.error());
            ++m_summary.alerts;
            if (auto done = event(inc, a.receivedAt, QStringLiteral("alert"), a.source,
                                  timelinemessage::alertFiring(QStringLiteral("%1 %2").arg(a.title, instance)), false,
                                  *alertId);
                !done)
                return done;
            if (a.endsAt)
                if (auto done = event(inc, *a.endsAt, QStringLiteral("alert"), a.source,
                                      timelinemessage::alertResolved(QStringLiteral("%1 %2").arg(a.title, instance)),
                                      false, *alertId);
                    !done)
                    return done;
        }

        if (inc.acknowledgedAt) {
            if (auto done = event(inc, *inc.acknowledgedAt, QStringLiteral("milestone"), responder,
                                  timelinemessage::milestoneSet(IncidentField::Acknowledged));
                !done)
                return done;
            if (auto done = event(inc, *inc.acknowledgedAt + 20 * second, QStringLiteral("role"),
                                  commander, timelinemessage::commanderNamed(commander));
                !done)
                return done;
            // Notes while investigating, spread between acknowledgement and mitigation.
            const qint64 until2 = inc.mitigatedAt.value_or(until);
            const int notes = int(r.between(1, 3));
            for (int k = 0; k < notes; ++k) {
                const qint64 at = *inc.acknowledgedAt + (until2 - *inc.acknowledgedAt) * (k + 1) / (notes + 1);
                if (auto done = event(inc, at, QStringLiteral("note"),
                                      k % 2 ? commander : responder,
                                      r.pick(demo::investigationNotes()), k == 0 && r.chance(0.5));
                    !done)
                    return done;
            }
        }
        if (inc.mitigatedAt) {
            if (auto done = event(inc, *inc.mitigatedAt - 30 * second, QStringLiteral("note"), responder,
                                  r.pick(demo::mitigationNotes()), true);
                !done)
                return done;
            if (auto done = event(inc, *inc.mitigatedAt, QStringLiteral("milestone"), commander,
                                  timelinemessage::milestoneSet(IncidentField::Mitigated));
                !done)
                return done;
        }
        if (inc.resolvedAt)
            if (auto done = event(inc, *inc.resolvedAt, QStringLiteral("milestone"), commander,
                                  timelinemessage::milestoneSet(IncidentField::Resolved));
                !done)
                return done;

        if (!kind.runbookSlug.isEmpty() && r.chance(0.5))
            if (auto done = checklist(inc, kind.runbookSlug, commander); !done)
                return done;
        if (resolved && !drill && sev <= 3 && r.chance(sev <= 2 ? 0.95 : 0.5))
            return postmortem(inc, kind, commander, until);
        return {};
    }

private:
    // A generated event: its message, and as body the message's English text.
    Done event(const Incident &inc, qint64 at, const QString &kind, const QString &author,
               const TimelineMessage &message, bool key = false, std::optional<qint64> alertId = {})
    {
        TimelineEvent e = eventOf(inc, at, kind, author, key, alertId);
        setTimelineMessage(e, message);
        return add(e);
    }

    // A note: what someone wrote, as typed.
    Done event(const Incident &inc, qint64 at, const QString &kind, const QString &author,
               const QString &body, bool key = false)
    {
        TimelineEvent e = eventOf(inc, at, kind, author, key, std::nullopt);
        e.body = body;
        return add(e);
    }

    static TimelineEvent eventOf(const Incident &inc, qint64 at, const QString &kind, const QString &author, bool key,
                                 std::optional<qint64> alertId)
    {
        TimelineEvent e;
        e.incidentId = inc.id;
        e.occurredAt = at;
        e.kind = kind;
        e.author = author;
        e.isKeyEvent = key;
        e.alertId = alertId;
        e.createdAt = at;
        return e;
    }

    Done add(const TimelineEvent &e)
    {
        auto id = m_w.addTimelineEvent(e);
        if (!id)
            return fail(id.error());
        ++m_summary.timelineEvents;
        return {};
    }

    Done checklist(const Incident &inc, const QString &slug, const QString &who)
    {
        const demo::RunbookSpec *spec = nullptr;
        for (const auto &rb : demo::runbooks())
            if (rb.slug == slug)
                spec = &rb;
        if (!spec)
            return {};
        const qint64 from = inc.acknowledgedAt.value_or(*inc.detectedAt);
        const qint64 to = inc.mitigatedAt.value_or(from + 30 * minute);
        for (int k = 0; k < spec->steps.size(); ++k) {
            ChecklistItem c;
            c.incidentId = inc.id;
            c.runbookId = m_runbookIds.value(slug);
            c.runbookVersion = 1;
            c.position = k;
            c.text = spec->steps[k];
            if (inc.mitigatedAt) {
                const bool skip = m_rng.chance(0.1);
                c.state = skip ? QStringLiteral("skipped") : QStringLiteral("done");
                c.note = skip ? Tr::tr("Not needed: cause already clear") : QString();
                c.changedBy = who;
                c.changedAt = from + (to - from) * (k + 1) / (spec->steps.size() + 1);
                if (auto done = event(inc, *c.changedAt, QStringLiteral("checklist"), who,
                                      skip ? timelinemessage::stepSkipped(c.text, c.note) : timelinemessage::stepDone(c.text, {}));
                    !done)
                    return done;
            }
            if (auto id = m_w.addChecklistItem(c); !id)
                return fail(id.error());
        }
        return {};
    }

    Done postmortem(const Incident &inc, const demo::IncidentKind &kind, const QString &author,
                    qint64 until)
    {
        Random &r = m_rng;
        Postmortem pm;
        pm.incidentId = inc.id;
        pm.title = Tr::tr("Postmortem: %1").arg(inc.title);
        const int state = r.weighted({70, 15, 15});
        pm.status = QStringList{QStringLiteral("published"), QStringLiteral("in_review"),
                                QStringLiteral("draft")}
                        .at(state);
        pm.templateName = inc.severity <= Severity::Sev2 ? QStringLiteral("google-sre")
                                                         : QStringLiteral("short");
        pm.author = author;
        pm.reviewers = QStringList{r.pick(demo::people()), r.pick(demo::people())};
        pm.reviewers.removeDuplicates();
        pm.body = Tr::tr("# %1\n\n## Summary\n\n%2\n\n## Impact\n\n%3 was degraded for %4 minutes.\n\n"
                     "## Resolution\n\n%5\n")
                      .arg(inc.title, kind.summary, inc.service)
                      .arg((*inc.resolvedAt - *inc.impactStartedAt) / minute)
                      .arg(r.pick(demo::mitigationNotes()));
        pm.createdAt = *inc.resolvedAt + r.between(1 * hour, 2 * day);
        pm.updatedAt = pm.createdAt + r.between(0, 3 * day);
        if (pm.status == QLatin1String("published"))
            pm.publishedAt = pm.updatedAt;
        if (pm.updatedAt > until) {  // written "in the future": keep it a draft of today
            pm.createdAt = pm.updatedAt = until;
            pm.status = QStringLiteral("draft");
            pm.publishedAt.reset();
        }
        auto id = m_w.addPostmortem(pm);
        if (!id)
            return fail(id.error());
        ++m_summary.postmortems;
        for (qint64 k = r.between(1, 4); k > 0; --k) {
            ActionItem a;
            a.postmortemId = *id;
            a.title = r.pick(demo::actionItemTitles());
            a.owner = r.pick(demo::people());
            a.dueAt = pm.createdAt + r.between(7, 60) * day;
            a.priority = QStringList{QStringLiteral("low"), QStringLiteral("medium"),
                                     QStringLiteral("high"), QStringLiteral("urgent")}
                             .at(r.weighted({2, 5, 3, 1}));
            a.createdAt = pm.createdAt;
            const qint64 doneAt = a.createdAt + qint64(r.logNormal(20.0 * day, 0.8));
            if (doneAt < until && r.chance(0.8)) {
                a.status = QStringLiteral("done");
                a.completedAt = doneAt;
            } else {
                a.status = r.chance(0.3) ? QStringLiteral("in_progress") : QStringLiteral("open");
            }
            if (r.chance(0.5))
                a.trackerUrl = QStringLiteral("https://tracker.example.com/browse/REL-%1").arg(r.between(100, 9999));
            if (auto done = m_w.addActionItem(a); !done)
                return fail(done.error());
            ++m_summary.actionItems;
        }
        return {};
    }

    BulkWriter &m_w;
    Random &m_rng;
    DemoSummary &m_summary;
    const QHash<QString, qint64> &m_runbookIds;
};

} // namespace

Result<DemoSummary> generateDemo(const Database &db, const DemoOptions &options,
                                 const std::function<bool(qint64, qint64)> &progress)
{
    if (options.incidents < 0)
        return fail(Tr::tr("The number of incidents cannot be negative."));
    BulkWriter writer(db);
    if (auto done = writer.begin(); !done)
        return fail(done.error());
    if (!writer.startedEmpty())
        return fail(Tr::tr("Demo data goes only into an empty database, so that it never mixes with "
                       "real incidents. Choose a new file."));

    const qint64 until = options.until.value_or(startOfUtcDay(Clock::nowMs()));
    const qint64 from = until - 730 * day;
    const qint64 span = 729 * day;  // resolved incidents end before `until`
    Random rng(options.seed);
    DemoSummary summary;

    for (const auto &s : demo::services())
        if (auto id = writer.addService({0, s.name, s.description, s.owner}); !id)
            return fail(id.error());
    QHash<QString, qint64> runbookIds;
    for (const auto &spec : demo::runbooks()) {
        Runbook rb;
        rb.slug = spec.slug;
        rb.title = spec.title;
        rb.owner = spec.owner;
        rb.body = QStringLiteral("---\ntitle: %1\nowner: %2\n---\n\n# %1\n\n").arg(spec.title, spec.owner);
        for (const QString &step : spec.steps)
            rb.body += QStringLiteral("- [ ] %1\n").arg(step);
        rb.createdAt = rb.updatedAt = from;
        rb.lastReviewedAt = from + 200 * day;
        auto id = writer.addRunbook(rb, {{1, rb.body}}, {from});
        if (!id)
            return fail(id.error());
        runbookIds.insert(rb.slug, *id);
    }

    // The newest few incidents are still being worked on.
    const qint64 stillOpen = std::min<qint64>(options.incidents, std::clamp<qint64>(options.incidents / 500, 3, 12));
    IncidentBuilder builder(writer, rng, summary, runbookIds);
    for (qint64 i = 0; i < options.incidents; ++i) {
        const bool newest = i >= options.incidents - stillOpen;
        // Spread evenly over the period, in time order, so numbers rise with time.
        qint64 impact = from + qint64(double(span) * (double(i) + rng.uniform()) /
                                      double(options.incidents));
        int openState = 0;
        if (newest) {
            openState = 1 + int((options.incidents - 1 - i) % 3);
            impact = until - rng.between(10 * minute, 3 * hour);
        }
        if (auto done = builder.build(impact, impact > from + span / 2, openState, until); !done)
            return fail(done.error());
        if (progress && (i + 1) % 500 == 0 && !progress(i + 1, options.incidents))
            return fail(Tr::tr("Cancelled; nothing was written."));
    }
    if (progress)
        progress(options.incidents, options.incidents);
    if (auto done = writer.commit(); !done)
        return fail(done.error());
    return summary;
}

} // namespace sitrep
