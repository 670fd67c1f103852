#pragma once

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>

class QTcpSocket;

// The built-in offline provider: a real OpenAI-compatible HTTP server on 127.0.0.1, so a new user
// can try Parley with no key and no network. GET /v1/models and POST /v1/chat/completions
// (streaming or not), with demo models that answer fast, slowly, or think first, at a realistic
// pace, with usage in the final chunk. The app talks to it over HTTP like to any provider.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    static QStringList modelIds();

    // Divides every delay, for tests that want the demo's replies quickly (1 = realistic pace).
    void setSpeedFactor(int factor) { m_speedFactor = qMax(1, factor); }
    int speedFactor() const { return m_speedFactor; }

private:
    void onNewConnection();

    QTcpServer m_server;
    int m_speedFactor = 1;
};
