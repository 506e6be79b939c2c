// Undo never removes or overwrites work added after the step it undoes, by this user or anyone
// else: creations (an incident declared or opened from alerts, a postmortem drafted, an action
// item added) are removed only while untouched, and edits write back only over the value they
// set. Each refusal says why and changes nothing.
#include "TestSupport.h"
#include "intake/IntakeStore.h"
#include "storage/AlertStore.h"
#include "storage/IncidentStore.h"
#include "storage/IntakeRuleStore.h"
#include "storage/PostmortemStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QTest>

using namespace sitrep;

namespace {

Alert alert(const char *key, const char *severity, qint64 at)
{
    Alert a;
    a.source = QStringLiteral("alertmanager");
    a.dedupKey = QLatin1String(key);
    a.status = QStringLiteral("firing");
    a.title = QStringLiteral("Disk almost full");
    a.service = QStringLiteral("db");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")}, {QStringLiteral("service"), QStringLiteral("db")},
                {QStringLiteral("severity"), QLatin1String(severity)}, {QStringLiteral("instance"), QLatin1String(key)}};
    a.startsAt = a.receivedAt = a.lastSeenAt = at;
    return a;
}

} // namespace

class TestUndoGuards : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1767225600000;  // 2026-01-01T00:00:00Z
    qint64 m_now = t0;

