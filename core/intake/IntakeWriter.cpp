#include "intake/IntakeWriter.h"

#include "util/Log.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace sitrep::intake {

IntakeWriter::IntakeWriter(DatabasePtr db, int maxQueuedAlerts, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_maxQueuedAlerts(maxQueuedAlerts)
{
    qRegisterMetaType<sitrep::intake::IntakeCounts>();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("intake-writer"));
    m_thread->start();
    // A server checkpoints its own write-ahead log.
    if (!m_db->isServer()) {
        m_checkpointer = QThread::create([this] { checkpointLoop(); });
        m_checkpointer->setObjectName(QStringLiteral("intake-checkpoint"));
        m_checkpointer->start();
    }
}

IntakeWriter::~IntakeWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_checkpointWake.notify_one();
    m_thread->wait();
    delete m_thread;
    if (m_checkpointer) {
        m_checkpointer->wait();
        delete m_checkpointer;
    }
    // The last group's answers are queued to us; deliver them while we still exist.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

Done IntakeWriter::waitUntilReady()
{
    std::unique_lock lock(m_mutex);
    m_readyWake.wait(lock, [this] { return m_ready.has_value(); });
    return *m_ready;
}

bool IntakeWriter::submit(QList<PreparedAlert> alerts, Completion done)
{
    {
        std::lock_guard lock(m_mutex);
        // An empty queue always takes a request, however large: the limit is for backlog.
        if (m_stopping || (m_ready && !m_ready->ok()) || (m_queuedAlerts > 0 && m_queuedAlerts + alerts.size() > m_maxQueuedAlerts))
            return false;
        m_queuedAlerts += int(alerts.size());
        m_queue.push_back(Job{std::move(alerts), std::move(done)});
    }
    m_wake.notify_one();
    return true;
}

QString IntakeWriter::durabilityNote() const
{
    std::lock_guard lock(m_mutex);
    return m_durabilityNote;
}

int IntakeWriter::queuedAlerts() const
{
    std::lock_guard lock(m_mutex);
    return m_queuedAlerts;
}

void IntakeWriter::refuseQueued(const QString &error)
{
    std::deque<Job> refused;
    {
        std::lock_guard lock(m_mutex);
        refused.swap(m_queue);
        m_queuedAlerts = 0;
    }
    if (refused.empty())
        return;
    QMetaObject::invokeMethod(this, [jobs = std::move(refused), error]() {
        for (const Job &job : jobs)
            job.done(Result<IntakeCounts>(fail(error)));
    }, Qt::QueuedConnection);
}

void IntakeWriter::run()
{
    // A server's connection can go (a restart, a failover, a cut network): then the store and
    // its connection are dropped, what waits is answered 503 (senders retry), and a new store
    // on a new connection takes over as soon as the server answers again, tried once a second.
    bool first = true;
    for (;;) {
        bool lost = false;
        {
            IntakeStore store(*m_db);
            auto warm = store.warmUp();
            if (first) {
                std::lock_guard lock(m_mutex);
                m_durabilityNote = store.durabilityNote();
                m_ready = warm;
            }
            if (first)
                m_readyWake.notify_all();
            if (warm) {
                if (!first)
                    qCInfo(lcIntake).noquote() << "Intake is connected to the database again.";
                lost = drain(store);
            } else if (first) {
                // waitUntilReady() hands it to whoever starts intake, who reports it; whatever
                // was queued before anyone waited is answered with the reason, not stored.
                qCDebug(lcIntake).noquote() << warm.error();
                refuseQueued(warm.error());
            } else {
                refuseQueued(warm.error());
                lost = true;
            }
            first = false;
        }
        // The statements are finalized; the connection can go.
        m_db->releaseThreadConnection();
        if (!lost)
            break;
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; }))
            break;
    }
}

void IntakeWriter::checkpointLoop()
{
    for (;;) {
        bool stopping;
        {
            std::unique_lock lock(m_mutex);
            stopping = m_checkpointWake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stopping; });
        }
        {
            QSqlQuery q(m_db->connection());
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                qCWarning(lcIntake) << "Checkpoint failed:" << q.lastError().text();
        }
        if (stopping)
            break;
    }
    m_db->releaseThreadConnection();
}

bool IntakeWriter::drain(IntakeStore &store)
{
    // A request that keeps losing deadlocks is answered with the error after this many
    // transactions (the sender retries later).
    constexpr int maxTries = 5;
    for (;;) {
        std::deque<Job> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            jobs.swap(m_queue);
        }
        QList<Result<IntakeCounts>> results;
        results.reserve(qsizetype(jobs.size()));
        QList<bool> retry;   // lost to another writer: run again in the next transaction
        IntakeCounts total;
        auto began = store.begin();
        for (const Job &job : jobs) {
            if (!began) {
                results << Result<IntakeCounts>(fail(began.error()));
                retry << false;
                continue;
            }
            auto counts = store.apply(job.alerts);
            if (counts)
                total.add(*counts);
            retry << (!counts && store.lastFailureIsRetryable() && job.tries < maxTries);
            results << counts;
        }
        if (began) {
            if (auto done = store.commit(); !done) {
                qCWarning(lcIntake) << "Intake commit failed:" << done.error();
                for (qsizetype i = 0; i < results.size(); ++i) {
                    results[i] = Result<IntakeCounts>(fail(done.error()));
                    retry[i] = false;
                }
                total = {};
            }
        } else {
            qCWarning(lcIntake) << "Intake could not begin a transaction:" << began.error();
        }
        // Those that lost a deadlock go first into the next transaction, unanswered: our commit
        // has released the locks of the requests before them, which the other writer waited for.
        std::deque<Job> again;
        std::deque<Job> answered;
        QList<Result<IntakeCounts>> answers;
        for (size_t i = 0; i < jobs.size(); ++i) {
            if (retry[qsizetype(i)]) {
                qCInfo(lcIntake).noquote() << "Intake runs a request again after losing to another writer:" << results[qsizetype(i)].error();
                ++jobs[i].tries;
                again.push_back(std::move(jobs[i]));
            } else {
                answered.push_back(std::move(jobs[i]));
                answers << results[qsizetype(i)];
            }
        }
        jobs.swap(answered);
        results.swap(answers);
        int alerts = 0;
        for (const Job &job : jobs)
            alerts += int(job.alerts.size());
        {
            std::lock_guard lock(m_mutex);
            m_queuedAlerts -= alerts;
            while (!again.empty()) {
                m_queue.push_front(std::move(again.back()));
                again.pop_back();
            }
        }
        // Answer on the owner's thread: the responders live there.
        QMetaObject::invokeMethod(this, [this, jobs = std::move(jobs), results = std::move(results), total]() {
            for (size_t i = 0; i < jobs.size(); ++i) {
                if (m_beforeAnswer)
                    m_beforeAnswer(jobs[i].alerts, results[qsizetype(i)]);
                jobs[i].done(results[qsizetype(i)]);
            }
            if (total.received > 0)
                emit committed(total);
        }, Qt::QueuedConnection);
        if (store.connectionLost()) {
            qCWarning(lcIntake) << "Intake lost its connection to the database; it answers 503 until the database is back.";
            return true;
        }
    }
    return false;
}

} // namespace sitrep::intake
