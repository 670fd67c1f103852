#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <utility>

// One HTTP/1.1 request as a small server sees it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    QByteArray path() const; // target without the query
    bool keepAlive() const;
};

// Reads HTTP/1.1 requests from a connection's bytes, one after another (keep-alive and
// pipelining). Bodies need Content-Length; heads are limited to 64 KiB and bodies to 16 MiB.
// Used by the demo provider and by the tests' loopback servers.
class HttpRequestReader final
{
public:
    enum class Status {
        NeedMore,
        Ready,
        Error,
    };

    // Appends bytes; call take() while it returns Ready.
    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    Status parse();
    HttpRequest take();
    QByteArray errorReason() const { return m_error; }

private:
    QByteArray m_buffer;
    HttpRequest m_current;
    qsizetype m_bodyLength = -1; // -1 while the head is not complete
    QByteArray m_error;
};
