#include "TestSupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "demo/DemoGenerator.h"
#include "exchange/JsonExporter.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"

#include <QBuffer>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

namespace sitrep::test {

void isolate() { QStandardPaths::setTestModeEnabled(true); }

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

Engine testEngine()
{
    return qEnvironmentVariable("SITREP_TEST_ENGINE") == QLatin1String("postgresql") ? Engine::Postgres
                                                                                     : Engine::Sqlite;
}

namespace {

// The test server's socket folder, from the state file that tests/support/pg_test_cluster.sh
// wrote when CTest's "postgresql" fixture started it.
QString testServerSocket()
{
    const QString state = qEnvironmentVariable("SITREP_TEST_PG_STATE");
    const QString dir = QString::fromUtf8(fileBytes(state)).trimmed();
    if (dir.isEmpty())
        qFatal("SITREP_TEST_ENGINE=postgresql, but no test server runs (state file \"%s\"): run the "
               "test through ctest, which starts one (the postgresql_start fixture)", qPrintable(state));
    return dir;
}

QString serverLocation(const QString &database)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=sitrep").arg(database, testServerSocket());
}

} // namespace

QString newDatabaseLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!testingServer())
        return dir.filePath(name);
    // A database per call, named after the file it stands for; the server goes with the run.
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9_]"));
    const QString base = name.toLower().replace(notAllowed, QStringLiteral("_")).left(30);
    const QString database = QStringLiteral("t_%1_%2").arg(base, QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString admin = QStringLiteral("sitrep-test-admin");
    {
        auto db = QSqlDatabase::contains(admin) ? QSqlDatabase::database(admin)
                                                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        if (!db.isOpen()) {
            db.setHostName(testServerSocket());
            db.setUserName(QStringLiteral("sitrep"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open())
                qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
            qFatal("cannot create test database %s: %s", qPrintable(database), qPrintable(q.lastError().text()));
    }
    return serverLocation(database);
}

DatabasePtr createDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(newDatabaseLocation(dir, name));
    if (!db)
        qFatal("cannot create test database: %s", qPrintable(db.error()));
    return db.value();
}

DatabasePtr createDemoDatabase(const QTemporaryDir &dir, qint64 incidents, quint64 seed,
                               const QString &name)
{
    auto db = createDatabase(dir, name);
    auto summary = generateDemo(*db, {incidents, seed, demoUntil});
    if (!summary)
        qFatal("demo generation failed: %s", qPrintable(summary.error()));
    return db;
}

QByteArray exportedJson(const Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto done = exportJson(db, buffer); !done) {
        qWarning() << "export failed:" << done.error();
        return {};
    }
    return buffer.data();
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString databaseUser(const Database &db)
{
    if (!db.isServer())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 declareIncident(const Database &db, const QString &title)
{
    auto made = IncidentStore(db).declare({title, Severity::Sev2, {}, {}, false, {}}, QStringLiteral("ana"));
    return made ? made->id : 0;
}

QByteArray dataFile(const QString &relativePath)
{
    return fileBytes(QStringLiteral(SITREP_TEST_DATA "/") + relativePath);
}

bool runningInCi()
{
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "false";
}

QString findTool(const QString &name)
{
    const QStringList hidden = qEnvironmentVariable("SITREP_TEST_HIDE_TOOLS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (hidden.contains(name))
        return {};
    return QStandardPaths::findExecutable(name);
}

QByteArray missingToolMessage(const QString &name, const char *package, const char *why)
{
    return QStringLiteral("%1 is not on PATH; it is needed %2. It is in the Debian package %3, which ./dev "
                          "installs in the Debian 13 root%4")
        .arg(name, QString::fromUtf8(why), QString::fromUtf8(package),
             runningInCi() ? QStringLiteral(", and with CI set a missing tool fails the test instead of skipping it.")
                           : QStringLiteral("; skipped because CI is not set."))
        .toUtf8();
}

int migrationVersion(const QString &name)
{
    const Migrator all = Migrator::forEngine(testEngine());
    for (const Migration &m : all.migrations())
        if (m.name == name)
            return m.version;
    return 0;
}

QString migrationsBefore(const QTemporaryDir &dir, const QString &name)
{
    const QString folder = dir.filePath(QStringLiteral("before"));
    QDir().mkpath(folder);
    const int version = migrationVersion(name);
    const Migrator all = Migrator::forEngine(testEngine());
    for (const Migration &m : all.migrations())
        if (m.version < version)
            QFile::copy(m.path, folder + QLatin1Char('/') + QFileInfo(m.path).fileName());
    return folder;
}

} // namespace sitrep::test
