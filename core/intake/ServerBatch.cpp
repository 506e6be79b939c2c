#include "intake/ServerBatch.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace sitrep::intake {

namespace {

// Values written into the statement's text: QPSQL would send bound values as literals anyway,
// one statement each. The driver's formatValue() escapes text for this connection.
class Literals
{
public:
    explicit Literals(const QSqlDatabase &connection)
        : m_driver(connection.driver()), m_text(QString(), QMetaType(QMetaType::QString))
    {
    }
    QString text(const QString &value)
    {
        // A null QString is NULL to the driver; intake's statements bind it as '' (RawSqlite).
        m_text.setValue(value.isNull() ? QStringLiteral("") : value);
        return m_driver->formatValue(m_text);
    }
    QString nullableText(const QByteArray &utf8)
    {
        return utf8.isNull() ? QStringLiteral("NULL") : text(QString::fromUtf8(utf8));
    }
    static QString number(std::optional<qint64> value)
    {
        return value ? QString::number(*value) : QStringLiteral("NULL");
    }

private:
    const QSqlDriver *m_driver;
    QSqlField m_text;
};

// Rows per multi-row statement: a few hundred keep each statement's text well under a megabyte
// with the payloads alerts carry.
constexpr qsizetype rowsPerStatement = 500;

// A PostgreSQL array literal of texts ('{"a","b"}'), bound as one value: the read-ahead is one
// prepared statement, planned once, whatever the request's size (with the lists written into
// the statement, planning it took longer than running it).
QString textArray(const QStringList &values)
{
    QString array = QStringLiteral("{");
    for (const QString &value : values) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        QString element = value;
        element.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        array += QLatin1Char('"') + element + QLatin1Char('"');
    }
    return array + QLatin1Char('}');
}

} // namespace

