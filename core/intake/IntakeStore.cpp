#include "intake/IntakeStore.h"

#include "domain/Severity.h"
#include "intake/IntakePolicy.h"
#include "intake/SourceAdapter.h"
#include "storage/IntakeRuleStore.h"
#include "storage/IncidentNumbers.h"
#include "storage/RawSqlite.h"
#include "util/Clock.h"
#include "util/CompactJson.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeStore)
};

using rawsql::Statement;

struct Latest
{
    qint64 id = 0;
    QString status;
    qint64 startsAt = 0;
    std::optional<qint64> incidentId;
    QString title;
};
} // namespace

void IntakeCounts::add(const IntakeCounts &o)
{
    received += o.received;
    created += o.created;
    deduplicated += o.deduplicated;
    resolved += o.resolved;
    acknowledged += o.acknowledged;
    held += o.held;
    unmatched += o.unmatched;
    incidentsOpened += o.incidentsOpened;
}

struct IntakeStore::Impl
{
    const Database &db;
    QSqlDatabase connection;
    sqlite3 *handle = nullptr;
    bool inTransaction = false;
    QString unusable;   // why intake must not write here (set by the constructor)
    IntakePolicy policy;
    QHash<QString, qint64> serviceIds;
    qint64 transactionStartedAt = 0;
    // Looked up once: translate() per alert showed in profiles of alert storms.
    const QString alertFiring = Tr::tr("Alert firing: %1");
    // Valid for one transaction (we hold the write lock): a storm repeats the same group and the
    // same few services thousands of times.
    QHash<QString, qint64> openIncidentByGroup;
    QHash<QPair<QString, QString>, qint64> muteUntil;   // identity -> end of its latest mute
    QSet<QPair<QString, qint64>> namesWritten;           // (alert name, incident) this transaction

    Statement findLatest, touch, insertAlert, resolveAlert, ackAlert, linkOpener, isMuted;
    Statement latestIncidentOfGroup, rememberGroup, rememberName, takeNumber, insertIncident, insertEvent, ackIncident;
    Statement unresolvedOfIncident, resolveIncident, findService, insertService;
    bool prepared = false;

    explicit Impl(const Database &database) : db(database) {}

