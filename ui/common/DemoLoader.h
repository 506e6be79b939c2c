#pragma once
// Runs the demo generator on a worker thread (its own database connection), reporting progress,
// so the window stays responsive while thousands of incidents are written.

#include "storage/Database.h"

#include <QObject>

#include <atomic>

class QThread;

namespace sitrep::ui {

class DemoLoader : public QObject
{
    Q_OBJECT

public:
    DemoLoader(DatabasePtr db, qint64 incidents, QObject *parent = nullptr);
    ~DemoLoader() override;

    void start();
    void cancel() { m_cancelled = true; }

signals:
    void progress(int percent);
    // ok == false carries a message for the user (cancelled or failed; nothing was written).
    void finished(bool ok, const QString &message);

private:
    DatabasePtr m_db;
    qint64 m_incidents;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace sitrep::ui
