#pragma once
// Counters for /metrics (Prometheus text exposition format) and the app's status bar.

#include "intake/IntakeStore.h"

#include <QMap>
#include <QString>

#include <array>

namespace sitrep::intake {

class IntakeMetrics
{
public:
    void requestAccepted(const QString &source, const IntakeCounts &counts, qint64 atMs);
    void requestRejected(const QString &reason);
    void observeLatency(double seconds);

    qint64 alertsReceived() const { return m_received; }
    qint64 incidentsOpened() const { return m_incidentsOpened; }
    qint64 rejected() const;
    qint64 lastReceivedAt() const { return m_lastReceivedAt; } // 0: nothing yet

    QByteArray prometheusText() const;

    static constexpr std::array<double, 12> bucketBounds{0.001, 0.0025, 0.005, 0.01, 0.02, 0.05,
                                                          0.1, 0.25, 0.5, 1, 2.5, 10};

private:
    QMap<QString, qint64> m_receivedBySource;
    QMap<QString, qint64> m_rejectedByReason;
    qint64 m_received = 0;
    qint64 m_created = 0;
    qint64 m_deduplicated = 0;
    qint64 m_resolved = 0;
    qint64 m_acknowledged = 0;
    qint64 m_held = 0;
    qint64 m_incidentsOpened = 0;
    qint64 m_lastReceivedAt = 0;
    std::array<qint64, bucketBounds.size()> m_buckets{};
    qint64 m_latencyCount = 0;
    double m_latencySum = 0;
};

} // namespace sitrep::intake
