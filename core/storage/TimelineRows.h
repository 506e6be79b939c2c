#pragma once
// The one row mapping of timeline_events: its columns, the INSERT, how an event's values are
// bound (QSqlQuery, rawsql::Statement, a MultiRowInsert row) and read back. Every writer of the
// table goes through it, so a new column is added here once.

#include "domain/TimelineEvent.h"
#include "storage/RawSqlite.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sitrep::timelinerows {

// The written columns in order (the id comes from the table); with the id first for writers
// that take ids themselves (a bulk load).
inline constexpr char columns[] = "incident_id, occurred_at, kind, author, body, message, params, "
                                  "is_key_event, alert_id, created_at, edited_at";
inline constexpr char columnsWithId[] = "id, incident_id, occurred_at, kind, author, body, message, params, "
                                        "is_key_event, alert_id, created_at, edited_at";
inline constexpr int columnCount = 11;
// "INSERT INTO timeline_events(…) VALUES (?, …) RETURNING id" for QSqlQuery's positional binds.
QString insertReturningId();
// The same with numbered parameters ?1…?11 and no RETURNING, for a rawsql::Statement.
QByteArray numberedInsert();
QStringList columnList();

// NULL when the event has none.
QByteArray messageText(const TimelineEvent &e);
QByteArray paramsText(const TimelineEvent &e);
QJsonObject paramsFromText(const QString &text);

// The event's values in column order (without the id), as QSqlQuery binds them.
QVariantList values(const TimelineEvent &e);
void bind(QSqlQuery &q, const TimelineEvent &e);
// Binds parameters first … first + 10 of a statement prepared from numberedInsert() (or any
// statement whose parameters there are the columns in order).
void bind(rawsql::Statement &s, const TimelineEvent &e, int first = 1);

// Appends the event's values in column order to a row of anything with MultiRowInsert's add()s.
template <typename Row>
Row &addValues(Row &row, const TimelineEvent &e)
{
    return row.add(e.incidentId)
        .add(e.occurredAt)
        .add(e.kind)
        .add(e.author)
        .add(e.body)
        .addNullableText(messageText(e))
        .addNullableText(paramsText(e))
        .add(qint64(e.isKeyEvent))
        .add(e.alertId)
        .add(e.createdAt)
        .add(e.editedAt);
}

// Reading: the columns a SELECT lists (with the id first), and the event from such a row,
// starting at column `first`.
inline constexpr char selectColumns[] = "id, incident_id, occurred_at, kind, author, body, message, params, "
                                        "is_key_event, alert_id, created_at, edited_at, db_user, edited_by";
TimelineEvent fromRow(const QSqlQuery &q, int first = 0);

// Inserts one event in the caller's transaction; gives its id.
Result<qint64> insert(const QSqlDatabase &db, const TimelineEvent &e);

} // namespace sitrep::timelinerows
