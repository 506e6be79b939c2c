#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "exchange/JsonExporter.h"
#include "storage/AlertStore.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqlUtil.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace sitrep;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void sameSeedSameData()
    {
        QTemporaryDir dir;
        auto a = test::createDemoDatabase(dir, 200, 42, QStringLiteral("a.db"));
        auto b = test::createDemoDatabase(dir, 200, 42, QStringLiteral("b.db"));
        auto c = test::createDemoDatabase(dir, 200, 43, QStringLiteral("c.db"));
        QCOMPARE(test::exportedJson(*a), test::exportedJson(*b));
        QVERIFY(test::exportedJson(*a) != test::exportedJson(*c));
    }

    void incidentsAreRealistic()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 2000);
        const IncidentStore incidents(*db);
        QCOMPARE(incidents.count().value(), qint64(2000));
        QCOMPARE(incidents.services()->size(), 12);

        QList<qint64> detect;
        int open = 0, drills = 0, withCommander = 0;
        QSet<int> severities;
        qint64 earliest = std::numeric_limits<qint64>::max(), latest = 0;
        auto done = incidents.forEach([&](const Incident &i) {
            severities.insert(int(i.severity));
            drills += i.isDrill;
            // Milestones keep their order wherever they are set.
            QVERIFY(i.impactStartedAt && i.detectedAt);
            QVERIFY(*i.impactStartedAt <= *i.detectedAt);
            if (i.acknowledgedAt)
                QVERIFY(*i.detectedAt <= *i.acknowledgedAt);
            if (i.mitigatedAt)
                QVERIFY(i.acknowledgedAt && *i.acknowledgedAt <= *i.mitigatedAt);
            if (i.resolvedAt)
                QVERIFY(i.mitigatedAt && *i.mitigatedAt <= *i.resolvedAt);
            QCOMPARE(i.resolvedAt.has_value(), i.status == IncidentStatus::Resolved);
            if (i.status != IncidentStatus::Resolved)
                ++open;
            QVERIFY(*i.detectedAt <= test::demoUntil);
            earliest = std::min(earliest, *i.impactStartedAt);
            latest = std::max(latest, *i.impactStartedAt);
            for (const RoleAssignment &r : i.roles)
                withCommander += r.role == QLatin1String("commander");
            detect.append(*i.detectedAt - *i.impactStartedAt);
        });
        QVERIFY(done.ok());
        QCOMPARE(severities.size(), 5);
        QVERIFY(open >= 3 && open < 20);
        QVERIFY(drills > 20 && drills < 120);       // about 3 %
        QCOMPARE(withCommander, 2000);
        QVERIFY(latest - earliest > qint64(700) * 86'400'000);  // about two years
        // Log-normal detection around a few minutes: median minutes, a long tail above it.
        std::sort(detect.begin(), detect.end());
        const qint64 median = detect[detect.size() / 2];
        QVERIFY2(median > 60'000 && median < 10 * 60'000, qPrintable(QString::number(median)));
        QVERIFY(detect[detect.size() * 95 / 100] > 3 * median);
    }

    void detectionImprovesHalfway()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 2000);
        QList<qint64> before, after;
        const qint64 halfway = test::demoUntil - qint64(365) * 86'400'000;
        (void)IncidentStore(*db).forEach([&](const Incident &i) {
            (*i.impactStartedAt < halfway ? before : after).append(*i.detectedAt - *i.impactStartedAt);
        });
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
        QVERIFY(after[after.size() / 2] < before[before.size() / 2] * 0.7);
    }

    void everyIncidentHasATimelineAndAnAlert()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 100);
        auto done = IncidentStore(*db).forEach([&](const Incident &i) {
            const auto events = TimelineStore(*db).forIncident(i.id);
            QVERIFY(events.ok() && events->size() >= 2);
            const auto alerts = AlertStore(*db).forIncident(i.id);
            QVERIFY(alerts.ok() && !alerts->isEmpty());
            QCOMPARE(alerts->first().labels.value(QStringLiteral("service")).toString(), i.service);
        });
        QVERIFY(done.ok());
    }

    void onlyFillsAnEmptyDatabase()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 10);
        auto again = generateDemo(*db, {10, 1, test::demoUntil});
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("empty database")));
        QCOMPARE(IncidentStore(*db).count().value(), qint64(10));
    }

    // The generator is the same C++ on both engines; what could differ is what each engine
    // stores and gives back (types, NULLs, order). The export shows every stored value.
    void sameSeedSameDataOnAFileAndOnAServer()
    {
        // Against the run's engine: in tst_demo.postgresql a server, in tst_demo a second file.
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("file.db")));
        QVERIFY2(file.ok(), qPrintable(file.error()));
        auto server = test::createDatabase(dir, QStringLiteral("server"));
        const auto onFile = generateDemo(**file, {300, 42, test::demoUntil});
        const auto onServer = generateDemo(*server, {300, 42, test::demoUntil});
        QVERIFY2(onFile.ok(), qPrintable(onFile.error()));
        QVERIFY2(onServer.ok(), qPrintable(onServer.error()));
        QCOMPARE(onServer->timelineEvents, onFile->timelineEvents);
        QCOMPARE(onServer->actionItems, onFile->actionItems);
        const QByteArray a = test::exportedJson(**file), b = test::exportedJson(*server);
        QVERIFY(a.size() > 100000);
        const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
        for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i)
            QVERIFY2(la[i] == lb[i], qPrintable(QStringLiteral("line %1 differs:\nfile:   %2\nserver: %3")
                                                    .arg(i + 1)
                                                    .arg(QString::fromUtf8(la[i].left(600)), QString::fromUtf8(lb[i].left(600)))));
        QCOMPARE(b, a);
        // And the counter stands where a file's does: the next declaration gets the same number.
        QCOMPARE(test::scalar(*server, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")),
                 test::scalar(**file, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")));
        QCOMPARE(test::scalar(*server, QStringLiteral("SELECT count(*) FROM incident_alert_names")),
                 test::scalar(**file, QStringLiteral("SELECT count(*) FROM incident_alert_names")));
    }

    // `sitrepctl check` on a demo: clean; then each invariant broken by hand is reported.
    void theCheckPassesADemoAndFindsWhatIsBroken()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 50);
        auto report = checkDatabase(db->path());
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->server, test::testingServer());
        QCOMPARE(report->schemaVersion, report->latestVersion);
        QVERIFY(report->counts.contains({QStringLiteral("incidents"), 50}));

        QVERIFY(sql::exec(db->connection(), QStringLiteral("UPDATE counters SET value = 1010")).ok());
        report = checkDatabase(db->path());
        QVERIFY(report.ok());
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("counter (1010) is below the highest incident number (1050)")),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));
        if (!test::testingServer())
            return;
        // A server's own failure modes: an identity behind its ids, foreign keys switched off.
        QVERIFY(sql::exec(db->connection(), QStringLiteral("SELECT setval(pg_get_serial_sequence('alerts', 'id'), 3)")).ok());
        QVERIFY(sql::exec(db->connection(), QStringLiteral("ALTER TABLE timeline_events DISABLE TRIGGER ALL")).ok());
        report = checkDatabase(db->path());
        QVERIFY(report.ok());
        const QString problems = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("the ids of alerts come from a sequence at 3")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("the foreign keys of timeline_events are switched off")), qPrintable(problems));
    }

    void cancellingWritesNothing()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        qint64 calls = 0;
        bool inRange = true;
        auto result = generateDemo(*db, {5000, 1, test::demoUntil}, [&](qint64 done, qint64 total) {
            ++calls;
            inRange &= done <= total;
            return done < 1000;
        });
        QVERIFY(inRange);
        QVERIFY(!result.ok());
        QVERIFY(calls >= 2);
        QCOMPARE(IncidentStore(*db).count().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
