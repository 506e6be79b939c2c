#pragma once
// What tables a database has, as a copy needs to know them: their columns (without generated
// ones), keys and identities, the foreign keys between them, and an order to fill them in that
// every foreign key checked at once can live with. Read from SQLite's pragmas or PostgreSQL's
// catalogues, so a table a new migration adds is copied without a change here.

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sitrep::tablecatalogue {

struct Table
{
    QString name;
    QStringList columns;      // without generated ones (PostgreSQL's search)
    QStringList primaryKey;
    QString identity;         // PostgreSQL: the identity column, if any
};

struct ForeignKey
{
    QString from;
    QString to;
    bool deferred = false;    // checked at commit in the copy's transaction
};

struct Catalogue
{
    QList<Table> tables;      // in creation order
    QList<ForeignKey> foreignKeys;
    QStringList searchIndexes;   // SQLite: the FTS5 tables
};

// A name quoted as an SQL identifier (both engines).
QString quoted(const QString &name);
// Every row of a query as text, NULL as "\x01null" (so it differs from any text).
Result<QList<QStringList>> textRows(const QSqlDatabase &db, const QString &sqlText, int columns);
Result<Catalogue> readCatalogue(const QSqlDatabase &db);
// Creation order, moved only where a foreign key that is checked at once needs its table
// first; a cycle of those cannot be loaded table by table.
Result<QList<Table>> copyOrder(const Catalogue &c);
// Both ends must have the same tables with the same columns.
Done sameTables(const Catalogue &source, const Catalogue &target, const QString &from, const QString &to);

} // namespace sitrep::tablecatalogue