private slots:
    void initTestCase()
    {
        test::isolate();
        Clock::setSource([this] { return m_now += 1000; });
    }
    void cleanupTestCase() { Clock::setSource({}); }

    // An alert that already belonged to an incident goes back to it when "new incident from
    // these alerts" is undone, and its group points at that incident again.
    void undoingAnIncidentFromAlertsPutsTheAlertsBack()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto opened = intake::IntakeStore(*db).applyNow({alert("db-1", "critical", t0)});
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->incidentsOpened.size(), 1);
        const qint64 first = opened->incidentsOpened.first();
        const qint64 alertId = test::scalar(*db, QStringLiteral("SELECT id FROM alerts"));
        const QString group = test::scalar(*db, QStringLiteral("SELECT count(*) FROM alert_groups WHERE incident_id = %1").arg(first)) == 1
                                  ? QStringLiteral("ok") : QString();
        QCOMPARE(group, QStringLiteral("ok"));

        IncidentCreation creation;
        auto moved = AlertStore(*db).openIncident({QStringLiteral("Disk on db-1"), Severity::Sev2, QStringLiteral("db"), {}, false, {}},
                                                  {alertId}, QStringLiteral("ana"), &creation);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alerts WHERE id = %1").arg(alertId)), *moved);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alert_groups")), *moved);
        QCOMPARE(creation.alerts.size(), 1);
        QCOMPARE(creation.alerts.first().incidentId, std::optional<qint64>(first));

        auto undone = IncidentStore(*db).undoCreation(creation);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QVERIFY(!IncidentStore(*db).byId(*moved).value().has_value());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alerts WHERE id = %1").arg(alertId)), first);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alert_groups")), first);
    }

    // Held alerts opened as an incident by hand; a further alert of their group joins it
    // through intake. Undo then refuses: that alert and its event are later work.
    // Redo of "new incident from these alerts" after its undo: an alert that intake (or a
    // colleague) linked elsewhere meanwhile stays where it is.
    void redoNeverTakesAnAlertBackFromAnotherIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QVERIFY(intake::IntakeStore(*db).applyNow({alert("db-1", "info", t0)}).ok());
        const qint64 alertId = test::scalar(*db, QStringLiteral("SELECT id FROM alerts"));
        const AlertStore alerts(*db);
        IncidentCreation creation;
        const NewIncident n{QStringLiteral("Disk"), Severity::Sev3, QStringLiteral("db"), {}, false, {}};
        QVERIFY(alerts.openIncident(n, {alertId}, QStringLiteral("ana"), &creation).ok());
        QVERIFY(IncidentStore(*db).undoCreation(creation).ok());
        // Ben opens his own incident from the same alert.
        const qint64 bens = alerts.openIncident({QStringLiteral("Ben's disk"), Severity::Sev3, {}, {}, false, {}}, {alertId},
                                                QStringLiteral("ben")).value();
        const IncidentCreation undone = creation;
        auto redo = alerts.openIncident(n, {alertId}, QStringLiteral("ana"), &creation, &undone);
        QVERIFY(!redo.ok());
        QVERIFY2(redo.error().contains(QStringLiteral("joined another incident")), qPrintable(redo.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alerts WHERE id = %1").arg(alertId)), bens);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
    }

    // The same for the alert's group: if another incident took the group meanwhile, redo does
    // not take it over (that incident's next alerts would come here).
    void redoNeverTakesAGroupBackFromAnotherIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QVERIFY(intake::IntakeStore(*db).applyNow({alert("db-1", "info", t0), alert("db-2", "info", t0 + 1)}).ok());
        QList<qint64> ids;
        QVERIFY(AlertStore(*db).forEach([&](const Alert &a) { ids << a.id; }).ok());
        QCOMPARE(ids.size(), 2);
        const AlertStore alerts(*db);
        IncidentCreation creation;
        const NewIncident n{QStringLiteral("Disk"), Severity::Sev3, QStringLiteral("db"), {}, false, {}};
        QVERIFY(alerts.openIncident(n, {ids[0]}, QStringLiteral("ana"), &creation).ok());
        QVERIFY(IncidentStore(*db).undoCreation(creation).ok());
        const qint64 bens = alerts.openIncident({QStringLiteral("Ben's disk"), Severity::Sev3, {}, {}, false, {}}, {ids[1]},
                                                QStringLiteral("ben")).value();
        const IncidentCreation undone = creation;
        auto redo = alerts.openIncident(n, {ids[0]}, QStringLiteral("ana"), &creation, &undone);
        QVERIFY(!redo.ok());
        QVERIFY2(redo.error().contains(QStringLiteral("group")), qPrintable(redo.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT incident_id FROM alert_groups")), bens);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
    }

    // Undo of an unmute puts the mutes back even when their ids were taken meanwhile; its redo
    // lifts only those, not a mute set since.
    void unmuteUndoAndRedoTouchOnlyTheirOwnMutes()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const AlertStore alerts(*db);
        AlertMute m;
        m.source = QStringLiteral("alertmanager");
        m.dedupKey = QStringLiteral("fp-1");
        m.untilAt = t0 + 3'600'000;
        m.createdBy = QStringLiteral("ana");
        QVERIFY(alerts.mute(m).ok());
        const auto lifted = alerts.unmute(m.source, m.dedupKey).value();
        QCOMPARE(lifted.size(), 1);
        // The freed id goes to someone else's mute. SQLite hands a freed top id to the next row
        // by itself, PostgreSQL never does but a copied or restored row may carry one: written
        // out, so that both engines meet the same case.
        const auto muteWithId = [&db](const AlertMute &mute, qint64 id) {
            return test::scalar(*db, QStringLiteral("INSERT INTO alert_mutes(id, source, dedup_key, until_at, created_at, "
                                                    "created_by, reason) VALUES (%1, '%2', '%3', %4, %5, '%6', '') RETURNING id")
                                         .arg(id)
                                         .arg(mute.source, mute.dedupKey)
                                         .arg(mute.untilAt)
                                         .arg(t0)
                                         .arg(mute.createdBy));
        };
        AlertMute bens = m;
        bens.dedupKey = QStringLiteral("fp-2");
        bens.createdBy = QStringLiteral("ben");
        const qint64 taken = muteWithId(bens, lifted.first().id);
        QCOMPARE(taken, lifted.first().id);
        auto restored = alerts.restoreMutes(lifted);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(restored->size(), 1);
        QVERIFY(restored->first().id != taken);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alert_mutes")), qint64(2));
        // Ben mutes fp-1 too; redoing my unmute lifts my mute only.
        AlertMute again = m;
        again.createdBy = QStringLiteral("ben");
        const qint64 bensSecond = alerts.mute(again).value().id;
        QVERIFY(alerts.removeMutes(*restored).ok());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alert_mutes WHERE id = %1").arg(bensSecond)), qint64(1));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alert_mutes")), qint64(2));

        // A mute's undo after its id went to someone else's mute: that other mute stays.
        QVERIFY(alerts.unmute(bens.source, bens.dedupKey).ok());
        AlertMute mine = m;
        mine.dedupKey = QStringLiteral("fp-3");
        const AlertMute stored = alerts.mute(mine).value();
        QVERIFY(alerts.unmute(mine.source, mine.dedupKey).ok());  // lifted meanwhile
        AlertMute cleos = m;
        cleos.dedupKey = QStringLiteral("fp-4");
        cleos.createdBy = QStringLiteral("cleo");
        QCOMPARE(muteWithId(cleos, stored.id), stored.id);  // the freed id again
        QVERIFY(alerts.removeMutes({stored}).ok());  // my stale undo
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alert_mutes WHERE dedup_key = 'fp-4'")), qint64(1));
    }

    void anAlertThatJoinedKeepsTheIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto held = intake::IntakeStore(*db).applyNow({alert("db-1", "info", t0), alert("db-2", "info", t0 + 1)});
        QVERIFY2(held.ok(), qPrintable(held.error()));
        QCOMPARE(held->held, 2);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
        QList<qint64> ids;
        QVERIFY(AlertStore(*db).forEach([&](const Alert &a) { ids << a.id; }).ok());
        QCOMPARE(ids.size(), 2);

        IncidentCreation creation;
        auto opened = AlertStore(*db).openIncident({QStringLiteral("Disks filling"), Severity::Sev3, QStringLiteral("db"), {}, false, {}},
                                                   ids, QStringLiteral("ana"), &creation);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE held_reason = ''")), qint64(2));

        auto joined = intake::IntakeStore(*db).applyNow({alert("db-3", "critical", t0 + 2)});
        QVERIFY2(joined.ok(), qPrintable(joined.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id = %1").arg(*opened)), qint64(3));

        auto refused = IncidentStore(*db).undoCreation(creation);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("1 more alert")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("Undo never removes later work")), qPrintable(refused.error()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id = %1").arg(*opened)), qint64(3));

        // Without the join, the undo would have put both alerts back in the inbox, held.
        QTemporaryDir dir2;
        auto db2 = test::createDatabase(dir2);
        QVERIFY(intake::IntakeStore(*db2).applyNow({alert("db-1", "info", t0)}).ok());
        const qint64 only = test::scalar(*db2, QStringLiteral("SELECT id FROM alerts"));
        IncidentCreation c2;
        QVERIFY(AlertStore(*db2).openIncident({QStringLiteral("Disk"), Severity::Sev3, {}, {}, false, {}}, {only}, QStringLiteral("ana"), &c2).ok());
        QVERIFY(IncidentStore(*db2).undoCreation(c2).ok());
        QCOMPARE(test::scalar(*db2, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id IS NULL AND held_reason = 'below_min_severity'")),
                 qint64(1));
        QCOMPARE(test::scalar(*db2, QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
    }

    void aChecklistOrAPostmortemKeepsADeclaredIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore incidents(*db);
        IncidentCreation creation;
        const Incident inc = incidents.declare({QStringLiteral("Checkout down"), Severity::Sev1, {}, {}, false, {}},
                                               QStringLiteral("ana"), &creation).value();
        auto pm = PostmortemStore(*db).createDraft(inc.id, inc.title, QStringLiteral("# Draft"), QStringLiteral("short"), QStringLiteral("ben"));
        QVERIFY(pm.ok());
        auto refused = incidents.undoCreation(creation);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("a postmortem drafted")), qPrintable(refused.error()));
        QVERIFY(incidents.byId(inc.id).value().has_value());
        QVERIFY(PostmortemStore(*db).byId(pm->id).value().has_value());
    }

    // The postmortem body is saved by autosave, outside the undo stack: undoing the draft must
    // see it, and keep the postmortem.
    void aDraftWithTextOrActionItemsIsKept()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("API errors"), Severity::Sev2, {}, {}, false, {}},
                                                        QStringLiteral("ana")).value();
        const PostmortemStore store(*db);
        const Postmortem written = store.createDraft(inc.id, inc.title, QStringLiteral("# API errors\n"), QStringLiteral("short"),
                                                     QStringLiteral("ana")).value();
        QVERIFY(store.saveBody(written.id, QStringLiteral("# API errors\nThe cache expired at 14:02.\n")).ok());
        auto refused = store.removeDraft(written);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("its text was written in")), qPrintable(refused.error()));
        QCOMPARE(store.byId(written.id).value()->body, QStringLiteral("# API errors\nThe cache expired at 14:02.\n"));

        // Back to the drafted text, but with an action item: still kept.
        QVERIFY(store.saveBody(written.id, written.body).ok());
        ActionItem item;
        item.postmortemId = written.id;
        item.title = QStringLiteral("Alert on cache expiry");
        item.id = store.addActionItem(item).value();
        auto refusedItem = store.removeDraft(written);
        QVERIFY(!refusedItem.ok());
        QVERIFY2(refusedItem.error().contains(QStringLiteral("1 action item")), qPrintable(refusedItem.error()));

        // An action item edited since it was added is not removed by undoing its addition.
        ActionItem ticked = item;
        ticked.status = QStringLiteral("done");
        QVERIFY(store.updateActionItem(ticked, item).ok());
        QVERIFY(!store.updateActionItem(ticked, item).ok());  // expects "open": it is done now
        auto keep = store.removeActionItem(item);
        QVERIFY(!keep.ok());
        QVERIFY2(keep.error().contains(QStringLiteral("was changed meanwhile")), qPrintable(keep.error()));
        QVERIFY(store.removeActionItem(ticked).ok());
        QVERIFY(!store.actionItemById(item.id).value().has_value());

        // Untouched: undo removes the draft and its "drafted" event, nothing else.
        const int events = int(TimelineStore(*db).forIncident(inc.id).value().size());
        QVERIFY(store.saveBody(written.id, written.body).ok());
        const Postmortem asNow = store.byId(written.id).value().value();
        QVERIFY(store.removeDraft(asNow).ok());
        QVERIFY(!store.byId(written.id).value().has_value());
        QCOMPARE(int(TimelineStore(*db).forIncident(inc.id).value().size()), events - 1);
    }

    void aStatusUndoNeverOverwritesALaterStatus()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("Queue lag"), Severity::Sev3, {}, {}, false, {}},
                                                        QStringLiteral("ana")).value();
        const PostmortemStore store(*db);
        const Postmortem p = store.createDraft(inc.id, inc.title, QStringLiteral("# Lag"), QStringLiteral("short"), QStringLiteral("ana")).value();
        const QStringList reviewers{QStringLiteral("ben")};
        QVERIFY(store.setStatus(p.id, QStringLiteral("in_review"), reviewers, QStringLiteral("ana"), QStringLiteral("draft")).ok());
        // Ben publishes meanwhile; Ana's undo of "send for review" expects in_review and refuses.
        QVERIFY(store.setStatus(p.id, QStringLiteral("published"), reviewers, QStringLiteral("ben")).ok());
        auto refused = store.setStatus(p.id, QStringLiteral("draft"), {}, QStringLiteral("ana"), QStringLiteral("in_review"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Published")), qPrintable(refused.error()));
        QCOMPARE(store.byId(p.id).value()->status, QStringLiteral("published"));

        // Reviewers count too: Ben reopens and sends it to Cleo; Ana's stale step names only Ben.
        QVERIFY(store.setStatus(p.id, QStringLiteral("draft"), reviewers, QStringLiteral("ben")).ok());
        QVERIFY(store.setStatus(p.id, QStringLiteral("in_review"), {QStringLiteral("cleo")}, QStringLiteral("ben")).ok());
        auto stale = store.setStatus(p.id, QStringLiteral("draft"), {}, QStringLiteral("ana"), QStringLiteral("in_review"), reviewers);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("cleo")), qPrintable(stale.error()));
        QCOMPARE(store.byId(p.id).value()->reviewers, QStringList{QStringLiteral("cleo")});
    }

    void rulesUndoNeverDropsALaterSave()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IntakeRuleStore rules(*db);
        const IntakePolicy original = rules.load().value();
        IntakePolicy mine = original;
        IntakeRule r;
        r.name = QStringLiteral("Payments by team");
        r.matchersText = QStringLiteral("service=payments");
        r.groupBy = {QStringLiteral("team")};
        mine.rules.prepend(r);
        auto saved = rules.save(mine, original);  // expects what the dialog showed
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        // A colleague saves on top (from the stored rules, ids and all).
        IntakePolicy theirs = rules.load().value();
        theirs.severityMap.insert(QStringLiteral("page-now"), 1);
        QVERIFY(rules.save(theirs, rules.load().value()).ok());
        // My undo expects my rules and refuses: the colleague's mapping stays.
        auto refused = rules.save(original, mine);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("changed meanwhile")), qPrintable(refused.error()));
        QCOMPARE(rules.load().value().severityMap.value(QStringLiteral("page-now")), 1);
        QCOMPARE(rules.load().value().rules.first().name, QStringLiteral("Payments by team"));
        // Undoing theirs first, then mine, works.
        QVERIFY(rules.save(mine, theirs).ok());
        QVERIFY(rules.save(original, mine).ok());
        QCOMPARE(rules.load().value().rules.size(), original.rules.size());
    }
};

QTEST_GUILESS_MAIN(TestUndoGuards)
#include "tst_undoguards.moc"
