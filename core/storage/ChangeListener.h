#pragma once
// Wakes readers of the change feed (ChangeFeed.h) when another session may have committed,
// from a thread and a connection of its own, so that neither a blocking connect nor a slow
// server ever holds up the thread that reads (the GUI's, sitrepctl tail's).
//
// On a PostgreSQL server it LISTENs on the channel the change log's triggers NOTIFY
// (sitrep_changes). Qt's QPSQL delivers notifications on the thread that owns the connection
// and neither reconnects nor subscribes again after a dropped connection, so this thread checks
// its connection every checkIntervalMs, and when it is gone says so (connectionLost), reconnects
// with a growing pause (half a second up to 30 s), LISTENs again and says that too
// (connectionRestored, followed by a wake so that readers catch up from the log: a notification
// sent while nobody listened is never delivered). It also wakes every few seconds regardless,
// in case a notification was lost on the way.
//
// On a file it polls PRAGMA data_version, which changes when any other connection commits.

#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

class QThread;

namespace sitrep {

class ChangeListenerWorker;

class ChangeListener : public QObject
{
    Q_OBJECT
public:
    // Starts listening at once. checkIntervalMs: a server's connection check; a file's poll (a
    // few microseconds) is a twentieth of it, at least 50 ms. wakeIntervalMs: a server's wake regardless of notifications
    // (rounded up to whole checks).
    explicit ChangeListener(DatabasePtr db, int checkIntervalMs = 2000, int wakeIntervalMs = 2000, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Also reads the feed on the listener's thread, after `from` (the caller's changefeed::end()
    // when it loaded what it shows), and says what each run of changes touched (changed):
    // readers on the GUI thread then reload only what they show of it, and never read the log
    // themselves.
    void readFeed(const FeedPosition &from);
    // Reads the feed now, on the caller's thread and connection, rather than at the next wake
    // (right after this process wrote, so that its own edit shows before the next event): what
    // it read is not signalled again.
    ChangeSet readNow(const QSqlDatabase &connection);

signals:
    // Something may have committed: read the feed from your position. On this object's thread.
    void woken();
    // readFeed(): what the changes since the last signal touched (never empty).
    void changed(const sitrep::ChangeSet &changes);
    void connectionLost(const QString &error);
    void connectionRestored();

private:
    std::shared_ptr<FeedReader> m_reader;
    QThread *m_thread = nullptr;
    ChangeListenerWorker *m_worker = nullptr;
};

} // namespace sitrep
