#pragma once
// RAII write transaction: rolls back unless commit() succeeded. Begins IMMEDIATE on SQLite so
// that two writers queue on busy_timeout instead of failing on a read-to-write upgrade.

#include "util/Result.h"

#include <QSqlDatabase>

namespace sitrep {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_began; }
    const QString &error() const { return m_error; }
    Done commit();

private:
    QSqlDatabase m_db;
    bool m_began = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace sitrep
