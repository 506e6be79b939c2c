// The real `sitrep` program started as a user starts it: `--db` with a file or a team database,
// and the database used last time, which may be a server that is out of reach. Each run has
// its own settings and data folders (XDG_*), offscreen, and leaves a picture (--screenshot).
// Links only core: the program under test is the one with widgets.
#include "TestSupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sitrep;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

// Everything written under `dir` as one text (settings are small INI files).
QByteArray everythingUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".conf")))
            all += test::fileBytes(path);
    }
    return all;
}

} // namespace

class TestSitrepApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run sitrep(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(SITREP_APP_PATH), args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
    }
    QByteArray settings() { return everythingUnder(m_home.filePath(QStringLiteral("config"))); }

private slots:
    void initTestCase() { test::isolate(); }

    void dbOpensAFileOrATeamDatabaseAndRemembersItWithoutItsPassword()
    {
        QTemporaryDir dir;
        QString location = test::newDatabaseLocation(dir, QStringLiteral("app.db"));
        QString expectedName = location;
        if (test::testingServer()) {
            // With a password in the address (the test server trusts it and does not check it).
            const auto parsed = DatabaseLocation::parse(location);
            expectedName = parsed->displayName();
            location = QStringLiteral("host=%1 dbname=%2 user=%3 password=app-s3cret").arg(parsed->host, parsed->database, parsed->user);
        }
        const QString shot = m_home.filePath(QStringLiteral("window.png"));
        const Run run = sitrep({QStringLiteral("--db"), location, QStringLiteral("--screenshot"), shot});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY(test::fileBytes(shot).startsWith("\x89PNG"));
        QVERIFY2(settings().contains(("last=" + (expectedName.contains(QLatin1Char('?')) ? QStringLiteral("\"%1\"").arg(expectedName) : expectedName)).toUtf8()),
                 settings().constData());
        QVERIFY(!settings().contains("s3cret"));
        QVERIFY(!run.output.contains("s3cret"));
    }

    // An outage of the team database must not leave the on-call engineer without the app.
    void anUnreachableTeamDatabaseFromLastTimeOpensTheLocalFile()
    {
        const QString gone = QStringLiteral("postgresql://oncall@/team?host=%1").arg(m_home.filePath(QStringLiteral("no-server-here")));
        QDir().mkpath(m_home.filePath(QStringLiteral("config/sitrep")));
        test::writeFile(m_home.filePath(QStringLiteral("config/sitrep/sitrep.conf")),
                        QStringLiteral("[database]\nlast=\"%1\"\n").arg(gone).toUtf8());
        const QString shot = m_home.filePath(QStringLiteral("fallback.png"));
        const Run run = sitrep({QStringLiteral("--screenshot"), shot});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY(test::fileBytes(shot).startsWith("\x89PNG"));
        QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("data/sitrep/sitrep/sitrep.db"))));
        // The team database is still the one tried first next time.
        QVERIFY2(settings().contains(QStringLiteral("last=\"%1\"").arg(gone).toUtf8()), settings().constData());

        // Named on the command line, it is an error instead (the user asked for that one).
        const Run asked = sitrep({QStringLiteral("--db"), gone, QStringLiteral("--screenshot"), shot});
        QCOMPARE(asked.exitCode, 1);
        QVERIFY2(asked.output.contains("Cannot connect to " + gone.toUtf8()), asked.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestSitrepApp)
#include "tst_sitrepapp.moc"
