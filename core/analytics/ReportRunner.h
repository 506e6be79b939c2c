#pragma once
// Computes reports off the GUI thread. Each request supersedes the one before: the older one
// stops at its next check and its result is never delivered.

#include "analytics/Report.h"
#include "storage/Database.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sitrep::analytics {

class ReportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReportRunner(DatabasePtr db, QObject *parent = nullptr);
    ~ReportRunner() override;

    void request(const ReportRequest &request);
    bool busy() const { return m_running > 0; }

signals:
    void started();
    void finished(const std::shared_ptr<const sitrep::analytics::Report> &report);
    void failed(const QString &message);

private:
    DatabasePtr m_db;
    std::shared_ptr<std::atomic_int> m_generation = std::make_shared<std::atomic_int>(0);
    int m_running = 0;
};

} // namespace sitrep::analytics
