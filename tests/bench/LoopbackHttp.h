#pragma once
// HTTP/1.1 over plain loopback sockets, for the benchmarks' load generators: a client that costs
// as little as possible on a 2-core machine, so that what is measured is the server. Written by
// hand because Qt's network classes need an event loop per connection and cost more per request
// than the server under test.

#include <QByteArray>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sitrep::bench {

// A connected socket to 127.0.0.1:port with Nagle off, or -1.
inline int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

inline QByteArray httpRequest(const char *method, const char *path, const QByteArray &body)
{
    return QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Length of the first complete response in `inbox` and its status, or 0 when incomplete.
inline qsizetype completeResponse(const QByteArray &inbox, int *status)
{
    const qsizetype headerEnd = inbox.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QByteArray head = inbox.left(headerEnd).toLower();
    const qsizetype cl = head.indexOf("content-length:");
    qsizetype length = 0;
    if (cl >= 0) {
        const qsizetype eol = head.indexOf("\r\n", cl);
        length = head.mid(cl + 15, (eol < 0 ? head.size() : eol) - cl - 15).trimmed().toLongLong();
    }
    if (inbox.size() < headerEnd + 4 + length)
        return 0;
    *status = inbox.mid(9, 3).toInt();
    return headerEnd + 4 + length;
}

} // namespace sitrep::bench
