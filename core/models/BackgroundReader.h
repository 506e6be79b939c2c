#pragma once
// Reads for an object on the GUI thread, run on a thread of its own with its own connection
// (opened once, kept while the reader lives), one at a time: while one read runs, only the newest
// read asked for waits, the ones it replaces are dropped (a storm of changes costs one read more,
// not one per change). The read returns what to do with its result, which then runs on the
// reader's (the caller's) thread.
//
// For views that follow the change feed: what they read after someone else's write can take
// long (a timeline an alert storm has grown to tens of thousands of events), and the GUI thread
// must never wait for it.

#include "storage/Database.h"

#include <QObject>

#include <functional>

class QThread;

namespace sitrep {

class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    // What runs on the reader's thread: it reads, and returns what then runs on the caller's.
    using Read = std::function<std::function<void()>(const Database &db)>;

    explicit BackgroundReader(DatabasePtr db, QObject *parent = nullptr);
    // Waits for a read that runs (what it would deliver is dropped).
    ~BackgroundReader() override;

    void read(Read read);
    // A read runs or waits.
    bool isBusy() const { return m_running || bool(m_next); }

private:
    void startNext();

    DatabasePtr m_db;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;   // lives on m_thread
    Read m_next;
    bool m_running = false;
};

} // namespace sitrep
