#include "storage/RawSqlite.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace sitrep::rawsql {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(h.data());
    return nullptr;
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

} // namespace sitrep::rawsql
