#include "TestSupport.h"
#include "exchange/JsonExporter.h"
#include "exchange/IncidentMarkdown.h"
#include "exchange/JsonImporter.h"
#include "demo/DemoGenerator.h"
#include "storage/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sitrep;

class TestExchange : public QObject
{
    Q_OBJECT

    static qint64 incidentCount(const Database &db) { return IncidentStore(db).count().value(); }

    // A valid one-incident document to break in different ways.
    static QJsonObject smallDocument()
    {
        const QByteArray json = R"({
          "format": "sitrep", "format_version": 1,
          "services": [{"name": "checkout", "description": "", "owner": ""}],
          "runbooks": [],
          "alerts": [{"source": "generic", "dedup_key": "k1", "status": "firing", "title": "5xx",
                      "severity": "SEV2", "service": "checkout", "labels": {"a": "b"},
                      "annotations": {}, "starts_at": "2026-01-01T10:00:00.000Z", "ends_at": null,
                      "received_at": "2026-01-01T10:01:00.000Z",
                      "last_seen_at": "2026-01-01T10:01:00.000Z", "incident": "INC-7",
                      "raw_payload": null}],
          "incidents": [{"id": "INC-7", "title": "Checkout down", "severity": "SEV2",
                         "status": "open", "service": "checkout", "is_drill": false, "summary": "",
                         "roles": [{"role": "commander", "person": "ana"}],
                         "impact_started_at": "2026-01-01T10:00:00.000Z",
                         "detected_at": "2026-01-01T10:01:00.000Z", "acknowledged_at": null,
                         "mitigated_at": null, "resolved_at": null,
                         "created_at": "2026-01-01T10:01:00.000Z",
                         "updated_at": "2026-01-01T10:01:00.000Z",
                         "timeline": [{"at": "2026-01-01T10:01:00.000Z", "kind": "alert",
                                       "author": "generic", "body": "fired", "key_event": false,
                                       "alert": 0, "created_at": "2026-01-01T10:01:00.000Z",
                                       "edited_at": null}],
                         "checklist": []}],
          "postmortems": []
        })";
        return QJsonDocument::fromJson(json).object();
    }

    static QJsonObject withIncidentField(const QString &key, const QJsonValue &value)
    {
        QJsonObject doc = smallDocument();
        QJsonArray incidents = doc[QStringLiteral("incidents")].toArray();
        QJsonObject incident = incidents[0].toObject();
        incident[key] = value;
        incidents[0] = incident;
        doc[QStringLiteral("incidents")] = incidents;
        return doc;
    }