Done ServerBatch::readAhead(const QSqlDatabase &connection, const Wanted &wanted)
{
    clear();
    m_active = true;
    QStringList sources, keys, insertSources, insertKeys;
    for (const Identity &identity : wanted.identities) {
        if (m_episodes.contains(identity))
            continue;
        m_episodes.insert(identity, std::nullopt);
        sources << identity.first;
        keys << identity.second;
    }
    for (const Identity &identity : wanted.mayInsert) {
        insertSources << identity.first;
        insertKeys << identity.second;
    }
    for (const QString &group : wanted.groups)
        m_groups.insert(group, std::nullopt);
    for (const QString &service : wanted.services)
        m_services.insert(service, std::nullopt);
    if (!m_readAhead) {
        // IntakeStore's findNewest for every identity at once: the open episode (at most one,
        // alerts_open_episode) and the newest resolved one, each through its partial index; of
        // the two, the open one (below). Then the groups' incidents, the services, and an id
        // for each alert that may store a new row (one per alert, less those whose identity has
        // an open episode: a redelivery; takeId() asks for more if a request needs them).
        m_readAhead.emplace();
        // Each identity probes the index on its own (LATERAL … LIMIT): planned once for arrays of
        // any length, a join of the whole list was planned as a scan of all alerts. A group's
        // incident is a scalar subquery for the same reason: planned once on a nearly empty
        // database, a join hashed every incident for each request (3,000 rows per request,
        // growing) long after the table had grown.
        const char *sqlText =
            "SELECT 0, v.source, v.dedup_key, a.id, a.status, a.starts_at, a.incident_id, a.title "
            "FROM unnest(CAST(?1 AS TEXT[]), CAST(?2 AS TEXT[])) AS v(source, dedup_key) CROSS JOIN LATERAL "
            "(SELECT id, status, starts_at, incident_id, title FROM alerts WHERE source = v.source AND dedup_key = v.dedup_key "
            "AND status <> 'resolved' LIMIT 1) AS a "
            "UNION ALL SELECT 0, v.source, v.dedup_key, a.id, a.status, a.starts_at, a.incident_id, a.title "
            "FROM unnest(CAST(?1 AS TEXT[]), CAST(?2 AS TEXT[])) AS v(source, dedup_key) CROSS JOIN LATERAL "
            "(SELECT id, status, starts_at, incident_id, title FROM alerts WHERE source = v.source AND dedup_key = v.dedup_key "
            "AND status = 'resolved' ORDER BY id DESC LIMIT 1) AS a "
            "UNION ALL SELECT 1, g.group_key, NULL, g.incident_id, "
            "(SELECT i.status FROM incidents i WHERE i.id = g.incident_id), NULL, NULL, NULL FROM alert_groups g "
            "WHERE g.group_key = ANY (CAST(?3 AS TEXT[])) "
            "UNION ALL SELECT 2, s.name, NULL, s.id, NULL, NULL, NULL, NULL FROM services s WHERE s.name = ANY (CAST(?4 AS TEXT[])) "
            "UNION ALL SELECT 3, NULL, NULL, nextval(pg_get_serial_sequence('alerts', 'id')), NULL, NULL, NULL, NULL "
            "FROM generate_series(1, cardinality(CAST(?5 AS TEXT[])) - (SELECT count(*) "
            "FROM unnest(CAST(?5 AS TEXT[]), CAST(?6 AS TEXT[])) AS v(source, dedup_key) CROSS JOIN LATERAL "
            "(SELECT 1 FROM alerts WHERE source = v.source AND dedup_key = v.dedup_key AND status <> 'resolved' LIMIT 1) AS a))";
        if (!m_readAhead->prepare(connection, sqlText)) {
            const QString error = m_readAhead->prepareError();
            m_readAhead.reset();
            clear();
            return fail(error);
        }
    }
    rawsql::Statement &q = *m_readAhead;
    q.bind(1, textArray(sources)).bind(2, textArray(keys)).bind(3, textArray(wanted.groups)).bind(4, textArray(wanted.services))
        .bind(5, textArray(insertSources)).bind(6, textArray(insertKeys));
    while (q.next()) {
        switch (q.int64(0)) {
        case 0: {
            const Episode found{q.int64(3), q.text(4), q.int64(5), q.nullableInt64(6), q.text(7)};
            std::optional<Episode> &known = m_episodes[{q.text(1), q.text(2)}];
            // The open episode is the one intake continues; there is at most one.
            if (!known || found.status != QLatin1String("resolved"))
                known = found;
            break;
        }
        case 1:
            m_groups.insert(q.text(1), GroupRow{q.int64(3), q.text(4)});
            break;
        case 2:
            m_services.insert(q.text(1), q.int64(3));
            break;
        default:
            m_freeIds.append(q.int64(3));
            break;
        }
    }
    const bool readFailed = q.failed();
    const QString readError = q.error();
    q.done();
    if (readFailed) {
        clear();
        return fail(readError);
    }
    // takeId() hands out the smallest first (the ids come in no promised order).
    std::sort(m_freeIds.begin(), m_freeIds.end(), std::greater<qint64>());
    return {};
}

std::optional<std::optional<Episode>> ServerBatch::episode(const QString &source, const QString &dedupKey) const
{
    if (!m_active)
        return std::nullopt;
    const auto it = m_episodes.constFind({source, dedupKey});
    if (it == m_episodes.cend())
        return std::nullopt;
    return *it;
}

void ServerBatch::setEpisode(const QString &source, const QString &dedupKey, const Episode &episode)
{
    if (m_active)
        m_episodes.insert({source, dedupKey}, episode);
}

void ServerBatch::setEpisodeStatus(qint64 alertId, const QString &status)
{
    for (auto &entry : m_episodes) {
        if (entry && entry->id == alertId)
            entry->status = status;
    }
}

void ServerBatch::setEpisodeIncident(qint64 alertId, qint64 incidentId)
{
    for (auto &entry : m_episodes) {
        if (entry && entry->id == alertId)
            entry->incidentId = incidentId;
    }
}

void ServerBatch::setIncidentResolved(qint64 incidentId)
{
    for (auto &entry : m_groups) {
        if (entry && entry->incidentId == incidentId)
            entry->status = QStringLiteral("resolved");
    }
}

