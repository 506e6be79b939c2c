#include "storage/ChangeListener.h"

#include "util/Log.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace sitrep {

namespace {
const QString channel = QStringLiteral("sitrep_changes");
constexpr int firstRetryMs = 500;
constexpr int longestRetryMs = 30000;
} // namespace

// Lives on the listener's thread; everything it does is there.
class ChangeListenerWorker : public QObject
{
    Q_OBJECT
public:
    ChangeListenerWorker(DatabasePtr db, int checkIntervalMs, int wakeIntervalMs)
        : m_db(std::move(db)), m_checkIntervalMs(std::max(1, checkIntervalMs)), m_wakeIntervalMs(wakeIntervalMs)
    {
    }

    void start()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ChangeListenerWorker::check);
        if (connectNow()) {
            m_timer->start(interval());
        } else {
            scheduleReconnect();
        }
    }

    void stop()
    {
        if (m_timer)
            m_timer->stop();
        disconnectNow();
    }

    void startReading(std::shared_ptr<FeedReader> reader)
    {
        m_reader = std::move(reader);
        connect(this, &ChangeListenerWorker::woken, this, &ChangeListenerWorker::readChanges, Qt::UniqueConnection);
        readChanges();
    }

    void readChanges()
    {
        if (!m_reader || m_connection.isEmpty())
            return;
        // Posted to the reader's thread under the feed's lock (see readNow()).
        m_reader->read(QSqlDatabase::database(m_connection, false), [this](const ChangeSet &set) { emit changed(set); });
    }

signals:
    void woken();
    void changed(const sitrep::ChangeSet &changes);
    void connectionLost(const QString &error);
    void connectionRestored();

private:
    int interval() const { return m_db->isServer() ? m_checkIntervalMs : std::max(50, m_checkIntervalMs / 20); }

    bool connectNow()
    {
        auto connection = m_db->openSeparateConnection(QStringLiteral("listener"));
        if (!connection) {
            m_lastError = connection.error();
            return false;
        }
        m_connection = connection->connectionName();
        if (m_db->isServer()) {
            QSqlDriver *driver = connection->driver();
            if (!driver->subscribeToNotification(channel)) {
                m_lastError = driver->lastError().text();
                disconnectNow();
                return false;
            }
            connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
                if (name == channel)
                    emit woken();
            });
        } else {
            m_version = dataVersion();
        }
        return true;
    }

    void disconnectNow()
    {
        if (m_connection.isEmpty())
            return;
        m_db->releaseConnection(m_connection);
        m_connection.clear();
    }

    qint64 dataVersion()
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }

    void check()
    {
        if (m_connection.isEmpty())
            return;
        if (!m_db->isServer()) {
            const qint64 version = dataVersion();
            if (version >= 0 && version != m_version) {
                m_version = version;
                emit woken();
            }
            return;
        }
        {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            if (q.exec(QStringLiteral("SELECT 1")) && q.next()) {
                m_sinceWake += m_checkIntervalMs;
                if (m_sinceWake >= m_wakeIntervalMs) {
                    m_sinceWake = 0;
                    emit woken();
                }
                return;
            }
            m_lastError = q.lastError().text();
        }   // the query goes before its connection does
        qCWarning(lcStorage).noquote() << "The change listener lost its connection:" << m_lastError;
        disconnectNow();
        m_timer->stop();
        m_lost = true;
        emit connectionLost(m_lastError);
        m_retryMs = firstRetryMs;
        scheduleReconnect();
    }

    void scheduleReconnect()
    {
        QTimer::singleShot(m_retryMs, this, [this] {
            if (connectNow()) {
                m_retryMs = firstRetryMs;
                m_timer->start(interval());
                if (m_lost) {
                    m_lost = false;
                    emit connectionRestored();
                }
                emit woken();   // what was committed while nobody listened
                return;
            }
            if (!m_lost) {
                m_lost = true;
                emit connectionLost(m_lastError);
            }
            m_retryMs = std::min(longestRetryMs, m_retryMs * 2);
            scheduleReconnect();
        });
    }

    DatabasePtr m_db;
    std::shared_ptr<FeedReader> m_reader;   // readFeed()
    const int m_checkIntervalMs;
    const int m_wakeIntervalMs;
    int m_sinceWake = 0;
    QTimer *m_timer = nullptr;
    QString m_connection;
    QString m_lastError;
    qint64 m_version = -1;
    int m_retryMs = firstRetryMs;
    bool m_lost = false;
};

ChangeListener::ChangeListener(DatabasePtr db, int checkIntervalMs, int wakeIntervalMs, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new ChangeListenerWorker(std::move(db), checkIntervalMs, wakeIntervalMs))
{
    m_thread->setObjectName(QStringLiteral("change-listener"));
    m_worker->moveToThread(m_thread);
    qRegisterMetaType<sitrep::ChangeSet>();
    connect(m_worker, &ChangeListenerWorker::woken, this, &ChangeListener::woken);
    connect(m_worker, &ChangeListenerWorker::changed, this, &ChangeListener::changed);
    connect(m_worker, &ChangeListenerWorker::connectionLost, this, &ChangeListener::connectionLost);
    connect(m_worker, &ChangeListenerWorker::connectionRestored, this, &ChangeListener::connectionRestored);
    connect(m_thread, &QThread::started, m_worker, &ChangeListenerWorker::start);
    m_thread->start();
}

void ChangeListener::readFeed(const FeedPosition &from)
{
    m_reader = std::make_shared<FeedReader>(from);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, reader = m_reader] { worker->startReading(reader); }, Qt::QueuedConnection);
}

ChangeSet ChangeListener::readNow(const QSqlDatabase &connection)
{
    if (!m_reader)
        return {};
    const ChangeSet set = m_reader->read(connection);
    // Changes the listener's thread read first (this process's own write among them, when it
    // was woken before we got here) are on their way to this thread: hand them over now, so
    // that they too are seen before this returns.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return set;
}

ChangeListener::~ChangeListener()
{
    // The worker's connection belongs to its thread: closed there, then the thread ends.
    QMetaObject::invokeMethod(m_worker, &ChangeListenerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

} // namespace sitrep

#include "ChangeListener.moc"
