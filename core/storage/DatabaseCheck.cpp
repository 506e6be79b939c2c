#include "storage/DatabaseCheck.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sitrep {

namespace {
// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};
}

Result<CheckReport> checkDatabase(const QString &path)
{
    const auto info = Database::inspect(path);
    if (!info)
        return fail(info.error());
    if (!info->exists)
        return fail(Tr::tr("%1 does not exist.").arg(path));

    CheckReport report;
    report.schemaVersion = info->schemaVersion;
    report.latestVersion = Migrator().latestVersion();
    if (report.schemaVersion > report.latestVersion)
        report.problems << Tr::tr("schema version %1 is newer than this Sitrep knows (%2)")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    else if (report.schemaVersion < report.latestVersion)
        report.problems << Tr::tr("schema version %1 is older than %2: run `sitrepctl migrate`")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);

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
        if (report.schemaVersion == report.latestVersion) {
            for (const char *table : {"services", "incidents", "incident_roles", "alerts",
                                      "timeline_events", "runbooks", "runbook_versions",
                                      "checklist_items", "postmortems", "action_items"}) {
                if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
                    q.next())
                    report.counts.append({QLatin1String(table), q.value(0).toLongLong()});
                else
                    report.problems << q.lastError().text();
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace sitrep
