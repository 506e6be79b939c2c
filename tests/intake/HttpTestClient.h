#pragma once
// Blocking HTTP for tests: real requests over loopback through QNetworkAccessManager.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <functional>

namespace sitrep::test {

struct HttpReply
{
    int status = 0;           // 0: no answer (connection refused or reset)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

class HttpTestClient
{
public:
    HttpReply get(const QUrl &url, const QByteArray &token = {});
    HttpReply post(const QUrl &url, const QByteArray &body, const QByteArray &token = {});
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &token = {});
    // Starts many POSTs at once and waits for all answers (in order of the bodies).
    QList<HttpReply> postAll(const QUrl &url, const QList<QByteArray> &bodies);
    // The same, calling `received(index of the body, reply)` the moment each answer arrives.
    QList<HttpReply> postAll(const QUrl &url, const QList<QByteArray> &bodies,
                             const std::function<void(int, const HttpReply &)> &received);

private:
    QNetworkAccessManager m_nam;
};

} // namespace sitrep::test
