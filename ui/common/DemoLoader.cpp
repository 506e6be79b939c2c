#include "common/DemoLoader.h"

#include "demo/DemoGenerator.h"

#include <QMetaObject>
#include <QThread>

namespace sitrep::ui {

DemoLoader::DemoLoader(DatabasePtr db, qint64 incidents, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_incidents(incidents) {}

DemoLoader::~DemoLoader()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void DemoLoader::start()
{
    m_thread = QThread::create([this] {
        DemoOptions options;
        options.incidents = m_incidents;
        auto result = generateDemo(*m_db, options, [this](qint64 done, qint64 total) {
            const int percent = total ? int(done * 100 / total) : 100;
            QMetaObject::invokeMethod(this, [this, percent] { emit progress(percent); },
                                      Qt::QueuedConnection);
            return !m_cancelled.load();
        });
        m_db->releaseThreadConnection();
        const bool ok = result.ok();
        const QString message = ok ? QString() : result.error();
        QMetaObject::invokeMethod(this, [this, ok, message] { emit finished(ok, message); },
                                  Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

} // namespace sitrep::ui