std::optional<std::optional<ServerBatch::GroupRow>> ServerBatch::group(const QString &groupKey) const
{
    if (!m_active)
        return std::nullopt;
    const auto it = m_groups.constFind(groupKey);
    if (it == m_groups.cend())
        return std::nullopt;
    return *it;
}

std::optional<std::optional<qint64>> ServerBatch::service(const QString &name) const
{
    if (!m_active)
        return std::nullopt;
    const auto it = m_services.constFind(name);
    if (it == m_services.cend())
        return std::nullopt;
    return *it;
}

Done ServerBatch::reserveIds(const QSqlDatabase &connection, int count)
{
    if (count <= 0)
        return {};
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    // Ids a rolled-back request took are not reused (as with any identity column).
    if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('alerts', 'id')) FROM generate_series(1, %1)").arg(count)))
        return fail(q.lastError().text());
    while (q.next())
        m_freeIds.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    std::sort(m_freeIds.begin(), m_freeIds.end(), std::greater<qint64>());   // takeId() pops the smallest first
    return {};
}

Result<qint64> ServerBatch::takeId(const QSqlDatabase &connection)
{
    if (m_freeIds.isEmpty()) {
        if (auto done = reserveIds(connection, 1); !done)
            return fail(done.error());
        if (m_freeIds.isEmpty())
            return fail(QCoreApplication::translate("IntakeStore", "PostgreSQL gave no new id for an alert."));
    }
    return m_freeIds.takeLast();
}

void ServerBatch::insert(AlertRow row)
{
    m_insertIndex.insert(row.id, m_inserts.size());
    m_inserts.append(std::move(row));
}

AlertRow *ServerBatch::pending(qint64 alertId)
{
    const auto it = m_insertIndex.constFind(alertId);
    return it == m_insertIndex.cend() ? nullptr : &m_inserts[*it];
}

void ServerBatch::touch(qint64 alertId, qint64 at)
{
    if (AlertRow *row = pending(alertId)) {
        row->lastSeenAt = std::max(row->lastSeenAt, at);
        return;
    }
    auto it = m_touches.find(alertId);
    if (it == m_touches.end())
        m_touches.insert(alertId, at);
    else
        *it = std::max(*it, at);
}

