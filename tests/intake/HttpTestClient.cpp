#include "HttpTestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace sitrep::test {

namespace {
HttpReply collect(QNetworkReply *reply)
{
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QNetworkRequest request(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setTransferTimeout(30000);
    return req;
}
} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply HttpTestClient::get(const QUrl &url, const QByteArray &token)
{
    return send("GET", url, {}, token);
}

HttpReply HttpTestClient::post(const QUrl &url, const QByteArray &body, const QByteArray &token)
{
    return send("POST", url, body, token);
}

HttpReply HttpTestClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &token)
{
    QNetworkReply *reply = m_nam.sendCustomRequest(request(url, token), method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return collect(reply);
}

QList<HttpReply> HttpTestClient::postAll(const QUrl &url, const QList<QByteArray> &bodies)
{
    return postAll(url, bodies, {});
}

QList<HttpReply> HttpTestClient::postAll(const QUrl &url, const QList<QByteArray> &bodies,
                                         const std::function<void(int, const HttpReply &)> &received)
{
    QList<QNetworkReply *> replies;
    for (const QByteArray &body : bodies)
        replies << m_nam.post(request(url, {}), body);
    QEventLoop loop;
    int pending = int(replies.size());
    QList<HttpReply> out(replies.size());
    for (int i = 0; i < int(replies.size()); ++i) {
        QObject::connect(replies[i], &QNetworkReply::finished, &loop, [&, i] {
            out[i] = collect(replies[i]);
            if (received)
                received(i, out[i]);
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return out;
}

} // namespace sitrep::test