private slots:
    void initTestCase() { test::isolate(); }

    void exportImportExportIsIdentical()
    {
        QTemporaryDir dir;
        auto source = test::createDemoDatabase(dir, 300);
        const QByteArray first = test::exportedJson(*source);
        QVERIFY(first.size() > 10000);
        QVERIFY(!QJsonDocument::fromJson(first).isNull());

        auto target = test::createDatabase(dir, QStringLiteral("copy.db"));
        auto summary = importJson(*target, first);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->incidents, qint64(300));
        QCOMPARE(test::exportedJson(*target), first);
    }

    // What `sitrepctl export` / `import` carry between a file and a server, both ways.
    void aFileCopiedToAServerAndBackExportsIdentically()
    {
        // Against the run's engine: in tst_exchange.postgresql a server, in tst_exchange a second file.
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("file.db")));
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(generateDemo(**file, {300, 5, test::demoUntil}).ok());
        const QByteArray first = test::exportedJson(**file);
        QVERIFY(first.size() > 100000);

        auto server = test::createDatabase(dir, QStringLiteral("server"));
        auto toServer = importJson(*server, first);
        QVERIFY2(toServer.ok(), qPrintable(toServer.error()));
        QCOMPARE(test::exportedJson(*server), first);

        auto back = Database::open(dir.filePath(QStringLiteral("back.db")));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        auto toFile = importJson(**back, test::exportedJson(*server));
        QVERIFY2(toFile.ok(), qPrintable(toFile.error()));
        QCOMPARE(test::exportedJson(**back), first);
    }

    // Values the demo never writes: quotes and backslashes (SQL literals), text beyond ASCII and
    // its byte order, NULLs where a column allows them, a missing service. The same document
    // imported into a file and (in the .postgresql run) a server exports the same bytes.
    void awkwardValuesSurviveOnEveryEngine()
    {
        QJsonObject doc = smallDocument();
        const QString awkward = QStringLiteral("it's \"quoted\" \\ back\\slash\\n; DROP TABLE x; -- Störung ✓ 🚒\n\tline two");
        QJsonArray services = doc[QStringLiteral("services")].toArray();
        services.append(QJsonObject{{"name", "zürich"}, {"description", awkward}, {"owner", ""}});
        services.append(QJsonObject{{"name", "Zeta"}, {"description", ""}, {"owner", "o'brien"}});
        doc[QStringLiteral("services")] = services;
        QJsonArray incidents = doc[QStringLiteral("incidents")].toArray();
        QJsonObject incident = incidents[0].toObject();
        incident[QStringLiteral("title")] = awkward;
        incident[QStringLiteral("summary")] = QStringLiteral("%1 $1 ?1 :name \\x00 E'x'");
        incident[QStringLiteral("service")] = QJsonValue();
        incidents[0] = incident;
        doc[QStringLiteral("incidents")] = incidents;
        QJsonArray alerts = doc[QStringLiteral("alerts")].toArray();
        QJsonObject alert = alerts[0].toObject();
        alert[QStringLiteral("severity")] = QJsonValue();
        alert[QStringLiteral("service")] = QStringLiteral("zürich");
        alert[QStringLiteral("labels")] = QJsonObject{{"alertname", awkward}, {"n", 5}, {"b", true}};
        alert[QStringLiteral("raw_payload")] = awkward;
        alerts[0] = alert;
        doc[QStringLiteral("alerts")] = alerts;
        const QByteArray document = QJsonDocument(doc).toJson();

        QTemporaryDir dir;
        const auto roundTrip = [&](const Database &db) {
            auto summary = importJson(db, document);
            if (!summary)
                qWarning() << summary.error();
            return test::exportedJson(db);
        };
        auto db = test::createDatabase(dir);
        const QByteArray exported = roundTrip(*db);
        QVERIFY(exported.contains(QJsonDocument(QJsonArray{awkward}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
        auto again = test::createDatabase(dir, QStringLiteral("again.db"));
        QCOMPARE(roundTrip(*again), exported);
        if (test::testingServer()) {
            auto file = Database::open(dir.filePath(QStringLiteral("file.db")));
            QVERIFY2(file.ok(), qPrintable(file.error()));
            QCOMPARE(roundTrip(**file), exported);
        }
    }

    void importsASmallDocumentWithItsReferences()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto summary = importJson(*db, QJsonDocument(smallDocument()).toJson());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        auto incident = IncidentStore(*db).byNumber(7);
        QVERIFY(incident.ok() && incident->has_value());
        QCOMPARE((*incident)->title, QStringLiteral("Checkout down"));
        QCOMPARE((*incident)->severity, Severity::Sev2);
        QCOMPARE((*incident)->roles.size(), 1);
        // Re-exported, the timeline still points at the alert.
        const QJsonObject out = QJsonDocument::fromJson(test::exportedJson(*db)).object();
        const auto event = out[QStringLiteral("incidents")][0][QStringLiteral("timeline")][0];
        QCOMPARE(event[QStringLiteral("alert")].toInt(-1), 0);
        QCOMPARE(out[QStringLiteral("alerts")][0][QStringLiteral("incident")].toString(), QStringLiteral("INC-7"));
    }

    void rejectsBadInputNamingWhereAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };

        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"sitrep\",\n  oops\n}")
                                  << QStringLiteral("line 3, column");
        QTest::newRow("top level array") << QByteArray("[]") << QStringLiteral("$: expected an object");
        QJsonObject wrongFormat = smallDocument();
        wrongFormat[QStringLiteral("format")] = QStringLiteral("pagerduty");
        QTest::newRow("wrong format") << json(wrongFormat) << QStringLiteral("$.format:");
        QJsonObject future = smallDocument();
        future[QStringLiteral("format_version")] = 9;
        QTest::newRow("newer format") << json(future) << QStringLiteral("$.format_version: version 9");
        QTest::newRow("bad severity") << json(withIncidentField(QStringLiteral("severity"), QStringLiteral("SEV9")))
                                      << QStringLiteral("$.incidents[0].severity: expected one of SEV1..SEV5");
        QTest::newRow("bad status") << json(withIncidentField(QStringLiteral("status"), QStringLiteral("closed")))
                                    << QStringLiteral("$.incidents[0].status:");
        QTest::newRow("wrong type") << json(withIncidentField(QStringLiteral("title"), 42))
                                    << QStringLiteral("$.incidents[0].title: expected a string, got a number");
        QTest::newRow("time without zone")
            << json(withIncidentField(QStringLiteral("detected_at"), QStringLiteral("2026-01-01 10:00")))
            << QStringLiteral("$.incidents[0].detected_at: expected an ISO 8601 time");
        QTest::newRow("bad id") << json(withIncidentField(QStringLiteral("id"), QStringLiteral("7")))
                                << QStringLiteral("$.incidents[0].id: expected an incident id");
        QJsonObject missing = smallDocument();
        missing.remove(QStringLiteral("alerts"));
        QTest::newRow("missing array") << json(missing) << QStringLiteral("$.alerts: missing");
        QJsonObject dangling = smallDocument();
        QJsonArray alerts = dangling[QStringLiteral("alerts")].toArray();
        QJsonObject alert = alerts[0].toObject();
        alert[QStringLiteral("incident")] = QStringLiteral("INC-99");
        alerts[0] = alert;
        dangling[QStringLiteral("alerts")] = alerts;
        QTest::newRow("dangling incident") << json(dangling)
                                           << QStringLiteral("$.alerts[0].incident: no incident INC-99");
        QJsonObject badRef = withIncidentField(
            QStringLiteral("timeline"),
            QJsonArray{QJsonObject{{"at", "2026-01-01T10:01:00.000Z"}, {"kind", "note"}, {"author", "a"},
                                   {"body", "b"}, {"key_event", false}, {"alert", 5},
                                   {"created_at", "2026-01-01T10:01:00.000Z"}, {"edited_at", QJsonValue()}}});
        QTest::newRow("alert index out of range") << json(badRef)
                                                  << QStringLiteral("$.incidents[0].timeline[0].alert:");
    }
    void rejectsBadInputNamingWhereAndChangesNothing()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 20);
        const QByteArray before = test::exportedJson(*db);
        auto summary = importJson(*db, document);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
        QCOMPARE(test::exportedJson(*db), before);
    }

    void refusesIncidentsThatAlreadyExist()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QByteArray doc = QJsonDocument(smallDocument()).toJson();
        QVERIFY(importJson(*db, doc).ok());
        const QByteArray before = test::exportedJson(*db);
        auto again = importJson(*db, doc);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("$.incidents[0].id: INC-7 already exists")),
                 qPrintable(again.error()));
        QCOMPARE(test::exportedJson(*db), before);
        QCOMPARE(incidentCount(*db), qint64(1));
    }

    void oneIncidentAsJsonCarriesItsAlerts()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 30);
        const Incident incident = IncidentStore(*db).byNumber(1010).value().value();
        auto json = exportIncidentJson(*db, incident.id);
        QVERIFY2(json.ok(), qPrintable(json.error()));
        const QJsonObject o = QJsonDocument::fromJson(json.value()).object();
        QCOMPARE(o[QStringLiteral("id")].toString(), QStringLiteral("INC-1010"));
        QCOMPARE(o[QStringLiteral("format")].toString(), QStringLiteral("sitrep"));
        const QJsonArray alerts = o[QStringLiteral("alerts")].toArray();
        QVERIFY(!alerts.isEmpty());
        // Timeline events point into this document's alerts.
        bool pointsAtAlert = false;
        for (const QJsonValue &e : o[QStringLiteral("timeline")].toArray())
            if (e[QStringLiteral("alert")].isDouble()) {
                QVERIFY(e[QStringLiteral("alert")].toInt() < alerts.size());
                pointsAtAlert = true;
            }
        QVERIFY(pointsAtAlert);
        QVERIFY(!exportIncidentJson(*db, 999999).ok());
    }

    void timelineAsMarkdown()
    {
        Incident incident;
        incident.number = 7;
        incident.title = QStringLiteral("Checkout *down*");
        incident.severity = Severity::Sev1;
        incident.status = IncidentStatus::Mitigated;
        incident.service = QStringLiteral("checkout");
        TimelineEvent a;
        a.occurredAt = 1767225600000;  // 2026-01-01T00:00:00Z
        a.author = QStringLiteral("ana");
        a.body = QStringLiteral("Rolled back [deploy] 4.2");
        a.isKeyEvent = true;
        TimelineEvent b = a;
        b.occurredAt += 5 * 60'000;
        b.author.clear();
        b.body = QStringLiteral("Mitigated");
        b.isKeyEvent = false;
        const QString md = timelineMarkdown(incident, {a, b}, QTimeZone::UTC);
        QVERIFY2(md.startsWith(QStringLiteral("### INC-7 · Checkout \\*down\\*\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("**SEV1** · Mitigated · checkout")));
        QVERIFY(md.contains(QStringLiteral("- **2026-01-01 00:00:00** (ana) Rolled back \\[deploy\\] 4.2 ★\n")));
        QVERIFY(md.contains(QStringLiteral("- **00:05:00** Mitigated\n")));
    }

    void aFailureHalfwayRollsBackEverything()
    {
        // Valid as a document, but its runbook's slug exists in the database: the write fails
        // after the services went in, and all of it is rolled back.
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 5);
        QJsonObject doc = withIncidentField(QStringLiteral("id"), QStringLiteral("INC-5000"));
        QJsonArray alerts = doc[QStringLiteral("alerts")].toArray();
        QJsonObject alert = alerts[0].toObject();
        alert[QStringLiteral("incident")] = QStringLiteral("INC-5000");
        alerts[0] = alert;
        doc[QStringLiteral("alerts")] = alerts;
        doc[QStringLiteral("runbooks")] = QJsonArray{QJsonObject{
            {"slug", "disk-full"}, {"title", "Disk full"}, {"body", ""}, {"source_path", ""},
            {"owner", ""}, {"last_reviewed_at", QJsonValue()}, {"version", 1},
            {"created_at", "2026-01-01T00:00:00.000Z"}, {"updated_at", "2026-01-01T00:00:00.000Z"},
            {"versions", QJsonArray()}}};
        const QByteArray before = test::exportedJson(*db);
        auto summary = importJson(*db, QJsonDocument(doc).toJson());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().startsWith(QStringLiteral("$.runbooks[0]")), qPrintable(summary.error()));
        QCOMPARE(test::exportedJson(*db), before);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
