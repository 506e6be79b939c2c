#include "intake/IntakeServer.h"

#include "intake/IntakeWriter.h"
#include "intake/SourceAdapter.h"
#include "util/Clock.h"
#include "util/CompactJson.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeServer)
};

using Status = QHttpServerResponder::StatusCode;

QByteArray json(const QJsonObject &o)
{
    return compactJson(o);
}

QHttpHeaders jsonHeaders()
{
    QHttpHeaders h;
    h.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    return h;
}
} // namespace

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walk the longer one whole so the time depends only on the lengths.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0 && n > 0;
}

Result<QByteArray> readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the token file %1: %2").arg(path, file.errorString()));
    const QByteArray token = file.readAll().trimmed();
    if (token.size() < 16)
        return fail(Tr::tr("The token in %1 is shorter than 16 characters; use a long random one "
                           "(e.g. `openssl rand -hex 32`).").arg(path));
    return token;
}

Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(Tr::tr("“%1” is not HOST:PORT (for example 127.0.0.1:9797).").arg(text));
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(Tr::tr("“%1” has no valid port (0–65535).").arg(text));
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("*"))
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return fail(Tr::tr("“%1” is not an IP address.").arg(host));
    return qMakePair(address, quint16(port));
}

IntakeServer::IntakeServer(DatabasePtr db, IntakeConfig config, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_config(std::move(config))
{
}

IntakeServer::~IntakeServer()
{
    // Stop taking requests, then let the writer finish and answer what it holds.
    if (m_tcp)
        m_tcp->close();
    delete m_writer;
    m_writer = nullptr;
}

bool IntakeServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

int IntakeServer::queuedAlerts() const
{
    return m_writer ? m_writer->queuedAlerts() : 0;
}

quint16 IntakeServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString IntakeServer::listenAddress() const
{
    if (!m_tcp)
        return {};
    const QHostAddress a = m_tcp->serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + a.toString() + QLatin1Char(']') : a.toString();
    return host + QLatin1Char(':') + QString::number(m_tcp->serverPort());
}

Done IntakeServer::start()
{
    if (isListening())
        return {};
    if (!m_config.address.isLoopback() && m_config.token.isEmpty())
        return fail(Tr::tr("Refusing to listen on %1 without a token: anyone on the network could open incidents. "
                           "Pass --token-file, or listen on 127.0.0.1.").arg(m_config.address.toString()));
    // Nothing is accepted before the writer has checked that its commits are durable.
    auto writer = std::make_unique<IntakeWriter>(m_db, m_config.maxQueuedAlerts);
    if (auto ready = writer->waitUntilReady(); !ready)
        return ready;
    m_http = std::make_unique<QHttpServer>();
    for (const SourceRoute &route : sourceRoutes()) {
        m_http->route(route.path, QHttpServerRequest::Method::AnyKnown, this,
                      [this, route](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                          handleSource(route, request, responder);
                      });
    }
    m_http->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::AnyKnown, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head)
                          return reject(responder, {405, QStringLiteral("method_not_allowed"), Tr::tr("Use GET."), {}}, false);
                      const bool writing = m_writer != nullptr;
                      QJsonObject body{{QStringLiteral("status"), writing ? QStringLiteral("ok") : QStringLiteral("stopping")},
                                       {QStringLiteral("queued_alerts"), queuedAlerts()}};
                      // A 2xx means "committed"; whether a commit survives a crash is the
                      // database's to say (a server with fsync off): monitoring can alert on it.
                      const QString note = writing ? m_writer->durabilityNote() : QString();
                      body.insert(QStringLiteral("durable"), note.isEmpty());
                      if (!note.isEmpty())
                          body.insert(QStringLiteral("durability_note"), note);
                      responder.write(json(body), jsonHeaders(), writing ? Status::Ok : Status::ServiceUnavailable);
                  });
    m_http->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::AnyKnown, this,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      if (!authorized(request))
                          return reject(responder, {401, QStringLiteral("unauthorized"), Tr::tr("A bearer token is required."), {}}, false);
                      if (request.method() != QHttpServerRequest::Method::Get)
                          return reject(responder, {405, QStringLiteral("method_not_allowed"), Tr::tr("Use GET."), {}}, false);
                      QHttpHeaders h;
                      h.append(QHttpHeaders::WellKnownHeader::ContentType, "text/plain; version=0.0.4; charset=utf-8");
                      responder.write(m_metrics.prometheusText(), h, Status::Ok);
                  });
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        reject(responder, {404, QStringLiteral("unknown_route"),
                           Tr::tr("No intake route at %1. Routes: /api/v1/alertmanager, /api/v1/grafana, /v2/enqueue, "
                                  "/api/v1/datadog, /api/v1/alerts, /healthz, /metrics.").arg(request.url().path()), {}},
               false);
    });

    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(m_config.address, m_config.port))
        return fail(Tr::tr("Cannot listen on %1:%2: %3").arg(m_config.address.toString()).arg(m_config.port).arg(tcp->errorString()));
    if (!m_http->bind(tcp.get()))
        return fail(Tr::tr("Cannot serve HTTP on %1.").arg(m_config.address.toString()));
    m_tcp = tcp.release(); // owned by the QHttpServer now
    m_writer = writer.release();
    m_writer->setParent(this);
    connect(m_writer, &IntakeWriter::committed, this, &IntakeServer::alertsCommitted);
    qCInfo(lcIntake) << "Intake listening on" << listenAddress();
    warmUp();
    return {};
}

