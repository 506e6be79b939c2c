#include "analytics/ReportRunner.h"

#include <QThread>

namespace sitrep::analytics {

ReportRunner::ReportRunner(DatabasePtr db, QObject *parent) : QObject(parent), m_db(std::move(db)) {}

ReportRunner::~ReportRunner()
{
    // Stop every worker and wait: they use the database this object shares.
    ++*m_generation;
    for (QThread *t : findChildren<QThread *>()) {
        t->wait();
    }
}

void ReportRunner::request(const ReportRequest &request)
{
    const int mine = ++*m_generation;
    auto generation = m_generation;
    DatabasePtr db = m_db;
    ++m_running;
    emit started();
    QThread *worker = QThread::create([this, db, request, mine, generation] {
        auto report = buildReport(*db, request, [&] { return generation->load() != mine; });
        db->releaseThreadConnection();
        if (generation->load() != mine)
            return;  // superseded: nobody wants this any more
        auto shared = report ? std::make_shared<const Report>(std::move(report.value())) : nullptr;
        const QString error = report ? QString() : report.error();
        QMetaObject::invokeMethod(this, [this, shared, error, mine] {
            if (m_generation->load() != mine)
                return;
            if (shared)
                emit finished(shared);
            else
                emit failed(error);
        }, Qt::QueuedConnection);
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker] {
        --m_running;
        worker->deleteLater();
    });
    worker->start();
}

} // namespace sitrep::analytics
