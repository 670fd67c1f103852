// A loopback server for the chat benchmark: every POST /v1/chat/completions gets the same
// pre-generated OpenAI-style stream (BenchStream), written as fast as the client reads it, so the
// client's cost is what gets measured. Prints "listening PORT" when ready.
#include "demo/httprequestreader.h"
#include "openaistream.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double mib = 100;
    quint16 port = 0;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--size"))
            mib = args.at(i + 1).toDouble();
        else if (args.at(i) == QLatin1String("--port"))
            port = quint16(args.at(i + 1).toUInt());
    }
    std::vector<std::size_t> ends;
    const std::string stream = BenchStream::make(std::size_t(mib * 1024 * 1024), &ends);
    const QByteArray body = QByteArray::fromRawData(stream.data(), qsizetype(stream.size()));

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto reader = std::make_shared<HttpRequestReader>();
            auto sent = std::make_shared<qsizetype>(-1); // -1: no response in progress
            auto pump = [socket, sent, &body] {
                // Keep about 1 MiB queued: fast, without buffering 100 MiB in the socket.
                while (*sent >= 0 && *sent < body.size() && socket->bytesToWrite() < (1 << 20)) {
                    const qsizetype n = qMin<qsizetype>(256 * 1024, body.size() - *sent);
                    socket->write(QByteArray::number(n, 16) + "\r\n");
                    socket->write(body.mid(*sent, n));
                    socket->write("\r\n");
                    *sent += n;
                }
                if (*sent == body.size()) {
                    socket->write("0\r\n\r\n");
                    *sent = -1;
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, reader, sent, pump] {
                reader->append(socket->readAll());
                while (reader->parse() == HttpRequestReader::Status::Ready) {
                    const HttpRequest request = reader->take();
                    if (request.path().endsWith("/models")) {
                        const QByteArray models = R"({"object":"list","data":[{"id":"bench"}]})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                      "application/json\r\nContent-Length: "
                                      + QByteArray::number(models.size()) + "\r\n\r\n" + models);
                        continue;
                    }
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                  "Transfer-Encoding: chunked\r\n\r\n");
                    *sent = 0;
                    pump();
                }
            });
        }
    });
    std::printf("listening %d\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
