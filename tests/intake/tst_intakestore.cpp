// IntakeStore on a real SQLite file and on a PostgreSQL server: dedup per source identity,
// grouping into open incidents, incidents opened by alerts (impact = alert start, detected =
// received), timeline events for firing/resolving/acknowledging, held alerts, mutes, rules that
// resolve, all-or-nothing requests inside a group commit, and a second writer that stores the
// same alert or the same group while the first one's transaction is open.

#include "TestSupport.h"
#include "domain/IncidentChange.h"
#include "intake/IntakeStore.h"
#include "intake/SourceAdapter.h"
#include "storage/IncidentStore.h"
#include "storage/IntakeRuleStore.h"
#include "storage/SqlUtil.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace sitrep;
using namespace sitrep::intake;

namespace {
QByteArray fixture(const char *name)
{
    return test::dataFile(QStringLiteral("intake/") + QLatin1String(name));
}
qint64 at(const char *iso)
{
    return *parseIsoUtc(QString::fromLatin1(iso));
}
using test::scalar;
// The dedup keys of all alerts in the order they were stored, comma separated.
QString dedupKeys(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(sql::isServer(db.connection())
               ? QStringLiteral("SELECT string_agg(dedup_key, ',' ORDER BY id) FROM alerts")
               : QStringLiteral("SELECT group_concat(dedup_key, ',') FROM (SELECT dedup_key FROM alerts ORDER BY id)"));
    return q.next() ? q.value(0).toString() : QString();
}
// Statements of other connections now waiting for a lock (PostgreSQL; -1 on a file, which
// cannot tell).
qint64 waitingForLocks(const Database &db)
{
    if (!db.isServer())
        return -1;
    // This thread's connection may be inside a transaction, which would read the activity as it
    // was when the transaction first looked.
    scalar(db, QStringLiteral("SELECT 1 FROM pg_stat_clear_snapshot()"));
    return scalar(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                     "AND datname = current_database()"));
}
// A second writer applies `alerts` while `held` keeps its transaction open; then `held`
// commits and the second one finishes. On a server the second must be seen waiting on the
// first's rows before the commit (a file's second writer waits for the write lock, which tells
// nobody). The second writer's counts, or what went wrong.
Result<IntakeCounts> secondWriterWhileHeld(const DatabasePtr &db, IntakeStore &held, const QList<Alert> &alerts,
                                           bool groupLocks = true)
{
    Result<IntakeCounts> counts = fail(QStringLiteral("not run"));
    std::unique_ptr<QThread> writer(QThread::create([&] {
        {
            IntakeStore store(*db);
            store.setGroupLocksForTests(groupLocks);
            counts = store.applyNow(alerts);
        }
        db->releaseThreadConnection();
    }));
    writer->start();
    const bool waited = !db->isServer() || QTest::qWaitFor([&] { return waitingForLocks(*db) > 0; }, 20000);
    const Done committed = held.commit();
    if (!writer->wait(60000))
        return fail(QStringLiteral("the second writer did not finish"));
    if (!waited)
        return fail(QStringLiteral("the second writer never waited on the first one's rows"));
    if (!committed)
        return fail(QStringLiteral("the first writer's commit failed: %1").arg(committed.error()));
    return counts;
}
QStringList events(const Database &db, qint64 incident)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT kind || ': ' || body FROM timeline_events WHERE incident_id = %1 ORDER BY occurred_at, id").arg(incident));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
Alert firingAlert(const QString &fingerprint, const QString &name, const QString &service, const QString &severity, qint64 startsAt)
{
    Alert a;
    a.source = QStringLiteral("alertmanager");
    a.dedupKey = fingerprint;
    a.status = QStringLiteral("firing");
    a.title = name + QStringLiteral(" on ") + service;
    a.service = service;
    a.labels = {{QStringLiteral("alertname"), name}, {QStringLiteral("service"), service}, {QStringLiteral("severity"), severity}};
    a.startsAt = startsAt;
    a.receivedAt = startsAt + 30000;
    a.lastSeenAt = a.receivedAt;
    return a;
}
// The body as Alertmanager before 0.19 (and many relays) sends it: no fingerprint.
QByteArray withoutFingerprints(const QByteArray &body)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonArray alerts = root.value(QStringLiteral("alerts")).toArray();
    for (QJsonValueRef a : alerts) {
        QJsonObject o = a.toObject();
        o.remove(QStringLiteral("fingerprint"));
        a = o;
    }
    root.insert(QStringLiteral("alerts"), alerts);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

class TestIntakeStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void alertmanagerLifecycle()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 received = at("2026-11-26T10:01:00Z");

        auto first = store.applyNow(parseAlertmanager(fixture("alertmanager_firing.json"), received).alerts);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->created, 2);
        QCOMPARE(first->incidentsOpened.size(), 1); // both instances join one incident
        const qint64 incidentId = first->incidentsOpened.constFirst();

        auto incident = IncidentStore(*db).byId(incidentId);
        QVERIFY(incident.ok() && incident->has_value());
        const Incident &i = **incident;
        QCOMPARE(i.title, QStringLiteral("Checkout 5xx above 5%"));
        QCOMPARE(i.severity, Severity::Sev2);                      // severity=critical
        QCOMPARE(i.service, QStringLiteral("checkout"));
        QCOMPARE(i.impactStartedAt, at("2026-11-26T10:00:00.123Z")); // the alert's start
        QCOMPARE(i.detectedAt, received);                            // when we received it
        QCOMPARE(i.status, IncidentStatus::Open);
        QVERIFY(!milestoneProblem(i));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT opened_by_alert_id IS NOT NULL FROM incidents")), qint64(1));
        QCOMPARE(events(*db, incidentId).size(), 3);

        // Alertmanager resends the whole group: nothing new, only "last seen" moves.
        auto again = store.applyNow(parseAlertmanager(fixture("alertmanager_firing.json"), received + 60000).alerts);
        QVERIFY(again.ok());
        QCOMPARE(again->deduplicated, 2);
        QCOMPARE(again->created, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT max(last_seen_at) FROM alerts")), received + 60000);
        QCOMPARE(events(*db, incidentId).size(), 3);

        // Firing and resolved in one payload: one resolves, the other is a redelivery.
        auto mixed = store.applyNow(parseAlertmanager(fixture("alertmanager_mixed.json"), received + 120000).alerts);
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->resolved, 1);
        QCOMPARE(mixed->deduplicated, 1);
        QCOMPARE(events(*db, incidentId).constLast(), QStringLiteral("alert: Alert resolved: Checkout 5xx above 5%"));
        // Without a rule saying so, a resolved alert leaves the incident open.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status = 'open' FROM incidents")), qint64(1));

        // The same fingerprint fires again: a new episode, joining the still open incident.
        QList<Alert> refire = parseAlertmanager(fixture("alertmanager_firing.json"), received + 600000).alerts.mid(0, 1);
        refire[0].startsAt = at("2026-11-26T10:30:00Z");
        auto third = store.applyNow(refire);
        QVERIFY(third.ok());
        QCOMPARE(third->created, 1);
        QCOMPARE(third->incidentsOpened.size(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'a1b2c3d4e5f60001'")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT incident_id) FROM alerts")), qint64(1));
        // A late copy of the first episode's firing changes nothing.
        auto stale = store.applyNow(parseAlertmanager(fixture("alertmanager_firing.json"), received + 700000).alerts.mid(0, 1));
        QCOMPARE(stale->deduplicated, 1);
    }

    // A real Alertmanager 0.28 capture, then the same alerts as Alertmanager before 0.19 sends
    // them (no fingerprint): one stored alert each, whichever Alertmanager sent it.
    void alertmanagerWithoutFingerprintDedupsOntoTheSameAlert()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 received = at("2026-12-01T08:34:00Z");
        auto fresh = store.applyNow(parseAlertmanager(fixture("alertmanager_capture_firing.json"), received).alerts);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        QCOMPARE(fresh->created, 4);
        auto old = store.applyNow(parseAlertmanager(withoutFingerprints(fixture("alertmanager_capture_firing.json")), received + 60000).alerts);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old->created, 0);
        QCOMPARE(old->deduplicated, 4);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(4));
        // And the other way round: the old Alertmanager's resolve closes what the new one opened.
        auto resolved = store.applyNow(parseAlertmanager(withoutFingerprints(fixture("alertmanager_capture_resolved.json")), received + 120000).alerts);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->resolved, 2);
        QCOMPARE(resolved->deduplicated, 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'resolved' AND dedup_key IN ('00c8d5a9c91ade3b', '9bd82a8a49f5527f')")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(4));
    }

    // Before Sitrep derived Alertmanager's fingerprint (2710fd0), a Grafana alert sent without
    // `fingerprint` was stored under labelsFingerprint(). After the upgrade the same alert, still
    // sent without one, continues the stored one: a redelivery is no second alert (nor incident),
    // its resolve closes it, a mute set on it holds; its next episode takes the new identity.
    void grafanaAlertStoredUnderItsOldIdentityIsContinued()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        const auto edited = [](const QByteArray &body, const QString &status, const char *startsAt) {
            QJsonObject root = QJsonDocument::fromJson(body).object();
            QJsonArray alerts = root.value(QStringLiteral("alerts")).toArray();
            QJsonObject a = alerts.at(0).toObject();
            a.insert(QStringLiteral("status"), status);
            a.insert(QStringLiteral("startsAt"), QLatin1String(startsAt));
            if (status == QLatin1String("resolved"))
                a.insert(QStringLiteral("endsAt"), QStringLiteral("2026-11-26T10:05:00Z"));
            alerts.replace(0, a);
            root.insert(QStringLiteral("alerts"), alerts);
            root.insert(QStringLiteral("status"), status);
            return QJsonDocument(root).toJson(QJsonDocument::Compact);
        };
        const QByteArray firing = withoutFingerprints(fixture("grafana_firing.json"));

        // The database as the Sitrep before the upgrade left it.
        QList<Alert> old = parseGrafana(firing, t0).alerts;
        QCOMPARE(old.size(), 1);
        const QString oldKey = detail::labelsFingerprint(old[0].labels);
        const QString newKey = detail::prometheusFingerprint(old[0].labels);
        QVERIFY(oldKey != newKey);
        QCOMPARE(old[0].dedupKey, newKey);
        QCOMPARE(detail::legacyDedupKey(old[0]), oldKey);
        old[0].dedupKey = oldKey;
        auto stored = store.applyNow(old);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->created, 1);
        const qint64 incidents = scalar(*db, QStringLiteral("SELECT count(*) FROM incidents"));

        auto again = store.applyNow(parseGrafana(firing, t0 + 60000).alerts);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->deduplicated, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), incidents);

        auto resolved = store.applyNow(parseGrafana(edited(firing, QStringLiteral("resolved"), "2026-11-26T11:00:00+01:00"), t0 + 360000).alerts);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->resolved, 1);
        QCOMPARE(resolved->created, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'resolved' AND dedup_key = '%1'").arg(oldKey)), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(1));

        // Muted under its old identity, its next episode is held as muted, and stored under the new one.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO alert_mutes(source, dedup_key, until_at, created_at) VALUES ('grafana', '%1', %2, %3)")
                           .arg(oldKey).arg(t0 + 24 * 3600000LL).arg(t0)));
        auto refired = store.applyNow(parseGrafana(edited(firing, QStringLiteral("firing"), "2026-11-26T12:00:00+01:00"), t0 + 3600000).alerts);
        QVERIFY2(refired.ok(), qPrintable(refired.error()));
        QCOMPARE(refired->created, 1);
        QCOMPARE(refired->held, 1);
        QCOMPARE(refired->incidentsOpened.size(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = '%1' AND held_reason = 'muted'").arg(newKey)), qint64(1));

        // Only a key Sitrep derived has an old one: a fingerprint Grafana sent, and Alertmanager's
        // alerts (refused without one before), are looked up as they are.
        QVERIFY(detail::legacyDedupKey(parseGrafana(fixture("grafana_firing.json"), t0).alerts.value(0)).isEmpty());
        QVERIFY(detail::legacyDedupKey(parseAlertmanager(withoutFingerprints(fixture("alertmanager_capture_firing.json")), t0).alerts.value(0)).isEmpty());
    }

    // Test notifications are kept (visible in the inbox) but open nothing, and never swallow
    // the real alert that follows.
    void testNotificationsAreHeldAndOpenNothing()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        QSqlQuery q(db->connection());
        // Even while the monitor is muted the reason says "test", not "muted".
        QVERIFY(q.exec(QStringLiteral("INSERT INTO alert_mutes(source, dedup_key, until_at, created_at) VALUES ('grafana', '57c6d9296de2ad39', %1, %2)")
                           .arg(t0 + 3600000).arg(t0)));
        QList<Alert> tests = parseDatadog(fixture("datadog_test_notification.json"), t0).alerts;
        tests += parseGrafana(fixture("grafana_test_notification.json"), t0).alerts;
        tests += parseGrafana(fixture("grafana_legacy_test.json"), t0).alerts;
        auto held = store.applyNow(tests);
        QVERIFY2(held.ok(), qPrintable(held.error()));
        QCOMPARE(held->created, 3);
        QCOMPARE(held->held, 3);
        QCOMPARE(held->incidentsOpened.size(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE held_reason = 'test_notification' AND incident_id IS NULL")), qint64(3));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
        // The real monitor fires: a new alert that opens an incident.
        auto real = store.applyNow(parseDatadog(fixture("datadog_default.json"), t0 + 60000).alerts);
        QVERIFY(real.ok());
        QCOMPARE(real->created, 1);
        QCOMPARE(real->incidentsOpened.size(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'datadog'")), qint64(2));
    }

    // Grafana's legacy webhook: alerting opens, ok resolves the same alert.
    void grafanaLegacyLifecycle()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        auto fire = store.applyNow(parseGrafana(fixture("grafana_legacy_alerting.json"), t0).alerts);
        QVERIFY2(fire.ok(), qPrintable(fire.error()));
        QCOMPARE(fire->incidentsOpened.size(), 1); // severity=critical tag: SEV2
        QCOMPARE(scalar(*db, QStringLiteral("SELECT severity FROM incidents")), qint64(2));
        auto again = store.applyNow(parseGrafana(fixture("grafana_legacy_alerting.json"), t0 + 60000).alerts);
        QCOMPARE(again->deduplicated, 1);
        auto ok = store.applyNow(parseGrafana(fixture("grafana_legacy_ok.json"), t0 + 120000).alerts);
        QCOMPARE(ok->resolved, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'resolved' AND ends_at = %1").arg(t0 + 120000)), qint64(1));
        QVERIFY(events(*db, fire->incidentsOpened.constFirst()).constLast().startsWith(QStringLiteral("alert: Alert resolved: Checkout latency high")));
    }

    // An unreadable optional time: stored with the time received, and the note the detail shows.
    void unreadableTimeIsStoredWithItsNote()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        auto r = store.applyNow(parsePagerDuty(R"({"routing_key":"k","event_action":"trigger","dedup_key":"d1","payload":{"summary":"Disk full","source":"db-1","severity":"critical","timestamp":"Tuesday"}})", t0).alerts);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->incidentsOpened.size(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT starts_at FROM alerts")), t0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT annotations FROM alerts")) && q.next());
        const QJsonObject annotations = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(annotations.value(timeFallbackAnnotation).toObject().value(QStringLiteral("payload.timestamp")).toString(), QStringLiteral("Tuesday"));
    }

    void pagerDutyTriggerAcknowledgeResolve()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        auto trigger = store.applyNow(parsePagerDuty(fixture("pagerduty_trigger.json"), t0).alerts);
        QVERIFY(trigger.ok());
        QCOMPARE(trigger->incidentsOpened.size(), 1);
        const qint64 incident = trigger->incidentsOpened.constFirst();
        QVERIFY(store.applyNow(parsePagerDuty(fixture("pagerduty_trigger.json"), t0 + 1000).alerts)->deduplicated == 1);

        auto ack = store.applyNow(parsePagerDuty(fixture("pagerduty_acknowledge.json"), t0 + 60000).alerts);
        QCOMPARE(ack->acknowledged, 1);
        auto stored = IncidentStore(*db).byId(incident);
        QCOMPARE((*stored)->status, IncidentStatus::Acknowledged);
        QCOMPARE((*stored)->acknowledgedAt, t0 + 60000);

        auto resolve = store.applyNow(parsePagerDuty(fixture("pagerduty_resolve.json"), t0 + 120000).alerts);
        QCOMPARE(resolve->resolved, 1);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT status FROM alerts"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("resolved"));
        const QStringList log = events(*db, incident);
        QCOMPARE(log.size(), 4);
        QVERIFY(log[2].startsWith(QStringLiteral("milestone: Acknowledged through PagerDuty")));
        QVERIFY(log[3].startsWith(QStringLiteral("alert: Alert resolved")));

        // Acknowledge or resolve for a key we never saw: accepted, nothing stored.
        auto unknown = store.applyNow(parsePagerDuty(R"({"routing_key":"k","event_action":"acknowledge","dedup_key":"nope"})", t0).alerts);
        QCOMPARE(unknown->unmatched, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(1));
    }

    void heldBelowMinimumSeverityAndMuted()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        auto warn = store.applyNow({firingAlert(QStringLiteral("w1"), QStringLiteral("Slow"), QStringLiteral("web"), QStringLiteral("warning"), t0)});
        QCOMPARE(warn->held, 1);
        QCOMPARE(warn->incidentsOpened.size(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE held_reason = 'below_min_severity' AND incident_id IS NULL")), qint64(1));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO alert_mutes(source, dedup_key, until_at, created_at) VALUES ('alertmanager', 'm1', %1, %2)")
                           .arg(t0 + 3600000).arg(t0)));
        auto muted = store.applyNow({firingAlert(QStringLiteral("m1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0)});
        QCOMPARE(muted->held, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE held_reason = 'muted'")), qint64(1));
        // It resolves (still no incident), then fires again after the mute ended: now it opens one.
        Alert resolved = firingAlert(QStringLiteral("m1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        resolved.status = QStringLiteral("resolved");
        resolved.receivedAt = t0 + 600000;
        QCOMPARE(store.applyNow({resolved})->resolved, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
        const qint64 afterMute = t0 + 2 * 3600000;
        auto refire = store.applyNow({firingAlert(QStringLiteral("m1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), afterMute)});
        QCOMPARE(refire->held, 0);
        QCOMPARE(refire->incidentsOpened.size(), 1);
    }

    void rulesGroupAndResolve()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeRuleStore rules(*db);
        auto policy = rules.load();
        QVERIFY(policy.ok());
        QCOMPARE(policy->rules.size(), 1);
        IntakeRule byService = policy->rules.constFirst();
        byService.groupBy = {QStringLiteral("service")};
        byService.resolveIncident = true;
        byService.minSeverity = 4;
        IntakeRule broken;
        broken.name = QStringLiteral("Broken");
        broken.matchersText = QStringLiteral("service=~\"(\"");
        IntakePolicy edited = *policy;
        edited.rules = {broken, byService};
        const auto refused = rules.save(edited);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Broken")), qPrintable(refused.error()));
        edited.rules = {byService};
        QVERIFY(rules.save(edited).ok());

        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        auto r = store.applyNow({firingAlert(QStringLiteral("a"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0),
                                 firingAlert(QStringLiteral("b"), QStringLiteral("Lag"), QStringLiteral("db"), QStringLiteral("warning"), t0 + 1000)});
        QVERIFY(r.ok());
        QCOMPARE(r->incidentsOpened.size(), 1); // grouped by service only; SEV4 now opens/joins
        const qint64 incident = r->incidentsOpened.constFirst();
        Alert resolveA = firingAlert(QStringLiteral("a"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        resolveA.status = QStringLiteral("resolved");
        resolveA.receivedAt = t0 + 600000;
        QVERIFY(store.applyNow({resolveA}).ok());
        QCOMPARE((*IncidentStore(*db).byId(incident))->status, IncidentStatus::Open); // "b" still firing
        Alert resolveB = firingAlert(QStringLiteral("b"), QStringLiteral("Lag"), QStringLiteral("db"), QStringLiteral("warning"), t0);
        resolveB.status = QStringLiteral("resolved");
        resolveB.receivedAt = t0 + 900000;
        QVERIFY(store.applyNow({resolveB}).ok());
        const Incident resolved = **IncidentStore(*db).byId(incident);
        QCOMPARE(resolved.status, IncidentStatus::Resolved);
        QCOMPARE(resolved.resolvedAt, t0 + 900000);
        QVERIFY(!milestoneProblem(resolved));
        QVERIFY(events(*db, incident).constLast().contains(QStringLiteral("all of its alerts resolved")));

        // The incident is resolved: the next firing of the group opens a new one.
        auto next = store.applyNow({firingAlert(QStringLiteral("c"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0 + 1000000)});
        QCOMPARE(next->incidentsOpened.size(), 1);
        QVERIFY(next->incidentsOpened.constFirst() != incident);
    }

    void aFailingRequestLeavesNothingAndSparesItsGroup()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        QVERIFY(store.begin().ok());
        QVERIFY(store.apply(prepareAlerts({firingAlert(QStringLiteral("ok1"), QStringLiteral("A"), QStringLiteral("s1"), QStringLiteral("critical"), t0)})).ok());
        // A severity the schema refuses: the alert insert fails, after its service was stored,
        // so this checks the savepoint undoes both (and the request's first alert).
        Alert bad = firingAlert(QStringLiteral("bad"), QStringLiteral("B"), QStringLiteral("s2"), QStringLiteral("critical"), t0);
        bad.severity = 9;
        const auto failed = store.apply(prepareAlerts({firingAlert(QStringLiteral("ok-in-bad"), QStringLiteral("C"), QStringLiteral("s3"), QStringLiteral("critical"), t0), bad}));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("check"), Qt::CaseInsensitive), qPrintable(failed.error()));
        QVERIFY(store.apply(prepareAlerts({firingAlert(QStringLiteral("ok2"), QStringLiteral("D"), QStringLiteral("s4"), QStringLiteral("critical"), t0)})).ok());
        QVERIFY(store.commit().ok());
        QCOMPARE(dedupKeys(*db), QStringLiteral("ok1,ok2"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM services WHERE name IN ('s2', 's3')")), qint64(0));
        // Incident numbers stay dense: the rolled-back one left no gap.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT max(number) - min(number) FROM incidents")), qint64(1));
    }

    // One request carrying several steps of the same alerts (a sender's backlog after an outage):
    // each alert sees what the ones before it in the request did. On a server the request's
    // reads are made ahead in one statement and its new rows written at its end (ServerBatch),
    // so this is where a missed step of that bookkeeping would show.
    void oneRequestSeesWhatItsEarlierAlertsDid()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE intake_rules SET resolve_incident = 1")));
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        const Alert one = firingAlert(QStringLiteral("life-1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        Alert two = firingAlert(QStringLiteral("life-2"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        two.labels.insert(QStringLiteral("instance"), QStringLiteral("db-2"));
        Alert oneAgain = one;   // a redelivery
        oneAgain.receivedAt += 1000;
        const auto resolvedCopy = [t0](Alert a) {
            a.status = QStringLiteral("resolved");
            a.endsAt = t0 + 60000;
            a.receivedAt = t0 + 90000;
            return a;
        };
        Alert oneFiresAgain = one;   // its next episode, after the incident resolved
        oneFiresAgain.startsAt = t0 + 120000;
        oneFiresAgain.receivedAt = t0 + 150000;
        Alert twoAcknowledged = two;
        twoAcknowledged.status = QStringLiteral("acknowledged");

        IntakeStore store(*db);
        auto counts = store.applyNow({one, two, oneAgain, resolvedCopy(one), twoAcknowledged, resolvedCopy(two), oneFiresAgain,
                                      oneFiresAgain});
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts->received, 8);
        QCOMPARE(counts->created, 3);
        QCOMPARE(counts->deduplicated, 2);
        QCOMPARE(counts->resolved, 2);
        QCOMPARE(counts->acknowledged, 1);
        QCOMPARE(counts->incidentsOpened.size(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(3));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'resolved'")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT last_seen_at FROM alerts WHERE dedup_key = 'life-1' AND status = 'resolved'")), t0 + 90000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT last_seen_at FROM alerts WHERE dedup_key = 'life-1' AND status = 'firing'")), t0 + 150000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id IS NULL")), qint64(0));
        // The first incident resolved with its two alerts; the next episode opened the second.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT incident_id) FROM alerts")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'resolved'")), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT number FROM incidents WHERE status = 'open'")), qint64(1002));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT incident_id FROM alert_groups")),
                 scalar(*db, QStringLiteral("SELECT incident_id FROM alerts WHERE dedup_key = 'life-1' AND status = 'firing'")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents WHERE opened_by_alert_id IS NULL")), qint64(0));
        // Opened, two firing, acknowledged, two resolved, resolved; then opened and firing.
        const qint64 first = counts->incidentsOpened.constFirst();
        QCOMPARE(events(*db, first).size(), 7);
        QCOMPARE(events(*db, counts->incidentsOpened.constLast()).size(), 2);
    }

    // Identities with the characters that mean something in SQL text and in an array literal
    // (the server reads a request's identities ahead as arrays): each is found again exactly.
    void awkwardIdentitiesAreFoundAgain()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        QList<Alert> alerts;
        for (const QString &key : {QStringLiteral("quote\"d"), QStringLiteral("back\\slash"), QStringLiteral("{brace},comma"),
                                   QStringLiteral("it's"), QStringLiteral("NULL"), QStringLiteral(""), QStringLiteral("Ünïcode ✓")}) {
            Alert a = firingAlert(key, QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
            a.labels.insert(QStringLiteral("instance"), key);
            alerts << a;
        }
        IntakeStore store(*db);
        auto first = store.applyNow(alerts);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->created, int(alerts.size()));
        for (Alert &a : alerts)
            a.receivedAt += 60000;
        auto again = store.applyNow(alerts);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->deduplicated, int(alerts.size()));
        QCOMPARE(again->created, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(alerts.size()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE last_seen_at = %1").arg(t0 + 90000)), qint64(alerts.size()));
    }

    // Two writers at once (two intake processes on one server): the second receives the same
    // alert, or another alert of the same group, while the first one's transaction is still
    // open. It must wait for the first and then continue from what the first stored: one open
    // episode per alert (the unique index turns the second insert into a redelivery), one
    // incident for the group (the second's claim of the group loses, it joins), and no incident
    // number used up by the incident it did not open.
    // On a server, writers of one group normally queue on a lock per group before they touch it;
    // without it ("on the constraints") they meet on the unique constraints themselves, which
    // must hold on their own.
    void aSecondWriterContinuesWhatTheFirstStored_data()
    {
        QTest::addColumn<bool>("sameAlert");
        QTest::addColumn<bool>("groupLocks");
        QTest::newRow("the same alert") << true << true;
        QTest::newRow("another alert of the group") << false << true;
        QTest::newRow("the same alert, on the constraints") << true << false;
        QTest::newRow("another alert of the group, on the constraints") << false << false;
    }
    void aSecondWriterContinuesWhatTheFirstStored()
    {
        QFETCH(bool, sameAlert);
        QFETCH(bool, groupLocks);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        const Alert first = firingAlert(QStringLiteral("fp-1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        Alert second = first;
        if (!sameAlert) {
            second.dedupKey = QStringLiteral("fp-2");
            second.labels.insert(QStringLiteral("instance"), QStringLiteral("db-2"));
        }

        IntakeStore writerA(*db);
        writerA.setGroupLocksForTests(groupLocks);
        QVERIFY(writerA.begin().ok());
        auto a = writerA.apply(prepareAlerts({first}));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->incidentsOpened.size(), 1);

        // On a server, B waits on A's rows (the open episode's index entry, the counter row).
        const auto b = secondWriterWhileHeld(db, writerA, {second}, groupLocks);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->deduplicated, sameAlert ? 1 : 0);
        QCOMPARE(b->created, sameAlert ? 0 : 1);
        QCOMPARE(b->incidentsOpened.size(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(sameAlert ? 1 : 2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id IS NULL")), qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alert_groups")), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")), qint64(1001));
        QCOMPARE(dedupKeys(*db), sameAlert ? QStringLiteral("fp-1") : QStringLiteral("fp-1,fp-2"));
        // One "opened" event, one "firing" event per alert stored.
        const qint64 incident = a->incidentsOpened.constFirst();
        QCOMPARE(events(*db, incident).size(), sameAlert ? 2 : 3);
    }

    // Two writers resolving the last two alerts of an incident at once: the later one must see
    // the earlier one's resolve and resolve the incident (a rule that says so).
    void twoWritersResolvingTheLastAlertsResolveTheIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE intake_rules SET resolve_incident = 1")));
        const qint64 t0 = at("2026-11-26T10:00:00Z");
        Alert one = firingAlert(QStringLiteral("r-1"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        Alert two = firingAlert(QStringLiteral("r-2"), QStringLiteral("DiskFull"), QStringLiteral("db"), QStringLiteral("critical"), t0);
        two.labels.insert(QStringLiteral("instance"), QStringLiteral("db-2"));
        {
            IntakeStore store(*db);
            auto fired = store.applyNow({one, two});
            QVERIFY2(fired.ok(), qPrintable(fired.error()));
            QCOMPARE(fired->incidentsOpened.size(), 1);
        }
        for (Alert *a : {&one, &two}) {
            a->status = QStringLiteral("resolved");
            a->endsAt = t0 + 60000;
            a->receivedAt = t0 + 90000;
        }
        IntakeStore writerA(*db);
        QVERIFY(writerA.begin().ok());
        auto a = writerA.apply(prepareAlerts({one}));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->resolved, 1);
        const auto b = secondWriterWhileHeld(db, writerA, {two});
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->resolved, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'resolved'")), qint64(1));
    }

    // On a server, "durable before 2xx" is the server's commit: intake turns synchronous_commit on
    // for its connection (the test server runs with it off) and says when the server has fsync
    // off, which only its administrator can change. A file promises it through its pragmas.
    void durabilityIsCheckedAndSaid()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        IntakeStore store(*db);
        QVERIFY(store.warmUp().ok());
        if (!db->isServer()) {
            QCOMPARE(store.durabilityNote(), QString());
            return;
        }
        QSqlQuery q(db->connection());  // the store's connection: this thread's
        QVERIFY(q.exec(QStringLiteral("SELECT current_setting('synchronous_commit'), current_setting('fsync')")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("on"));
        QCOMPARE(store.durabilityNote().contains(QStringLiteral("fsync off")), q.value(1).toString() == QLatin1String("off"));
    }
};

QTEST_GUILESS_MAIN(TestIntakeStore)
#include "tst_intakestore.moc"
