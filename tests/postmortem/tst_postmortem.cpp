// Postmortems in core: every placeholder filled from a known incident (and prompts where nothing
// is recorded), unknown placeholders named by line, the blameless lint on phrases that blame and
// on blameless sentences that must pass, the status workflow, action items across postmortems,
// similar incidents, and the exports (Markdown and HTML against golden files, PDF read back with
// pdftotext), and two writers racing on one postmortem or action item (one wins, one is refused).
// SITREP_UPDATE_GOLDEN=1 rewrites the golden files.

#include "RacingWriters.h"
#include "TestSupport.h"
#include "domain/IncidentChange.h"
#include "postmortem/BlamelessLint.h"
#include "postmortem/Export.h"
#include "postmortem/Prefill.h"
#include "postmortem/TemplateLibrary.h"
#include "postmortem/Templates.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/TemplateStore.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace sitrep;

namespace {
qint64 at(const char *iso)
{
    return *parseIsoUtc(QString::fromLatin1(iso));
}

// A resolved incident with everything recorded: milestones, roles, a key note, an alert, a checklist.
PrefillSource knownIncident()
{
    PrefillSource s;
    Incident &i = s.incident;
    i.id = 7;
    i.number = 1042;
    i.title = QStringLiteral("Checkout returns 502");
    i.severity = Severity::Sev2;
    i.status = IncidentStatus::Resolved;
    i.service = QStringLiteral("checkout");
    i.summary = QStringLiteral("A bad config made checkout fail for 40 minutes.");
    i.impactStartedAt = at("2026-03-14T09:00:00Z");
    i.detectedAt = at("2026-03-14T09:04:00Z");
    i.acknowledgedAt = at("2026-03-14T09:06:30Z");
    i.mitigatedAt = at("2026-03-14T09:30:00Z");
    i.resolvedAt = at("2026-03-14T09:40:00Z");
    i.roles = {{QStringLiteral("commander"), QStringLiteral("Ana")}, {QStringLiteral("scribe"), QStringLiteral("Ben")}};
    TimelineEvent opened;
    opened.occurredAt = *i.detectedAt;
    opened.kind = QStringLiteral("status");
    opened.author = QStringLiteral("sitrep intake");
    opened.body = QStringLiteral("Incident opened as SEV2 by an alert from Alertmanager");
    TimelineEvent note;
    note.occurredAt = at("2026-03-14T09:25:00Z");
    note.kind = QStringLiteral("note");
    note.author = QStringLiteral("Cleo");
    note.body = QStringLiteral("Rolled back config | v42");
    note.isKeyEvent = true;
    TimelineEvent chatter = note;
    chatter.isKeyEvent = false;
    chatter.body = QStringLiteral("looking at dashboards");
    s.timeline = {opened, chatter, note};
    Alert a;
    a.source = QStringLiteral("alertmanager");
    a.title = QStringLiteral("Checkout 5xx above 5%");
    a.startsAt = at("2026-03-14T09:01:00Z");
    a.endsAt = at("2026-03-14T09:41:00Z");
    s.alerts = {a};
    ChecklistItem c1;
    c1.runbookId = 3;
    c1.runbookVersion = 2;
    c1.text = QStringLiteral("Roll back the deploy");
    c1.state = QStringLiteral("done");
    ChecklistItem c2 = c1;
    c2.text = QStringLiteral("Check the cache");
    c2.state = QStringLiteral("skipped");
    c2.note = QStringLiteral("cache unaffected");
    s.checklist = {c1, c2};
    s.runbookTitles.insert(3, QStringLiteral("Deploy rollback"));
    s.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    s.author = QStringLiteral("Dana");
    s.now = at("2026-03-16T12:00:00Z");
    return s;
}
} // namespace

