#pragma once
// The one thread that writes intake to the database. Requests queue here; the thread takes
// everything waiting, applies it in one transaction (a savepoint per request, so one bad request
// does not sink the others), commits once with a full fsync and only then reports back: durable
// before 2xx, and under load one fsync is shared by many requests (group commit). On a file, a
// second thread copies the write-ahead log into the database file ten times a second (a passive
// checkpoint, which never blocks the writer), so no request waits for a checkpoint. On a
// PostgreSQL server the commit is the server's (synchronous_commit on) and the server checkpoints.
// A writer that cannot promise durable commits (IntakeStore) takes nothing: waitUntilReady().

#include "domain/Alert.h"
#include "intake/IntakeStore.h"
#include "storage/Database.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

class QThread;

namespace sitrep::intake {

class IntakeWriter : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(const Result<IntakeCounts> &)>;

    // The queue refuses more than this many alerts waiting (the server answers 503).
    explicit IntakeWriter(DatabasePtr db, int maxQueuedAlerts = 100000, QObject *parent = nullptr);
    // Finishes what is queued, then stops the thread.
    ~IntakeWriter() override;

    // Waits until the writer's thread has its connection ready: durable commits checked
    // (IntakeStore), statements prepared, rules read. On an error the writer takes nothing
    // (submit() refuses) and intake must not serve: the error says why.
    Done waitUntilReady();

    // Queues a request's alerts. `done` runs on this object's thread after the commit (or the
    // failure). Returns false, without queuing, when the queue is full.
    bool submit(QList<PreparedAlert> alerts, Completion done);
    int queuedAlerts() const;
    // What weakens "durable before 2xx" although the writer serves (IntakeStore::durabilityNote),
    // once waitUntilReady() has returned; empty when nothing does.
    QString durabilityNote() const;

    // Tests only (tst_intakepowerloss): runs on this object's thread right before each request's
    // completion, which writes its HTTP answer, with the request's alerts and its result, so that
    // a test sees what a power cut would leave at the moment each 2xx goes out. Sitrep never sets it.
    using BeforeAnswer = std::function<void(const QList<PreparedAlert> &alerts, const Result<IntakeCounts> &result)>;
    void setBeforeAnswerForTests(BeforeAnswer hook) { m_beforeAnswer = std::move(hook); }

signals:
    // After each commit, on this object's thread: what the whole group did.
    void committed(const sitrep::intake::IntakeCounts &counts);

private:
    struct Job
    {
        QList<PreparedAlert> alerts;
        Completion done;
        int tries = 0;   // transactions it lost to another writer (a deadlock on a server)
    };
    void run();
    // Writes what is queued until stopped (false) or until the server's connection is lost (true).
    bool drain(IntakeStore &store);
    // Answers everything queued with `error` (a 503 for the sender: it retries).
    void refuseQueued(const QString &error);
    void checkpointLoop();

    DatabasePtr m_db;
    const int m_maxQueuedAlerts;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;            // the writer's
    std::condition_variable m_checkpointWake;  // the checkpointer's (only at stop)
    std::condition_variable m_readyWake;       // waitUntilReady()'s
    std::optional<Done> m_ready;               // set once by the writer's thread
    QString m_durabilityNote;                  // set with m_ready
    std::deque<Job> m_queue;
    int m_queuedAlerts = 0;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
    QThread *m_checkpointer = nullptr;
    BeforeAnswer m_beforeAnswer;               // read and set on this object's thread only
};

} // namespace sitrep::intake
