#include "httprequestreader.h"

namespace {

constexpr qsizetype MaxHead = 64 * 1024;
constexpr qsizetype MaxBody = 16 * 1024 * 1024;

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestReader::Status HttpRequestReader::parse()
{
    if (!m_error.isEmpty())
        return Status::Error;
    if (m_bodyLength < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHead) {
                m_error = "request head too large";
                return Status::Error;
            }
            return Status::NeedMore;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        m_current = {};
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            m_error = "malformed request line";
            return Status::Error;
        }
        m_current.method = requestLine.at(0);
        m_current.target = requestLine.at(1);
        m_current.version = requestLine.at(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                m_error = "malformed header";
                return Status::Error;
            }
            m_current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!m_current.header("transfer-encoding").isEmpty()) {
            m_error = "chunked request bodies are not supported";
            return Status::Error;
        }
        const QByteArray length = m_current.header("content-length");
        bool ok = true;
        m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_bodyLength < 0 || m_bodyLength > MaxBody) {
            m_error = "bad content-length";
            return Status::Error;
        }
    }
    if (m_buffer.size() < m_bodyLength)
        return Status::NeedMore;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    return Status::Ready;
}

HttpRequest HttpRequestReader::take()
{
    return std::exchange(m_current, {});
}
