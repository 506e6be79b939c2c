#include "storage/RawSqlite.h"

#include "storage/SqlUtil.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>

namespace sitrep::rawsql {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RawSqlite)
};

std::atomic<bool> forcedOff{false};

// Whether Qt's driver and we run the same SQLite: decided once per process (there is one
// QSQLITE driver library per process), on the first connection that asks.
struct Verdict
{
    bool decided = false;
    bool same = false;
    QString mismatch;   // why not, for the user
};
QMutex verdictMutex;
Verdict verdict;

QStringList ourCompileOptions()
{
    QStringList options;
    for (int i = 0; const char *o = sqlite3_compileoption_get(i); ++i)
        options << QString::fromUtf8(o);
    return options;
}

// Asked through Qt's driver only: the handle must not be touched before we know it is ours.
Verdict decide(const QSqlDatabase &db)
{
    Verdict v;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id(), sqlite_version()")) || !q.next()) {
        // Not decided: a later connection may answer (this one may be broken).
        qCWarning(lcStorage) << "Cannot ask Qt's SQLite driver for its version:" << q.lastError().text();
        return v;
    }
    const QString qtSource = q.value(0).toString();
    const QString qtVersion = q.value(1).toString();
    QStringList qtOptions;
    if (!q.exec(QStringLiteral("PRAGMA compile_options"))) {
        qCWarning(lcStorage) << "Cannot ask Qt's SQLite driver for its compile options:" << q.lastError().text();
        return v;
    }
    while (q.next())
        qtOptions << q.value(0).toString();
    v.decided = true;
    v.mismatch = libraryMismatch(qtSource, qtVersion, qtOptions);
    v.same = v.mismatch.isEmpty();
    return v;
}

// Read on every handle() without the lock once decided.
std::atomic<bool> knownSame{false};

// The verdict for this process, deciding it on `db` when not yet decided.
Verdict sameLibrary(const QSqlDatabase &db)
{
    QMutexLocker lock(&verdictMutex);
    if (!verdict.decided) {
        verdict = decide(db);
        if (verdict.decided && !verdict.same)
            qCWarning(lcStorage).noquote() << verdict.mismatch << "Using the slower Qt SQL paths.";
        knownSame.store(verdict.decided && verdict.same);
    }
    return verdict;
}

sqlite3 *driverHandle(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(h.data());
    return nullptr;
}

} // namespace

QString libraryMismatch(const QString &qtSourceId, const QString &qtVersion, const QStringList &qtCompileOptions)
{
    const QString ourSource = QString::fromUtf8(sqlite3_sourceid());
    if (qtSourceId != ourSource)
        return Tr::tr("Qt's SQLite driver runs SQLite %1 (%2), but Sitrep was built with SQLite %3 (%4).")
            .arg(qtVersion, qtSourceId, QString::fromUtf8(sqlite3_libversion()), ourSource);
    // The same code built with other options has other structures behind the handle.
    const QStringList ours = ourCompileOptions();
    if (qtCompileOptions == ours)
        return {};
    QStringList differ;
    for (const QString &o : qtCompileOptions)
        if (!ours.contains(o))
            differ << QStringLiteral("Qt: ") + o;
    for (const QString &o : ours)
        if (!qtCompileOptions.contains(o))
            differ << QStringLiteral("Sitrep: ") + o;
    return Tr::tr("Qt's SQLite driver runs a copy of SQLite %1 built with other options than Sitrep's (%2).")
        .arg(qtVersion, differ.join(QStringLiteral(", ")));
}

sqlite3 *handle(const QSqlDatabase &db)
{
    if (forcedOff.load(std::memory_order_relaxed))
        return nullptr;
    sqlite3 *h = driverHandle(db);
    if (!h)
        return nullptr;
    if (knownSame.load(std::memory_order_acquire))
        return h;
    return sameLibrary(db).same ? h : nullptr;
}

QString noHandleReason(const QSqlDatabase &db)
{
    if (forcedOff.load())
        return Tr::tr("The SQLite C API is switched off for a test.");
    if (!db.isValid() || !db.isOpen())
        return Tr::tr("The database connection is not open.");
    if (!driverHandle(db))
        return Tr::tr("The database is not an SQLite database (Qt driver %1).").arg(db.driverName());
    const Verdict v = sameLibrary(db);
    if (!v.decided)
        return Tr::tr("Qt's SQLite driver did not say which SQLite it runs.");
    return v.same ? QString() : v.mismatch;
}

void forceQtSqlForTesting(bool on)
{
    forcedOff.store(on);
}

Result<sqlite3_stmt *> prepare(sqlite3 *db, const QString &sqlText, const QVariantList &binds)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sqlText.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    for (qsizetype i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString) {
            const QByteArray utf8 = binds[i].toString().toUtf8();
            sqlite3_bind_text(stmt, int(i + 1), utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, int(i + 1), binds[i].toLongLong());
        }
    }
    return stmt;
}

// Reads a column of ids. On SQLite through the C API: three times faster than QSqlQuery for a
// million rows, which is most of the time to first rows.
Result<QList<qint64>> idColumn(const QSqlDatabase &db, const QString &sqlText, const QVariantList &binds)
{
    QList<qint64> ids;
    if (sqlite3 *raw = handle(db)) {
        auto prepared = prepare(raw, sqlText, binds);
        if (!prepared)
            return fail(prepared.error());
        sqlite3_stmt *stmt = prepared.value();
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            ids.append(sqlite3_column_int64(stmt, 0));
        const QString error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return fail(error);
        return ids;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto done = sql::exec(q, sqlText, binds); !done)
        return fail(done.error());
    while (q.next())
        ids.append(q.value(0).toLongLong());
    // A step that fails midway ends next() early; its error is the query's.
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    return ids;
}

} // namespace sitrep::rawsql
