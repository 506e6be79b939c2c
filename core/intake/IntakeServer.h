#pragma once
// Webhook intake over HTTP (Qt HTTP Server): authentication, size limit, one route per source,
// /healthz and /metrics. Parsing happens on this object's thread; writing on IntakeWriter's.
// Each request is answered only after its alerts are committed (or with a 4xx/5xx and nothing
// stored). Used by `sitrepctl serve` and, in-process, by the desktop app.

#include "intake/IntakeMetrics.h"
#include "intake/IntakeRejection.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace sitrep::intake {

class IntakeWriter;
struct SourceRoute;

struct IntakeConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 9797;            // 0: any free port (tests)
    QByteArray token;               // empty: no authentication (loopback only)
    qint64 maxBodyBytes = 1 << 20;
    int maxQueuedAlerts = 100000;
};

// "127.0.0.1:9797", "[::1]:9797", ":9797"; the error says what is wrong.
Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString &text);
// The bearer token from a file (trimmed); refuses a token shorter than 16 characters.
Result<QByteArray> readTokenFile(const QString &path);
// Compares in time independent of where the two differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

class IntakeServer : public QObject
{
    Q_OBJECT
public:
    IntakeServer(DatabasePtr db, IntakeConfig config, QObject *parent = nullptr);
    ~IntakeServer() override;

    // Binds and starts answering. Refuses a non-loopback address without a token.
    Done start();
    bool isListening() const;
    quint16 port() const;
    QString listenAddress() const;   // "127.0.0.1:9797"
    const IntakeMetrics &metrics() const { return m_metrics; }
    // Alerts waiting for the writer (accepted, not yet committed).
    int queuedAlerts() const;

signals:
    // After a commit: what intake did (incidents opened, alerts received, ...).
    void alertsCommitted(const sitrep::intake::IntakeCounts &counts);

private:
    void handleSource(const SourceRoute &route, const QHttpServerRequest &request, QHttpServerResponder &responder);
    bool authorized(const QHttpServerRequest &request) const;
    void warmUp();
    void reject(QHttpServerResponder &responder, const IntakeRejection &rejection, bool pagerDutyStyle);

    DatabasePtr m_db;
    IntakeConfig m_config;
    IntakeMetrics m_metrics;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr;
    IntakeWriter *m_writer = nullptr;
};

} // namespace sitrep::intake
