// Timeline text in the reader's language: generated events are stored as a message key plus
// parameters with an English body, so what one person wrote under German reads in English to
// another and back; the timeline, the Markdown and the JSON export render in the reader's (the
// exporter's) language; import restores the messages; an unknown key shows the body. Uses the
// app's own catalogues (ui::installTranslations), hence a ui test.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Translations.h"
#include "domain/TimelineMessage.h"
#include "exchange/IncidentMarkdown.h"
#include "exchange/JsonImporter.h"
#include "intake/IntakeStore.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineRows.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QScrollArea>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace sitrep;

class TestTimelineLanguage : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1767225600000;  // 2026-01-01T00:00:00Z
    static constexpr qint64 minute = 60'000;

    // Only the given language's catalogues are installed afterwards.
    static void useLanguage(QLocale::Language language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        ui::installTranslations(*qApp, QLocale(language, language == QLocale::German ? QLocale::Germany : QLocale::UnitedStates));
    }

    // An incident with a declaration, a severity change, a milestone set and then moved, and the
    // drill flag set: the events' texts, read back.
    static inline qint64 now = t0;

    static qint64 writeIncident(const Database &db)
    {
        const IncidentStore store(db);
        now = t0;  // detected then; the edits come later
        auto inc = store.declare({QStringLiteral("Checkout errors"), Severity::Sev3, QStringLiteral("checkout"), {}, false, {}},
                                 QStringLiteral("ana"));
        if (!inc)
            qFatal("declare: %s", qPrintable(inc.error()));
        const qint64 id = inc->id;
        now = t0 + 10 * minute;
        for (const IncidentChange &c : {IncidentChange{id, IncidentField::Severity, 3, 2},
                                        IncidentChange{id, IncidentField::Acknowledged, QVariant(), t0 + minute},
                                        IncidentChange{id, IncidentField::Acknowledged, t0 + minute, t0 + 2 * minute},
                                        IncidentChange{id, IncidentField::Drill, false, true}})
            if (auto done = store.apply(c, QStringLiteral("ana")); !done)
                qFatal("apply: %s", qPrintable(done.error()));
        return id;
    }

    static QStringList texts(const Database &db, qint64 incident)
    {
        QStringList out;
        const QList<TimelineEvent> events = TimelineStore(db).forIncident(incident).value();
        for (const TimelineEvent &e : events)
            out << timelineText(e);
        return out;
    }
    static QStringList bodies(const Database &db, qint64 incident)
    {
        QStringList out;
        const QList<TimelineEvent> events = TimelineStore(db).forIncident(incident).value();
        for (const TimelineEvent &e : events)
            out << e.body;
        return out;
    }

    const QStringList english = {
        QStringLiteral("Incident declared as SEV3 on checkout by ana"),
        QStringLiteral("Acknowledged"),   // at the milestone's time, before the edits
        QStringLiteral("Severity: SEV3 → SEV2"),
        QStringLiteral("Acknowledged: 2026-01-01 00:01:00 UTC → 2026-01-01 00:02:00 UTC"),
        QStringLiteral("Drill: no → yes"),
    };
    // The declaration's sentence is new with messages: until its German is in the catalogue it
    // reads in English (the lead adds it with update_translations).
    const QStringList german = {
        QCoreApplication::translate("TimelineMessage", "Incident declared as %1 on %2 by %3")
            .arg(QStringLiteral("SEV3"), QStringLiteral("checkout"), QStringLiteral("ana")),
        QStringLiteral("Bestätigt"),
        QStringLiteral("Schweregrad: SEV3 → SEV2"),
        QStringLiteral("Bestätigt: 2026-01-01 00:01:00 UTC → 2026-01-01 00:02:00 UTC"),
        QStringLiteral("Übung: nein → ja"),
    };

