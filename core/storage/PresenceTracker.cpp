#include "storage/PresenceTracker.h"

#include "util/Log.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace sitrep {

// Lives on the tracker's thread; everything it does is there.
class PresenceTrackerWorker : public QObject
{
    Q_OBJECT
public:
    PresenceTrackerWorker(DatabasePtr db, QString sessionId, QString person, const PresenceTracker::Options &options)
        : m_db(std::move(db)), m_sessionId(std::move(sessionId)), m_person(std::move(person)),
          m_refreshMs(std::max(10, options.refreshMs)), m_typingForMs(options.typingForMs), m_process(options.process)
    {
    }

    void start()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PresenceTrackerWorker::tick);
        m_timer->start(m_refreshMs);
        if (auto c = m_db->checkedConnection())
            (void)PresenceStore(*c).forgetStale();  // best effort: a crashed window's old row
        tick();
    }

    void stop()
    {
        if (m_timer)
            m_timer->stop();
        // Not while the server is away: reconnecting just to say goodbye could take the whole
        // connect timeout, and the row goes stale by itself.
        if (!m_complained)
            (void)PresenceStore(m_db->connection()).leave(m_sessionId);
        m_db->releaseThreadConnection();
        // Ends the thread's loop only now: a quit() from outside would end it before this ran
        // (a loop that is told to exit does not run what is still posted to it).
        thread()->quit();
    }

    void show(std::optional<qint64> incidentId)
    {
        m_incidentId = incidentId;
        m_typing.clear();
        m_lastOthers.reset();
        m_dirty = true;
        tick();
    }

    void typing(const QString &what)
    {
        if (!what.isEmpty())
            m_typedAt.start();
        if (what == m_typing)
            return;
        m_typing = what;
        m_dirty = true;
        tick();
    }

    void setPerson(const QString &person)
    {
        if (person == m_person)
            return;
        m_person = person;
        m_dirty = true;
    }

signals:
    void othersChanged(qint64 incidentId, const QList<sitrep::PresencePeer> &others);

private:
    void tick()
    {
        if (!m_typing.isEmpty() && m_typedAt.isValid() && m_typedAt.elapsed() >= m_typingForMs) {
            m_typing.clear();
            m_dirty = true;
        }
        auto connection = m_db->checkedConnection();
        if (!connection) {
            complain(connection.error());
            return;
        }
        const PresenceStore store(*connection);
        if (m_dirty || !m_announced.isValid() || m_announced.elapsed() >= 5 * m_refreshMs) {
            if (auto done = store.announce(m_sessionId, m_person, m_incidentId, m_typing); !done) {
                complain(done.error());
                return;
            }
            m_dirty = false;
            m_announced.start();
        }
        if (!m_incidentId)
            return;
        auto others = store.others(*m_incidentId, m_process);
        if (!others) {
            complain(others.error());
            return;
        }
        if (m_lastOthers && *m_lastOthers == *others)
            return;
        m_lastOthers = *others;
        m_complained = false;
        emit othersChanged(*m_incidentId, *others);
    }

    // Once per outage: the connection banner says the server is away. What was known of the
    // others is no longer (nobody should read "Bo is typing" through an outage), so the line
    // clears until the server answers again.
    void complain(const QString &error)
    {
        if (!m_complained)
            qCWarning(lcStorage, "presence: %s", qPrintable(error));
        m_complained = true;
        m_dirty = true;
        if (m_incidentId && (!m_lastOthers || !m_lastOthers->isEmpty())) {
            m_lastOthers = QList<PresencePeer>();
            emit othersChanged(*m_incidentId, {});
        }
    }

    DatabasePtr m_db;
    QString m_sessionId;
    QString m_person;
    int m_refreshMs;
    int m_typingForMs;
    QString m_process;
    QTimer *m_timer = nullptr;
    std::optional<qint64> m_incidentId;
    QString m_typing;
    QElapsedTimer m_typedAt;
    QElapsedTimer m_announced;
    std::optional<QList<PresencePeer>> m_lastOthers;
    bool m_dirty = true;
    bool m_complained = false;
};

QString PresenceTracker::processPrefix()
{
    // Fixed length: others() compares this many characters.
    static const QString prefix = QUuid::createUuid().toString(QUuid::Id128).left(16) + QLatin1Char('-');
    return prefix;
}

PresenceTracker::PresenceTracker(DatabasePtr db, const QString &person, const Options &options, QObject *parent)
    : QObject(parent),
      m_sessionId(options.process + QUuid::createUuid().toString(QUuid::Id128).left(16)),
      m_thread(new QThread),
      m_worker(new PresenceTrackerWorker(std::move(db), m_sessionId, person, options))
{
    m_thread->setObjectName(QStringLiteral("presence"));
    m_worker->moveToThread(m_thread);
    qRegisterMetaType<QList<sitrep::PresencePeer>>();
    connect(m_worker, &PresenceTrackerWorker::othersChanged, this, &PresenceTracker::othersChanged);
    connect(m_thread, &QThread::started, m_worker, &PresenceTrackerWorker::start);
    m_thread->start();
}

void PresenceTracker::show(std::optional<qint64> incidentId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, incidentId] { w->show(incidentId); }, Qt::QueuedConnection);
}

void PresenceTracker::typing(const QString &what)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, what] { w->typing(what); }, Qt::QueuedConnection);
}

void PresenceTracker::setPerson(const QString &person)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, person] { w->setPerson(person); }, Qt::QueuedConnection);
}

PresenceTracker::~PresenceTracker()
{
    QMetaObject::invokeMethod(m_worker, &PresenceTrackerWorker::stop, Qt::QueuedConnection);  // it ends the thread
    if (m_thread->wait(QDeadlineTimer(1000))) {
        delete m_worker;
        delete m_thread;
        return;
    }
    // Still waiting on the server: let the thread finish by itself and clean up after it.
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

} // namespace sitrep

#include "PresenceTracker.moc"