void IntakeServer::warmUp()
{
    // The first request a QHttpServer answers costs about 30 ms (its routing is set up lazily);
    // ask it something ourselves so that the first alert does not pay for it.
    auto *socket = new QTcpSocket(this);
    const QHostAddress self = m_tcp->serverAddress() == QHostAddress::Any || m_tcp->serverAddress() == QHostAddress::AnyIPv4
                                  ? QHostAddress(QHostAddress::LocalHost)
                              : m_tcp->serverAddress() == QHostAddress::AnyIPv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                                                : m_tcp->serverAddress();
    connect(socket, &QTcpSocket::connected, socket, [socket] {
        socket->write("GET /healthz HTTP/1.1\r\nHost: sitrep\r\nConnection: close\r\n\r\n");
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(self, m_tcp->serverPort());
}

bool IntakeServer::authorized(const QHttpServerRequest &request) const
{
    if (m_config.token.isEmpty())
        return true;
    const QByteArray header = request.value("authorization");
    static const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix))
        return false;
    return constantTimeEquals(QByteArrayView(header).mid(prefix.size()).trimmed(), m_config.token);
}

void IntakeServer::reject(QHttpServerResponder &responder, const IntakeRejection &r, bool pagerDutyStyle)
{
    m_metrics.requestRejected(r.reason);
    QJsonObject body;
    if (pagerDutyStyle && r.httpStatus == 400) {
        // PagerDuty's own shape, so its client libraries read our answer.
        body = {{QStringLiteral("status"), QStringLiteral("invalid event")},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}};
    } else {
        body = {{QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}};
    }
    QHttpHeaders h = jsonHeaders();
    if (r.httpStatus == 503)
        h.append(QHttpHeaders::WellKnownHeader::RetryAfter, "1");
    if (r.httpStatus == 405)
        h.append(QHttpHeaders::WellKnownHeader::Allow, r.reason == QLatin1String("method_not_allowed") && r.message.contains(QLatin1String("GET")) ? "GET" : "POST");
    if (r.httpStatus == 401)
        h.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer");
    responder.write(json(body), h, Status(r.httpStatus));
}

void IntakeServer::handleSource(const SourceRoute &route, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString &source = route.source;
    QElapsedTimer timer;
    timer.start();
    const bool pagerDuty = source == QLatin1String("pagerduty");
    if (!authorized(request))
        return reject(responder, {401, QStringLiteral("unauthorized"), Tr::tr("A valid bearer token is required."), {}}, pagerDuty);
    if (request.method() != QHttpServerRequest::Method::Post)
        return reject(responder, {405, QStringLiteral("method_not_allowed"), Tr::tr("Use POST."), {}}, pagerDuty);
    if (request.body().size() > m_config.maxBodyBytes)
        return reject(responder, {413, QStringLiteral("too_large"),
                                  Tr::tr("The body is %1 bytes; the limit is %2.").arg(request.body().size()).arg(m_config.maxBodyBytes), {}},
                      pagerDuty);
    const qint64 now = Clock::nowMs();
    AdapterResult parsed = route.parse(request.body(), now);
    if (parsed.rejection)
        return reject(responder, *parsed.rejection, pagerDuty);
    if (!m_writer)
        return reject(responder, {503, QStringLiteral("stopping"), Tr::tr("Intake is shutting down."), {}}, pagerDuty);

    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString replyKey = parsed.replyDedupKey;
    const bool queued = m_writer->submit(prepareAlerts(std::move(parsed.alerts)), [this, pending, source, pagerDuty, replyKey, timer, now](const Result<IntakeCounts> &result) {
        if (!result) {
            // Nothing of this request is stored (its savepoint or the whole group rolled back);
            // 503 makes Alertmanager and PagerDuty clients retry.
            reject(*pending, {503, QStringLiteral("storage_unavailable"), Tr::tr("The alert could not be stored: %1").arg(result.error()), {}}, pagerDuty);
            m_metrics.observeLatency(timer.nsecsElapsed() / 1e9);
            return;
        }
        m_metrics.requestAccepted(source, *result, now);
        QJsonObject body;
        Status status = Status::Ok;
        if (pagerDuty) {
            status = Status::Accepted;
            body = {{QStringLiteral("status"), QStringLiteral("success")},
                    {QStringLiteral("message"), QStringLiteral("Event processed")},
                    {QStringLiteral("dedup_key"), replyKey}};
        } else {
            body = {{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("received"), result->received},
                    {QStringLiteral("created"), result->created},
                    {QStringLiteral("deduplicated"), result->deduplicated},
                    {QStringLiteral("resolved"), result->resolved},
                    {QStringLiteral("held"), result->held},
                    {QStringLiteral("incidents_opened"), qint64(result->incidentsOpened.size())}};
        }
        pending->write(json(body), jsonHeaders(), status);
        m_metrics.observeLatency(timer.nsecsElapsed() / 1e9);
    });
    if (!queued)
        reject(*pending, {503, QStringLiteral("overloaded"), Tr::tr("Intake is busy; retry shortly."), {}}, pagerDuty);
}

} // namespace sitrep::intake
