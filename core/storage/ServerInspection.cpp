#include "storage/ServerInspection.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Result<ServerInspection> ServerInspection::read(const QSqlDatabase &db)
{
    ServerInspection info;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'meta') "
                               "FROM information_schema.tables WHERE table_schema = current_schema()")) ||
        !q.next())
        return fail(serverError(q.lastError()));
    info.empty = q.value(0).toLongLong() == 0;
    if (q.value(1).toLongLong() == 0)
        return info;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application_id', 'schema_version')")))
        return fail(serverError(q.lastError()));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application_id"))
            info.isSitrep = q.value(1).toString().toLongLong() == Database::applicationId;
        else
            info.schemaVersion = q.value(1).toString().toInt();
    }
    return info;
}

Done configureServer(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return fail(serverError(q.lastError()));
    const int version = q.value(0).toString().toInt();
    if (version < minimumServerVersion)
        return fail(Tr::tr("it runs PostgreSQL %1.%2; Sitrep needs PostgreSQL %3 or newer.")
                        .arg(version / 10000)
                        .arg(version % 10000)
                        .arg(minimumServerVersion / 10000));
    // Incidents are written in every language, and search normalises text as Unicode
    // (sitrep_search_text in the schema): a database in another encoding could not hold them.
    if (!q.exec(QStringLiteral("SHOW server_encoding")) || !q.next())
        return fail(serverError(q.lastError()));
    const QString encoding = q.value(0).toString();
    if (encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) != 0)
        return fail(Tr::tr("the database's encoding is %1; Sitrep needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8').")
                        .arg(encoding));
    return {};
}

QString serverError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // libpq ends some messages with a newline and prefixes others with "FATAL:  ".
    text.replace(QLatin1String("FATAL:  "), QString());
    return text.simplified();
}

} // namespace sitrep