private slots:
    void initTestCase()
    {
        test::isolate();
        Clock::setSource([] { return now; });
    }
    void cleanupTestCase()
    {
        Clock::setSource({});
        useLanguage(QLocale::English);
    }

    void writtenUnderGermanReadsInEnglish()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        useLanguage(QLocale::German);
        const qint64 incident = writeIncident(*db);
        // Stored in English whoever wrote it: search and older apps see one language.
        QCOMPARE(bodies(*db, incident), english);
        QStringList germanNow = german;
        germanNow[0] = QCoreApplication::translate("TimelineMessage", "Incident declared as %1 on %2 by %3")
                           .arg(QStringLiteral("SEV3"), QStringLiteral("checkout"), QStringLiteral("ana"));
        QCOMPARE(texts(*db, incident), germanNow);
        useLanguage(QLocale::English);
        QCOMPARE(texts(*db, incident), english);
        // The timeline view's model renders when asked, in the language of the moment.
        TimelineModel model(db);
        model.setIncident(incident);
        QCOMPARE(model.rowCount(), english.size());
        QCOMPARE(model.index(2, TimelineModel::TextColumn).data().toString(), english[2]);
        useLanguage(QLocale::German);
        QCOMPARE(model.index(2, TimelineModel::TextColumn).data().toString(), german[2]);
        QCOMPARE(model.index(4, TimelineModel::TextColumn).data(Qt::ToolTipRole).toString(), german[4]);
    }

    void writtenUnderEnglishReadsInGerman()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        useLanguage(QLocale::English);
        const qint64 incident = writeIncident(*db);
        QCOMPARE(bodies(*db, incident), english);
        useLanguage(QLocale::German);
        QCOMPARE(texts(*db, incident).mid(1), german.mid(1));
        // The incident as Markdown, in the reader's language too.
        const Incident inc = IncidentStore(*db).byId(incident).value().value();
        const QString md = timelineMarkdown(inc, TimelineStore(*db).forIncident(incident).value(), QTimeZone::UTC);
        QVERIFY2(md.contains(QStringLiteral("Schweregrad: SEV3 → SEV2")), qPrintable(md));
        QVERIFY2(!md.contains(QStringLiteral("Severity: SEV3")), qPrintable(md));
        useLanguage(QLocale::English);
    }

    // SITREP_SHOTS=DIR keeps pictures of an incident's timeline at 1280×800 in English and German,
    // for looking at: the demo incident INC-1025 of the v6 fixture (its events converted by the
    // migration) with the edits of writeIncident() added.
    void picturesOfTheTimeline()
    {
        const QString shots = qEnvironmentVariable("SITREP_SHOTS");
        if (shots.isEmpty())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        QVERIFY(QFile::copy(QStringLiteral(SITREP_TEST_DATA "/schema/v6.db"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const qint64 incident = writeIncident(**db);
        const QString written = IncidentStore(**db).byId(incident).value()->publicId();
        for (auto language : {QLocale::English, QLocale::German}) {
            useLanguage(language);
            for (const QString &id : {QStringLiteral("INC-1025"), written}) {
                ui::MainWindow window(*db);
                window.resize(1280, 800);
                window.show();
                QVERIFY(window.showIncident(id));
                auto *timeline = window.findChild<QTableView *>(QStringLiteral("timelineView"));
                QVERIFY(timeline);
                for (QWidget *w = timeline->parentWidget(); w; w = w->parentWidget())
                    if (auto *scroll = qobject_cast<QScrollArea *>(w))
                        scroll->ensureWidgetVisible(timeline, 0, 0);
                QTest::qWait(200);
                window.grab().save(shots + QStringLiteral("/timeline-%1-%2.png")
                                               .arg(id, language == QLocale::German ? QStringLiteral("de") : QStringLiteral("en")));
            }
        }
        useLanguage(QLocale::English);
    }

    // Intake writes its events with their messages too: through the C API on a file, in
    // multi-row INSERTs on a server.
    void intakeEventsCarryTheirMessages()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        useLanguage(QLocale::English);
        Alert a;
        a.source = QStringLiteral("alertmanager");
        a.dedupKey = QStringLiteral("fp1");
        a.status = QStringLiteral("firing");
        a.title = QStringLiteral("Checkout 5xx above 5%");
        a.service = QStringLiteral("checkout");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("Checkout5xx")}, {QStringLiteral("severity"), QStringLiteral("critical")}};
        a.startsAt = t0;
        a.receivedAt = t0 + minute;
        a.lastSeenAt = a.receivedAt;
        intake::IntakeStore intake(*db);
        auto fired = intake.applyNow({a});
        QVERIFY2(fired.ok(), qPrintable(fired.error()));
        QCOMPARE(fired->incidentsOpened.size(), 1);
        Alert resolved = a;
        resolved.status = QStringLiteral("resolved");
        resolved.endsAt = t0 + 5 * minute;
        resolved.receivedAt = t0 + 5 * minute;
        resolved.lastSeenAt = resolved.receivedAt;
        QVERIFY(intake.applyNow({resolved}).ok());
        const auto events = TimelineStore(*db).forIncident(fired->incidentsOpened.constFirst()).value();
        QVERIFY(events.size() >= 3);
        QCOMPARE(events[0].message, QString::fromLatin1(timelinekey::alertFiring));
        QCOMPARE(events[0].params, (QJsonObject{{QStringLiteral("title"), a.title}}));
        QCOMPARE(events[0].body, QStringLiteral("Alert firing: Checkout 5xx above 5%"));
        QCOMPARE(events[1].message, QString::fromLatin1(timelinekey::incidentOpenedByAlert));
        QCOMPARE(events[1].params.value(QStringLiteral("source")).toString(), QStringLiteral("alertmanager"));
        QCOMPARE(events[2].message, QString::fromLatin1(timelinekey::alertResolved));
        useLanguage(QLocale::German);
        QCOMPARE(timelineText(events[0]), QStringLiteral("Alarm aktiv: Checkout 5xx above 5%"));
        QCOMPARE(timelineText(events[1]), QStringLiteral("Vorfall als %1 durch einen Alarm von Alertmanager eröffnet")
                                              .arg(severityLabel(IncidentStore(*db).byId(events[1].incidentId).value()->severity)));
        QCOMPARE(timelineText(events[2]), QStringLiteral("Alarm behoben: Checkout 5xx above 5%"));
        useLanguage(QLocale::English);
    }

    // A key this app does not know (a newer Sitrep wrote it), or parameters it cannot read, show
    // the body: the newer app's English text.
    void anUnknownMessageShowsItsBody()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 incident = writeIncident(*db);
        TimelineEvent future;
        future.incidentId = incident;
        future.occurredAt = t0;
        future.kind = QStringLiteral("system");
        future.body = QStringLiteral("Paged the on-call of checkout (a newer Sitrep)");
        future.message = QStringLiteral("pager.paged");
        future.params = {{QStringLiteral("team"), QStringLiteral("checkout")}};
        future.createdAt = t0;
        TimelineEvent newField = future;
        newField.kind = QStringLiteral("field");
        newField.body = QStringLiteral("Customer impact: low → high");
        newField.message = QString::fromLatin1(timelinekey::fieldChanged);
        newField.params = {{QStringLiteral("field"), QStringLiteral("customer_impact")},
                           {QStringLiteral("before"), QStringLiteral("low")}, {QStringLiteral("after"), QStringLiteral("high")}};
        const auto c = db->connection();
        const qint64 futureId = timelinerows::insert(c, future).value();
        const qint64 fieldId = timelinerows::insert(c, newField).value();
        for (auto language : {QLocale::German, QLocale::English}) {
            useLanguage(language);
            const auto read = TimelineStore(*db).byId(futureId).value().value();
            QCOMPARE(read.message, QStringLiteral("pager.paged"));
            QCOMPARE(read.params, future.params);
            QCOMPARE(timelineText(read), future.body);
            QCOMPARE(timelineText(TimelineStore(*db).byId(fieldId).value().value()), newField.body);
        }
        // A note is what someone typed, in whatever language.
        const qint64 note = TimelineStore(*db).addNote(incident, t0, QStringLiteral("Rollback läuft"), QStringLiteral("ben")).value();
        const auto read = TimelineStore(*db).byId(note).value().value();
        QVERIFY(read.message.isEmpty());
        QCOMPARE(timelineText(read), QStringLiteral("Rollback läuft"));
    }

    // The export is in the exporter's language and carries message and parameters; import puts
    // them back (with the English body every writer stores). An export from before messages
    // imports with its text as typed.
    void exportAndImportKeepTheMessages()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("source.db"));
        useLanguage(QLocale::English);
        const qint64 incident = writeIncident(*db);
        useLanguage(QLocale::German);
        const QByteArray exported = test::exportedJson(*db);
        const QJsonArray timeline = QJsonDocument::fromJson(exported).object().value(QStringLiteral("incidents"))
                                        .toArray().first().toObject().value(QStringLiteral("timeline")).toArray();
        QCOMPARE(timeline.size(), english.size());
        const QJsonObject severity = timeline[2].toObject();
        QCOMPARE(severity.value(QStringLiteral("body")).toString(), german[2]);
        QCOMPARE(severity.value(QStringLiteral("message")).toString(), QString::fromLatin1(timelinekey::fieldChanged));
        QCOMPARE(severity.value(QStringLiteral("params")).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("severity")}, {QStringLiteral("before"), 3}, {QStringLiteral("after"), 2}}));
        useLanguage(QLocale::English);
        QVERIFY(test::exportedJson(*db) != exported);  // the same data, in another language

        auto copy = test::createDatabase(dir, QStringLiteral("copy.db"));
        auto imported = importJson(*copy, exported);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const qint64 copied = test::scalar(*copy, QStringLiteral("SELECT max(id) FROM incidents"));
        const auto before = TimelineStore(*db).forIncident(incident).value();
        const auto after = TimelineStore(*copy).forIncident(copied).value();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after[2].message, before[2].message);
        for (qsizetype k = 0; k < after.size(); ++k) {
            if (after[k].message.isEmpty())
                continue;  // until BulkWriter writes them
            QCOMPARE(after[k].message, before[k].message);
            QCOMPARE(after[k].params, before[k].params);
            QCOMPARE(after[k].body, before[k].body);   // English, not the German of the export
        }
        useLanguage(QLocale::German);
        // An export from before messages: no message, and the body as it was written.
        QJsonObject document = QJsonDocument::fromJson(exported).object();
        QJsonArray incidents = document.value(QStringLiteral("incidents")).toArray();
        QJsonObject first = incidents.first().toObject();
        QJsonArray events = first.value(QStringLiteral("timeline")).toArray();
        for (qsizetype k = 0; k < events.size(); ++k) {
            QJsonObject e = events[k].toObject();
            e.remove(QStringLiteral("message"));
            e.remove(QStringLiteral("params"));
            events[k] = e;
        }
        first.insert(QStringLiteral("timeline"), events);
        incidents[0] = first;
        document.insert(QStringLiteral("incidents"), incidents);
        auto old = test::createDatabase(dir, QStringLiteral("old.db"));
        auto oldImport = importJson(*old, QJsonDocument(document).toJson());
        QVERIFY2(oldImport.ok(), qPrintable(oldImport.error()));
        const auto oldEvents = TimelineStore(*old).forIncident(test::scalar(*old, QStringLiteral("SELECT max(id) FROM incidents"))).value();
        QCOMPARE(oldEvents[2].body, german[2]);
        QVERIFY(oldEvents[2].message.isEmpty());
        useLanguage(QLocale::English);
        QCOMPARE(timelineText(oldEvents[2]), german[2]);
    }
};

QTEST_MAIN(TestTimelineLanguage)
#include "tst_timelinelanguage.moc"
