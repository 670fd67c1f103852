#pragma once

#include "demo/httprequestreader.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>

#include <functional>

class QTcpSocket;
class LoopbackServer;

// One request and its response on a test server's connection. The test's handler scripts the
// response: write a head, chunks, raw bytes, wait, close or reset the connection.
class Exchange final : public QObject
{
    Q_OBJECT

public:
    Exchange(LoopbackServer *server, QTcpSocket *socket, HttpRequest request);

    const HttpRequest &request() const { return m_request; }

    void writeHead(int status, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                   bool chunked = true);
    void writeChunk(const QByteArray &bytes); // one chunk of a chunked body
    void writeRaw(const QByteArray &bytes);
    void endChunked(); // the terminating chunk; the response is complete
    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json",
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // An SSE response that sends each event after intervalMs, then ends (or not).
    void streamEvents(const QList<QByteArray> &events, int intervalMs = 0, bool end = true);
    void after(int ms, std::function<void()> action); // cancelled when the connection goes
    void closeConnection(); // a clean FIN
    void resetConnection(); // an abort (RST)
    bool isOpen() const;

private:
    friend class LoopbackServer;
    void complete();

    QPointer<LoopbackServer> m_server;
    QPointer<QTcpSocket> m_socket;
    HttpRequest m_request;
    bool m_completed = false;
};

// A real HTTP/1.1 server on 127.0.0.1 and a free port, driven by a handler per request. It
// records what it received, how many connections it accepted, how many exchanges were open at
// once, and when clients closed their connections.
class LoopbackServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(Exchange *exchange)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<HttpRequest> requests;
    int connectionsAccepted = 0;
    int openExchanges = 0;
    int maxOpenExchanges = 0;
    int clientCloses = 0; // connections the client closed while a response was still going

Q_SIGNALS:
    void requestReceived();
    void clientClosedDuringResponse();

private:
    friend class Exchange;
    void onNewConnection();
    void exchangeFinished();

    QTcpServer m_server;
    Handler m_handler;
};
