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

// A fresh, migrated database at <dir>/<name>.
DatabasePtr createDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"));
// A database filled by the demo generator with a fixed end date, so its contents never vary.
DatabasePtr createDemoDatabase(const QTemporaryDir &dir, qint64 incidents, quint64 seed = 7,
                               const QString &name = QStringLiteral("demo.db"));
// The whole database as the exchange document (empty, with a warning, if export fails).
QByteArray exportedJson(const Database &db);
// The first column of the first row of a query (-1 when it fails or returns nothing).
qint64 scalar(const Database &db, const QString &sql);
// A file under tests/data, e.g. dataFile("intake/pagerduty_trigger.json").
QByteArray dataFile(const QString &relativePath);

// 2026-01-01T00:00:00Z: the demo's fixed end in tests.
inline constexpr qint64 demoUntil = 1767225600000;

} // namespace sitrep::test
