#pragma once
// One row of one table as every writer of that table sends it. Each aggregate has one mapping
// from its domain value to a Row (IncidentRows.h, AlertRows.h, …); the store's own INSERT
// (insert() below) and the bulk paths (BulkRows.h: SQLite's C API, PostgreSQL's COPY) both take
// that Row, so a new column is added in one place.
//
// Values are NULL, an integer or text, as the schema's columns are (SQLite's REAL is carried for
// a copy of a file someone wrote by hand). Text is never NULL: a null QString is written as ''
// (the text columns are NOT NULL); a nullable text column gets std::monostate instead.

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

namespace sitrep::rows {

using Value = std::variant<std::monostate, qint64, double, QString>;
// In the order of the Table's columns.
using Values = QList<Value>;

// A table and the columns its mapping fills, without `id` (which the engine gives, or a bulk
// path on a server takes from the table's identity; see BulkRows.h).
struct Table
{
    QString name;
    QStringList columns;
    bool hasId = true;   // an identity `id` column that insert() returns
};

inline Value integer(const std::optional<qint64> &v) { return v ? Value(*v) : Value(); }
inline Value integer(const std::optional<int> &v) { return v ? Value(qint64(*v)) : Value(); }
inline Value text(const QString &s) { return s.isNull() ? Value(QString(QLatin1String(""))) : Value(s); }
// NULL for a null QByteArray, else its UTF-8 text.
inline Value nullableText(const QByteArray &utf8) { return utf8.isNull() ? Value() : Value(QString::fromUtf8(utf8)); }

// What Qt SQL binds for a value: integers as qlonglong (never bool: PostgreSQL refuses TRUE for
// an INTEGER column), NULL as a null QVariant.
QVariant toVariant(const Value &v);
QVariantList toVariants(const Values &values);
// The other way, for rows read by Qt SQL or SQLite's C API (DatabaseCopy): integers of any width
// become qint64, text and byte arrays text, NULL std::monostate.
Value fromVariant(const QVariant &v);

// The normal path: one `INSERT INTO table(columns) VALUES (…) [onConflict] [RETURNING id]`
// through Qt SQL, in the caller's transaction. Gives the new id (0 for a table without one),
// or nullopt when `onConflict` (e.g. "ON CONFLICT (slug) DO NOTHING") skipped the row.
Result<std::optional<qint64>> insert(const QSqlDatabase &db, const Table &table, const Values &values,
                                     const QString &onConflict = {});

} // namespace sitrep::rows
