// Migration 0006 (timeline_messages), on both engines, from the version before it: generated
// timeline events written as English or German prose get their message key and parameters back
// and an English body; notes and texts nothing recognises stay as they were, without a message.
// On a file also from the v5 fixture (tests/data/schema/v5.db, demo data as Sitrep v5 wrote it).
// The migration is found by its name, not its number.

#include "TestSupport.h"
#include "domain/TimelineMessage.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/TimelineStore.h"
#include "storage/TimelineTextMigration.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;

namespace {
using test::scalar;

// Old rows: kind, author, body as versions before 0006 wrote them; the message they must become
// (empty: none) and the English body afterwards.
struct OldRow
{
    const char *kind;
    const char *author;
    const char *body;
    TimelineMessage message;
    const char *englishBody;
};

QList<OldRow> oldRows()
{
    using namespace timelinemessage;
    const qint64 at = 1767225660000;  // 2026-01-01 00:01:00 UTC
    return {
        {"status", "ana", "Incident declared as SEV2 on checkout by ana", incidentDeclared(Severity::Sev2, QStringLiteral("checkout"), QStringLiteral("ana")),
         "Incident declared as SEV2 on checkout by ana"},
        {"status", "jörg", "Vorfall von jörg als SEV3 für checkout gemeldet", incidentDeclared(Severity::Sev3, QStringLiteral("checkout"), QStringLiteral("jörg")),
         "Incident declared as SEV3 on checkout by jörg"},
        {"status", "jörg", "Vorfall von jörg als SEV1 gemeldet", incidentDeclared(Severity::Sev1, {}, QStringLiteral("jörg")),
         "Incident declared as SEV1 by jörg"},
        {"status", "sitrep intake", "Vorfall als SEV2 durch einen Alarm von Alertmanager eröffnet",
         incidentOpenedByAlert(Severity::Sev2, QStringLiteral("alertmanager")), "Incident opened as SEV2 by an alert from Alertmanager"},
        {"status", "sitrep intake", "Incident resolved: all of its alerts resolved (intake rule “default”)",
         incidentResolvedByRule(QStringLiteral("default")), "Incident resolved: all of its alerts resolved (intake rule “default”)"},
        {"status", "sitrep intake", "Vorfall behoben: Alle seine Alarme sind behoben (Eingangsregel „Standard“)",
         incidentResolvedByRule(QStringLiteral("Standard")), "Incident resolved: all of its alerts resolved (intake rule “Standard”)"},
        {"alert", "sitrep intake", "Alarm aktiv: Checkout 5xx above 5%", alertFiring(QStringLiteral("Checkout 5xx above 5%")),
         "Alert firing: Checkout 5xx above 5%"},
        {"alert", "sitrep intake", "Alert resolved: Checkout 5xx above 5%", alertResolved(QStringLiteral("Checkout 5xx above 5%")),
         "Alert resolved: Checkout 5xx above 5%"},
        {"alert", "ana", "Alarm zugeordnet: Disk full", alertAttached(QStringLiteral("Disk full")), "Alert attached: Disk full"},
        {"alert", "datadog", "[FIRING] HighErrorRate on api api-3:9100", alertFiring(QStringLiteral("HighErrorRate on api api-3:9100")),
         "Alert firing: HighErrorRate on api api-3:9100"},
        {"milestone", "sitrep intake", "Bestätigt über PagerDuty: Disk full", acknowledgedThrough(QStringLiteral("pagerduty"), QStringLiteral("Disk full")),
         "Acknowledged through PagerDuty: Disk full"},
        {"milestone", "ana", "Eingedämmt", milestoneSet(IncidentField::Mitigated), "Mitigated"},
        {"milestone", "ana", "Wieder geöffnet", incidentReopened(), "Reopened"},
        {"milestone", "ana", "Bestätigt: 2026-01-01 00:01:00 UTC → nicht gesetzt",
         fieldChanged({0, IncidentField::Acknowledged, at, QVariant()}), "Acknowledged: 2026-01-01 00:01:00 UTC → not set"},
        {"field", "ana", "Schweregrad: SEV3 → SEV2", fieldChanged({0, IncidentField::Severity, 3, 2}), "Severity: SEV3 → SEV2"},
        {"field", "ana", "Title: “A → B” → “C”", fieldChanged({0, IncidentField::Title, QStringLiteral("A → B"), QStringLiteral("C")}),
         "Title: “A → B” → “C”"},
        {"field", "ana", "Übung: nein → ja", fieldChanged({0, IncidentField::Drill, false, true}), "Drill: no → yes"},
        {"role", "ana", "Beteiligte: keine → ben, chen",
         fieldChanged({0, IncidentField::Responders, QStringList(), QStringList{QStringLiteral("ben"), QStringLiteral("chen")}}),
         "Responders: none → ben, chen"},
        {"role", "ana", "Incident Commander: keine → “ana”", fieldChanged({0, IncidentField::Commander, QString(), QStringLiteral("ana")}),
         "Incident commander: none → “ana”"},
        {"role", "ana", "ana ist Incident Commander", commanderNamed(QStringLiteral("ana")), "ana is incident commander"},
        {"checklist", "ana", "Runbook angehängt: Disk full (Version 3; Schritte: 5)", runbookAttached(QStringLiteral("Disk full"), 3, 5),
         "Runbook attached: Disk full (version 3; steps: 5)"},
        {"checklist", "ana", "Schritt übersprungen: Check the logs — schon erledigt", stepSkipped(QStringLiteral("Check the logs"), QStringLiteral("schon erledigt")),
         "Step skipped: Check the logs — schon erledigt"},
        {"checklist", "ana", "Step done: Check the logs", stepDone(QStringLiteral("Check the logs"), {}), "Step done: Check the logs"},
        {"checklist", "ana", "Erledigt: Restart the pod", stepDone(QStringLiteral("Restart the pod"), {}), "Step done: Restart the pod"},
        {"postmortem", "ana", "Postmortem an ben, chen zur Durchsicht gesendet",
         postmortemInReview({QStringLiteral("ben"), QStringLiteral("chen")}), "Postmortem sent for review to ben, chen"},
        {"postmortem", "ana", "Postmortem entworfen (Vorlage: Standard)", postmortemDrafted(QStringLiteral("Standard")),
         "Postmortem drafted (template: Standard)"},
        // What nothing recognises stays as it is.
        {"note", "ana", "Alert firing: typed by a person", {}, "Alert firing: typed by a person"},
        {"status", "ana", "Something an old version wrote", {}, "Something an old version wrote"},
        {"field", "ana", "Severity: SEV3 → whatever", {}, "Severity: SEV3 → whatever"},
        {"status", "ana", "Incident declared as SEV2 by someone else", {}, "Incident declared as SEV2 by someone else"},
    };
}

} // namespace

class TestTimelineMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolate();
        QVERIFY2(test::migrationVersion(QStringLiteral("timeline_messages")) > 0, "no migration named timeline_messages");
    }

    // Every pattern, without a database.
    void recognisesEnglishAndGermanTexts()
    {
        for (const OldRow &row : oldRows()) {
            const auto m = timelinetext::recognise(QLatin1String(row.kind), QString::fromUtf8(row.author), QString::fromUtf8(row.body));
            QCOMPARE(m.has_value(), !row.message.key.isEmpty());
            if (!m)
                continue;
            QCOMPARE(m->key, row.message.key);
            QCOMPARE(m->params, row.message.params);
            QCOMPARE(renderTimelineMessage(*m, TextLanguage::Source).value_or(QString()), QString::fromUtf8(row.englishBody));
        }
    }

    void upgradesFromTheVersionBefore()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("messages"));
        const QList<OldRow> rows = oldRows();
        {
            auto old = Database::open(location, Migrator(test::migrationsBefore(dir, QStringLiteral("timeline_messages"))));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QSqlQuery q((*old)->connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                           "VALUES (1001, 'Old', 3, 'open', 1000, 1000)")),
                     qPrintable(q.lastError().text()));
            const qint64 incident = scalar(**old, QStringLiteral("SELECT id FROM incidents"));
            for (const OldRow &row : rows) {
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, created_at) "
                                                 "VALUES (?, 1000, ?, ?, ?, 1000)")));
                q.addBindValue(incident);
                q.addBindValue(QString::fromLatin1(row.kind));
                q.addBindValue(QString::fromUtf8(row.author));
                q.addBindValue(QString::fromUtf8(row.body));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto events = TimelineStore(**db).forIncident(scalar(**db, QStringLiteral("SELECT id FROM incidents"))).value();
        QCOMPARE(events.size(), rows.size());
        for (qsizetype k = 0; k < rows.size(); ++k) {
            QCOMPARE(events[k].message, rows[k].message.key);
            QCOMPARE(events[k].params, rows[k].message.params);
            QCOMPARE(events[k].body, QString::fromUtf8(rows[k].englishBody));
        }
        // Stored as compact JSON text, NULL when there are none.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE message IS NULL AND params IS NOT NULL")), qint64(0));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE message = 'incident.reopened' AND params IS NULL")), qint64(1));
        // Search finds the English text of a row that was German.
        const QString search = test::testingServer()
            ? QStringLiteral("SELECT count(*) FROM timeline_events WHERE search @@ to_tsquery('simple', 'mitigated')")
            : QStringLiteral("SELECT count(*) FROM timeline_fts WHERE timeline_fts MATCH 'mitigated'");
        QCOMPARE(scalar(**db, search), qint64(1));
    }

    // The v5 file as Sitrep v5 wrote it (demo data: English, with the demo's own alert lines).
    void upgradesTheV5Fixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        QVERIFY(QFile::copy(QStringLiteral(SITREP_TEST_DATA "/schema/v5.db"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qint64 eventsBefore = 0, notesBefore = 0;
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT count(*), sum(kind = 'note') FROM timeline_events"));
            QVERIFY(q.next());
            eventsBefore = q.value(0).toLongLong();
            notesBefore = q.value(1).toLongLong();
            q = QSqlQuery();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events")), eventsBefore);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind = 'note' AND message IS NULL")), notesBefore);
        // Every generated event of the demo is one the migration knows.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind <> 'note' AND message IS NULL")), qint64(0));
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE message = 'alert.firing' AND body LIKE 'Alert firing: %'")) > 0);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE body LIKE '[FIRING]%'")), qint64(0));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), qint64(0));
        // The full-text index follows the rewritten bodies ("Done: …" became "Step done: …").
        const qint64 steps = scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE message IN "
                                                         "('checklist.step_done', 'checklist.step_skipped')"));
        QVERIFY(steps > 0);
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM timeline_fts WHERE timeline_fts MATCH 'step'")) >= steps);
    }
};

QTEST_GUILESS_MAIN(TestTimelineMigration)
#include "tst_timelinemigration.moc"
