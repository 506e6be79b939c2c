#include "intake/IntakeMetrics.h"

namespace sitrep::intake {

void IntakeMetrics::requestAccepted(const QString &source, const IntakeCounts &c, qint64 atMs)
{
    m_receivedBySource[source] += c.received;
    m_received += c.received;
    m_created += c.created;
    m_deduplicated += c.deduplicated;
    m_resolved += c.resolved;
    m_acknowledged += c.acknowledged;
    m_held += c.held;
    m_incidentsOpened += c.incidentsOpened.size();
    if (c.received > 0)
        m_lastReceivedAt = atMs;
}

void IntakeMetrics::requestRejected(const QString &reason)
{
    ++m_rejectedByReason[reason];
}

void IntakeMetrics::observeLatency(double seconds)
{
    for (size_t i = 0; i < bucketBounds.size(); ++i) {
        if (seconds <= bucketBounds[i])
            ++m_buckets[i];
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

qint64 IntakeMetrics::rejected() const
{
    qint64 n = 0;
    for (qint64 v : m_rejectedByReason)
        n += v;
    return n;
}

QByteArray IntakeMetrics::prometheusText() const
{
    QByteArray out;
    auto family = [&out](const char *name, const char *type, const char *help) {
        out += "# HELP "; out += name; out += ' '; out += help; out += '\n';
        out += "# TYPE "; out += name; out += ' '; out += type; out += '\n';
    };
    auto sample = [&out](const QByteArray &name, qint64 value) {
        out += name + ' ' + QByteArray::number(value) + '\n';
    };
    family("sitrep_intake_alerts_received_total", "counter", "Alerts received in requests that were committed.");
    if (m_receivedBySource.isEmpty())
        sample("sitrep_intake_alerts_received_total{source=\"alertmanager\"}", 0);
    for (auto it = m_receivedBySource.cbegin(); it != m_receivedBySource.cend(); ++it)
        sample("sitrep_intake_alerts_received_total{source=\"" + it.key().toUtf8() + "\"}", *it);
    family("sitrep_intake_alerts_accepted_total", "counter", "Alerts stored as new alerts or new episodes.");
    sample("sitrep_intake_alerts_accepted_total", m_created);
    family("sitrep_intake_alerts_deduplicated_total", "counter", "Redelivered alerts that only moved last seen.");
    sample("sitrep_intake_alerts_deduplicated_total", m_deduplicated);
    family("sitrep_intake_alerts_resolved_total", "counter", "Alerts that resolved.");
    sample("sitrep_intake_alerts_resolved_total", m_resolved);
    family("sitrep_intake_alerts_acknowledged_total", "counter", "Alerts acknowledged through an acknowledge event.");
    sample("sitrep_intake_alerts_acknowledged_total", m_acknowledged);
    family("sitrep_intake_alerts_held_total", "counter", "New alerts kept in the inbox (below minimum severity or muted).");
    sample("sitrep_intake_alerts_held_total", m_held);
    family("sitrep_intake_requests_rejected_total", "counter", "Requests answered 4xx or 5xx, by reason.");
    if (m_rejectedByReason.isEmpty())
        sample("sitrep_intake_requests_rejected_total{reason=\"invalid_payload\"}", 0);
    for (auto it = m_rejectedByReason.cbegin(); it != m_rejectedByReason.cend(); ++it)
        sample("sitrep_intake_requests_rejected_total{reason=\"" + it.key().toUtf8() + "\"}", *it);
    family("sitrep_intake_incidents_opened_total", "counter", "Incidents opened by alerts.");
    sample("sitrep_intake_incidents_opened_total", m_incidentsOpened);
    family("sitrep_intake_request_duration_seconds", "histogram", "Time from a request's arrival to its answer.");
    for (size_t i = 0; i < bucketBounds.size(); ++i)
        sample("sitrep_intake_request_duration_seconds_bucket{le=\"" + QByteArray::number(bucketBounds[i]) + "\"}", m_buckets[i]);
    sample("sitrep_intake_request_duration_seconds_bucket{le=\"+Inf\"}", m_latencyCount);
    out += "sitrep_intake_request_duration_seconds_sum " + QByteArray::number(m_latencySum, 'g', 12) + '\n';
    sample("sitrep_intake_request_duration_seconds_count", m_latencyCount);
    return out;
}

} // namespace sitrep::intake
