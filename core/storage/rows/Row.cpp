#include "storage/rows/Row.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace sitrep::rows {

QVariant toVariant(const Value &v)
{
    switch (v.index()) {
    case 1:
        return QVariant(qlonglong(std::get<qint64>(v)));
    case 2:
        return QVariant(std::get<double>(v));
    case 3:
        return QVariant(std::get<QString>(v));
    default:
        return QVariant();
    }
}

QVariantList toVariants(const Values &values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const Value &v : values)
        out << toVariant(v);
    return out;
}

Value fromVariant(const QVariant &v)
{
    if (v.isNull())
        return Value();
    switch (v.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return Value(qint64(v.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return Value(v.toDouble());
    case QMetaType::QByteArray:
        return Value(QString::fromUtf8(v.toByteArray()));
    default:
        return text(v.toString());
    }
}

Result<std::optional<qint64>> insert(const QSqlDatabase &db, const Table &table, const Values &values,
                                     const QString &onConflict)
{
    QString statement = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                            .arg(table.name, table.columns.join(QStringLiteral(", ")),
                                 QStringList(table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (!onConflict.isEmpty())
        statement += QLatin1Char(' ') + onConflict;
    if (table.hasId)
        statement += QStringLiteral(" RETURNING id");
    QSqlQuery q(db);
    if (auto done = sql::exec(q, statement, toVariants(values)); !done)
        return fail(done.error());
    if (!table.hasId)
        return std::optional<qint64>(qint64(0));
    // Nothing returned: the conflict clause skipped the row.
    if (!q.next())
        return std::optional<qint64>();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return std::optional<qint64>(id);
}

} // namespace sitrep::rows
