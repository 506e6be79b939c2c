// Runbooks: front matter and task lists (nesting, code blocks, malformed input named by file
// and line), matching (equality, regex, service, severity), a folder import where one bad file
// does not stop the rest, versions on folder edits (picked up by the watcher), saving an edit back
// to its file, the shipped sample runbooks, checklist steps with their timeline events, and two
// writers racing on one runbook or step (one wins, one is refused).

#include "RacingWriters.h"
#include "TestSupport.h"
#include "runbooks/RunbookLibrary.h"
#include "storage/IncidentStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"
#include "util/Yaml.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

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
        QTest::newRow("not key: value") << QStringLiteral("---\ntitle: x\njust words\n---\n") << QStringLiteral("bad.md:3: expected “key: value”, got “just words”");
        QTest::newRow("not key: value, mid-way") << QStringLiteral("---\ntitle: x\nowner storage-team\nservices: [db]\n---\n") << QStringLiteral("bad.md:4: not valid YAML: illegal map value");
        QTest::newRow("only words") << QStringLiteral("---\njust words\n---\n") << QStringLiteral("bad.md:2: expected “key: value”, got “just words”");
        QTest::newRow("a list, not keys") << QStringLiteral("---\n- a\n---\n") << QStringLiteral("bad.md:2: expected “key: value”, got “- a”");
        QTest::newRow("severity") << QStringLiteral("---\nmin_severity: urgent\n---\n") << QStringLiteral("bad.md:2: min_severity must be SEV1..SEV5");
        QTest::newRow("date") << QStringLiteral("---\nlast_reviewed: last week\n---\n") << QStringLiteral("bad.md:2: last_reviewed must be a date");
        QTest::newRow("matcher") << QStringLiteral("---\nalerts:\n  - alertname=~\"(\"\n---\n") << QStringLiteral("bad.md:3: ");
        QTest::newRow("unclosed code") << QStringLiteral("- [ ] a\n  ```bash\n  ls\n") << QStringLiteral("bad.md:2: a code block starting here is never closed");
        // What the hand-written subset accepted and imported: YAML that does not parse.
        QTest::newRow("unclosed flow list") << QStringLiteral("---\ntitle: [unclosed\n---\n# Disk\n- [ ] a\n")
                                            << QStringLiteral("bad.md:2: not valid YAML: end of sequence flow not found");
        QTest::newRow("unclosed flow mapping") << QStringLiteral("---\ntitle: Disk\nservices: {\n---\n- [ ] a\n")
                                               << QStringLiteral("bad.md:3: not valid YAML: end of map flow not found");
        // With more lines after it, the parser notices the unclosed list on the next line it cannot fit in.
        QTest::newRow("unclosed flow list, more after") << QStringLiteral("---\ntitle: [unclosed\nowner: x\nservices: [db]\n---\n")
                                                        << QStringLiteral("bad.md:3: not valid YAML: end of sequence flow not found");
        QTest::newRow("unclosed quote") << QStringLiteral("---\ntitle: \"Disk full\n---\n") << QStringLiteral("bad.md:2: not valid YAML: ");
        QTest::newRow("tab indentation") << QStringLiteral("---\ntitle: Disk\nalerts:\n  - alertname=A\n\t- alertname=B\n---\n")
                                         << QStringLiteral("bad.md:5: not valid YAML: illegal tab when looking for indentation");
        QTest::newRow("tab indented key") << QStringLiteral("---\ntitle: Disk\n\towner: x\n---\n")
                                          << QStringLiteral("bad.md:3: not valid YAML: illegal tab when looking for indentation");
        QTest::newRow("duplicate key") << QStringLiteral("---\ntitle: Disk\nowner: a\ntitle: Disk full\n---\n")
                                       << QStringLiteral("bad.md:4: “title” is given twice (first on line 2)");
        QTest::newRow("duplicate key, other case") << QStringLiteral("---\nTitle: Disk\ntitle: Disk full\n---\n")
                                                   << QStringLiteral("bad.md:3: “title” is given twice (first on line 2)");
        // Wrong types, named with what was expected.
        QTest::newRow("services: 5") << QStringLiteral("---\ntitle: Disk\nservices: 5\n---\n")
                                     << QStringLiteral("bad.md:3: services must be a list such as [a, b], not “5”");
        QTest::newRow("services: mapping") << QStringLiteral("---\nservices:\n  db: yes\n---\n")
                                           << QStringLiteral("bad.md:3: services must be a list such as [a, b], not a mapping");
        QTest::newRow("services entry a list") << QStringLiteral("---\nservices:\n  - db\n  - [a, b]\n---\n")
                                               << QStringLiteral("bad.md:4: each entry of services must be text");
        QTest::newRow("alerts: {a: b}") << QStringLiteral("---\ntitle: Disk\nalerts: {a: b}\n---\n")
                                        << QStringLiteral("bad.md:3: alerts must be a list with one set of label matchers per entry");
        QTest::newRow("alerts entry with “: ”") << QStringLiteral("---\nalerts:\n  - alertname=DiskFull\n  - alertname=~\"Disk: .*\"\n---\n")
                                               << QStringLiteral("bad.md:4: an alerts entry must be label matchers such as alertname=DiskFull; quote the whole entry");
        QTest::newRow("title a list") << QStringLiteral("---\ntitle: [Disk, full]\n---\n") << QStringLiteral("bad.md:2: title must be text, not a list");
        QTest::newRow("owner a mapping") << QStringLiteral("---\nowner:\n  team: storage\n---\n")
                                         << QStringLiteral("bad.md:3: owner must be text, not a mapping");
        QTest::newRow("min_severity a list") << QStringLiteral("---\nmin_severity: [SEV1]\n---\n") << QStringLiteral("bad.md:2: min_severity must be text, not a list");
        // Lines count in the whole file, comments and blank lines included.
        QTest::newRow("line after comments") << QStringLiteral("---\n# who owns this\n\ntitle: Disk\nlast_reviewed: soon\n---\n")
                                             << QStringLiteral("bad.md:5: last_reviewed must be a date");
    }
    void malformedInputNamesFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto doc = parseRunbook(text, QStringLiteral("/some/where/bad.md"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().startsWith(error), qPrintable(doc.error()));
    }

    void frontMatterIsYaml()
    {
        const QString text = QStringLiteral(
            "---\n"
            "# Owned by storage; reviewed every quarter.\n"
            "title: \"Disk: full (prod) #1\"   # quoted: a colon and a hash inside\n"
            "services:\n"
            "  - db\n"
            "  - 'storage'   # single-quoted\n"
            "alerts: [alertname=DiskFull, \"alertname=~\\\"NodeFilesystem.*\\\", severity=critical\"]\n"
            "owner: >\n"
            "  storage\n"
            "  team\n"
            "notes: |\n"
            "  Two lines\n"
            "  of the team's own: kept in the text.\n"
            "min_severity: sev3\n"
            "last_reviewed: '2026-09-14'\n"
            "escalation: {primary: ana, secondary: [bo, cy]}\n"
            "---\n"
            "- [ ] Find the full volume\n");
        auto doc = parseRunbook(text, QStringLiteral("disk-full.md"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->title, QStringLiteral("Disk: full (prod) #1"));
        QCOMPARE(doc->services, (QStringList{QStringLiteral("db"), QStringLiteral("storage")}));
        QCOMPARE(doc->matcherTexts, (QStringList{QStringLiteral("alertname=DiskFull"),
                                                 QStringLiteral("alertname=~\"NodeFilesystem.*\", severity=critical")}));
        QCOMPARE(doc->matchers.size(), 2);
        QCOMPARE(doc->matchers[1].size(), 2);
        QVERIFY(matchesAll(doc->matchers[1], QJsonObject{{QStringLiteral("alertname"), QStringLiteral("NodeFilesystemAlmostOutOfSpace")},
                                                         {QStringLiteral("severity"), QStringLiteral("critical")}}));
        QCOMPARE(doc->owner, QStringLiteral("storage team"));
        QCOMPARE(doc->minSeverity, 3);
        QCOMPARE(doc->lastReviewed, QDate(2026, 9, 14));
        QCOMPARE(doc->steps.size(), 1);
        QCOMPARE(doc->steps[0].line, 18);

        // A folded title, empty lists and an empty alerts key (as a new runbook starts).
        auto folded = parseRunbook(QStringLiteral("---\ntitle: >-\n  Disk full\n  on prod\nservices: []\nalerts:\nowner:\nmin_severity:\n---\n"),
                                   QStringLiteral("x.md"));
        QVERIFY2(folded.ok(), qPrintable(folded.error()));
        QCOMPARE(folded->title, QStringLiteral("Disk full on prod"));
        QVERIFY(folded->services.isEmpty() && folded->matchers.isEmpty() && folded->owner.isEmpty() && !folded->minSeverity);
        // One matcher set inline, as before.
        auto inlineSet = parseRunbook(QStringLiteral("---\nalerts: alertname=DiskFull, service=db\n---\n"), QStringLiteral("x.md"));
        QVERIFY2(inlineSet.ok(), qPrintable(inlineSet.error()));
        QCOMPARE(inlineSet->matchers.size(), 1);
        QCOMPARE(inlineSet->matchers[0].size(), 2);
        // Empty front matter; a byte order mark before it (Windows editors write one).
        QCOMPARE(parseRunbook(QStringLiteral("---\n---\n# Heading\n"), QStringLiteral("x.md"))->title, QStringLiteral("Heading"));
        QCOMPARE(parseRunbook(QChar(0xFEFF) + QStringLiteral("---\ntitle: With a BOM\n---\n"), QStringLiteral("x.md"))->title,
                 QStringLiteral("With a BOM"));
        // A title someone typed, written the way the app writes a new runbook.
        const QString typed = QStringLiteral("DNS: \"edge\" [prod] #1 \\ tab\there");
        auto quoted = parseRunbook(QStringLiteral("---\ntitle: ") + yamlQuoted(typed) + QStringLiteral("\n---\n"), QStringLiteral("x.md"));
        QVERIFY2(quoted.ok(), qPrintable(quoted.error()));
        QCOMPARE(quoted->title, typed);
    }

    void shippedRunbooksParseAsBefore_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("alerts");
        QTest::addColumn<int>("minSeverity");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("reviewed");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("firstStepLine");
        QTest::addColumn<int>("codeBlocks");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        // As the hand-written parser read them, before yaml-cpp.
        QTest::newRow("certificate-expiry") << "certificate-expiry.md" << "Certificate expiry" << l({"edge", "api"})
                                            << l({"alertname=~\"(SSL|TLS)?CertificateExpir(y|ing).*\"", "alertname=ProbeSSLCertExpiringSoon"})
                                            << 4 << "security" << QDate(2026, 6, 30) << 5 << 15 << 2;
        QTest::newRow("database-failover") << "database-failover.md" << "Database failover" << l({"db", "payments", "checkout"})
                                           << l({"alertname=PostgresPrimaryDown", "alertname=~\"Postgres(ReplicationLag|ReplicaLag).*\", severity=critical",
                                                 "alertname=DatabaseUnavailable"})
                                           << 2 << "dba" << QDate(2026, 8, 20) << 6 << 17 << 3;
        QTest::newRow("deploy-rollback") << "deploy-rollback.md" << "Deploy rollback" << l({"api", "checkout", "web", "search", "notifications"})
                                         << l({"alertname=DeploymentErrors", "alertname=~\".*AfterDeploy\""})
                                         << 4 << "release-eng" << QDate(2026, 11, 1) << 5 << 15 << 2;
        QTest::newRow("disk-full") << "disk-full.md" << "Disk full" << l({"db", "storage", "logging"})
                                   << l({"alertname=DiskFull", "alertname=~\"NodeFilesystem(SpaceFillingUp|AlmostOutOfSpace)\""})
                                   << 4 << "storage-team" << QDate(2026, 9, 14) << 7 << 18 << 4;
        QTest::newRow("high-error-rate") << "high-error-rate.md" << "High error rate" << l({"api", "checkout", "payments", "search"})
                                         << l({"alertname=HighErrorRate", "alertname=~\"(SLO|ErrorBudget)Burn.*\""})
                                         << 3 << "platform-oncall" << QDate(2026, 10, 2) << 7 << 15 << 2;
        QTest::newRow("queue-backlog") << "queue-backlog.md" << "Queue backlog" << l({"orders", "notifications", "billing"})
                                       << l({"alertname=~\"(Queue|Kafka)(Backlog|ConsumerLag).*\"", "alertname=QueueDepthHigh"})
                                       << 4 << "messaging" << QDate(2025, 12, 1) << 5 << 15 << 3;
    }
    void shippedRunbooksParseAsBefore()
    {
        QFETCH(QString, file);
        const QString path = runbooksFolder() + QLatin1Char('/') + file;
        auto doc = parseRunbook(QString::fromUtf8(test::fileBytes(path)), path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QTEST(doc->title, "title");
        QTEST(doc->services, "services");
        QTEST(doc->matcherTexts, "alerts");
        QCOMPARE(doc->matchers.size(), doc->matcherTexts.size());
        QFETCH(int, minSeverity);
        QCOMPARE(doc->minSeverity, minSeverity);
        QTEST(doc->owner, "owner");
        QFETCH(QDate, reviewed);
        QCOMPARE(doc->lastReviewed, reviewed);
        QTEST(int(doc->steps.size()), "steps");
        QTEST(doc->steps.constFirst().line, "firstStepLine");
        QTEST(int(doc->codeBlocks.size()), "codeBlocks");
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
        const QString path = test::newDatabaseLocation(dir, QStringLiteral("samples.db"));
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
        // A skipped step holds its reason: the runbook cannot be detached until that is undone.
        QVERIFY(!store.detach(*attached).ok());
        QVERIFY(store.restore(*skipped).ok());
        QVERIFY(store.detach(*attached).ok());
        QCOMPARE(store.checklist(incident->id)->size(), 1);
    }

    // Another writer (a second Sitrep, sitrepctl) on the same file changes what an edit or its
    // undo would write over: each is refused with the reason, and the later change stays.
    void compareAndSetKeepsLaterChanges()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto otherConnection = Database::open(db->path());
        QVERIFY2(otherConnection.ok(), qPrintable(otherConnection.error()));
        const RunbookStore mine(*db);
        const RunbookStore theirs(*otherConnection.value());
        const QString slug = QStringLiteral("disk-full");
        auto v1 = mine.save(slug, diskFull, QString(), 0);
        QVERIFY2(v1.ok(), qPrintable(v1.error()));
        QCOMPARE(v1->version, 1);

        // Runbook text: a save based on version 1 after someone saved version 2.
        const QString theirText = diskFull + QStringLiteral("- [ ] Theirs\n");
        QVERIFY(theirs.save(slug, theirText, QString(), 1).ok());
        auto stale = mine.save(slug, diskFull + QStringLiteral("- [ ] Mine\n"), QString(), 1);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("“Disk full” is now at version 2, not 1")), qPrintable(stale.error()));
        QCOMPARE((*mine.bySlug(slug))->body, theirText);
        // Text identical to what is there overwrites nothing: accepted, no new version.
        auto same = mine.save(slug, theirText, QString(), 1);
        QVERIFY2(same.ok(), qPrintable(same.error()));
        QCOMPARE(same->version, 2);
        QVERIFY(!same->changed);
        // 0: only while the name is free.
        QVERIFY(!mine.save(slug, diskFull, QString(), 0).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM runbook_versions")), qint64(2));
        // The library checks before it writes a linked file: a refused save leaves the file alone.
        const QString file = dir.filePath(QStringLiteral("disk-full.md"));
        test::writeFile(file, theirText.toUtf8());
        Runbook linked = **mine.bySlug(slug);
        linked.sourcePath = file;
        QVERIFY(!RunbookLibrary(*db).saveEdit(linked, diskFull + QStringLiteral("- [ ] Mine\n"), 1).ok());
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), theirText);

        // Removing a created runbook: refused once edited, or once a checklist came from it.
        auto removeEdited = mine.removeUntouched(v1->id);
        QVERIFY(!removeEdited.ok());
        QVERIFY2(removeEdited.error().contains(QStringLiteral("was edited after it was created (it is at version 2)")), qPrintable(removeEdited.error()));
        NewIncident n;
        n.title = QStringLiteral("Disk full on db-3");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("ana"));
        QVERIFY(incident.ok());
        auto fresh = mine.save(QStringLiteral("cache"), QStringLiteral("# Cache\n- [ ] restart\n"), QString(), 0);
        QVERIFY(fresh.ok());
        auto cacheSteps = theirs.attach(incident->id, fresh->id, QStringLiteral("bo"));
        QVERIFY(cacheSteps.ok());
        auto removeAttached = mine.removeUntouched(fresh->id);
        QVERIFY(!removeAttached.ok());
        QVERIFY2(removeAttached.error().contains(QStringLiteral("is attached to an incident")), qPrintable(removeAttached.error()));
        auto lonely = mine.save(QStringLiteral("lonely"), QStringLiteral("# Lonely\n- [ ] a\n"), QString(), 0);
        QVERIFY(mine.removeUntouched(lonely->id).ok());
        QVERIFY(!mine.byId(lonely->id)->has_value());

        // Attach, then someone ticks a step: undoing the attach (detach) would lose that tick.
        auto attached = mine.attach(incident->id, v1->id, QStringLiteral("ana"));
        QVERIFY2(attached.ok(), qPrintable(attached.error()));
        const auto itemOf = [&](qint64 id) {
            const QList<ChecklistItem> all = *mine.checklist(incident->id);
            for (const ChecklistItem &i : all)
                if (i.id == id)
                    return i;
            return ChecklistItem();
        };
        const ChecklistItem first = itemOf(attached->itemIds[0]);
        QVERIFY(theirs.setState(first.id, QStringLiteral("done"), QString(), QStringLiteral("bo")).ok());
        const qint64 stepCount = mine.checklist(incident->id)->size();
        auto detached = mine.detach(*attached);
        QVERIFY(!detached.ok());
        QVERIFY2(detached.error().contains(QStringLiteral("“Find the full volume” was ticked, skipped or noted since")), qPrintable(detached.error()));
        QCOMPARE(mine.checklist(incident->id)->size(), stepCount);
        QCOMPARE(itemOf(first.id).state, QStringLiteral("done"));

        // A tick as I saw the step; someone changes it after; my undo would overwrite theirs.
        const ChecklistItem second = itemOf(attached->itemIds[1]);
        auto myTick = mine.setState(second.id, QStringLiteral("done"), QStringLiteral("rotated"), QStringLiteral("ana"), second);
        QVERIFY2(myTick.ok(), qPrintable(myTick.error()));
        QCOMPARE(myTick->after.state, QStringLiteral("done"));
        QVERIFY(theirs.setState(second.id, QStringLiteral("open"), QStringLiteral("not rotated after all"), QStringLiteral("bo")).ok());
        auto undo = mine.restore(*myTick);
        QVERIFY(!undo.ok());
        QVERIFY2(undo.error().contains(QStringLiteral("was changed again since (by bo)")), qPrintable(undo.error()));
        QCOMPARE(itemOf(second.id).note, QStringLiteral("not rotated after all"));
        // The step as I saw it is gone, so an edit based on it is refused too (a redo, a stale panel).
        QVERIFY(!mine.setState(second.id, QStringLiteral("done"), QString(), QStringLiteral("ana"), second).ok());
        QCOMPARE(itemOf(second.id).state, QStringLiteral("open"));
        // Untouched since: undo works and removes its event.
        const ChecklistItem third = itemOf(attached->itemIds[2]);
        const qint64 events = scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events"));
        auto skip = mine.setState(third.id, QStringLiteral("skipped"), QStringLiteral("no WAL here"), QStringLiteral("ana"), third);
        QVERIFY(skip.ok());
        QVERIFY(mine.restore(*skip).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM timeline_events")), events);
        QCOMPARE(itemOf(third.id).state, QStringLiteral("open"));
        QVERIFY(!itemOf(third.id).changedAt);

        // An ad hoc step someone noted: undoing its addition would drop the note.
        auto adHoc = mine.addStep(incident->id, QStringLiteral("Page the storage team"), QStringLiteral("ana"));
        QVERIFY(adHoc.ok());
        QVERIFY(theirs.setState(adHoc->itemIds[0], QStringLiteral("open"), QStringLiteral("paged at 14:05"), QStringLiteral("bo")).ok());
        QVERIFY(!mine.detach(*adHoc).ok());
        QCOMPARE(itemOf(adHoc->itemIds[0]).note, QStringLiteral("paged at 14:05"));
        // An untouched one goes.
        auto untouched = mine.addStep(incident->id, QStringLiteral("Write it down"), QStringLiteral("ana"));
        QVERIFY(mine.detach(*untouched).ok());
        QCOMPARE(itemOf(untouched->itemIds[0]).id, 0);
    }

    // A save from the app to a linked file races two other writers: an edit in the file that the
    // watcher has not imported yet, and another Sitrep saving a version in between. Neither is
    // overwritten, and a refused save never leaves our text in the file.
    void linkedSavesNeverOverwriteTheFileOrTheDatabase()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString folder = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/disk-full.md");
        test::writeFile(file, diskFull.toUtf8());
        QVERIFY(RunbookLibrary(*db).importFolder(folder).ok());
        const RunbookStore store(*db);
        const RunbookLibrary library(*db);
        const Runbook v1 = **store.bySlug(QStringLiteral("disk-full"));
        QCOMPARE(v1.sourcePath, QFileInfo(file).absoluteFilePath());
        const QString mine = diskFull + QStringLiteral("- [ ] Mine\n");

        // 1. Edited in the file (an editor, git pull), not imported yet: the save is refused, the
        //    file keeps that edit, and its text is imported as a version of its own.
        const QString onDisk = diskFull + QStringLiteral("- [ ] Edited in vim\n");
        test::writeFile(file, onDisk.toUtf8());
        auto refused = library.saveEdit(v1, mine, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("was changed in its file")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("that text is now version 2")), qPrintable(refused.error()));
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), onDisk);
        QCOMPARE((*store.bySlug(QStringLiteral("disk-full")))->body, onDisk);
        // Based on the version now seen, the save goes through, file and database alike.
        const Runbook v2 = **store.bySlug(QStringLiteral("disk-full"));
        auto saved = library.saveEdit(v2, mine, 2);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->version, 3);
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), mine);
        QCOMPARE(store.versions(v1.id)->size(), 3);

        // 2. Another Sitrep is in the middle of saving version 4 (its transaction holds the write
        //    lock on a file, the runbook's row on a server) when we save: it commits as soon as the file changes (the old order wrote the
        //    file before the checked transaction), at the latest after two seconds.
        const Runbook v3 = **store.bySlug(QStringLiteral("disk-full"));
        const QString theirs = mine + QStringLiteral("- [ ] Theirs, in the database\n");
        QSemaphore locked;
        QString writerError;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto other = Database::open(db->path());
            if (!other) {
                writerError = other.error();
                locked.release();
                return;
            }
            {
                QSqlQuery q(other.value()->connection());
                const bool began = q.exec(test::testingServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
                q.prepare(QStringLiteral("UPDATE runbooks SET body = ?, version = 4 WHERE id = ?"));
                q.addBindValue(theirs);
                q.addBindValue(v3.id);
                const bool updated = q.exec();
                q.prepare(QStringLiteral("INSERT INTO runbook_versions(runbook_id, version, body, seen_at) VALUES (?, 4, ?, 0)"));
                q.addBindValue(v3.id);
                q.addBindValue(theirs);
                if (!began || !updated || !q.exec())
                    writerError = q.lastError().text();
                locked.release();
                QDeadlineTimer deadline(2000);
                while (!deadline.hasExpired() && test::fileBytes(file) == mine.toUtf8())
                    QThread::msleep(5);
                if (!q.exec(QStringLiteral("COMMIT")))
                    writerError = q.lastError().text();
            }
        }));
        writer->start();
        locked.acquire();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        auto raced = library.saveEdit(v3, mine + QStringLiteral("- [ ] Mine again\n"), 3);
        QVERIFY(writer->wait(10000));
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY(!raced.ok());
        QVERIFY2(raced.error().contains(QStringLiteral("is now at version 4, not 3")), qPrintable(raced.error()));
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), mine);   // not ours: the database refused it
        QCOMPARE((*store.bySlug(QStringLiteral("disk-full")))->body, theirs);

        // 3. A file that cannot be written: the database does not keep the version either.
        Runbook unwritable = **store.bySlug(QStringLiteral("disk-full"));
        unwritable.sourcePath = dir.filePath(QStringLiteral("no-such-folder/disk-full.md"));
        auto notWritten = library.saveEdit(unwritable, theirs + QStringLiteral("- [ ] Lost?\n"), 4);
        QVERIFY(!notWritten.ok());
        QVERIFY2(notWritten.error().contains(QStringLiteral("Cannot write")), qPrintable(notWritten.error()));
        QCOMPARE((*store.bySlug(QStringLiteral("disk-full")))->version, 4);
        QCOMPARE((*store.bySlug(QStringLiteral("disk-full")))->body, theirs);
    }

    // Undoing a checklist change removes the timeline entry it wrote, but not once someone
    // starred it as a key event: that is refused, and the entry and the step stay.
    void checklistUndoKeepsAStarredEntry()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto other = Database::open(db->path());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        const RunbookStore store(*db);
        const TimelineStore theirTimeline(*other.value());
        auto runbook = store.save(QStringLiteral("disk-full"), diskFull, QString());
        QVERIFY(runbook.ok());
        NewIncident n;
        n.title = QStringLiteral("Disk full on db-3");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("ana"));
        QVERIFY(incident.ok());
        const auto eventExists = [&](qint64 id) { return TimelineStore(*db).byId(id)->has_value(); };

        auto attached = store.attach(incident->id, runbook->id, QStringLiteral("ana"));
        QVERIFY(attached.ok());
        QVERIFY(theirTimeline.setKeyEvent(attached->eventId, false, true).ok());
        auto detached = store.detach(*attached);
        QVERIFY(!detached.ok());
        QVERIFY2(detached.error().contains(QStringLiteral("was starred as a key event since")), qPrintable(detached.error()));
        QVERIFY(eventExists(attached->eventId));
        QCOMPARE(store.checklist(incident->id)->size(), attached->itemIds.size());

        const ChecklistItem first = store.checklist(incident->id)->constFirst();
        auto tick = store.setState(first.id, QStringLiteral("done"), QStringLiteral("97 %"), QStringLiteral("ana"), first);
        QVERIFY(tick.ok());
        QVERIFY(theirTimeline.setKeyEvent(tick->eventId, false, true).ok());
        auto undone = store.restore(*tick);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().contains(QStringLiteral("was starred as a key event since")), qPrintable(undone.error()));
        QVERIFY(eventExists(tick->eventId));
        QCOMPARE(store.checklist(incident->id)->constFirst().state, QStringLiteral("done"));
        // Unstarred again, nothing of anyone's is in it: the undo goes through.
        QVERIFY(theirTimeline.setKeyEvent(tick->eventId, true, false).ok());
        QVERIFY(store.restore(*tick).ok());
        QVERIFY(!eventExists(tick->eventId));
        QCOMPARE(store.checklist(incident->id)->constFirst().state, QStringLiteral("open"));
    }

    // Two people (two Sitreps: a Database each) save the same runbook from the same version, or
    // tick the same step as they saw it, at once: one is written, the other refused saying why.
    void twoWritersOnOneRunbookGiveOneWinner()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString slug = QStringLiteral("disk-full");
        auto v1 = RunbookStore(*db).save(slug, diskFull, QString(), 0);
        QVERIFY2(v1.ok(), qPrintable(v1.error()));
        const auto saveFromV1 = [&](const Database &on, const QString &line) -> Done {
            auto saved = RunbookStore(on).save(slug, diskFull + line, QString(), 1);
            return saved ? Done() : Done(fail(saved.error()));
        };
        auto saves = test::raceOnRow(db->path(), "runbooks", v1->id,
                                     [&](const Database &d) { return saveFromV1(d, QStringLiteral("- [ ] Ana's\n")); },
                                     [&](const Database &d) { return saveFromV1(d, QStringLiteral("- [ ] Ben's\n")); });
        SITREP_VERIFY_ONE_WINNER(saves, QStringLiteral("is now at version 2, not 1"));
        const Runbook now = RunbookStore(*db).bySlug(slug).value().value();
        QCOMPARE(now.version, 2);
        QVERIFY(now.body.endsWith(saves.first.ok() ? QStringLiteral("Ana's\n") : QStringLiteral("Ben's\n")));
        QCOMPARE(RunbookStore(*db).versions(v1->id)->size(), 2);

        NewIncident n;
        n.title = QStringLiteral("Disk full on db-3");
        auto incident = IncidentStore(*db).declare(n, QStringLiteral("ana"));
        QVERIFY(incident.ok());
        auto attached = RunbookStore(*db).attach(incident->id, v1->id, QStringLiteral("ana"));
        QVERIFY2(attached.ok(), qPrintable(attached.error()));
        const ChecklistItem first = RunbookStore(*db).checklist(incident->id)->constFirst();
        const auto tick = [&](const Database &on, const QString &who, const QString &state) -> Done {
            auto changed = RunbookStore(on).setState(first.id, state, QStringLiteral("by ") + who, who, first);
            return changed ? Done() : Done(fail(changed.error()));
        };
        auto ticks = test::raceOnRow(db->path(), "checklist_items", first.id,
                                     [&](const Database &d) { return tick(d, QStringLiteral("ana"), QStringLiteral("done")); },
                                     [&](const Database &d) { return tick(d, QStringLiteral("bo"), QStringLiteral("skipped")); });
        SITREP_VERIFY_ONE_WINNER(ticks, QStringLiteral("was changed again since"));
        const ChecklistItem ticked = RunbookStore(*db).checklist(incident->id)->constFirst();
        QCOMPARE(ticked.state, ticks.first.ok() ? QStringLiteral("done") : QStringLiteral("skipped"));
        QVERIFY(ticks.refusal().contains(ticked.changedBy));

        // One attaches a new runbook while another removes it (undoing its creation): either it
        // is gone before the attach, or the attach comes first and the removal is refused.
        auto fresh = RunbookStore(*db).save(QStringLiteral("cache"), QStringLiteral("# Cache\n- [ ] restart\n"), QString(), 0);
        QVERIFY(fresh.ok());
        auto attachOrRemove = test::raceOnRow(
            db->path(), "runbooks", fresh->id,
            [&](const Database &d) -> Done {
                auto made = RunbookStore(d).attach(incident->id, fresh->id, QStringLiteral("ana"));
                return made ? Done() : Done(fail(made.error()));
            },
            [&](const Database &d) { return RunbookStore(d).removeUntouched(fresh->id); });
        QVERIFY2(attachOrRemove.problem.isEmpty(), qPrintable(attachOrRemove.problem));
        QVERIFY2(attachOrRemove.winners() == 1, qPrintable(attachOrRemove.first.ok() ? QStringLiteral("both won") : attachOrRemove.first.error()));
        QVERIFY2(attachOrRemove.refusal().contains(QStringLiteral("is attached to an incident"))
                     || attachOrRemove.refusal().contains(QStringLiteral("no longer exists")),
                 qPrintable(attachOrRemove.refusal()));
        QCOMPARE(RunbookStore(*db).byId(fresh->id).value().has_value(), attachOrRemove.first.ok());

        // Two people add steps at once: both get a place of their own at the end.
        const int steps = int(RunbookStore(*db).checklist(incident->id)->size());
        const auto add = [&](const Database &on, const QString &text) -> Done {
            auto added = RunbookStore(on).addStep(incident->id, text, QStringLiteral("ana"));
            return added ? Done() : Done(fail(added.error()));
        };
        auto adds = test::raceOnRow(db->path(), "incidents", incident->id,
                                    [&](const Database &d) { return add(d, QStringLiteral("Page storage")); },
                                    [&](const Database &d) { return add(d, QStringLiteral("Page db")); });
        QVERIFY2(adds.problem.isEmpty(), qPrintable(adds.problem));
        QCOMPARE(adds.winners(), 2);
        const QList<ChecklistItem> all = *RunbookStore(*db).checklist(incident->id);
        QCOMPARE(all.size(), steps + 2);
        QCOMPARE(all.at(steps).position + 1, all.at(steps + 1).position);
    }
};

QTEST_GUILESS_MAIN(TestRunbooks)
#include "tst_runbooks.moc"
