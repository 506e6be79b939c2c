#include "storage/TableCatalogue.h"

#include "storage/ChangeLog.h"

#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sitrep::tablecatalogue {

namespace {

// The copy's messages: one context with DatabaseCopy.cpp, whose catalogue this is.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

QString errorOf(const QSqlQuery &q)
{
    return serverError(q.lastError());
}

} // namespace

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<QList<QStringList>> textRows(const QSqlDatabase &db, const QString &sqlText, int columns)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sqlText))
        return fail(QStringLiteral("%1 (in: %2)").arg(errorOf(q), sqlText.simplified()));
    QList<QStringList> out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << (q.isNull(i) ? QStringLiteral("\x01null") : q.value(i).toString());
        out << row;
    }
    return out;
}

static Result<Catalogue> readSqliteCatalogue(const QSqlDatabase &db)
{
    Catalogue c;
    // pragma_table_list tells tables from FTS5's virtual and shadow tables.
    auto virtuals = textRows(db, QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual' "
                                            "ORDER BY name"), 1);
    if (!virtuals)
        return fail(virtuals.error());
    for (const QStringList &r : *virtuals)
        c.searchIndexes << r[0];
    auto tables = textRows(db, QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_table_list t "
                                          "ON t.schema = 'main' AND t.name = m.name "
                                          "WHERE m.type = 'table' AND t.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                          "ORDER BY m.rowid"), 1);
    if (!tables)
        return fail(tables.error());
    for (const QStringList &r : *tables) {
        const QString &name = r[0];
        // Older SQLite reports FTS5's shadow tables as plain tables.
        if (std::any_of(c.searchIndexes.cbegin(), c.searchIndexes.cend(),
                        [&](const QString &v) { return name.startsWith(v + QLatin1Char('_')); }))
            continue;
        Table t;
        t.name = name;
        const QString literal = QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
        // hidden: 0 a column, 1 a virtual table's hidden column, 2/3 generated.
        auto columns = textRows(db, QStringLiteral("SELECT name, pk FROM pragma_table_xinfo(%1) WHERE hidden = 0 ORDER BY cid").arg(literal), 2);
        if (!columns)
            return fail(columns.error());
        QList<QPair<int, QString>> key;
        for (const QStringList &col : *columns) {
            t.columns << col[0];
            if (col[1].toInt() > 0)
                key << qMakePair(col[1].toInt(), col[0]);
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : key)
            t.primaryKey << k.second;
        auto fks = textRows(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(%1)").arg(literal), 1);
        if (!fks)
            return fail(fks.error());
        // Every foreign key waits for the commit: the copy sets PRAGMA defer_foreign_keys.
        for (const QStringList &fk : *fks)
            c.foreignKeys.append({name, fk[0], true});
        c.tables << t;
    }
    return c;
}

static Result<Catalogue> readServerCatalogue(const QSqlDatabase &db)
{
    Catalogue c;
    const QString inSchema = QStringLiteral("JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() ");
    auto columns = textRows(db, QStringLiteral("SELECT c.relname, a.attname, a.attidentity <> '' FROM pg_class c ") + inSchema +
                                QStringLiteral("JOIN pg_attribute a ON a.attrelid = c.oid "
                                               "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
                                               "AND a.attgenerated = '' ORDER BY c.oid, a.attnum"), 3);
    if (!columns)
        return fail(columns.error());
    for (const QStringList &r : *columns) {
        if (c.tables.isEmpty() || c.tables.constLast().name != r[0])
            c.tables.append(Table{r[0], {}, {}, {}});
        c.tables.last().columns << r[1];
        if (r[2] == QLatin1String("true"))
            c.tables.last().identity = r[1];
    }
    auto keys = textRows(db, QStringLiteral("SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid ") +
                             inSchema +
                             QStringLiteral("JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
                                            "WHERE i.indisprimary ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)"), 2);
    if (!keys)
        return fail(keys.error());
    for (const QStringList &r : *keys)
        for (Table &t : c.tables)
            if (t.name == r[0])
                t.primaryKey << r[1];
    auto fks = textRows(db, QStringLiteral("SELECT c.relname, d.relname, con.condeferrable FROM pg_constraint con "
                                       "JOIN pg_class c ON c.oid = con.conrelid ") + inSchema +
                            QStringLiteral("JOIN pg_class d ON d.oid = con.confrelid WHERE con.contype = 'f'"), 3);
    if (!fks)
        return fail(fks.error());
    // SET CONSTRAINTS ALL DEFERRED defers the deferrable ones (incidents ↔ alerts).
    for (const QStringList &r : *fks)
        c.foreignKeys.append({r[0], r[1], r[2] == QLatin1String("true")});
    return c;
}

Result<Catalogue> readCatalogue(const QSqlDatabase &db)
{
    auto read = sql::isServer(db) ? readServerCatalogue(db) : readSqliteCatalogue(db);
    if (!read)
        return read;
    // Not content: each database keeps its own change log (ChangeLog.h), and presence says who
    // has this database open right now (PresenceStore.h).
    Catalogue c = *read;
    c.tables.removeIf([](const Table &t) {
        return changelog::isLogTable(t.name) || t.name == QLatin1String("presence");
    });
    return c;
}

// Creation order, moved only where a foreign key that is checked at once needs its table
// first; a cycle of those cannot be loaded table by table.
Result<QList<Table>> copyOrder(const Catalogue &c)
{
    QList<Table> remaining = c.tables, ordered;
    QSet<QString> loaded;
    auto waitsFor = [&](const Table &t, bool includeDeferred) {
        for (const ForeignKey &fk : c.foreignKeys)
            if (fk.from == t.name && fk.to != t.name && !loaded.contains(fk.to) && (includeDeferred || !fk.deferred))
                return true;
        return false;
    };
    while (!remaining.isEmpty()) {
        auto next = std::find_if(remaining.begin(), remaining.end(), [&](const Table &t) { return !waitsFor(t, true); });
        if (next == remaining.end())
            next = std::find_if(remaining.begin(), remaining.end(), [&](const Table &t) { return !waitsFor(t, false); });
        if (next == remaining.end())
            return fail(Tr::tr("The tables %1 refer to each other through foreign keys that cannot wait for the "
                               "end of the copy.").arg(QStringList([&] {
                                   QStringList names;
                                   for (const Table &t : remaining)
                                       names << t.name;
                                   return names;
                               }()).join(QLatin1String(", "))));
        loaded.insert(next->name);
        ordered << *next;
        remaining.erase(next);
    }
    return ordered;
}

// Both ends must have the same tables with the same columns (they are at one schema version,
// so a difference means one was changed by hand).
Done sameTables(const Catalogue &source, const Catalogue &target, const QString &from, const QString &to)
{
    QHash<QString, QStringList> sourceColumns;
    for (const Table &t : source.tables)
        sourceColumns.insert(t.name, t.columns);
    QSet<QString> targetNames;
    for (const Table &t : target.tables) {
        targetNames.insert(t.name);
        if (!sourceColumns.contains(t.name))
            return fail(Tr::tr("%1 has no table %2, which %3 has.").arg(from, t.name, to));
        QStringList a = sourceColumns.value(t.name), b = t.columns;
        a.sort();
        b.sort();
        if (a != b)
            return fail(Tr::tr("The table %1 has the columns %2 in %3 but %4 in %5.")
                            .arg(t.name, a.join(QLatin1String(", ")), from, b.join(QLatin1String(", ")), to));
    }
    for (const Table &t : source.tables)
        if (!targetNames.contains(t.name))
            return fail(Tr::tr("%1 has no table %2, which %3 has.").arg(to, t.name, from));
    return {};
}

} // namespace sitrep::tablecatalogue