    Done exec(const char *sqlText)
    {
        char *message = nullptr;
        if (sqlite3_exec(handle, sqlText, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(error);
    }

    Done prepare()
    {
        if (prepared)
            return {};
        const QList<QPair<Statement *, const char *>> all = {
            {&findLatest, "SELECT id, status, starts_at, incident_id, title FROM alerts "
                          "WHERE source = ?1 AND dedup_key = ?2 ORDER BY id DESC LIMIT 1"},
            {&touch, "UPDATE alerts SET last_seen_at = max(last_seen_at, ?2) WHERE id = ?1"},
            {&insertAlert, "INSERT INTO alerts(source, dedup_key, status, title, severity, service_id, labels, "
                           "annotations, starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload, "
                           "group_key, held_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14, ?15)"},
            {&resolveAlert, "UPDATE alerts SET status = 'resolved', ends_at = ?2, last_seen_at = max(last_seen_at, ?3) WHERE id = ?1"},
            {&ackAlert, "UPDATE alerts SET status = 'acknowledged', last_seen_at = max(last_seen_at, ?2) WHERE id = ?1"},
            {&linkOpener, "UPDATE incidents SET opened_by_alert_id = ?2 WHERE id = ?1"},
            {&isMuted, "SELECT source, dedup_key, max(until_at) FROM alert_mutes GROUP BY source, dedup_key"},
            {&latestIncidentOfGroup, "SELECT g.incident_id, i.status FROM alert_groups g JOIN incidents i ON i.id = g.incident_id "
                                     "WHERE g.group_key = ?1"},
            {&rememberGroup, "INSERT OR REPLACE INTO alert_groups(group_key, incident_id) VALUES (?1, ?2)"},
            {&rememberName, "INSERT OR IGNORE INTO incident_alert_names(alert_name, incident_id) VALUES (?1, ?2)"},
            {&takeNumber, incidentnumbers::takeStatement},
            // The number just taken (see IncidentNumbers.h).
            {&insertIncident, "INSERT INTO incidents(number, title, severity, status, service_id, impact_started_at, "
                              "detected_at, created_at, updated_at) VALUES ((SELECT value FROM counters "
                              "WHERE name = 'incident_number'), ?1, ?2, 'open', ?3, ?4, ?5, ?5, ?5)"},
            {&insertEvent, "INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, alert_id, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
            {&ackIncident, "UPDATE incidents SET status = 'acknowledged', acknowledged_at = ?2, updated_at = ?2 "
                           "WHERE id = ?1 AND status = 'open'"},
            {&unresolvedOfIncident, "SELECT count(*) FROM alerts WHERE incident_id = ?1 AND status <> 'resolved'"},
            {&resolveIncident, "UPDATE incidents SET status = 'resolved', acknowledged_at = coalesce(acknowledged_at, ?2), "
                               "mitigated_at = coalesce(mitigated_at, ?2), resolved_at = ?2, updated_at = ?2 "
                               "WHERE id = ?1 AND status <> 'resolved'"},
            {&findService, "SELECT id FROM services WHERE name = ?1"},
            {&insertService, "INSERT INTO services(name) VALUES (?1)"},
        };
        for (const auto &[statement, sqlText] : all) {
            if (!statement->prepare(handle, sqlText))
                return fail(Tr::tr("Intake cannot prepare its statements: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        prepared = true;
        return {};
    }

    Result<std::optional<qint64>> serviceId(const QString &name)
    {
        if (name.isEmpty())
            return std::optional<qint64>();
        if (const auto it = serviceIds.constFind(name); it != serviceIds.cend())
            return std::optional<qint64>(*it);
        findService.bind(1, name);
        qint64 id = 0;
        if (findService.next())
            id = findService.int64(0);
        const bool readFailed = findService.failed();
        const QString readError = findService.error();
        findService.done();
        if (readFailed)
            return fail(readError);  // never a second "db" service because a read failed
        if (id == 0) {
            auto inserted = insertService.bind(1, name).run();
            if (!inserted)
                return fail(inserted.error());
            id = *inserted;
        }
        serviceIds.insert(name, id);
        return std::optional<qint64>(id);
    }

    // The newest episode of an alert's identity. A failed read is an error, never "not seen":
    // that would store a redelivery as a new alert (and perhaps open a second incident).
    // An alert stored before an upgrade under its old identity (legacyDedupKey) is continued
    // while nothing is stored under the new one: its resolve closes it, a redelivery is no second
    // alert. Its next episode is stored under the new identity.
    Result<std::optional<Latest>> latest(const Alert &a)
    {
        auto found = newest(a.source, a.dedupKey);
        if (!found || found->has_value())
            return found;
        const QString legacy = detail::legacyDedupKey(a);
        return legacy.isEmpty() ? found : newest(a.source, legacy);
    }

    Result<std::optional<Latest>> newest(const QString &source, const QString &dedupKey)
    {
        findLatest.bind(1, source).bind(2, dedupKey);
        std::optional<Latest> row;
        if (findLatest.next())
            row = Latest{findLatest.int64(0), findLatest.text(1), findLatest.int64(2), findLatest.nullableInt64(3), findLatest.text(4)};
        const bool readFailed = findLatest.failed();
        const QString readError = findLatest.error();
        findLatest.done();
        if (readFailed)
            return fail(readError);
        return row;
    }

    // A mute set on an alert stored under its old identity still holds after the upgrade.
    bool muted(const Alert &a) const
    {
        if (muteUntil.value({a.source, a.dedupKey}, 0) > a.receivedAt)
            return true;
        if (muteUntil.isEmpty())
            return false;
        const QString legacy = detail::legacyDedupKey(a);
        return !legacy.isEmpty() && muteUntil.value({a.source, legacy}, 0) > a.receivedAt;
    }

    // Mutes are made by people, one at a time: few enough to hold them all.
    // A failed read is an error, never "nothing muted" (a muted alert would open an incident).
    Done loadMutes()
    {
        muteUntil.clear();
        while (isMuted.next())
            muteUntil.insert({isMuted.text(0), isMuted.text(1)}, isMuted.int64(2));
        const bool readFailed = isMuted.failed();
        const QString readError = isMuted.error();
        isMuted.done();
        return readFailed ? Done(fail(readError)) : Done();
    }

    void forgetCaches()
    {
        serviceIds.clear();
        openIncidentByGroup.clear();
        namesWritten.clear();
    }

    // Records that the incident had an alert of this name (for "similar past incidents"); a
    // storm repeats the same name, so once per transaction is enough.
    Done rememberAlertName(const Alert &a, qint64 incident)
    {
        const QString name = a.labels.value(QStringLiteral("alertname")).toString();
        if (name.isEmpty() || namesWritten.contains({name, incident}))
            return {};
        namesWritten.insert({name, incident});
        auto done = rememberName.bind(1, name).bind(2, incident).run();
        return done ? Done() : fail(done.error());
    }

    Done event(qint64 incidentId, qint64 at, const char *kind, const QString &body, std::optional<qint64> alertId)
    {
        insertEvent.bindStatic(3, kind);
        auto done = insertEvent.bind(1, incidentId).bind(2, at)
                        .bind(4, QStringLiteral("sitrep intake")).bind(5, body).bind(6, alertId)
                        .bind(7, transactionStartedAt).run();
        return done ? Done() : fail(done.error());
    }

    // The open incident this group is attached to, if any. A failed read is an error, never
    // "none" (that would open a second incident for the group).
    Result<std::optional<qint64>> openIncidentOf(const QString &groupKey)
    {
        if (const auto it = openIncidentByGroup.constFind(groupKey); it != openIncidentByGroup.cend())
            return std::optional<qint64>(*it);
        latestIncidentOfGroup.bind(1, groupKey);
        std::optional<qint64> id;
        if (latestIncidentOfGroup.next() && latestIncidentOfGroup.text(1) != QLatin1String("resolved"))
            id = latestIncidentOfGroup.int64(0);
        const bool readFailed = latestIncidentOfGroup.failed();
        const QString readError = latestIncidentOfGroup.error();
        latestIncidentOfGroup.done();
        if (readFailed)
            return fail(readError);
        return id;
    }

    Done firing(const PreparedAlert &p, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        Alert a = p.alert;
        // A redelivery (same episode), or a stale copy of an episode that has since resolved.
        if (previous && (previous->status != QLatin1String("resolved") || a.startsAt <= previous->startsAt)) {
            ++counts.deduplicated;
            auto done = touch.bind(1, previous->id).bind(2, a.receivedAt).run();
            return done ? Done() : fail(done.error());
        }
        const IntakeRule &rule = policy.ruleFor(a);
        const int severity = policy.severityOf(a, rule);
        a.groupKey = policy.groupKeyOf(a, rule);
        // An adapter may already hold it (a sender's test notification): that reason stands.
        if (a.heldReason.isEmpty() && muted(a))
            a.heldReason = QStringLiteral("muted");
        else if (a.heldReason.isEmpty() && severity > rule.minSeverity)
            a.heldReason = QStringLiteral("below_min_severity");
        auto service = serviceId(a.service);
        if (!service)
            return fail(service.error());

        std::optional<qint64> incident;
        bool opened = false;
        if (a.heldReason.isEmpty()) {
            auto joined = openIncidentOf(a.groupKey);
            if (!joined)
                return fail(joined.error());
            incident = *joined;
            if (!incident) {
                // A sender's clock ahead of ours must not put impact after detection.
                const qint64 impact = std::min(a.startsAt, a.receivedAt);
                if (auto taken = takeNumber.run(); !taken)
                    return fail(taken.error());
                auto id = insertIncident.bind(1, a.title.isEmpty() ? Tr::tr("Alert from %1").arg(sourceLabel(a.source)) : a.title)
                              .bind(2, qint64(severity)).bind(3, *service).bind(4, impact).bind(5, a.receivedAt).run();
                if (!id)
                    return fail(id.error());
                incident = *id;
                opened = true;
                if (auto done = rememberGroup.bind(1, a.groupKey).bind(2, *incident).run(); !done)
                    return fail(done.error());
            }
            openIncidentByGroup.insert(a.groupKey, *incident);
        } else {
            ++counts.held;
        }
        auto alertId = insertAlert.bind(1, a.source).bind(2, a.dedupKey).bind(3, QStringLiteral("firing")).bind(4, a.title)
                           .bind(5, qint64(severity)).bind(6, *service).bindNullableText(7, p.labelsJson)
                           .bindNullableText(8, p.annotationsJson).bind(9, a.startsAt).bind(10, std::optional<qint64>())
                           .bind(11, a.receivedAt).bind(12, incident).bindNullableText(13, a.rawPayload)
                           .bind(14, a.groupKey).bind(15, a.heldReason).run();
        if (!alertId)
            return fail(alertId.error());
        ++counts.created;
        if (!incident)
            return {};
        if (auto done = rememberAlertName(a, *incident); !done)
            return done;
        if (opened) {
            counts.incidentsOpened << *incident;
            if (auto done = linkOpener.bind(1, *incident).bind(2, *alertId).run(); !done)
                return fail(done.error());
            if (auto done = event(*incident, a.receivedAt, "status",
                                  Tr::tr("Incident opened as %1 by an alert from %2").arg(severityLabel(Severity(severity)), sourceLabel(a.source)),
                                  *alertId); !done)
                return done;
        }
        return event(*incident, std::min(a.startsAt, a.receivedAt), "alert",
                     alertFiring.arg(a.title), *alertId);
    }

    Done resolved(const PreparedAlert &p, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        const Alert &a = p.alert;
        if (!previous) {
            // Resolved before we ever saw it fire (we were down, or it was muted upstream): keep it
            // in the inbox, open nothing.
            ++counts.created;
            auto id = insertAlert.bind(1, a.source).bind(2, a.dedupKey).bind(3, QStringLiteral("resolved")).bind(4, a.title)
                          .bind(5, std::optional<qint64>()).bind(6, std::optional<qint64>()).bindNullableText(7, p.labelsJson)
                          .bindNullableText(8, p.annotationsJson).bind(9, a.startsAt).bind(10, a.endsAt)
                          .bind(11, a.receivedAt).bind(12, std::optional<qint64>()).bindNullableText(13, a.rawPayload)
                          .bind(14, QString()).bind(15, QString()).run();
            return id ? Done() : fail(id.error());
        }
        if (previous->status == QLatin1String("resolved")) {
            ++counts.deduplicated;
            auto done = touch.bind(1, previous->id).bind(2, a.receivedAt).run();
            return done ? Done() : fail(done.error());
        }
        ++counts.resolved;
        const qint64 endsAt = a.endsAt.value_or(a.receivedAt);
        if (auto done = resolveAlert.bind(1, previous->id).bind(2, endsAt).bind(3, a.receivedAt).run(); !done)
            return fail(done.error());
        if (!previous->incidentId)
            return {};
        const qint64 incident = *previous->incidentId;
        if (auto done = event(incident, endsAt, "alert", Tr::tr("Alert resolved: %1").arg(previous->title), previous->id); !done)
            return done;
        if (!policy.ruleFor(a).resolveIncident)
            return {};
        unresolvedOfIncident.bind(1, incident);
        const qint64 open = unresolvedOfIncident.next() ? unresolvedOfIncident.int64(0) : 1;
        unresolvedOfIncident.done();
        if (open > 0)
            return {};
        auto changed = resolveIncident.bind(1, incident).bind(2, a.receivedAt).run();
        if (!changed)
            return fail(changed.error());
        if (sqlite3_changes(handle) == 0)
            return {};
        openIncidentByGroup.removeIf([incident](const auto &entry) { return entry.value() == incident; });
        return event(incident, a.receivedAt, "status",
                     Tr::tr("Incident resolved: all of its alerts resolved (intake rule “%1”)").arg(policy.ruleFor(a).name),
                     previous->id);
    }

    Done acknowledged(const Alert &a, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        if (!previous || previous->status == QLatin1String("resolved")) {
            ++counts.unmatched;
            return {};
        }
        if (previous->status == QLatin1String("acknowledged")) {
            ++counts.deduplicated;
            auto done = touch.bind(1, previous->id).bind(2, a.receivedAt).run();
            return done ? Done() : fail(done.error());
        }
        ++counts.acknowledged;
        if (auto done = ackAlert.bind(1, previous->id).bind(2, a.receivedAt).run(); !done)
            return fail(done.error());
        if (!previous->incidentId)
            return {};
        if (auto done = ackIncident.bind(1, *previous->incidentId).bind(2, a.receivedAt).run(); !done)
            return fail(done.error());
        const bool incidentAcknowledged = sqlite3_changes(handle) > 0;
        return event(*previous->incidentId, a.receivedAt, incidentAcknowledged ? "milestone" : "alert",
                     incidentAcknowledged ? Tr::tr("Acknowledged through %1: %2").arg(sourceLabel(a.source), previous->title)
                                          : Tr::tr("Alert acknowledged: %1").arg(previous->title),
                     previous->id);
    }

    Done applyOne(const PreparedAlert &p, IntakeCounts &counts)
    {
        const Alert &a = p.alert;
        ++counts.received;
        const auto found = latest(a);
        if (!found)
            return fail(found.error());
        const std::optional<Latest> &previous = *found;
        if (a.status == QLatin1String("firing"))
            return firing(p, previous, counts);
        if (a.status == QLatin1String("resolved"))
            return resolved(p, previous, counts);
        return acknowledged(a, previous, counts);
    }
};

IntakeStore::IntakeStore(const Database &db) : d(std::make_unique<Impl>(db))
{
    auto connection = db.checkedConnection();
    if (!connection) {
        d->unusable = Tr::tr("Intake cannot start: %1").arg(connection.error());
        return;
    }
    d->connection = *connection;
    d->handle = rawsql::handle(d->connection);
    if (!d->handle) {
        d->unusable = Tr::tr("Intake cannot start: %1 Intake writes through SQLite's C API on Qt's connection, so Qt's "
                             "SQLite driver must run the SQLite Sitrep was built with (a Qt from your Linux distribution does).")
                          .arg(rawsql::noHandleReason(d->connection));
        return;
    }
    // A 2xx promises the sender that the alert survives a power loss. In WAL mode a commit is on
    // disk when it returns only with synchronous=FULL (NORMAL syncs at checkpoints): without it,
    // intake must not answer anyone. SQLite ignores a pragma it cannot honour, so read back.
    const auto value = [this](const char *sqlText) -> Result<QString> {
        Statement q;
        if (!q.prepare(d->handle, sqlText))
            return fail(q.prepareError());
        if (!q.next())
            return fail(q.failed() ? q.error() : Tr::tr("it returned nothing"));
        return q.text(0);
    };
    const QString why = Tr::tr("Intake answers a sender only after a commit that survives a power loss, and that needs "
                               "WAL mode with synchronous=FULL.");
    if (auto done = d->exec("PRAGMA synchronous=FULL"); !done) {
        d->unusable = Tr::tr("Intake cannot start: “PRAGMA synchronous=FULL” failed: %1. %2").arg(done.error(), why);
        return;
    }
    for (const auto &[name, expected] : {std::pair{"synchronous", "2"}, std::pair{"journal_mode", "wal"}}) {
        const auto read = value(QByteArray("PRAGMA ").append(name).constData());
        if (!read) {
            d->unusable = Tr::tr("Intake cannot start: reading back %1 failed: %2. %3").arg(QLatin1String(name), read.error(), why);
            return;
        }
        if (read->compare(QLatin1String(expected), Qt::CaseInsensitive) != 0) {
            d->unusable = Tr::tr("Intake cannot start: %1 is “%2”, not “%3”. %4").arg(QLatin1String(name), *read, QLatin1String(expected), why);
            return;
        }
    }
    // Checkpoints run on IntakeWriter's checkpointer thread: copying the log into the file
    // (and its fsync) in the middle of a commit held up every request waiting for it. Only speed
    // rests on this.
    if (auto done = d->exec("PRAGMA wal_autocheckpoint=0"); !done)
        qCWarning(lcIntake).noquote() << "Intake could not turn off automatic checkpoints (commits may wait for them):" << done.error();
}

IntakeStore::~IntakeStore()
{
    rollback();
}

Done IntakeStore::warmUp()
{
    if (!d->unusable.isEmpty())
        return fail(d->unusable);
    if (auto done = d->prepare(); !done)
        return done;
    auto policy = IntakeRuleStore(d->db).load();
    return policy ? Done() : fail(policy.error());
}

Done IntakeStore::begin()
{
    if (!d->unusable.isEmpty())
        return fail(d->unusable);
    if (auto done = d->prepare(); !done)
        return done;
    if (auto done = d->exec("BEGIN IMMEDIATE"); !done)
        return done;
    d->inTransaction = true;
    d->forgetCaches();
    if (auto done = d->loadMutes(); !done) {
        rollback();
        return done;
    }
    d->transactionStartedAt = Clock::nowMs();
    // Rules change rarely, but the app may have saved new ones a moment ago: read them per batch.
    auto policy = IntakeRuleStore(d->db).load();
    if (!policy) {
        rollback();
        return fail(policy.error());
    }
    d->policy = *policy;
    return {};
}

QList<PreparedAlert> prepareAlerts(QList<Alert> alerts)
{
    QList<PreparedAlert> prepared;
    prepared.reserve(alerts.size());
    for (Alert &a : alerts) {
        QByteArray labels = compactJson(a.labels);
        QByteArray annotations = compactJson(a.annotations);
        prepared.append(PreparedAlert{std::move(a), std::move(labels), std::move(annotations)});
    }
    return prepared;
}

Result<IntakeCounts> IntakeStore::apply(const QList<PreparedAlert> &alerts)
{
    // Outside a transaction, SAVEPOINT would begin one and RELEASE commit it on its own.
    if (!d->inTransaction)
        return fail(Tr::tr("No intake transaction is open."));
    if (auto done = d->exec("SAVEPOINT intake_request"); !done)
        return fail(done.error());
    IntakeCounts counts;
    for (const PreparedAlert &a : alerts) {
        if (auto done = d->applyOne(a, counts); !done) {
            d->forgetCaches();
            // The group's commit must not carry half of this request: if it cannot be undone
            // alone, the whole group is (its requests are answered with the error, none is stored).
            if (auto undone = d->exec("ROLLBACK TO intake_request"); !undone) {
                qCWarning(lcIntake).noquote() << "Intake could not undo a failed request, so it drops the whole group:" << undone.error();
                rollback();
                return fail(done.error());
            }
            // The savepoint stays open inside the transaction: harmless, COMMIT ends it.
            if (auto released = d->exec("RELEASE intake_request"); !released)
                qCWarning(lcIntake).noquote() << "Intake could not release a savepoint:" << released.error();
            return fail(done.error());
        }
    }
    if (auto done = d->exec("RELEASE intake_request"); !done)
        return fail(done.error());
    return counts;
}

Done IntakeStore::commit()
{
    if (!d->inTransaction)
        return fail(Tr::tr("No intake transaction is open."));
    auto done = d->exec("COMMIT");
    if (!done) {
        rollback();
        return done;
    }
    d->inTransaction = false;
    return {};
}

void IntakeStore::rollback()
{
    // Best effort, logged: a failed COMMIT may have ended the transaction already.
    if (d->inTransaction && d->handle) {
        if (auto done = d->exec("ROLLBACK"); !done)
            qCWarning(lcIntake).noquote() << "Intake rollback failed:" << done.error();
    }
    d->inTransaction = false;
}

Result<IntakeCounts> IntakeStore::applyNow(const QList<Alert> &alerts)
{
    if (auto done = begin(); !done)
        return fail(done.error());
    auto counts = apply(prepareAlerts(alerts));
    if (!counts) {
        rollback();
        return counts;
    }
    if (auto done = commit(); !done)
        return fail(done.error());
    return counts;
}

} // namespace sitrep::intake
