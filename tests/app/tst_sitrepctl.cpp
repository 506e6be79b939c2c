// Runs the real sitrepctl binary, as a user or a script would.
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    QString path(const QString &name) const { return m_dir.filePath(name); }

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
        const QString db = path(QStringLiteral("demo.db"));
        Run r = sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                           QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Wrote 500 incidents"), r.err.constData());
        r = sitrepctl({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("schema version: " + QByteArray::number(Migrator().latestVersion())));
        QVERIFY(r.out.contains("incidents       : 500"));
        QVERIFY(r.out.contains("integrity: ok"));
        // A second demo into the same file is refused: demo data never mixes with real data.
        r = sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("empty database"));
    }

    void exportImportExportGivesIdenticalJson()
    {
        const QString a = path(QStringLiteral("a.db")), b = path(QStringLiteral("b.db"));
        QCOMPARE(sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), a, QStringLiteral("--incidents"),
                            QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-01-01T00:00:00Z")})
                     .exitCode, 0);
        const QString first = path(QStringLiteral("first.json"));
        QCOMPARE(sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--out"), first}).exitCode, 0);
        const Run imported = sitrepctl({QStringLiteral("import"), QStringLiteral("--db"), b, first});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.err.contains("Imported 300 incidents"));
        const Run second = sitrepctl({QStringLiteral("export"), QStringLiteral("--db"), b});  // stdout
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, test::fileBytes(first));

        // From standard input too.
        const QString c = path(QStringLiteral("c.db"));
        QCOMPARE(sitrepctl({QStringLiteral("import"), QStringLiteral("--db"), c, QStringLiteral("-")},
                           test::fileBytes(first)).exitCode, 0);
    }

    void aBadImportNamesThePathAndChangesNothing()
    {
        const QString db = path(QStringLiteral("bad-import.db"));
        QCOMPARE(sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                            QStringLiteral("20")}).exitCode, 0);
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
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
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
        const QString db = path(QStringLiteral("migrate.db"));
        Run r = sitrepctl({QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("migrated from schema version 0 to " + QByteArray::number(Migrator().latestVersion())), r.err.constData());
        r = sitrepctl({QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("already at schema version " + QByteArray::number(Migrator().latestVersion())));
    }

    void reportsInEachFormat()
    {
        const QString db = path(QStringLiteral("report.db"));
        QCOMPARE(sitrepctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                            QStringLiteral("400"), QStringLiteral("--until"), QStringLiteral("2026-01-01T00:00:00Z")}).exitCode, 0);
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
