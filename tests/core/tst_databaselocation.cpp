// What `--db` accepts: a file path, or a PostgreSQL server as libpq names one; and that the
// password never shows in what a location displays.
#include "storage/DatabaseLocation.h"

#include <QTest>

using namespace sitrep;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePathsStayFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/home/alice/sitrep.db");
        QTest::newRow("relative") << QStringLiteral("team.db");
        QTest::newRow("equals in a name") << QStringLiteral("/tmp/a=b.db");
        QTest::newRow("unknown keyword") << QStringLiteral("colour=blue.db");
    }
    void filePathsStayFiles()
    {
        QFETCH(QString, text);
        const auto location = DatabaseLocation::parse(text);
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->engine, Engine::Sqlite);
        QCOMPARE(location->path, text);
        QCOMPARE(location->displayName(), text);
    }

    void uriWithEverything()
    {
        const auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://alice:s3cr%40t@db.example:5433/sitrep?sslmode=verify-full&connect_timeout=5"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->engine, Engine::Postgres);
        QCOMPARE(location->host, QStringLiteral("db.example"));
        QCOMPARE(location->port, 5433);
        QCOMPARE(location->user, QStringLiteral("alice"));
        QCOMPARE(location->password, QStringLiteral("s3cr@t"));
        QCOMPARE(location->database, QStringLiteral("sitrep"));
        QCOMPARE(location->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(location->connectOptions(), QStringLiteral("sslmode=verify-full;connect_timeout=5"));
        const QString shown = location->displayName();
        QVERIFY2(!shown.contains(QLatin1String("s3cr")), qPrintable(shown));
        QCOMPARE(shown, QStringLiteral("postgresql://alice@db.example:5433/sitrep?sslmode=verify-full&connect_timeout=5"));
        // What is shown reads back to the same server.
        const auto again = DatabaseLocation::parse(shown);
        QVERIFY(again);
        QCOMPARE(again->displayName(), shown);
        QVERIFY(again->password.isEmpty());
    }

    void uriWithSocketFolderAndQueryParameters()
    {
        const auto location = DatabaseLocation::parse(
            QStringLiteral("postgres:///incidents?host=/run/postgresql&user=bob&password=hunter2"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(location->user, QStringLiteral("bob"));
        QCOMPARE(location->password, QStringLiteral("hunter2"));
        QCOMPARE(location->database, QStringLiteral("incidents"));
        QVERIFY(location->options.isEmpty());
        QVERIFY(!location->displayName().contains(QLatin1String("hunter2")));
        QCOMPARE(DatabaseLocation::parse(location->displayName())->host, QStringLiteral("/run/postgresql"));
    }

    void displayReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no host") << QStringLiteral("postgresql:///sitrep");
        QTest::newRow("socket") << QStringLiteral("postgresql:///sitrep?host=/run/postgresql");
        QTest::newRow("ipv6") << QStringLiteral("postgresql://alice@[::1]:5432/sitrep");
        QTest::newRow("odd names") << QStringLiteral("postgresql://al%20ice@db/team%20db");
    }
    void displayReadsBackTheSame()
    {
        QFETCH(QString, text);
        const auto location = DatabaseLocation::parse(text);
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->displayName(), text);
    }

    void serviceName()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("service=sitrep-prod"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->engine, Engine::Postgres);
        QCOMPARE(location->option(QStringLiteral("service")), QStringLiteral("sitrep-prod"));
        QCOMPARE(location->displayName(), QStringLiteral("service=sitrep-prod"));
        QCOMPARE(location->connectOptions(), QStringLiteral("service=sitrep-prod"));
    }

    void keywordParameters()
    {
        const auto location = DatabaseLocation::parse(
            QStringLiteral("host=db.example port=5432 dbname=sitrep user=carol password='it''s' sslmode=require"));
        // A doubled quote is not libpq's escape: the value ends at the second quote.
        QVERIFY(!location);
        const auto quoted = DatabaseLocation::parse(
            QStringLiteral("host=db.example port=5432 dbname=sitrep user=carol password='it\\'s secret' sslmode=require"));
        QVERIFY2(quoted, qPrintable(quoted.error()));
        QCOMPARE(quoted->password, QStringLiteral("it's secret"));
        QCOMPARE(quoted->port, 5432);
        QCOMPARE(quoted->option(QStringLiteral("sslmode")), QStringLiteral("require"));
        QVERIFY(!quoted->displayName().contains(QLatin1String("secret")));
        QCOMPARE(quoted->displayName(), QStringLiteral("postgresql://carol@db.example:5432/sitrep?sslmode=require"));
    }

    void optionValuesAreQuotedForLibpq()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("service=a options='-c search_path=x'"));
        QVERIFY2(location, qPrintable(location.error()));
        QCOMPARE(location->connectOptions(), QStringLiteral("service=a;options='-c search_path=x'"));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QStringLiteral("No database was given");
        QTest::newRow("bad port") << QStringLiteral("host=x port=http") << QStringLiteral("not a port number");
        QTest::newRow("unknown key") << QStringLiteral("host=x colour=blue") << QStringLiteral("not a PostgreSQL connection parameter");
        QTest::newRow("no value") << QStringLiteral("host=x dbname") << QStringLiteral("has no value");
        QTest::newRow("open quote") << QStringLiteral("host='x") << QStringLiteral("no closing quote");
        QTest::newRow("semicolon") << QStringLiteral("postgresql://h/db?application_name=a;b") << QStringLiteral("semicolon");
    }
    void badInputIsExplained()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto location = DatabaseLocation::parse(text);
        QVERIFY(!location);
        QVERIFY2(location.error().contains(says), qPrintable(location.error()));
    }

    void badUriNeverShowsItsPassword()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://u:topsecret@[bad/db"));
        QVERIFY(!location);
        QVERIFY2(!location.error().contains(QLatin1String("topsecret")), qPrintable(location.error()));
    }

    // A server on another machine is checked (certificate and host name) unless the address,
    // its service or PGSSLMODE chooses; this machine's is left to libpq.
    void aRemoteServerIsVerifiedByDefault_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("remote host") << "postgresql://alice@db.example:5432/sitrep" << true << "verify-full";
        QTest::newRow("remote address") << "host=10.1.2.3 dbname=sitrep" << true << "verify-full";
        QTest::newRow("one of several remote") << "host=localhost,db.example dbname=sitrep" << true << "verify-full";
        QTest::newRow("explicitly plain") << "postgresql://db.example/sitrep?sslmode=disable" << true << "disable";
        QTest::newRow("explicitly unchecked") << "postgresql://db.example/sitrep?sslmode=require" << true << "require";
        QTest::newRow("a service decides") << "service=sitrep" << false << "";
        QTest::newRow("localhost") << "postgresql://localhost/sitrep" << false << "";
        QTest::newRow("loopback") << "postgresql://127.0.0.1/sitrep" << false << "";
        QTest::newRow("socket folder") << "host=/run/postgresql dbname=sitrep" << false << "";
    }
    void aRemoteServerIsVerifiedByDefault()
    {
        QFETCH(QString, text);
        QFETCH(bool, remote);
        QFETCH(QString, sslmode);
        qunsetenv("PGSSLMODE");
        qunsetenv("PGSERVICE");
        qunsetenv("PGHOST");
        auto location = DatabaseLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.error()));
        QCOMPARE(location->isRemote(), remote);
        const DatabaseLocation connected = location->withConnectionDefaults();
        QCOMPARE(connected.option(QStringLiteral("sslmode")), sslmode);
        QVERIFY(connected.connectOptions().contains(QStringLiteral("application_name=Sitrep")));
        // PGSSLMODE is the user's choice too.
        qputenv("PGSSLMODE", "prefer");
        QCOMPARE(location->withConnectionDefaults().option(QStringLiteral("sslmode")), sslmode == QLatin1String("verify-full") ? QString() : sslmode);
        qunsetenv("PGSSLMODE");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
