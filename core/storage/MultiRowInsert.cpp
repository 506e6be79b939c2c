#include "storage/MultiRowInsert.h"

#include "storage/ServerInspection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

MultiRowInsert::MultiRowInsert(const QSqlDatabase &db, const QString &table, const QString &columns,
                               const QString &tail, int rowsPerStatement)
    : m_db(db),
      m_table(table),
      m_head(QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns)),
      m_tail(tail),
      m_rowsPerStatement(rowsPerStatement),
      m_textField(QString(), QMetaType::fromType<QString>())
{
}

MultiRowInsert &MultiRowInsert::row()
{
    if (m_rowsInCurrent == m_rowsPerStatement)
        closeStatement();
    if (m_rowsInCurrent == 0) {
        m_current.reserve(m_head.size() + 256 * m_rowsPerStatement);
        m_current = m_head;
        m_current += QLatin1Char('(');
    } else {
        m_current += QLatin1String("),(");
    }
    ++m_rowsInCurrent;
    ++m_pendingRows;
    m_firstValueInRow = true;
    return *this;
}

void MultiRowInsert::value(const QString &literal)
{
    if (!m_firstValueInRow)
        m_current += QLatin1Char(',');
    m_firstValueInRow = false;
    m_current += literal;
}

MultiRowInsert &MultiRowInsert::add(qint64 v)
{
    value(QString::number(v));
    return *this;
}

MultiRowInsert &MultiRowInsert::add(const std::optional<qint64> &v)
{
    value(v ? QString::number(*v) : QStringLiteral("NULL"));
    return *this;
}

MultiRowInsert &MultiRowInsert::add(const std::optional<int> &v)
{
    return add(v ? std::optional<qint64>(*v) : std::optional<qint64>());
}

MultiRowInsert &MultiRowInsert::add(const QString &v)
{
    m_textField.setValue(v.isNull() ? QStringLiteral("") : v);
    value(m_db.driver()->formatValue(m_textField));
    return *this;
}

MultiRowInsert &MultiRowInsert::addNullableText(const QByteArray &v)
{
    if (v.isNull()) {
        value(QStringLiteral("NULL"));
        return *this;
    }
    return add(QString::fromUtf8(v));
}

MultiRowInsert &MultiRowInsert::add(const rows::Value &v)
{
    switch (v.index()) {
    case 1:
        return add(std::get<qint64>(v));
    case 2:
        value(QString::number(std::get<double>(v), 'g', 17));
        return *this;
    case 3:
        return add(std::get<QString>(v));
    default:
        value(QStringLiteral("NULL"));
        return *this;
    }
}

void MultiRowInsert::closeStatement()
{
    if (m_rowsInCurrent == 0)
        return;
    m_current += QLatin1Char(')');
    m_current += m_tail;
    m_pendingChars += m_current.size();
    m_statements << std::move(m_current);
    m_current = QString();
    m_rowsInCurrent = 0;
}

QStringList MultiRowInsert::takeStatements()
{
    closeStatement();
    QStringList statements;
    statements.swap(m_statements);
    m_pendingRows = 0;
    m_pendingChars = 0;
    return statements;
}

Done MultiRowInsert::flush()
{
    const QStringList statements = takeStatements();
    QSqlQuery q(m_db);
    for (const QString &statement : std::as_const(statements))
        if (!q.exec(statement))
            return fail(serverError(q.lastError()));
    return {};
}

} // namespace sitrep