class TestPostmortem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void everyPlaceholderIsFilled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("id") << "incident.id" << "INC-1042";
        QTest::newRow("title") << "incident.title" << "Checkout returns 502";
        QTest::newRow("severity") << "incident.severity" << "SEV2 (";
        QTest::newRow("service") << "incident.service" << "checkout";
        QTest::newRow("status") << "incident.status" << "Resolved";
        QTest::newRow("summary") << "incident.summary" << "A bad config made checkout fail for 40 minutes.";
        QTest::newRow("impact") << "incident.impact_started" << "2026-03-14 10:00 Europe/Berlin (09:00 UTC)";
        QTest::newRow("detected") << "incident.detected" << "2026-03-14 10:04 Europe/Berlin (09:04 UTC)";
        QTest::newRow("acknowledged") << "incident.acknowledged" << "2026-03-14 10:06 Europe/Berlin (09:06 UTC)";
        QTest::newRow("mitigated") << "incident.mitigated" << "2026-03-14 10:30 Europe/Berlin (09:30 UTC)";
        QTest::newRow("resolved") << "incident.resolved" << "2026-03-14 10:40 Europe/Berlin (09:40 UTC)";
        QTest::newRow("ttd") << "metrics.time_to_detect" << "4m 0s";
        QTest::newRow("tta") << "metrics.time_to_acknowledge" << "2m 30s";
        QTest::newRow("ttm") << "metrics.time_to_mitigate" << "30m 0s";
        QTest::newRow("ttr") << "metrics.time_to_resolve" << "40m 0s";
        QTest::newRow("duration") << "metrics.impact_duration" << "40m 0s";
        QTest::newRow("key events") << "timeline.key_events" << "| Time (Europe/Berlin) | UTC | Who | What happened |";
        QTest::newRow("all") << "timeline.all" << "| Time (Europe/Berlin) | UTC | Who | What happened |";
        QTest::newRow("alerts") << "alerts" << "| Checkout 5xx above 5% | alertmanager | 2026-03-14 10:01 Europe/Berlin (09:01 UTC) | 2026-03-14 10:41 Europe/Berlin (09:41 UTC) |";
        QTest::newRow("checklist") << "checklist" << "Runbook “Deploy rollback” (version 2): 1 of 2 done, 1 skipped";
        QTest::newRow("responders") << "responders" << "Ana, Ben, Cleo";
        QTest::newRow("commander") << "roles.commander" << "Ana";
        QTest::newRow("communications") << "roles.communications" << "_not recorded_";
        QTest::newRow("scribe") << "roles.scribe" << "Ben";
        QTest::newRow("author") << "author" << "Dana";
        QTest::newRow("today") << "today" << "2026-03-16";
    }
    void everyPlaceholderIsFilled()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString value = placeholderValue(name, knownIncident());
        QVERIFY2(value.startsWith(expected) || value.contains(expected), qPrintable(value));
        // Every documented placeholder is covered by this table.
        static QSet<QString> covered;
        covered.insert(name);
        if (covered.size() == placeholders().size())
            for (const PlaceholderInfo &p : placeholders())
                QVERIFY2(covered.contains(p.name), qPrintable(p.name));
    }

    void tablesAndPromptsAreRight()
    {
        PrefillSource s = knownIncident();
        const QString key = placeholderValue(QStringLiteral("timeline.key_events"), s);
        QVERIFY(key.contains(QStringLiteral("Rolled back config \\| v42"))); // a | in text stays in its cell
        QVERIFY(!key.contains(QStringLiteral("looking at dashboards")));     // not a key event
        QVERIFY(placeholderValue(QStringLiteral("timeline.all"), s).contains(QStringLiteral("looking at dashboards")));
        QVERIFY(placeholderValue(QStringLiteral("checklist"), s).contains(QStringLiteral("- [ ] Check the cache — skipped: cache unaffected")));
        // Nothing invented: an open incident with nothing recorded gets prompts.
        PrefillSource empty;
        empty.incident.number = 1;
        empty.incident.title = QStringLiteral("Something");
        empty.zone = QTimeZone::UTC;
        for (const char *name : {"incident.summary", "incident.resolved", "metrics.time_to_resolve", "metrics.impact_duration",
                                 "timeline.key_events", "alerts", "checklist", "responders", "incident.service"}) {
            const QString v = placeholderValue(QLatin1String(name), empty);
            QVERIFY2(v.startsWith(QLatin1Char('_')) && v.endsWith(QLatin1Char('_')), qPrintable(QLatin1String(name) + QStringLiteral(": ") + v));
        }
        // Every built-in template renders with no placeholder left.
        for (const PostmortemTemplate &t : builtInTemplates()) {
            QVERIFY2(!t.body.isEmpty(), qPrintable(t.name));
            QVERIFY2(unknownPlaceholders(t.body).isEmpty(), qPrintable(t.name));
            QVERIFY2(!renderTemplate(t.body, s).contains(QStringLiteral("{{")), qPrintable(t.name));
        }
        QCOMPARE(defaultTemplateFor(1, {}).name, QStringLiteral("google-sre"));
        QCOMPARE(defaultTemplateFor(4, {}).name, QStringLiteral("short"));
        PostmortemTemplate team{QStringLiteral("ours"), QStringLiteral("Ours"), QStringLiteral("x"), false, {4}};
        QCOMPARE(defaultTemplateFor(4, {team}).name, QStringLiteral("ours"));
        const auto problems = unknownPlaceholders(QStringLiteral("# {{incident.title}}\n\n{{incident.titel}} and {{ metrics.mttr }}\n"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].line, 3);
        QCOMPARE(problems[0].placeholder, QStringLiteral("incident.titel"));
        QCOMPARE(problems[1].placeholder, QStringLiteral("metrics.mttr"));
    }

    void lintFindsBlame_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("rule");
        QTest::newRow("human error") << "The root cause was human error." << "human-error";
        QTest::newRow("human errors") << "Human errors happen during migrations." << "human-error";
        QTest::newRow("should have") << "The on-call engineer should have checked the graph." << "should-have";
        QTest::newRow("could have") << "Someone could have caught this in review." << "should-have";
        QTest::newRow("careless") << "It was a careless change." << "character";
        QTest::newRow("negligence") << "This was negligence." << "character";
        QTest::newRow("he failed to") << "He failed to page the database team." << "person-failed";
        QTest::newRow("name failed to") << "Ana failed to roll back in time." << "person-failed";
        QTest::newRow("the engineer forgot to") << "The engineer forgot to drain the node." << "person-failed";
        QTest::newRow("fault") << "It was his fault." << "fault";
        QTest::newRow("blamed") << "The team blamed the contractor." << "fault";
        QTest::newRow("should have known") << "They should have known the flag was live." << "should-know";
        QTest::newRow("obviously") << "Obviously the limit was too low." << "should-know";
        QTest::newRow("german") << "Ursache war menschliches Versagen." << "human-error";
    }
    void lintFindsBlame()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, rule);
        auto lint = BlamelessLint::load();
        QVERIFY2(lint.ok(), qPrintable(lint.error()));
        BlamelessLint l = *lint;
        l.setPeople({QStringLiteral("Ana"), QStringLiteral("Ben")});
        QStringList rules;
        for (const LintFinding &f : l.check(sentence))
            rules << f.ruleId;
        QVERIFY2(rules.contains(rule), qPrintable(sentence + QStringLiteral(" -> ") + rules.join(QLatin1Char(','))));
    }

    void lintLeavesBlamelessWritingAlone()
    {
        BlamelessLint lint = *BlamelessLint::load();
        lint.setPeople({QStringLiteral("Ana"), QStringLiteral("Ben")});
        const QStringList blameless = {
            QStringLiteral("The deploy failed to start because the config was invalid."),
            QStringLiteral("Deploy failed to roll out to the second region."),
            QStringLiteral("The migration failed to complete within the lock timeout."),
            QStringLiteral("Monitoring did not alert because the threshold was set above the peak."),
            QStringLiteral("The runbook did not mention the replica, so the failover step was skipped."),
            QStringLiteral("We had no guardrail that prevents deleting production volumes."),
            QStringLiteral("Alertmanager should route critical alerts to the pager."),
            QStringLiteral("Ana rolled back the release at 10:25, which stopped the errors."),
            QStringLiteral("Ben noticed the queue depth on the dashboard and paged the database team."),
            QStringLiteral("The error budget for checkout was exhausted within 40 minutes."),
            QStringLiteral("Two errors in the config file were not caught by validation."),
            QStringLiteral("The health check passed although the service could not reach the database."),
            QStringLiteral("The on-call engineer followed the runbook, which pointed at the wrong dashboard."),
            QStringLiteral("The cache failed to warm up after the restart."),
            QStringLiteral("Requests failed to reach the backend for 12 minutes."),
            QStringLiteral("Wir hatten keine Sicherung gegen das Löschen von Produktionsdaten."),
        };
        for (const QString &s : blameless) {
            const auto findings = lint.check(s);
            QVERIFY2(findings.isEmpty(), qPrintable(s + QStringLiteral(" -> ") + (findings.isEmpty() ? QString() : findings[0].ruleId)));
        }
        // Positions: line and column of each finding.
        const auto findings = lint.check(QStringLiteral("Fine line.\nIt was human error."));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].line, 2);
        QCOMPARE(findings[0].column, 8);
        QCOMPARE(findings[0].phrase, QStringLiteral("human error"));
        QVERIFY(!findings[0].suggestion.isEmpty());
    }

    void teamRulesExtendTheLint()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("ours.json")),
                        "{\"rules\":[{\"id\":\"rockstar\",\"pattern\":\"\\\\brockstar\\\\b\",\"message\":\"m\",\"suggestion\":\"s\"}]}");
        auto lint = BlamelessLint::load(dir.path());
        QVERIFY(lint.ok());
        QCOMPARE(lint->check(QStringLiteral("Our rockstar fixed it.")).size(), 1);
        test::writeFile(dir.filePath(QStringLiteral("zbroken.json")), "{\"rules\":[{\"id\":\"x\",\"pattern\":\"(\"}]}");
        auto broken = BlamelessLint::load(dir.path());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("zbroken.json")), qPrintable(broken.error()));
    }

    void teamTemplatesImportAndDefaults()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString folder = dir.filePath(QStringLiteral("templates"));
        QDir().mkpath(folder);
        test::writeFile(folder + QStringLiteral("/ours.md"), "<!-- default-for: SEV3, SEV4 -->\n# {{incident.title}}\n\n{{incident.titel}}\n");
        test::writeFile(folder + QStringLiteral("/tiny.md"), "# {{incident.id}}\n");
        TemplateStore store(*db);
        TemplateLibrary library(*db);
        auto imported = library.importFolder(folder);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY2(imported->imported == 2, qPrintable(imported->problems.join(QLatin1Char('\n'))));
        QCOMPARE(imported->problems, QStringList{QStringLiteral("ours.md:4: unknown placeholder {{incident.titel}}")});
        auto team = *store.teamTemplates();
        QCOMPARE(team.size(), 2);
        QCOMPARE(defaultTemplateFor(3, team).name, QStringLiteral("ours"));
        QCOMPARE(defaultTemplateFor(2, team).name, QStringLiteral("google-sre"));
        QCOMPARE(library.all()->size(), 6); // the team's two, then the four built in
        // Importing again updates in place.
        test::writeFile(folder + QStringLiteral("/tiny.md"), "# {{incident.id}} (v2)\n");
        QCOMPARE(library.importFolder(folder)->imported, 2);
        QCOMPARE(store.teamTemplates()->size(), 2);
    }

    void workflowActionItemsSimilarAndExports()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        Clock::setSource([] { return at("2026-03-16T12:00:00Z"); });
        NewIncident n;
        n.title = QStringLiteral("Checkout returns 502 <script>alert(1)</script>");
        n.severity = Severity::Sev2;
        n.service = QStringLiteral("checkout");
        n.impactStartedAt = at("2026-03-14T09:00:00Z");
        IncidentStore incidents(*db);
        auto incident = incidents.declare(n, QStringLiteral("Ana"));
        QVERIFY2(incident.ok(), qPrintable(incident.error()));
        NewIncident older = n;
        older.title = QStringLiteral("Checkout slow after deploy");
        auto previous = incidents.declare(older, QStringLiteral("Ana"));
        PostmortemStore store(*db);
        auto earlier = store.createDraft(previous->id, older.title, QStringLiteral("# Earlier"), QStringLiteral("short"), QStringLiteral("Ana"));
        QVERIFY(earlier.ok());

        auto loaded = prefillSourceFor(*db, incident->id, QStringLiteral("Dana"));
        QVERIFY(loaded.ok());
        PrefillSource source = *loaded;
        source.zone = QTimeZone::UTC;
        source.now = Clock::nowMs();
        const PostmortemTemplate tpl = defaultTemplateFor(2, {});
        auto pm = store.createDraft(incident->id, incident->title, renderTemplate(tpl.body, source), tpl.name, QStringLiteral("Dana"));
        QVERIFY2(pm.ok(), qPrintable(pm.error()));
        QVERIFY(!store.createDraft(incident->id, QStringLiteral("again"), QString(), tpl.name, QString()).ok()); // one per incident
        QVERIFY(pm->body.contains(QStringLiteral("## Root causes")));
        QVERIFY(store.saveBody(pm->id, pm->body + QStringLiteral("\n## Notes\n\nThe config check did not run on this path.\n")).ok());

        // Action items: overdue first, done rate, done sets completed_at.
        ActionItem a;
        a.postmortemId = pm->id;
        a.title = QStringLiteral("Validate configs in CI | all of them");
        a.owner = QStringLiteral("Ben");
        a.dueAt = at("2026-03-10T00:00:00Z"); // overdue
        a.priority = QStringLiteral("high");
        a.trackerUrl = QStringLiteral("https://tracker.example/OPS-1");
        const qint64 overdue = *store.addActionItem(a);
        a.title = QStringLiteral("Alert on 5xx per route");
        a.owner = QStringLiteral("Cleo");
        a.dueAt = at("2026-04-01T00:00:00Z");
        a.priority = QStringLiteral("medium");
        a.trackerUrl.clear();
        const qint64 later = *store.addActionItem(a);
        auto rows = store.actionItemRows({}, Clock::nowMs());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).item.id, overdue);
        QCOMPARE(rows->at(0).service, QStringLiteral("checkout"));
        ActionItem done = rows->at(1).item;
        QCOMPARE(done.id, later);
        done.status = QStringLiteral("done");
        QVERIFY(store.updateActionItem(done).ok());
        QCOMPARE(store.doneRate()->first, 0.5);
        QCOMPARE(store.actionItemRows({}, Clock::nowMs())->size(), 1);
        QCOMPARE(store.actionItemRows({QStringLiteral("Ben"), {}, true}, Clock::nowMs())->size(), 1);

        // Review, publish (read-only), reopen.
        QVERIFY(!store.setStatus(pm->id, QStringLiteral("in_review"), {}, QStringLiteral("Dana")).ok()); // needs reviewers
        QVERIFY(store.setStatus(pm->id, QStringLiteral("in_review"), {QStringLiteral("Ana"), QStringLiteral("Ben")}, QStringLiteral("Dana")).ok());
        QVERIFY(store.setStatus(pm->id, QStringLiteral("published"), {QStringLiteral("Ana"), QStringLiteral("Ben")}, QStringLiteral("Dana")).ok());
        QVERIFY(!store.saveBody(pm->id, QStringLiteral("changed")).ok());
        auto published = **store.byId(pm->id);
        QCOMPARE(published.status, QStringLiteral("published"));
        QVERIFY(published.reviewRequestedAt && published.publishedAt);

        // Similar incidents: the older checkout incident, with its postmortem.
        auto similar = store.similarIncidents(incident->id);
        QVERIFY(similar.ok() && !similar->isEmpty());
        QCOMPARE(similar->at(0).incidentId, previous->id);
        QCOMPARE(similar->at(0).postmortemId, earlier->id);

        // Exports.
        auto loadedDoc = postmortemDocumentFor(*db, incident->id);
        QVERIFY2(loadedDoc.ok(), qPrintable(loadedDoc.error()));
        PostmortemDocument doc = *loadedDoc;
        doc.zone = QTimeZone::UTC;
        const QString md = exportMarkdown(doc);
        const QString html = exportHtml(doc);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://tracker.example/OPS-1\">")));
        for (const auto &[name, text] : {std::pair{"postmortem.md", md}, std::pair{"postmortem.html", html}}) {
            const QString golden = QStringLiteral(SITREP_TEST_DATA "/golden/") + QLatin1String(name);
            if (qEnvironmentVariableIsSet("SITREP_UPDATE_GOLDEN"))
                test::writeFile(golden, text.toUtf8());
            QCOMPARE(QString::fromUtf8(test::fileBytes(golden)), text);
        }
        const QByteArray pdf = exportPdf(doc);
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        SITREP_REQUIRE_TOOL(pdftotext, "pdftotext", "poppler-utils", "to read the exported PDF's text back");
        const QString pdfPath = dir.filePath(QStringLiteral("pm.pdf"));
        test::writeFile(pdfPath, pdf);
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Checkout returns 502 <script>alert(1)</script>")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Incident declared as SEV2 on checkout by Ana")));   // the key events table
        QVERIFY(text.contains(QStringLiteral("Validate configs in CI | all of them")));
        QVERIFY(text.contains(QStringLiteral("The config check did not run on this path.")));
        Clock::setSource({});
    }

    // Two people (two Sitreps: a Database each) change one postmortem at once, each from what
    // they saw: exactly one change is written, and the other is refused saying why.
    void twoWritersOnOnePostmortemGiveOneWinner()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        NewIncident n;
        n.title = QStringLiteral("Checkout returns 502");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("Ana"));
        QVERIFY2(incident.ok(), qPrintable(incident.error()));
        const auto draft = [&](const Database &on, const QString &author) -> Done {
            auto made = PostmortemStore(on).createDraft(incident->id, n.title, QStringLiteral("# Draft"), QStringLiteral("short"), author);
            return made ? Done() : Done(fail(made.error()));
        };
        // Both draft the incident's postmortem: one per incident.
        auto drafts = test::raceOnRow(db->path(), "incidents", incident->id, [&](const Database &d) { return draft(d, QStringLiteral("Ana")); },
                                      [&](const Database &d) { return draft(d, QStringLiteral("Ben")); });
        SITREP_VERIFY_ONE_WINNER(drafts, QStringLiteral("already has a postmortem"));
        const Postmortem pm = PostmortemStore(*db).forIncident(incident->id).value().value();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind = 'postmortem'")), qint64(1));

        // Both autosave from the text they loaded: the second gets the first's text back.
        const auto save = [&](const Database &on, const QString &text) -> Done {
            auto saved = PostmortemStore(on).saveBody(pm.id, pm.body, text);
            if (!saved)
                return fail(saved.error());
            return *saved ? Done(fail(QStringLiteral("stored meanwhile: ") + **saved)) : Done();
        };
        auto saves = test::raceOnRow(db->path(), "postmortems", pm.id, [&](const Database &d) { return save(d, QStringLiteral("# Ana's")); },
                                     [&](const Database &d) { return save(d, QStringLiteral("# Ben's")); });
        SITREP_VERIFY_ONE_WINNER(saves, QStringLiteral("stored meanwhile: # "));
        const QString stored = PostmortemStore(*db).byId(pm.id).value()->body;
        QCOMPARE(stored, saves.first.ok() ? QStringLiteral("# Ana's") : QStringLiteral("# Ben's"));
        QVERIFY(saves.refusal().endsWith(stored));

        // Both send the draft for review, to different reviewers.
        const auto review = [&](const Database &on, const QString &reviewer) {
            return PostmortemStore(on).setStatus(pm.id, QStringLiteral("in_review"), {reviewer}, reviewer,
                                                 QStringLiteral("draft"), QStringList());
        };
        auto reviews = test::raceOnRow(db->path(), "postmortems", pm.id, [&](const Database &d) { return review(d, QStringLiteral("Cleo")); },
                                       [&](const Database &d) { return review(d, QStringLiteral("Dana")); });
        SITREP_VERIFY_ONE_WINNER(reviews, QStringLiteral("status was changed meanwhile"));
        QCOMPARE(PostmortemStore(*db).byId(pm.id).value()->reviewers.size(), 1);

        // An action item: both edit it from the same version; then one edits while the other
        // removes it (undoing its addition).
        ActionItem item;
        item.postmortemId = pm.id;
        item.title = QStringLiteral("Validate configs in CI");
        item.priority = QStringLiteral("high");
        item.status = QStringLiteral("open");
        item.id = PostmortemStore(*db).addActionItem(item).value();
        const auto retitle = [&](const Database &on, const ActionItem &seen, const QString &title) {
            ActionItem after = seen;
            after.title = title;
            return PostmortemStore(on).updateActionItem(after, seen);
        };
        auto edits = test::raceOnRow(db->path(), "action_items", item.id,
                                     [&](const Database &d) { return retitle(d, item, QStringLiteral("Validate every config in CI")); },
                                     [&](const Database &d) { return retitle(d, item, QStringLiteral("Lint configs before deploy")); });
        SITREP_VERIFY_ONE_WINNER(edits, QStringLiteral("was changed meanwhile"));
        const ActionItem now = PostmortemStore(*db).actionItemById(item.id).value().value();
        auto removeOrEdit = test::raceOnRow(db->path(), "action_items", item.id,
                                            [&](const Database &d) { return PostmortemStore(d).removeActionItem(now); },
                                            [&](const Database &d) { return retitle(d, now, QStringLiteral("Theirs")); });
        QVERIFY2(removeOrEdit.problem.isEmpty(), qPrintable(removeOrEdit.problem));
        QCOMPARE(removeOrEdit.winners(), 1);
        QCOMPARE(PostmortemStore(*db).actionItemById(item.id).value().has_value(), removeOrEdit.second.ok());
    }

    // A team template has no "version you saw": saving it (importing a folder) is one upsert, and
    // the folder's file wins. Two imports at once both succeed and leave one row, never an error
    // or a second row for the name.
    void twoImportsOfOneTemplateLeaveOneRow()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const PostmortemTemplate first{QStringLiteral("ours"), QStringLiteral("Ours"), QStringLiteral("# v1"), false, {3}};
        QVERIFY(TemplateStore(*db).save(first).ok());
        const qint64 id = test::scalar(*db, QStringLiteral("SELECT id FROM postmortem_templates WHERE name = 'ours'"));
        const auto save = [&](const Database &on, const QString &body) {
            PostmortemTemplate t = first;
            t.body = body;
            return TemplateStore(on).save(t);
        };
        auto outcome = test::raceOnRow(db->path(), "postmortem_templates", id, [&](const Database &d) { return save(d, QStringLiteral("# Ana's")); },
                                       [&](const Database &d) { return save(d, QStringLiteral("# Ben's")); });
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY2(outcome.winners() == 2, qPrintable(outcome.first.ok() ? outcome.second.error() : outcome.first.error()));
        const auto team = TemplateStore(*db).teamTemplates().value();
        QCOMPARE(team.size(), 1);
        QVERIFY(team[0].body == QStringLiteral("# Ana's") || team[0].body == QStringLiteral("# Ben's"));
    }

    // Undoing "add action item" and redoing it puts the item back under its id (both engines);
    // a second redo cannot take the same id twice.
    void aReaddedActionItemKeepsItsId()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        NewIncident n;
        n.title = QStringLiteral("Checkout returns 502");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("Ana"));
        QVERIFY(incident.ok());
        const PostmortemStore store(*db);
        auto pm = store.createDraft(incident->id, n.title, QStringLiteral("# Draft"), QStringLiteral("short"), QStringLiteral("Ana"));
        QVERIFY2(pm.ok(), qPrintable(pm.error()));
        ActionItem a;
        a.postmortemId = pm->id;
        a.title = QStringLiteral("Alert on 5xx per route");
        a.priority = QStringLiteral("medium");
        a.status = QStringLiteral("open");
        a.id = store.addActionItem(a).value();
        const ActionItem stored = store.actionItemById(a.id).value().value();
        (void)store.addActionItem(a).value();   // a newer one, so the first is not the highest id
        QVERIFY(store.removeActionItem(stored).ok());
        QCOMPARE(store.addActionItem(stored).value(), a.id);
        const qint64 again = store.addActionItem(stored).value();
        QVERIFY(again != a.id);
        QCOMPARE(store.actionItems(pm->id)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPostmortem)
#include "tst_postmortem.moc"
