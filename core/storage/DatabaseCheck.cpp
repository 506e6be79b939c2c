#include "storage/DatabaseCheck.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrator.h"
#include "storage/ServerInspection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace sitrep {

namespace {
// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

void checkVersion(CheckReport &report)
{
    if (report.schemaVersion > report.latestVersion)
        report.problems << Tr::tr("schema version %1 is newer than this Sitrep knows (%2)")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    else if (report.schemaVersion < report.latestVersion)
        report.problems << Tr::tr("schema version %1 is older than %2: run `sitrepctl migrate`")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
}

// What both engines check on a database at the latest version: rows per table, and the
// incident number counter (which hands out max + 1 next, so below max it would repeat a number).
void checkContents(QSqlQuery &q, CheckReport &report, const std::function<QString(const QSqlError &)> &error)
{
    for (const char *table : {"services", "incidents", "incident_roles", "alerts", "timeline_events",
                              "runbooks", "runbook_versions", "checklist_items", "postmortems",
                              "action_items"}) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            report.counts.append({QLatin1String(table), q.value(0).toLongLong()});
        else
            report.problems << error(q.lastError());
    }
    if (!q.exec(QStringLiteral("SELECT (SELECT value FROM counters WHERE name = 'incident_number'), "
                               "(SELECT max(number) FROM incidents)")) ||
        !q.next()) {
        report.problems << error(q.lastError());
    } else if (q.isNull(0)) {
        report.problems << Tr::tr("the incident number counter is missing");
    } else if (!q.isNull(1) && q.value(0).toLongLong() < q.value(1).toLongLong()) {
        report.problems << Tr::tr("the incident number counter (%1) is below the highest incident number "
                                  "(%2): the next incident would get a number that exists")
                               .arg(q.value(0).toLongLong())
                               .arg(q.value(1).toLongLong());
    }
}

Result<CheckReport> checkFile(const QString &path)
{
    const auto info = Database::inspect(path);
    if (!info)
        return fail(info.error());
    if (!info->exists)
        return fail(Tr::tr("%1 does not exist.").arg(path));

    CheckReport report;
    report.where = QFileInfo(path).absoluteFilePath();
    report.schemaVersion = info->schemaVersion;
    report.latestVersion = Migrator().latestVersion();
    checkVersion(report);

    const QString name = QStringLiteral("sitrep-check-") + QUuid::createUuid().toString();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return fail(Tr::tr("Cannot open %1: %2").arg(path, error));
        }
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    report.problems << q.value(0).toString();
        } else {
            report.problems << q.lastError().text();
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            report.problems << Tr::tr("rows in %1 point to missing rows").arg(q.value(0).toString());
        if (report.schemaVersion == report.latestVersion)
            checkContents(q, report, [](const QSqlError &e) { return e.text(); });
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

// The server's counterparts of integrity_check and foreign_key_check (see DatabaseCheck.h).
void checkServerConsistency(QSqlQuery &q, CheckReport &report)
{
    const auto rows = [&](const QString &sqlText, const std::function<QString()> &problem) {
        if (!q.exec(sqlText)) {
            report.problems << serverError(q.lastError());
            return;
        }
        while (q.next())
            report.problems << problem();
    };
    rows(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' "
                        "AND NOT convalidated AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"),
         [&] {
             return Tr::tr("the foreign key %1 of %2 is not validated: rows may point to missing rows")
                 .arg(q.value(1).toString(), q.value(0).toString());
         });
    rows(QStringLiteral("SELECT DISTINCT t.tgrelid::regclass::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                        "WHERE t.tgisinternal AND t.tgconstraint <> 0 AND t.tgenabled = 'D' "
                        "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"),
         [&] {
             return Tr::tr("the foreign keys of %1 are switched off (its triggers are disabled): rows may "
                           "point to missing rows")
                 .arg(q.value(0).toString());
         });
    rows(QStringLiteral("SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        "WHERE (NOT i.indisvalid OR NOT i.indisready) "
                        "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"),
         [&] {
             return Tr::tr("the index %1 is invalid (an interrupted build): rebuild it with REINDEX")
                 .arg(q.value(0).toString());
         });

    // Each identity must be past its table's highest id, or the next insert fails on the key.
    QList<QPair<QString, QString>> identities;   // quoted table, its sequence
    if (!q.exec(QStringLiteral("SELECT quote_ident(table_name), pg_get_serial_sequence(quote_ident(table_name), column_name) "
                               "FROM information_schema.columns WHERE table_schema = current_schema() "
                               "AND is_identity = 'YES' ORDER BY table_name"))) {
        report.problems << serverError(q.lastError());
        return;
    }
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, sequence] : std::as_const(identities)) {
        if (!q.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END, "
                                   "(SELECT max(id) FROM %1) FROM %2").arg(table, sequence)) ||
            !q.next()) {
            report.problems << serverError(q.lastError());
            continue;
        }
        if (!q.isNull(1) && q.value(0).toLongLong() < q.value(1).toLongLong())
            report.problems << Tr::tr("the ids of %1 come from a sequence at %2, below its highest id %3: the "
                                      "next row would get an id that exists")
                                   .arg(table)
                                   .arg(q.value(0).toLongLong())
                                   .arg(q.value(1).toLongLong());
    }
}

Result<CheckReport> checkServer(const DatabaseLocation &location)
{
    CheckReport report;
    report.server = true;
    report.where = location.displayName();
    report.latestVersion = Migrator::forEngine(Engine::Postgres).latestVersion();

    QString error;
    const auto database = Database::connectAsIs(location);
    if (!database) {
        error = database.error();
    } else {
        const QSqlDatabase db = (*database)->connection();
        QSqlQuery q(db);
        // Whatever runs below, this session cannot write.
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))) {
            error = Tr::tr("Cannot read %1: %2").arg(report.where, serverError(q.lastError()));
        } else if (const auto info = ServerInspection::read(db); !info) {
            error = Tr::tr("Cannot read %1: %2").arg(report.where, info.error());
        } else if (info->empty) {
            error = Tr::tr("%1 is empty: there is no Sitrep database there yet.").arg(report.where);
        } else if (!info->isSitrep) {
            error = Tr::tr("%1 holds tables of another application, not Sitrep's.").arg(report.where);
        } else {
            report.schemaVersion = info->schemaVersion;
            checkVersion(report);
            checkServerConsistency(q, report);
            if (report.schemaVersion == report.latestVersion)
                checkContents(q, report, serverError);
        }
    }
    if (!error.isEmpty())
        return fail(error);
    return report;
}

} // namespace

Result<CheckReport> checkDatabase(const QString &location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return fail(parsed.error());
    return parsed->isServer() ? checkServer(*parsed) : checkFile(parsed->path);
}

} // namespace sitrep
