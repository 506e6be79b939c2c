#pragma once
// What most tests need: a private temp folder, a fresh database in it, demo data, file bytes.

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace sitrep::test {

// Call first in initTestCase(): QStandardPaths test mode, so no test touches real user files.
void isolate();

QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// The engine this run tests: PostgreSQL when SITREP_TEST_ENGINE=postgresql (CTest's
// <test>.postgresql entries, see sitrep_add_test BOTH_ENGINES), else SQLite.
Engine testEngine();
inline bool testingServer() { return testEngine() == Engine::Postgres; }
// Where a fresh, empty database for this test is: <dir>/<name> on SQLite; on PostgreSQL a new
// database on the test server (named after `name`), given as the location `--db` takes.
QString newDatabaseLocation(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"));
// A fresh, migrated database at newDatabaseLocation(dir, name).
DatabasePtr createDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"));
// The version of this run's engine's built-in migration named `name` ("alert_episodes"), 0
// when there is none.
int migrationVersion(const QString &name);
// A folder in `dir` holding this engine's built-in migrations before the one named `name`: a
// Migrator over it makes the database as it was just before that migration.
QString migrationsBefore(const QTemporaryDir &dir, const QString &name);
// A database filled by the demo generator with a fixed end date, so its contents never vary.
DatabasePtr createDemoDatabase(const QTemporaryDir &dir, qint64 incidents, quint64 seed = 7,
                               const QString &name = QStringLiteral("demo.db"));
// The whole database as the exchange document (empty, with a warning, if export fails).
QByteArray exportedJson(const Database &db);
// The first column of the first row of a query (-1 when it fails or returns nothing).
qint64 scalar(const Database &db, const QString &sql);
// The database user this connection is (current_user on a server; empty on a file, which has none).
QString databaseUser(const Database &db);
// Declares a SEV2 incident titled `title`, by "ana"; its id (0 when that failed).
qint64 declareIncident(const Database &db, const QString &title);
// A file under tests/data, e.g. dataFile("intake/pagerduty_trigger.json").
QByteArray dataFile(const QString &relativePath);

// 2026-01-01T00:00:00Z: the demo's fixed end in tests.
inline constexpr qint64 demoUntil = 1767225600000;

// True when tests run as in CI: the environment variable "CI" is set, not empty and not "false"
// (the build's -Werror rule).
bool runningInCi();
// Where a program on PATH is, or empty. SITREP_TEST_HIDE_TOOLS=a,b hides programs by name, so
// the missing-tool path can be tried on a machine that has them.
QString findTool(const QString &name);
// The message for a missing tool: its name, why the test needs it and the Debian package with it.
QByteArray missingToolMessage(const QString &name, const char *package, const char *why);

} // namespace sitrep::test

// Declares `const QString var` = the path of program `name` on PATH. When it is missing the test
// stops: in CI it FAILS (CTest counts a QSKIP as passed, so a skipped check would pass silently,
// and the build root installs every tool a test needs: ROOT_PACKAGES in ./dev); elsewhere it is
// skipped with the reason. `package` is the Debian package with the tool, `why` what it is for,
// e.g. SITREP_REQUIRE_TOOL(pdftotext, "pdftotext", "poppler-utils", "to read the PDF back").
// A macro because QSKIP and QFAIL return from the test function that uses them.
#define SITREP_REQUIRE_TOOL(var, name, package, why)                                          \
    const QString var = ::sitrep::test::findTool(QStringLiteral(name));                       \
    do {                                                                                      \
        if (var.isEmpty()) {                                                                  \
            const QByteArray sitrepMissing_ = ::sitrep::test::missingToolMessage(QStringLiteral(name), package, why); \
            if (::sitrep::test::runningInCi())                                                \
                QFAIL(sitrepMissing_.constData());                                            \
            QSKIP(sitrepMissing_.constData());                                                \
        }                                                                                     \
    } while (false)
