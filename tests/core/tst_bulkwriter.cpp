// BulkWriter: rows it writes through the engine's fast path (SQLite's C API; PostgreSQL's COPY,
// or multi-row INSERTs) read back through the stores exactly as given, awkward text included;
// and a failure halfway through a load (a row the database refuses, in the middle of a COPY)
// leaves the database as it was and usable.

#include "TestSupport.h"
#include "storage/AlertStore.h"
#include "storage/BulkWriter.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"
#include "storage/rows/BulkRows.h"

#include <QJsonObject>
#include <QTest>

using namespace sitrep;

namespace {

// Everything COPY's text format escapes or could mistake for its own syntax, next to
// multi-byte text.
const QString awkward = QStringLiteral("tab\there, newline\nthere, CR\r, back\\slash, \\N, \\.\n\\.\nend; "
                                       "quote ' \" $$ emoji 🚒 Straße");

NewIncident newIncident(const QString &title)
{
    NewIncident n;
    n.title = title;
    return n;
}

// Restores the default path when a test ends, even a failed one.
struct MultiRow
{
    explicit MultiRow(bool on) { rows::forceMultiRowInsert(on); }
    ~MultiRow() { rows::forceMultiRowInsert(false); }
};

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    // The fast path is the one each engine is meant to take (a test of the others would pass on
    // the slower path too).
    void eachEngineTakesItsFastPath()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto rows = rows::BulkRows::open(db->connection(), QStringLiteral("services"), {QStringLiteral("name")});
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(QString::fromLatin1((*rows)->path()),
                 test::testingServer() ? QStringLiteral("COPY") : QStringLiteral("SQLite C API"));
        MultiRow forced(true);
        auto slower = rows::BulkRows::open(db->connection(), QStringLiteral("services"), {QStringLiteral("name")});
        QVERIFY(slower.ok());
        QCOMPARE(QString::fromLatin1((*slower)->path()),
                 test::testingServer() ? QStringLiteral("multi-row INSERT") : QStringLiteral("SQLite C API"));
    }

    void rowsReadBackAsWritten_data()
    {
        QTest::addColumn<bool>("multiRow");
        QTest::newRow("fast path") << false;
        // On SQLite both rows take the C API; on a server the second takes multi-row INSERTs.
        QTest::newRow("multi-row INSERT") << true;
    }
    void rowsReadBackAsWritten()
    {
        QFETCH(bool, multiRow);
        MultiRow path(multiRow);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);

        Incident incident;
        incident.title = awkward;
        incident.severity = Severity::Sev2;
        incident.status = IncidentStatus::Mitigated;
        incident.service = QStringLiteral("checkout\tapi");
        incident.roles = {{QStringLiteral("commander"), QStringLiteral("Ana\\B")}, {QStringLiteral("scribe"), QStringLiteral("Zoë")}};
        incident.impactStartedAt = 1000;
        incident.detectedAt = 2000;
        incident.acknowledgedAt = 3000;
        incident.mitigatedAt = 4000;
        incident.isDrill = true;
        incident.summary = QStringLiteral("line one\nline two");
        incident.createdAt = 1500;
        incident.updatedAt = 4500;

        Alert alert;
        alert.source = QStringLiteral("alertmanager");
        alert.dedupKey = QStringLiteral("fp\\1");
        alert.status = QStringLiteral("firing");
        alert.title = awkward;
        alert.severity = 2;
        alert.service = incident.service;
        alert.labels = QJsonObject{{QStringLiteral("alertname"), QStringLiteral("Disk\tFull")}};
        alert.startsAt = 1000;
        alert.receivedAt = 1100;
        alert.lastSeenAt = 1200;

        Runbook runbook;
        runbook.slug = QStringLiteral("disk-full");
        runbook.title = QStringLiteral("Disk full");
        runbook.body = awkward;
        runbook.version = 2;
        runbook.createdAt = 10;
        runbook.updatedAt = 20;

        qint64 incidentId = 0, alertId = 0, eventId = 0, runbookId = 0, postmortemId = 0;
        {
            BulkWriter writer(*db);
            QVERIFY2(writer.begin().ok(), "begin");
            QVERIFY(writer.startedEmpty());
            auto added = writer.addIncident(incident);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            incidentId = incident.id;
            QVERIFY(incidentId > 0);
            QCOMPARE(incident.number, 1001);
            alert.incidentId = incidentId;
            auto a = writer.addAlert(alert);
            QVERIFY2(a.ok(), qPrintable(a.error()));
            alertId = *a;
            TimelineEvent e;
            e.incidentId = incidentId;
            e.occurredAt = 2500;
            e.kind = QStringLiteral("note");
            e.author = QStringLiteral("Ana");
            e.body = awkward;
            e.isKeyEvent = true;
            e.alertId = alertId;
            e.createdAt = 2600;
            auto ev = writer.addTimelineEvent(e);
            QVERIFY2(ev.ok(), qPrintable(ev.error()));
            eventId = *ev;
            auto rb = writer.addRunbook(runbook, {{1, QStringLiteral("old\tbody")}, {2, awkward}}, {11, 20});
            QVERIFY2(rb.ok(), qPrintable(rb.error()));
            runbookId = *rb;
            ChecklistItem step;
            step.incidentId = incidentId;
            step.runbookId = runbookId;
            step.runbookVersion = 2;
            step.position = 1;
            step.depth = 1;
            step.text = awkward;
            step.state = QStringLiteral("done");
            step.changedBy = QStringLiteral("Ana");
            step.changedAt = 3100;
            QVERIFY(writer.addChecklistItem(step).ok());
            Postmortem pm;
            pm.incidentId = incidentId;
            pm.title = QStringLiteral("What happened");
            pm.status = QStringLiteral("published");
            pm.body = awkward;
            pm.reviewers = {QStringLiteral("Bo"), QStringLiteral("Cy\\d")};
            pm.createdAt = 5000;
            pm.updatedAt = 6000;
            pm.publishedAt = 6000;
            auto p = writer.addPostmortem(pm);
            QVERIFY2(p.ok(), qPrintable(p.error()));
            postmortemId = *p;
            ActionItem item;
            item.postmortemId = postmortemId;
            item.title = awkward;
            item.owner = QStringLiteral("Bo");
            item.dueAt = 7000;
            item.priority = QStringLiteral("high");
            item.createdAt = 5500;
            QVERIFY(writer.addActionItem(item).ok());
            auto committed = writer.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.error()));
        }

        auto stored = IncidentStore(*db).byId(incidentId);
        QVERIFY(stored && stored->has_value());
        const Incident &i = **stored;
        QCOMPARE(i.title, awkward);
        QCOMPARE(i.severity, Severity::Sev2);
        QCOMPARE(i.status, IncidentStatus::Mitigated);
        QCOMPARE(i.service, incident.service);
        QCOMPARE(i.roles, incident.roles);
        QCOMPARE(i.impactStartedAt, incident.impactStartedAt);
        QCOMPARE(i.mitigatedAt, incident.mitigatedAt);
        QCOMPARE(i.resolvedAt, std::optional<qint64>());
        QCOMPARE(i.isDrill, true);
        QCOMPARE(i.summary, incident.summary);
        QCOMPARE(i.createdAt, qint64(1500));

        auto a = AlertStore(*db).byId(alertId);
        QVERIFY(a && a->has_value());
        QCOMPARE((*a)->title, awkward);
        QCOMPARE((*a)->dedupKey, alert.dedupKey);
        QCOMPARE((*a)->labels, alert.labels);
        QCOMPARE((*a)->endsAt, std::optional<qint64>());
        QCOMPARE((*a)->incidentId, std::optional<qint64>(incidentId));

        auto e = TimelineStore(*db).byId(eventId);
        QVERIFY(e && e->has_value());
        QCOMPARE((*e)->body, awkward);
        QCOMPARE((*e)->alertId, std::optional<qint64>(alertId));
        QCOMPARE((*e)->editedAt, std::optional<qint64>());

        const RunbookStore runbooks(*db);
        auto r = runbooks.byId(runbookId);
        QVERIFY(r && r->has_value());
        QCOMPARE((*r)->body, awkward);
        QCOMPARE((*r)->lastReviewedAt, std::optional<qint64>());
        auto versions = runbooks.versions(runbookId);
        QVERIFY(versions && versions->size() == 2);
        auto steps = runbooks.checklist(incidentId);
        QVERIFY(steps && steps->size() == 1);
        QCOMPARE(steps->first().text, awkward);
        QCOMPARE(steps->first().state, QStringLiteral("done"));
        QCOMPARE(steps->first().runbookVersion, std::optional<int>(2));

        const PostmortemStore postmortems(*db);
        auto pm = postmortems.byId(postmortemId);
        QVERIFY(pm && pm->has_value());
        QCOMPARE((*pm)->body, awkward);
        QCOMPARE((*pm)->reviewers, QStringList({QStringLiteral("Bo"), QStringLiteral("Cy\\d")}));
        QCOMPARE((*pm)->reviewRequestedAt, std::optional<qint64>());
        auto items = postmortems.actionItems(postmortemId);
        QVERIFY(items && items->size() == 1);
        QCOMPARE(items->first().title, awkward);
        QCOMPARE(items->first().completedAt, std::optional<qint64>());

        // The store's own declaration continues the numbers the load wrote.
        auto next = IncidentStore(*db).declare(newIncident(QStringLiteral("after the load")),
                                               QStringLiteral("Ana"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->number, 1002);
    }

    void aFailureHalfwayThroughALoadLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<bool>("multiRow");
        QTest::newRow("fast path") << false;
        QTest::newRow("multi-row INSERT") << true;
    }
    void aFailureHalfwayThroughALoadLeavesTheDatabaseAsItWas()
    {
        QFETCH(bool, multiRow);
        MultiRow path(multiRow);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        auto first = store.declare(newIncident(QStringLiteral("before the load")),
                                   QStringLiteral("Ana"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray before = test::exportedJson(*db);

        bool failed = false;
        {
            BulkWriter writer(*db);
            QVERIFY(writer.begin().ok());
            for (int n = 0; n < 3000 && !failed; ++n) {
                Incident incident;
                incident.title = QStringLiteral("loaded %1").arg(n);
                incident.createdAt = incident.updatedAt = n;
                if (!writer.addIncident(incident).ok()) {
                    failed = true;
                    break;
                }
                Alert alert;
                alert.source = QStringLiteral("generic");
                alert.dedupKey = QString::number(n);
                // Halfway, one alert the database refuses (its CHECK): on a server it sits in the
                // middle of the alerts' COPY, after 1,500 rows of it and before 1,500 more.
                alert.status = n == 1500 ? QStringLiteral("bogus") : QStringLiteral("firing");
                alert.incidentId = incident.id;
                if (!writer.addAlert(alert).ok())
                    failed = true;
            }
            if (!failed) {
                auto committed = writer.commit();
                QVERIFY(!committed.ok());
                QVERIFY2(committed.error().contains(QLatin1String("alerts")), qPrintable(committed.error()));
                failed = true;
            }
        }   // the writer rolls back
        QVERIFY(failed);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(0));
        QCOMPARE(test::exportedJson(*db), before);
        // The connection is usable and no number was used up.
        auto next = store.declare(newIncident(QStringLiteral("after the failure")),
                                  QStringLiteral("Ana"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->number, 1002);
    }

    // More rows than are sent at once (8 MB): on a server the timeline's COPY is left for the
    // server to take while the next rows are made; a row it refuses there is reported by a later
    // add…() or commit(), and nothing of the load stays.
    void aRefusedRowInACopyTheServerTakesLaterIsReported()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QByteArray before = test::exportedJson(*db);
        QString failure;
        {
            BulkWriter writer(*db);
            QVERIFY(writer.begin().ok());
            Incident incident;
            incident.title = QStringLiteral("long timeline");
            QVERIFY(writer.addIncident(incident).ok());
            const QString body(4096, QLatin1Char('x'));
            for (int n = 0; n < 4000 && failure.isEmpty(); ++n) {
                TimelineEvent e;
                e.incidentId = incident.id;
                e.kind = n == 100 ? QStringLiteral("bogus") : QStringLiteral("note");
                e.body = body;
                if (auto added = writer.addTimelineEvent(e); !added)
                    failure = added.error();
            }
            if (failure.isEmpty()) {
                auto committed = writer.commit();
                QVERIFY(!committed.ok());
                failure = committed.error();
            }
            QVERIFY(writer.batchFailed() || !test::testingServer());
        }
        QVERIFY2(!test::testingServer() || failure.contains(QLatin1String("timeline_events")), qPrintable(failure));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events")), qint64(0));
        QCOMPARE(test::exportedJson(*db), before);
        auto next = IncidentStore(*db).declare(newIncident(QStringLiteral("after the failure")), QStringLiteral("Ana"));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->number, 1001);
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
