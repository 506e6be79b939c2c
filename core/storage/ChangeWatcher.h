#pragma once
// Notices when the database file changed: by this app or by any other process (for example
// `sitrepctl serve` taking alerts, or a teammate's Sitrep on a shared file). It polls SQLite's
// PRAGMA data_version on a connection of its own, which changes whenever any other connection
// commits — a few microseconds a poll. On a PostgreSQL server it polls the database's write
// statistics instead, which every Transaction publishes as it commits (Transaction.cpp), so a
// commit shows within one poll; a write outside a transaction shows once the server publishes
// its statistics by itself (about a second). Team mode's change feed replaces this.

#include "storage/Database.h"

#include <QObject>
#include <QTimer>

namespace sitrep {

class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(DatabasePtr db, int intervalMs = 500, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Checks at once (after this app wrote, so its own edits show without waiting).
    void checkNow();

signals:
    void changed();

private:
    DatabasePtr m_db;
    QString m_connection;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace sitrep
