#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineTextMigration.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sitrep {

namespace {

// Sets PRAGMA foreign_keys and reads it back.
Done setForeignKeys(const QSqlDatabase &db, bool on)
{
    const QString set = on ? QStringLiteral("PRAGMA foreign_keys=ON") : QStringLiteral("PRAGMA foreign_keys=OFF");
    if (auto done = sql::exec(db, set); !done)
        return done;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next())
        return fail(QStringLiteral("%1 (in: PRAGMA foreign_keys)").arg(q.lastError().text()));
    if (q.value(0).toBool() != on)
        return fail(QCoreApplication::translate("Migrator", "“%1” did not take effect (is a transaction open?)").arg(set));
    return {};
}

bool isServer(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }

// What a migration needs beyond SQL: rows rewritten by code the engines share (recognising text,
// say). Found by the migration's name, so a test's copy of the built-in migrations runs it too;
// it runs right after the migration's statements, in the same transaction.
using DataStep = Done (*)(const QSqlDatabase &db);

DataStep dataStepOf(const Migration &m)
{
    if (m.name == QLatin1String("timeline_messages"))
        return &timelinetext::convertAll;
    return nullptr;
}

// Applies one migration's statements, and its data step, in the caller's transaction.
Done applyMigration(const QSqlDatabase &db, const Migration &m)
{
    QFile file(m.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Migrator", "Cannot read migration %1.").arg(m.path));
    const auto statements = sql::splitStatements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements) {
        if (auto done = sql::exec(db, statement); !done)
            return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3. Nothing was changed.")
                            .arg(m.version)
                            .arg(m.name, done.error()));
    }
    if (const DataStep step = dataStepOf(m)) {
        if (auto done = step(db); !done)
            return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3. Nothing was changed.")
                            .arg(m.version)
                            .arg(m.name, done.error()));
    }
    return {};
}

Done setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

} // namespace

Migrator Migrator::forEngine(Engine engine)
{
    return Migrator(engine == Engine::Postgres ? QStringLiteral(":/sitrep/migrations/postgresql")
                                               : QStringLiteral(":/sitrep/migrations"));
}

Migrator::Migrator(QString directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QDir dir(directory);
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            m_migrations.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (isServer(db)) {
        // Asked first: a statement on a missing table would abort the caller's transaction.
        if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next())
            return fail(q.lastError().text());
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
            return fail(q.lastError().text());
        return q.next() ? q.value(0).toString().toInt() : 0;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toInt();
}

Done Migrator::migrate(const QSqlDatabase &db) const
{
    if (isServer(db))
        return migrateServer(db);
    const auto current = currentVersion(db);
    if (!current)
        return fail(current.error());
    if (*current >= latestVersion())
        return {};

    // A migration may rebuild a table (SQLite's 12-step ALTER): with foreign keys enforced,
    // dropping the old table would run its ON DELETE actions on the rows that point at it. So
    // they are off while migrating (it cannot change inside a transaction) and checked at the end.
    // SQLite ignores the pragma inside a transaction instead of failing: read it back.
    if (auto off = setForeignKeys(db, false); !off)
        return fail(QCoreApplication::translate("Migrator", "Cannot switch foreign keys off to migrate: %1. Nothing was changed.")
                        .arg(off.error()));
    // On the way out of a failed migration; the caller does not use the connection then.
    auto restoreForeignKeys = qScopeGuard([&db] {
        if (auto on = setForeignKeys(db, true); !on)
            qCWarning(lcStorage).noquote() << "After a failed migration:" << on.error();
    });
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    for (const Migration &m : m_migrations) {
        if (m.version <= *current)
            continue;
        if (auto done = applyMigration(db, m); !done)
            return done;
        // PRAGMAs cannot take bound values; both are integers we control.
        if (auto done = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            !done)
            return done;
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(QCoreApplication::translate("Migrator", "Cannot check the references after migrating: %1. Nothing was changed.")
                            .arg(check.lastError().text()));
        if (check.next())
            return fail(QCoreApplication::translate("Migrator", "The migrations left a broken reference in %1. Nothing was changed.")
                            .arg(check.value(0).toString()));
    }
    if (auto done = sql::exec(db, QStringLiteral("PRAGMA application_id = %1")
                                      .arg(Database::applicationId));
        !done)
        return done;
    if (auto committed = tx.commit(); !committed)
        return committed;
    // The connection goes on to be used: it must enforce foreign keys again.
    restoreForeignKeys.dismiss();
    if (auto on = setForeignKeys(db, true); !on)
        return fail(QCoreApplication::translate("Migrator", "The database was migrated, but foreign keys could not be switched back on: %1")
                        .arg(on.error()));
    return {};
}

// PostgreSQL: DDL is transactional, and several desktops or intake servers may open a new team
// database at once, so the whole upgrade runs under a transaction-scoped advisory lock and the
// version is read again once the lock is held.
Done Migrator::migrateServer(const QSqlDatabase &db) const
{
    const auto before = currentVersion(db);
    if (!before)
        return fail(before.error());
    if (*before >= latestVersion())
        return {};
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto locked = sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::applicationId)); !locked)
        return locked;
    const auto current = currentVersion(db);
    if (!current)
        return fail(current.error());
    if (*current >= latestVersion())
        return {};  // another process migrated it meanwhile
    if (*current > 0 && *current < m_migrations.value(0).version - 1)
        return fail(QCoreApplication::translate("Migrator", "The database is at schema version %1, older than any team database Sitrep made. Nothing was changed.")
                        .arg(*current));
    for (const Migration &m : m_migrations) {
        if (m.version <= *current)
            continue;
        if (auto done = applyMigration(db, m); !done)
            return done;
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    if (auto done = setMeta(db, QStringLiteral("application_id"), QString::number(Database::applicationId)); !done)
        return done;
    if (auto done = setMeta(db, QStringLiteral("schema_version"), QString::number(latestVersion())); !done)
        return done;
    return tx.commit();
}

} // namespace sitrep
