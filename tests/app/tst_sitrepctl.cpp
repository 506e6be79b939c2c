// Runs the real sitrepctl binary, as a user or a script would.
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QSqlQuery>
#include "storage/Migrator.h"

#include <QTest>

using namespace sitrep;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run sitrepctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SITREPCTL_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestSitrepctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A file: for tests about files themselves.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh database of the run's engine: a file, or a database on the test server.
    QString location(const QString &name) const { return test::newDatabaseLocation(m_dir, name); }
    static int latest() { return Migrator::forEngine(test::testEngine()).latestVersion(); }
    // A demo database of the run's engine, with these demo options.
    QString demoAt(const QString &name, const QStringList &demoArgs) const
    {
        const QString db = location(name);
        const Run made = sitrepctl(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + demoArgs);
        if (made.exitCode != 0)
            qWarning() << made.err;
        return db;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        // The child process must not touch the real user's files either.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg-config")).toUtf8());
    }

    void printsItsVersion()
    {
        const Run r = sitrepctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("sitrepctl " SITREP_VERSION));
    }

    void rejectsAWrongCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList() << QByteArray("Usage: sitrepctl");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QByteArray("Unknown command \"frobnicate\"");
        QTest::newRow("bad number") << QStringList{QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("many")}
                                    << QByteArray("--incidents takes a whole number");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--colour")}
                                        << QByteArray("Unknown option");
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QByteArray("Unknown format \"xml\"");
        QTest::newRow("team without a command") << QStringList{QStringLiteral("team")} << QByteArray("Usage: sitrepctl team");
        QTest::newRow("unknown team command") << QStringList{QStringLiteral("team"), QStringLiteral("promote")}
                                              << QByteArray("Unknown team command \"promote\"");
        QTest::newRow("team without --db") << QStringList{QStringLiteral("team"), QStringLiteral("init")}
                                           << QByteArray("team init takes --db");
        QTest::newRow("team on a file") << QStringList{QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("team.db")}
                                        << QByteArray("is a file: users and roles are a PostgreSQL team database's");
        QTest::newRow("add-user without a role") << QStringList{QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("alice"),
                                                                QStringLiteral("--db"), QStringLiteral("postgresql:///team")}
                                                 << QByteArray("team add-user takes --role");
        QTest::newRow("add-user with an unknown role") << QStringList{QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("alice"),
                                                                      QStringLiteral("--role"), QStringLiteral("boss"),
                                                                      QStringLiteral("--db"), QStringLiteral("postgresql:///team")}
                                                       << QByteArray("--role takes viewer, responder, admin or intake");
        QTest::newRow("add-user without a name") << QStringList{QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("--role"),
                                                                QStringLiteral("viewer"), QStringLiteral("--db"), QStringLiteral("postgresql:///team")}
                                                 << QByteArray("team add-user takes one user name");
    }
    void rejectsAWrongCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = sitrepctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void demoThenCheck()
    {
        const QString db = location(QStringLiteral("demo.db"));
        Run r = sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                           QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Wrote 500 incidents"), r.err.constData());
        r = sitrepctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("schema version: " + QByteArray::number(latest())), r.out.constData());
        QVERIFY(r.out.contains("incidents       : 500"));
        QVERIFY(r.out.contains("integrity: ok"));
        // A second demo into the same file is refused: demo data never mixes with real data.
        r = sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("empty database"));
    }

    void exportImportExportGivesIdenticalJson()
    {
        const QString a = demoAt(QStringLiteral("a.db"), {QStringLiteral("--incidents"), QStringLiteral("300"),
                                                          QStringLiteral("--until"), QStringLiteral("2026-01-01T00:00:00Z")});
        const QString b = location(QStringLiteral("b.db"));
        const QString first = path(QStringLiteral("first.json"));
        QCOMPARE(sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--out"), first}).exitCode, 0);
        const Run imported = sitrepctl({QStringLiteral("import"), QStringLiteral("--db"), b, first});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.err.contains("Imported 300 incidents"));
        const Run second = sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), b});  // stdout
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, test::fileBytes(first));

        // From standard input too.
        const QString c = location(QStringLiteral("c.db"));
        QCOMPARE(sitrepctl({QStringLiteral("import"), QStringLiteral("--db"), c, QStringLiteral("-")},
                           test::fileBytes(first)).exitCode, 0);
    }

    void aBadImportNamesThePathAndChangesNothing()
    {
        const QString db = demoAt(QStringLiteral("bad-import.db"), {QStringLiteral("--incidents"), QStringLiteral("20")});
        const Run before = sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), db});
        const QString file = path(QStringLiteral("bad.json"));
        test::writeFile(file, R"({"format": "sitrep", "format_version": 1, "services": [],
            "runbooks": [], "alerts": [], "incidents": [{"id": "INC-1"}], "postmortems": []})");
        const Run r = sitrepctl({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("$.incidents[0].title: missing"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was imported"));
        QCOMPARE(sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), db}).out, before.out);
    }

    void refusesAFutureSchemaLeavingTheFileByteIdentical()
    {
        const QString db = path(QStringLiteral("future.db"));
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            QSqlQuery q((*opened)->connection());
            // One above what this build knows, whichever that is.
            const int future = Migrator::forEngine(Engine::Sqlite).latestVersion() + 1;
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = test::fileBytes(db);
        for (const QString &command : {QStringLiteral("migrate"), QStringLiteral("export"),
                                       QStringLiteral("demo"), QStringLiteral("check")}) {
            const Run r = sitrepctl({command, QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("newer"), r.err.constData());
            QCOMPARE(test::fileBytes(db), before);
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }

    void checkFindsACorruptFile()
    {
        const QString db = path(QStringLiteral("corrupt.db"));
        QCOMPARE(sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                            QStringLiteral("300")}).exitCode, 0);
        {
            auto opened = Database::open(db);
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        // Scribble over a page in the middle of the file, leaving the header intact.
        QByteArray bytes = test::fileBytes(db);
        QVERIFY(bytes.size() > 64 * 1024);
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
            bytes[i] = char(0x5a);
        test::writeFile(db, bytes);
        const Run r = sitrepctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("problem:"), r.err.constData());
    }

    void migrateReportsWhatItDid()
    {
        const QString db = location(QStringLiteral("migrate.db"));
        Run r = sitrepctl({QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("migrated from schema version 0 to " + QByteArray::number(latest())), r.err.constData());
        r = sitrepctl({QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("already at schema version " + QByteArray::number(latest())));
        r = sitrepctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("integrity: ok"), r.out.constData());
    }

    void reportsInEachFormat()
    {
        const QString db = demoAt(QStringLiteral("report.db"), {QStringLiteral("--incidents"), QStringLiteral("400"),
                                                                QStringLiteral("--until"), QStringLiteral("2026-01-01T00:00:00Z")});
        const QStringList common{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                 QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("--by"), QStringLiteral("quarter"), QStringLiteral("--time-zone"),
                                 QStringLiteral("Europe/Berlin"), QStringLiteral("--severity"), QStringLiteral("SEV1"),
                                 QStringLiteral("--severity"), QStringLiteral("SEV2"), QStringLiteral("--compare-at"),
                                 QStringLiteral("2025-07-01")};
        Run r = sitrepctl(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[QStringLiteral("bucket")].toString(), QStringLiteral("quarter"));
        QCOMPARE(json[QStringLiteral("time_zone")].toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(json[QStringLiteral("metrics")][QStringLiteral("time_to_resolve")][QStringLiteral("buckets")].toArray().size(), 4);
        QCOMPARE(json[QStringLiteral("filter")][QStringLiteral("severities")].toArray().size(), 2);
        QCOMPARE(json[QStringLiteral("filter")][QStringLiteral("from")].toString(), QStringLiteral("2024-12-31T23:00:00.000Z"));
        QVERIFY(json[QStringLiteral("comparison")].isObject());
        r = sitrepctl(common + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1 + 4 * 4);
        r = sitrepctl(common + QStringList{QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("| Time to detect |"));
        QCOMPARE(sitrepctl({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("day")}).exitCode, 2);
        QCOMPARE(sitrepctl({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(sitrepctl({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}).exitCode, 2);
    }

    void serveRefusesUnsafeOrBrokenSetups()
    {
        const QString db = m_dir.filePath(QStringLiteral("serve.db"));
        Run open = sitrepctl({QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains("without --token-file"), open.err.constData());
        const QString shortToken = m_dir.filePath(QStringLiteral("short.token"));
        test::writeFile(shortToken, "abc\n");
        Run weak = sitrepctl({QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--token-file"), shortToken});
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.err.contains("shorter than 16"));
        Run badAddress = sitrepctl({QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("localhost")});
        QCOMPARE(badAddress.exitCode, 2);
        QVERIFY(badAddress.err.contains("HOST:PORT"));
        // None of these created the database.
        QVERIFY(!QFileInfo::exists(db));
    }

    // Team roles are a server's: on a file `team` refuses and makes nothing; on a server an
    // admin adds, lists and removes people, and a made-up password is shown once, on stdout.
    void teamAddsListsAndRemovesPeople()
    {
        if (!test::testingServer()) {
            const QString file = path(QStringLiteral("team.db"));
            const Run r = sitrepctl({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--db"), file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!QFileInfo::exists(file));
            return;
        }
        const QString db = location(QStringLiteral("team.db"));
        const QString database = QUrl(db).path().mid(1);
        Run r = sitrepctl({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Created the roles"), r.out.constData());
        const QString ann = database + QStringLiteral("_ann"), bob = database + QStringLiteral("_bob");
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("add-user"), ann, QStringLiteral("--role"), QStringLiteral("responder"),
                       QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray shown = "Password for " + ann.toUtf8() + " (shown only now): ";
        QVERIFY2(r.out.contains(shown), r.out.constData());
        const QByteArray password = r.out.mid(r.out.indexOf(shown) + shown.size()).trimmed();
        QCOMPARE(password.size(), 24);
        QVERIFY(!r.err.contains(password));
        const QString passwordFile = path(QStringLiteral("bob.password"));
        test::writeFile(passwordFile, "correct horse battery staple\n");
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("add-user"), bob, QStringLiteral("--role"), QStringLiteral("viewer"),
                       QStringLiteral("--password-file"), passwordFile, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains("correct horse") && !r.err.contains("correct horse") && !r.out.contains("Password for"));
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("set-role"), bob, QStringLiteral("--role"), QStringLiteral("admin"),
                       QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, (ann + QStringLiteral("\tresponder\n") + bob + QStringLiteral("\tadmin\n")).toUtf8());
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("remove-user"), ann, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = sitrepctl({QStringLiteral("team"), QStringLiteral("remove-user"), ann, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a user of this team database"), r.err.constData());
    }

    void copiesAFileToTheTeamDatabaseAndBack()
    {
        const QString original = path(QStringLiteral("copy-original.db"));
        QCOMPARE(sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), original, QStringLiteral("--incidents"),
                            QStringLiteral("200"), QStringLiteral("--until"), QStringLiteral("2026-01-01T00:00:00Z")})
                     .exitCode, 0);
        const QString team = location(QStringLiteral("copy-team.db"));
        Run r = sitrepctl({QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), team});
        QCOMPARE(r.exitCode, 0);
        // Progress per table on stderr (not a terminal here: one line per table), then a summary.
        QVERIFY2(r.err.contains("copy: incidents (") && r.err.contains(": 200 of 200 rows"), r.err.constData());
        QVERIFY2(r.err.contains("Copied ") && r.err.contains(" rows/s)"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QString back = path(QStringLiteral("copy-back.db"));
        QCOMPARE(sitrepctl({QStringLiteral("copy"), QStringLiteral("--from"), team, QStringLiteral("--to"), back}).exitCode, 0);
        const Run expected = sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), original});
        QCOMPARE(expected.exitCode, 0);
        QVERIFY(expected.out.size() > 10000);
        QCOMPARE(sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), back}).out, expected.out);

        // Not again into a database that holds something, unless asked to replace it.
        r = sitrepctl({QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), team});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not empty") && r.err.contains("--replace"), r.err.constData());
        r = sitrepctl({QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), team,
                       QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), team}).out, expected.out);

        r = sitrepctl({QStringLiteral("copy"), QStringLiteral("--from"), original});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--from and --to"));
    }

    void helpSaysWhereADatabaseCanBeAndWherePasswordsComeFrom()
    {
        const Run r = sitrepctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text : {"copy ", "postgresql://", "service=NAME", ".pgpass", "PGPASSFILE", "process",
                                 "pg_service.conf"})
            QVERIFY2(r.out.contains(text), text);
        const Run copyHelp = sitrepctl({QStringLiteral("copy"), QStringLiteral("--help")});
        QCOMPARE(copyHelp.exitCode, 0);
        QVERIFY(copyHelp.out.contains("--replace"));
        const Run checkHelp = sitrepctl({QStringLiteral("check"), QStringLiteral("--help")});
        QVERIFY(checkHelp.out.contains("postgresql://"));
    }

    void neverPrintsAPassword()
    {
        const QByteArray secret = "s3cret-Pa55word";
        // A server that does not answer: every command fails, and says where without the password.
        QStringList locations{QStringLiteral("postgresql://alice:%1@127.0.0.1:1/sitrep?connect_timeout=3")
                                  .arg(QString::fromLatin1(secret))};
        // On the PostgreSQL run also a server that answers (the test server does not ask for
        // the password, so the commands succeed and name the database in their messages).
        if (test::testingServer())
            locations << location(QStringLiteral("password.db")) + QStringLiteral("&password=") + QString::fromLatin1(secret);
        const QString file = path(QStringLiteral("password-source.db"));
        QCOMPARE(sitrepctl({QStringLiteral("migrate"), QStringLiteral("--db"), file}).exitCode, 0);
        for (const QString &db : std::as_const(locations)) {
            const QList<QStringList> commands{
                {QStringLiteral("migrate"), QStringLiteral("--db"), db},
                {QStringLiteral("check"), QStringLiteral("--db"), db},
                {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"), QStringLiteral("3")},
                {QStringLiteral("export"), QStringLiteral("--db"), db},
                {QStringLiteral("report"), QStringLiteral("--db"), db},
                {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), db, QStringLiteral("--replace")},
                {QStringLiteral("copy"), QStringLiteral("--from"), db, QStringLiteral("--to"), path(QStringLiteral("password-copy.db")),
                 QStringLiteral("--replace")},
            };
            for (const QStringList &command : commands) {
                const Run r = sitrepctl(command);
                QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), r.err.constData());
                QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(command.join(QLatin1Char(' '))));
            }
        }
    }

    void servesTheRunsEngineAndStopsOnSigterm()
    {
        const QString db = location(QStringLiteral("serve-engine.db"));
        QProcess p;
        p.start(QStringLiteral(SITREPCTL_PATH), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(p.state() != QProcess::Running || p.canReadLine(), "no first line", 30000);
        const QByteArray first = p.readLine();
        QByteArray err = p.readAllStandardError();
        if (!first.startsWith("listening on http://127.0.0.1:")) {
            p.waitForFinished(5000);
            err += p.readAllStandardError();
            QFAIL(qPrintable(QStringLiteral("exit %1, stdout \"%2\", stderr: %3")
                                 .arg(p.state() == QProcess::Running ? QStringLiteral("(running)") : QString::number(p.exitCode()),
                                      QString::fromUtf8(first + p.readAllStandardOutput()), QString::fromUtf8(err))));
        }
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        err += p.readAllStandardError();
        const QString shown = Database::open(db).value()->path();
        QVERIFY2(err.contains("Intake for " + shown.toUtf8()), err.constData());
        QVERIFY2(err.contains("Stopping: 0 alerts received"), err.constData());
    }

    // The change feed as JSON lines: the whole log with --from 0, what follows a given id, and
    // while following, each change as another session commits it; SIGTERM ends it cleanly.
    void tailPrintsTheFeedAndFollowsIt()
    {
        const QString db = location(QStringLiteral("tail.db"));
        auto opened = Database::open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto write = [&](const QString &statement) {
            QSqlQuery q((*opened)->connection());
            return q.exec(statement);
        };
        QVERIFY(write(QStringLiteral("INSERT INTO services(name) VALUES ('checkout')")));
        QVERIFY(write(QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                     "VALUES (1042, 'Checkout 5xx', 1, 'open', 1000, 1000)")));
        const Run all = sitrepctl({QStringLiteral("tail"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("0"),
                                   QStringLiteral("--no-follow")});
        QCOMPARE(all.exitCode, 0);
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject service = QJsonDocument::fromJson(lines[0]).object();
        const QJsonObject incident = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(service.value(QStringLiteral("table")).toString(), QStringLiteral("services"));
        QCOMPARE(service.value(QStringLiteral("action")).toString(), QStringLiteral("insert"));
        QVERIFY(service.value(QStringLiteral("incident")).isNull());
        QCOMPARE(incident.value(QStringLiteral("table")).toString(), QStringLiteral("incidents"));
        QCOMPARE(incident.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-1042"));
        QVERIFY(incident.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(lines[0].startsWith("{\"id\":"));   // keys in a fixed, readable order
        // Resuming after the first change prints only the second.
        const Run rest = sitrepctl({QStringLiteral("tail"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                    QString::number(service.value(QStringLiteral("id")).toInteger()), QStringLiteral("--no-follow")});
        QCOMPARE(rest.out.trimmed(), lines[1]);
        const Run unknown = sitrepctl({QStringLiteral("tail"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                       QStringLiteral("999999"), QStringLiteral("--no-follow")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("999999"), unknown.err.constData());

        // Following: from now on, as commits happen.
        QProcess p;
        p.start(QStringLiteral(SITREPCTL_PATH), {QStringLiteral("tail"), QStringLiteral("--db"), db});
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(500);   // listening (nothing printed: all that is older than now)
        QVERIFY(!p.canReadLine());
        QVERIFY(write(QStringLiteral("UPDATE incidents SET status = 'acknowledged' WHERE number = 1042")));
        QTRY_VERIFY2_WITH_TIMEOUT(p.canReadLine(), qPrintable(QString::fromUtf8(p.readAllStandardError())), 5000);
        const QJsonObject followed = QJsonDocument::fromJson(p.readLine()).object();
        QCOMPARE(followed.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
        QCOMPARE(followed.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-1042"));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void checkOfAMissingFileFails()
    {
        const Run r = sitrepctl({QStringLiteral("check"), QStringLiteral("--db"), path(QStringLiteral("nope.db"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nope.db"))));
    }
};

QTEST_GUILESS_MAIN(TestSitrepctl)
#include "tst_sitrepctl.moc"
