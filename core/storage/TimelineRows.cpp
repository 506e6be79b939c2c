#include "storage/TimelineRows.h"

#include "storage/ConcurrentWrites.h"
#include "storage/SqlUtil.h"
#include "util/CompactJson.h"

#include <QJsonDocument>

namespace sitrep::timelinerows {

QStringList columnList()
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(columns).split(QLatin1Char(',')))
        out << c.trimmed();
    return out;
}

QString insertReturningId()
{
    return QStringLiteral("INSERT INTO timeline_events(%1) VALUES (%2) RETURNING id")
        .arg(QLatin1String(columns), QStringList(columnCount, QStringLiteral("?")).join(QStringLiteral(", ")));
}

QByteArray numberedInsert()
{
    QStringList marks;
    for (int i = 1; i <= columnCount; ++i)
        marks << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO timeline_events(%1) VALUES (%2)")
        .arg(QLatin1String(columns), marks.join(QStringLiteral(", ")))
        .toUtf8();
}

QByteArray messageText(const TimelineEvent &e)
{
    return e.message.isEmpty() ? QByteArray() : e.message.toUtf8();
}

QByteArray paramsText(const TimelineEvent &e)
{
    return e.params.isEmpty() ? QByteArray() : compactJson(e.params);
}

QJsonObject paramsFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

namespace {
QVariant nullableText(const QByteArray &utf8)
{
    return utf8.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(utf8));
}
} // namespace

QVariantList values(const TimelineEvent &e)
{
    return {e.incidentId,
            e.occurredAt,
            sql::text(e.kind),
            sql::text(e.author),
            sql::text(e.body),
            nullableText(messageText(e)),
            nullableText(paramsText(e)),
            int(e.isKeyEvent),
            sql::nullable(e.alertId),
            e.createdAt,
            sql::nullable(e.editedAt)};
}

void bind(QSqlQuery &q, const TimelineEvent &e)
{
    for (const QVariant &v : values(e))
        q.addBindValue(v);
}

void bind(rawsql::Statement &s, const TimelineEvent &e, int first)
{
    s.bind(first, e.incidentId)
        .bind(first + 1, e.occurredAt)
        .bind(first + 2, e.kind)
        .bind(first + 3, e.author)
        .bind(first + 4, e.body)
        .bindNullableText(first + 5, messageText(e))
        .bindNullableText(first + 6, paramsText(e))
        .bind(first + 7, qint64(e.isKeyEvent))
        .bind(first + 8, e.alertId)
        .bind(first + 9, e.createdAt)
        .bind(first + 10, e.editedAt);
}

TimelineEvent fromRow(const QSqlQuery &q, int first)
{
    TimelineEvent e;
    e.id = q.value(first).toLongLong();
    e.incidentId = q.value(first + 1).toLongLong();
    e.occurredAt = q.value(first + 2).toLongLong();
    e.kind = q.value(first + 3).toString();
    e.author = q.value(first + 4).toString();
    e.body = q.value(first + 5).toString();
    e.message = q.value(first + 6).toString();
    e.params = paramsFromText(q.value(first + 7).toString());
    e.isKeyEvent = q.value(first + 8).toBool();
    e.alertId = sql::optionalValue<qint64>(q.value(first + 9));
    e.createdAt = q.value(first + 10).toLongLong();
    e.editedAt = sql::optionalValue<qint64>(q.value(first + 11));
    e.dbUser = q.value(first + 12).toString();
    e.editedBy = q.value(first + 13).toString();
    return e;
}

Result<qint64> insert(const QSqlDatabase &db, const TimelineEvent &e)
{
    QSqlQuery q(db);
    q.prepare(insertReturningId());
    bind(q, e);
    return sql::insertReturningId(q);
}

} // namespace sitrep::timelinerows
