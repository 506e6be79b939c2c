#pragma once
// A short-lived read-only connection to an SQLite file, removed when it goes out of scope: for
// reading what a file is (its version, whether it is ours) without migrating or writing it.

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

namespace sitrep {

class ReadOnlyFilePeek
{
public:
    explicit ReadOnlyFilePeek(const QString &path)
        : m_name(QStringLiteral("sitrep-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlyFilePeek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyFilePeek(const ReadOnlyFilePeek &) = delete;
    ReadOnlyFilePeek &operator=(const ReadOnlyFilePeek &) = delete;

    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace sitrep