Result<bool> ServerBatch::flush(const QSqlDatabase &connection, const QStringList &alsoWrite)
{
    Literals literals(connection);
    // Writes whose result nobody reads ride along with the last insert as data-modifying WITH
    // queries: one statement, one round trip. (Not several statements in one text: QPSQL then
    // answers with the first one's result only.) The last, so that rows referring to any new
    // alert find it: foreign keys are checked at the end of the whole statement.
    QStringList writes = alsoWrite;
    if (!m_names.isEmpty()) {
        QString values;
        for (const auto &[name, incident] : std::as_const(m_names)) {
            if (!values.isEmpty())
                values += QLatin1Char(',');
            values += QLatin1Char('(') + literals.text(name) + QLatin1Char(',') + QString::number(incident) + QLatin1Char(')');
        }
        writes << QStringLiteral("INSERT INTO incident_alert_names(alert_name, incident_id) VALUES %1 ON CONFLICT DO NOTHING").arg(values);
    }
    if (!m_touches.isEmpty()) {
        QList<qint64> ids = m_touches.keys();
        std::sort(ids.begin(), ids.end());
        QString values;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i == 0)
                values += QStringLiteral("(CAST(%1 AS BIGINT), CAST(%2 AS BIGINT))").arg(ids[i]).arg(m_touches.value(ids[i]));
            else
                values += QStringLiteral(",(%1,%2)").arg(ids[i]).arg(m_touches.value(ids[i]));
        }
        writes << QStringLiteral("UPDATE alerts AS a SET last_seen_at = greatest(a.last_seen_at, v.at) "
                                 "FROM (VALUES %1) AS v(id, at) WHERE a.id = v.id").arg(values);
    }
    const auto withWrites = [&writes](qsizetype count) {
        QString with;
        for (qsizetype i = 0; i < count; ++i)
            with += (i ? QStringLiteral(", ") : QStringLiteral("WITH ")) + QStringLiteral("w%1 AS (%2)").arg(i).arg(writes[i]);
        return with.isEmpty() ? with : with + QLatin1Char(' ');
    };
    if (m_inserts.isEmpty() && !writes.isEmpty()) {
        QSqlQuery q(connection);
        if (!q.exec(withWrites(writes.size() - 1) + writes.constLast()))
            return fail(q.lastError().text());
    }
    for (qsizetype first = 0; first < m_inserts.size(); first += rowsPerStatement) {
        const qsizetype end = std::min(m_inserts.size(), first + rowsPerStatement);
        QString statement = QStringLiteral(
            "INSERT INTO alerts(id, source, dedup_key, status, title, severity, service_id, labels, annotations, starts_at, "
            "ends_at, received_at, last_seen_at, incident_id, raw_payload, group_key, held_reason) VALUES ");
        const bool last = end == m_inserts.size();
        if (last)
            statement.prepend(withWrites(writes.size()));
        for (qsizetype i = first; i < end; ++i) {
            const AlertRow &r = m_inserts[i];
            if (i > first)
                statement += QLatin1Char(',');
            statement += QLatin1Char('(') + QString::number(r.id) + QLatin1Char(',') + literals.text(r.source) + QLatin1Char(',')
                         + literals.text(r.dedupKey) + QLatin1Char(',') + literals.text(r.status) + QLatin1Char(',')
                         + literals.text(r.title) + QLatin1Char(',') + Literals::number(r.severity) + QLatin1Char(',')
                         + Literals::number(r.serviceId) + QLatin1Char(',') + literals.nullableText(r.labelsJson) + QLatin1Char(',')
                         + literals.nullableText(r.annotationsJson) + QLatin1Char(',') + QString::number(r.startsAt)
                         + QLatin1Char(',') + Literals::number(r.endsAt) + QLatin1Char(',') + QString::number(r.receivedAt)
                         + QLatin1Char(',') + QString::number(r.lastSeenAt) + QLatin1Char(',') + Literals::number(r.incidentId)
                         + QLatin1Char(',') + literals.nullableText(r.rawPayload) + QLatin1Char(',') + literals.text(r.groupKey)
                         + QLatin1Char(',') + literals.text(r.heldReason) + QLatin1Char(')');
        }
        // The same conflict IntakeStore's one-row insert has: an open episode another writer stored.
        statement += QStringLiteral(" ON CONFLICT (source, dedup_key) WHERE status <> 'resolved' DO NOTHING RETURNING id");
        QSqlQuery q(connection);
        if (!q.exec(statement)) {
            // A write riding along that refers to a new alert another writer's episode kept
            // out (ON CONFLICT DO NOTHING) fails its foreign key (23503): the same race as a
            // short count below.
            if (last && !alsoWrite.isEmpty() && q.lastError().nativeErrorCode() == QLatin1String("23503"))
                return false;
            return fail(q.lastError().text());
        }
        qsizetype written = 0;
        while (q.next())
            ++written;
        if (q.lastError().isValid())
            return fail(q.lastError().text());
        if (written != end - first)
            return false;
    }
    m_inserts.clear();
    m_insertIndex.clear();
    m_touches.clear();
    m_names.clear();
    return true;
}

void ServerBatch::clear()
{
    m_active = false;
    m_episodes.clear();
    m_groups.clear();
    m_services.clear();
    m_inserts.clear();
    m_insertIndex.clear();
    m_touches.clear();
    m_names.clear();
    // Unused ids are dropped, not kept for a later request: "newest" is by id among resolved
    // episodes, and an id taken long before its row is written would put that row behind
    // episodes another writer stored meanwhile. Within one request, its groups' locks keep
    // other writers of those identities waiting.
    m_freeIds.clear();
}

} // namespace sitrep::intake
