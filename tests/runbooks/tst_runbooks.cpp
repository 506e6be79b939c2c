// Runbooks: front matter and task lists (nesting, code blocks, malformed input named by file
// and line), matching (equality, regex, service, severity), a folder import where one bad file
// does not stop the rest, versions on folder edits (picked up by the watcher), saving an edit back
// to its file, the shipped sample runbooks, and checklist steps with their timeline events.

#include "TestSupport.h"
#include "runbooks/RunbookLibrary.h"
#include "storage/IncidentStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace sitrep;
using test::scalar;

namespace {
const QString diskFull = QStringLiteral(
    "---\n"
    "title: Disk full\n"
    "services: [db, storage]\n"
    "alerts:\n"
    "  - alertname=DiskFull\n"
    "  - alertname=~\"NodeFilesystem.*\", severity=critical\n"
    "min_severity: SEV3\n"
    "owner: storage-team\n"
    "last_reviewed: 2026-09-14\n"
    "---\n"
    "# Disk full\n"
    "\n"
    "- [ ] Find the full volume\n"
    "  ```bash\n"
    "  df -h\n"
    "  ```\n"
    "  - [ ] Logs not rotated?\n"
    "  - [x] WAL piling up?\n"
    "    ```sql\n"
    "    SELECT 1;\n"
    "    ```\n"
    "- [ ] Free space\n"
    "* [ ] Confirm writes succeed\n");

QString runbooksFolder()
{
    return QStringLiteral(SITREP_TEST_DATA "/../../resources/runbooks");
}
} // namespace

class TestRunbooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void parsesFrontMatterStepsAndCode()
    {
        auto doc = parseRunbook(diskFull, QStringLiteral("disk-full.md"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->title, QStringLiteral("Disk full"));
        QCOMPARE(doc->services, (QStringList{QStringLiteral("db"), QStringLiteral("storage")}));
        QCOMPARE(doc->matcherTexts.size(), 2);
        QCOMPARE(doc->matchers[1].size(), 2);
        QCOMPARE(doc->minSeverity, 3);
        QCOMPARE(doc->owner, QStringLiteral("storage-team"));
        QCOMPARE(doc->lastReviewed, QDate(2026, 9, 14));
        QCOMPARE(doc->steps.size(), 5);
        QCOMPARE(doc->steps[0].text, QStringLiteral("Find the full volume"));
        QCOMPARE(doc->steps[0].depth, 0);
        QCOMPARE(doc->steps[0].line, 13);
        QCOMPARE(doc->steps[0].code.size(), 1);
        QCOMPARE(doc->steps[0].code[0].language, QStringLiteral("bash"));
        QCOMPARE(doc->steps[0].code[0].code, QStringLiteral("df -h"));
        QCOMPARE(doc->steps[1].depth, 1);
        QCOMPARE(doc->steps[2].depth, 1);
        QVERIFY(doc->steps[2].checked);
        QCOMPARE(doc->steps[2].code[0].language, QStringLiteral("sql"));
        QCOMPARE(doc->steps[2].code[0].code, QStringLiteral("SELECT 1;"));
        QCOMPARE(doc->steps[3].depth, 0);
        QCOMPARE(doc->steps[4].text, QStringLiteral("Confirm writes succeed"));
        QCOMPARE(doc->codeBlocks.size(), 2);
        // No front matter at all: title from the first heading.
        auto plain = parseRunbook(QStringLiteral("# Restart the cache\n- [ ] restart\n"), QStringLiteral("cache.md"));
        QCOMPARE(plain->title, QStringLiteral("Restart the cache"));
        QCOMPARE(runbookSlug(QStringLiteral("Disk Full (prod).md")), QStringLiteral("disk-full-prod"));
    }

    void malformedInputNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed front matter") << QStringLiteral("---\ntitle: x\n- [ ] a\n") << QStringLiteral("bad.md:1: the front matter");
        QTest::newRow("not key: value") << QStringLiteral("---\ntitle: x\njust words\n---\n") << QStringLiteral("bad.md:3: expected “key: value”");
        QTest::newRow("severity") << QStringLiteral("---\nmin_severity: urgent\n---\n") << QStringLiteral("bad.md:2: min_severity must be SEV1..SEV5");
        QTest::newRow("date") << QStringLiteral("---\nlast_reviewed: last week\n---\n") << QStringLiteral("bad.md:2: last_reviewed must be a date");
        QTest::newRow("matcher") << QStringLiteral("---\nalerts:\n  - alertname=~\"(\"\n---\n") << QStringLiteral("bad.md:3: ");
        QTest::newRow("unclosed code") << QStringLiteral("- [ ] a\n  ```bash\n  ls\n") << QStringLiteral("bad.md:2: a code block starting here is never closed");
    }
    void malformedInputNamesFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto doc = parseRunbook(text, QStringLiteral("/some/where/bad.md"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().startsWith(error), qPrintable(doc.error()));
    }

    void matching()
    {
        auto parsed = [](const char *slug, const QString &text) {
            ParsedRunbook p;
            p.runbook.id = qHash(QLatin1String(slug));
            p.runbook.slug = QLatin1String(slug);
            p.document = *parseRunbook(text, QLatin1String(slug));
            p.runbook.title = p.document.title;
            return p;
        };
        const QList<ParsedRunbook> all = {
            parsed("disk-full", diskFull),
            parsed("generic-db", QStringLiteral("---\ntitle: Any db trouble\nservices: [db]\n---\n- [ ] look\n")),
            parsed("sev1-only", QStringLiteral("---\ntitle: Big one\nalerts: alertname=DiskFull\nmin_severity: SEV1\n---\n- [ ] call everyone\n")),
            parsed("unrelated", QStringLiteral("---\ntitle: Queue\nalerts: alertname=QueueBacklog\n---\n- [ ] scale\n")),
        };
        MatchContext ctx;
        ctx.alertLabels << QJsonObject{{QStringLiteral("alertname"), QStringLiteral("DiskFull")}};
        ctx.service = QStringLiteral("db");
        ctx.severity = 2;
        auto m = matchRunbooks(all, ctx);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].slug, QStringLiteral("disk-full"));   // alert + service
        QCOMPARE(m[1].slug, QStringLiteral("generic-db"));  // service only
        QVERIFY(m[0].reasons.join(QString()).contains(QStringLiteral("alertname=DiskFull")));
        // Regex set needs both of its matchers.
        ctx.alertLabels = {QJsonObject{{QStringLiteral("alertname"), QStringLiteral("NodeFilesystemAlmostOutOfSpace")},
                                       {QStringLiteral("severity"), QStringLiteral("warning")}}};
        ctx.service.clear();
        QVERIFY(matchRunbooks(all, ctx).isEmpty());
        ctx.alertLabels[0].insert(QStringLiteral("severity"), QStringLiteral("critical"));
        QCOMPARE(matchRunbooks(all, ctx).constFirst().slug, QStringLiteral("disk-full"));
        // Severity: a SEV1-only runbook joins for SEV1; disk-full (SEV3 and worse) drops out at SEV4.
        ctx.alertLabels = {QJsonObject{{QStringLiteral("alertname"), QStringLiteral("DiskFull")}}};
        ctx.severity = 1;
        QCOMPARE(matchRunbooks(all, ctx).size(), 2);
        ctx.severity = 4;
        QVERIFY(matchRunbooks(all, ctx).isEmpty());
    }

    void folderImportVersionsAndWatcher()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString folder = dir.filePath(QStringLiteral("runbooks"));
        QDir().mkpath(folder + QStringLiteral("/storage"));
        test::writeFile(folder + QStringLiteral("/storage/disk-full.md"), diskFull.toUtf8());
        test::writeFile(folder + QStringLiteral("/broken.md"), "---\nmin_severity: whenever\n---\n");
        test::writeFile(folder + QStringLiteral("/cache.md"), "# Cache\n- [ ] restart\n");
        test::writeFile(folder + QStringLiteral("/notes.txt"), "not a runbook");
        RunbookFolderWatcher watcher(db, folder);
        const FolderImport first = watcher.rescan();
        QCOMPARE(first.added, 2);
        QCOMPARE(first.errors, QStringList{QStringLiteral("broken.md:2: min_severity must be SEV1..SEV5, got “whenever”")});
        RunbookStore store(*db);
        auto stored = store.bySlug(QStringLiteral("disk-full"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->version, 1);
        QVERIFY((*stored)->sourcePath.endsWith(QStringLiteral("storage/disk-full.md")));
        QCOMPARE((*stored)->owner, QStringLiteral("storage-team"));

        // An edit made elsewhere (an editor, git pull): the watcher re-imports it as version 2.
        QSignalSpy imported(&watcher, &RunbookFolderWatcher::imported);
        QTest::qWait(50);
        test::writeFile(folder + QStringLiteral("/storage/disk-full.md"), (diskFull + QStringLiteral("- [ ] Tell the owners\n")).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(imported.size() >= 1, 10000);
        QCOMPARE(imported.last().at(0).value<FolderImport>().updated, 1);
        QCOMPARE((*store.bySlug(QStringLiteral("disk-full")))->version, 2);
        auto versions = store.versions((*stored)->id);
        QCOMPARE(versions->size(), 2);
        QVERIFY(versions->at(1).body.endsWith(QStringLiteral("Tell the owners\n")));
        // Importing the same again changes nothing.
        QCOMPARE(watcher.rescan().unchanged, 2);

        // An edit in the app writes the file back (atomically) and is version 3.
        RunbookLibrary library(*db);
        const QString edited = diskFull + QStringLiteral("- [ ] Edited in Sitrep\n");
        auto saved = library.saveEdit(**store.bySlug(QStringLiteral("disk-full")), edited);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->version, 3);
        QCOMPARE(QString::fromUtf8(test::fileBytes(folder + QStringLiteral("/storage/disk-full.md"))), edited);
        // A broken edit is refused and leaves the file alone.
        auto refused = library.saveEdit(**store.bySlug(QStringLiteral("disk-full")), QStringLiteral("---\nmin_severity: x\n---\n"));
        QVERIFY(!refused.ok());
        QCOMPARE(QString::fromUtf8(test::fileBytes(folder + QStringLiteral("/storage/disk-full.md"))), edited);
        // Runbook search (full text over titles and text).
        QCOMPARE(store.search(QStringLiteral("volume"))->size(), 1);
    }

    void sampleRunbooksMatchInTheExpectedOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("samples.db"));
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(SITREPCTL_PATH), args);
            p.waitForFinished(60000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
        };
        auto imported = run({QStringLiteral("runbooks"), QStringLiteral("import"), QStringLiteral("--db"), path, runbooksFolder()});
        QCOMPARE(imported.first, 0);
        QVERIFY2(imported.second.startsWith(QStringLiteral("6 added")), qPrintable(imported.second));
        const auto slugs = [](const QString &out) {
            QStringList s;
            for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                s << line.section(QLatin1Char('\t'), 0, 0);
            return s;
        };
        // A disk alert on db at SEV3: disk full first (alert + service); failover is for SEV2 and worse.
        auto disk = run({QStringLiteral("runbooks"), QStringLiteral("match"), QStringLiteral("--db"), path, QStringLiteral("--labels"),
                         QStringLiteral("alertname=DiskFull,instance=db-3"), QStringLiteral("--service"), QStringLiteral("db"),
                         QStringLiteral("--severity"), QStringLiteral("SEV3")});
        QCOMPARE(slugs(disk.second), (QStringList{QStringLiteral("disk-full")}));
        // Replication lag, critical, on payments at SEV2: failover (alert + service), then error rate and the rest by service.
        auto lag = run({QStringLiteral("runbooks"), QStringLiteral("match"), QStringLiteral("--db"), path, QStringLiteral("--labels"),
                        QStringLiteral("alertname=PostgresReplicationLagHigh,severity=critical"), QStringLiteral("--service"),
                        QStringLiteral("payments"), QStringLiteral("--severity"), QStringLiteral("SEV2")});
        QCOMPARE(slugs(lag.second), (QStringList{QStringLiteral("database-failover"), QStringLiteral("high-error-rate")}));
        // An SLO burn and a certificate alert at once on api: both alert runbooks before service-only ones.
        auto two = run({QStringLiteral("runbooks"), QStringLiteral("match"), QStringLiteral("--db"), path,
                        QStringLiteral("--labels"), QStringLiteral("alertname=ErrorBudgetBurnFast"),
                        QStringLiteral("--labels"), QStringLiteral("alertname=TLSCertificateExpiringSoon"),
                        QStringLiteral("--service"), QStringLiteral("api"), QStringLiteral("--severity"), QStringLiteral("SEV3")});
        QCOMPARE(slugs(two.second), (QStringList{QStringLiteral("certificate-expiry"), QStringLiteral("high-error-rate"), QStringLiteral("deploy-rollback")}));
        // Queue backlog (regex) on orders at SEV4.
        auto queue = run({QStringLiteral("runbooks"), QStringLiteral("match"), QStringLiteral("--db"), path, QStringLiteral("--labels"),
                          QStringLiteral("alertname=KafkaConsumerLagHigh"), QStringLiteral("--service"), QStringLiteral("orders"),
                          QStringLiteral("--severity"), QStringLiteral("SEV4")});
        QCOMPARE(slugs(queue.second), QStringList{QStringLiteral("queue-backlog")});
    }

    void checklistStepsAndTheirEvents()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        RunbookStore store(*db);
        auto saved = store.save(QStringLiteral("disk-full"), diskFull, QString());
        QVERIFY(saved.ok());
        NewIncident n;
        n.title = QStringLiteral("Disk full on db-3");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("ana"));
        QVERIFY(incident.ok());
        const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events"));
        auto attached = store.attach(incident->id, saved->id, QStringLiteral("ana"));
        QVERIFY2(attached.ok(), qPrintable(attached.error()));
        QCOMPARE(attached->itemIds.size(), 5);
        auto items = *store.checklist(incident->id);
        QCOMPARE(items[1].depth, 1);
        QCOMPARE(items[0].runbookVersion, 1);
        QCOMPARE(items[2].state, QStringLiteral("open")); // checked in the runbook text, open in the incident

        auto done = store.setState(items[0].id, QStringLiteral("done"), QStringLiteral("lag 3 s, OK"), QStringLiteral("ana"));
        QVERIFY(done.ok());
        QVERIFY(!store.setState(items[1].id, QStringLiteral("skipped"), QString(), QStringLiteral("ana")).ok()); // a skip needs a reason
        auto skipped = store.setState(items[1].id, QStringLiteral("skipped"), QStringLiteral("logs are on another volume"), QStringLiteral("ana"));
        QVERIFY(skipped.ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events")), before + 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM checklist_items WHERE state = 'done' AND note = 'lag 3 s, OK' AND changed_by = 'ana'")), qint64(1));
        QVERIFY(store.restore(*done).ok());
        QCOMPARE(store.checklist(incident->id)->at(0).state, QStringLiteral("open"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events")), before + 2);
        auto step = store.addStep(incident->id, QStringLiteral("Page the storage team"), QStringLiteral("ana"));
        QVERIFY(step.ok());
        QCOMPARE(store.checklist(incident->id)->constLast().text, QStringLiteral("Page the storage team"));
        QVERIFY(store.detach(*attached).ok());
        QCOMPARE(store.checklist(incident->id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunbooks)
#include "tst_runbooks.moc"
