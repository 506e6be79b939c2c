#include "models/BackgroundReader.h"

#include <QThread>

namespace sitrep {

BackgroundReader::BackgroundReader(DatabasePtr db, QObject *parent) : QObject(parent), m_db(std::move(db)) {}

BackgroundReader::~BackgroundReader()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackgroundReader::read(Read read)
{
    m_next = std::move(read);
    if (!m_running)
        startNext();
}

void BackgroundReader::startNext()
{
    if (!m_next)
        return;
    if (!m_thread) {
        // Started on first use: most views never need one.
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("BackgroundReader"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        // On the reader's thread as it ends: its connection goes with it.
        connect(m_thread, &QThread::finished, m_worker, [db = m_db] { db->releaseThreadConnection(); }, Qt::DirectConnection);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [this, db = m_db, read = std::exchange(m_next, {})] {
        std::function<void()> deliver = read(*db);
        QMetaObject::invokeMethod(this, [this, deliver = std::move(deliver)] {
            m_running = false;
            if (deliver)
                deliver();
            startNext();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace sitrep
