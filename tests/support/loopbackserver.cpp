#include "loopbackserver.h"

#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

Exchange::Exchange(LoopbackServer *server, QTcpSocket *socket, HttpRequest request)
    : QObject(socket)
    , m_server(server)
    , m_socket(socket)
    , m_request(std::move(request))
{
    ++server->openExchanges;
    server->maxOpenExchanges = qMax(server->maxOpenExchanges, server->openExchanges);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_completed && m_server) {
            ++m_server->clientCloses;
            Q_EMIT m_server->clientClosedDuringResponse();
        }
        complete();
    });
}

bool Exchange::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Exchange::writeHead(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                         bool chunked)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    head += "\r\n";
    writeRaw(head);
}

void Exchange::writeChunk(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        writeRaw(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void Exchange::writeRaw(const QByteArray &bytes)
{
    if (isOpen()) {
        m_socket->write(bytes);
        m_socket->flush();
    }
}

void Exchange::endChunked()
{
    writeRaw("0\r\n\r\n");
    complete();
}

void Exchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                       const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append({"Content-Type", contentType});
    all.append({"Content-Length", QByteArray::number(body.size())});
    writeHead(status, all, false);
    writeRaw(body);
    complete();
}

void Exchange::streamEvents(const QList<QByteArray> &events, int intervalMs, bool end)
{
    writeHead(200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}});
    for (qsizetype i = 0; i < events.size(); ++i)
        after(int(i) * intervalMs, [this, event = events.at(i)] { writeChunk(event); });
    if (end)
        after(int(events.size()) * intervalMs, [this] { endChunked(); });
}

void Exchange::after(int ms, std::function<void()> action)
{
    // Precise: a coarse timer may fire up to 5% of its interval early or late, so of two timers
    // a few ms apart seconds from now the later could fire first, and a stream's chunks go out
    // of order.
    QTimer::singleShot(ms, Qt::PreciseTimer, this, std::move(action));
}

void Exchange::closeConnection()
{
    if (m_socket) {
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
    complete();
}

void Exchange::resetConnection()
{
    if (m_socket)
        m_socket->abort();
    complete();
}

void Exchange::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    if (m_server)
        m_server->exchangeFinished();
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

bool LoopbackServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++connectionsAccepted;
        auto reader = std::make_shared<HttpRequestReader>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            reader->append(socket->readAll());
            for (;;) {
                const HttpRequestReader::Status status = reader->parse();
                if (status == HttpRequestReader::Status::NeedMore)
                    return;
                if (status == HttpRequestReader::Status::Error) {
                    socket->abort();
                    return;
                }
                HttpRequest request = reader->take();
                requests.append(request);
                Q_EMIT requestReceived();
                auto *exchange = new Exchange(this, socket, std::move(request));
                if (m_handler)
                    m_handler(exchange);
                else
                    exchange->respond(404, "{}");
            }
        });
    }
}

void LoopbackServer::exchangeFinished()
{
    --openExchanges;
}
