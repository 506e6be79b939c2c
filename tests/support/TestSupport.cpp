#include "TestSupport.h"

#include <QSqlQuery>

#include "demo/DemoGenerator.h"
#include "exchange/JsonExporter.h"

#include <QBuffer>

#include <QFile>
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

DatabasePtr createDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(dir.filePath(name));
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

} // namespace sitrep::test
