#pragma once
// Moves a database's schema forward through numbered SQL migrations (NNNN_name.sql), all pending
// ones in one transaction, recording the version in PRAGMA user_version (a file) or in the meta
// table (a server). Version N means the same tables, columns and meaning on both engines;
// PostgreSQL's migrations start at a baseline of version 3, where team databases began.
// A migration that must rewrite rows by code (0006 recognises old timeline text) has a data step
// in C++, run after its SQL in the same transaction, the same on both engines (Migrator.cpp).

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitrep {

struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

class Migrator
{
public:
    // The built-in migrations live in the Qt resource ":/sitrep/migrations"; tests may point
    // elsewhere to exercise the mechanism with migrations of their own.
    explicit Migrator(QString directory = QStringLiteral(":/sitrep/migrations"));
    // The built-in migrations of one engine.
    static Migrator forEngine(Engine engine);

    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const;
    // Applies every migration above the file's current version, or none of them.
    Done migrate(const QSqlDatabase &db) const;
    static Result<int> currentVersion(const QSqlDatabase &db);

private:
    Done migrateServer(const QSqlDatabase &db) const;
    QList<Migration> m_migrations;
};

} // namespace sitrep
