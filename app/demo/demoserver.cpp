#include "demoserver.h"

#include "api/jsonescape.h"
#include "demoreply.h"
#include "httprequestreader.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray jsonString(const QString &text)
{
    std::string out;
    JsonEscape::appendString(out, text.toUtf8());
    return QByteArray::fromStdString(out);
}

QByteArray errorBody(const QString &message, const char *type, const char *code)
{
    return "{\"error\":{\"message\":" + jsonString(message) + ",\"type\":\"" + type
            + "\",\"code\":\"" + code + "\"}}";
}

// One connection: requests are answered in order; a streaming answer is paced by a timer.
class DemoConnection final : public QObject
{
public:
    DemoConnection(QTcpSocket *socket, const DemoServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DemoConnection::tick);
        connect(socket, &QTcpSocket::readyRead, this, &DemoConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_reader.append(m_socket->readAll());
        serveNext();
    }

    void serveNext()
    {
        while (!m_streaming) {
            const HttpRequestReader::Status status = m_reader.parse();
            if (status == HttpRequestReader::Status::NeedMore)
                return;
            if (status == HttpRequestReader::Status::Error) {
                respond(400,
                        errorBody(QString::fromLatin1(m_reader.errorReason()),
                                  "invalid_request_error", "bad_request"),
                        false);
                return;
            }
            handle(m_reader.take());
        }
    }

    void respond(int status, const QByteArray &body, bool keepAlive,
                 const QByteArray &type = "application/json")
    {
        static const QHash<int, QByteArray> reasons = {
                {200, "OK"}, {400, "Bad Request"}, {404, "Not Found"}, {405, "Method Not Allowed"}};
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' '
                        + reasons.value(status, "Error") + "\r\nContent-Type: " + type
                        + "\r\nContent-Length: " + QByteArray::number(body.size())
                        + (keepAlive ? "" : "\r\nConnection: close") + "\r\n\r\n" + body);
        if (!keepAlive)
            m_socket->disconnectFromHost();
    }

    void handle(const HttpRequest &request)
    {
        const bool keepAlive = request.keepAlive();
        const QByteArray path = request.path();
        if (path == "/v1/models" || path == "/models") {
            if (request.method != "GET")
                return respond(405, errorBody(u"Use GET"_s, "invalid_request_error", "method"),
                               keepAlive);
            QJsonArray data;
            for (const DemoModel &m : DemoReply::models())
                data.append(QJsonObject{{u"id"_s, m.id},
                                        {u"object"_s, u"model"_s},
                                        {u"created"_s, 1763683200},
                                        {u"owned_by"_s, u"parley-demo"_s}});
            return respond(200,
                           QJsonDocument(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}})
                                   .toJson(QJsonDocument::Compact),
                           keepAlive);
        }
        if (path != "/v1/chat/completions" && path != "/chat/completions")
            return respond(404,
                           errorBody(u"Unknown endpoint %1"_s.arg(QString::fromUtf8(path)),
                                     "invalid_request_error", "not_found"),
                           keepAlive);
        if (request.method != "POST")
            return respond(405, errorBody(u"Use POST"_s, "invalid_request_error", "method"),
                           keepAlive);

        QJsonParseError parseError;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return respond(400,
                           errorBody(u"The request body is not valid JSON."_s,
                                     "invalid_request_error", "invalid_json"),
                           keepAlive);
        const QString modelId = body.value("model"_L1).toString();
        const DemoModel *model = DemoReply::model(modelId);
        if (!model)
            return respond(404,
                           errorBody(u"The model '%1' does not exist. Demo models: %2."_s.arg(
                                             modelId, DemoServer::modelIds().join(u", "_s)),
                                     "invalid_request_error", "model_not_found"),
                           keepAlive);
        QString prompt;
        qint64 promptChars = 0;
        for (const QJsonValue &message : body.value("messages"_L1).toArray()) {
            const QString text = message.toObject().value("content"_L1).toString();
            promptChars += text.size();
            if (message.toObject().value("role"_L1).toString() == "user"_L1)
                prompt = text;
        }
        m_model = *model;
        m_keepAlive = keepAlive;
        m_id = "chatcmpl-demo-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        m_promptTokens = (promptChars + 3) / 4;
        m_reasoning = model->thinksFirst ? DemoReply::tokens(DemoReply::reasoning(prompt))
                                         : QStringList();
        m_content = DemoReply::tokens(DemoReply::content(model->id, prompt));
        m_finishReason = "stop";
        const int maxTokens = body.value("max_tokens"_L1).toInt(0);
        if (maxTokens > 0 && m_content.size() > maxTokens) {
            m_content = m_content.mid(0, maxTokens);
            m_finishReason = "length";
        }
        m_includeUsage =
                body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool();
        m_sentReasoning = 0;
        m_sentContent = 0;

        if (!body.value("stream"_L1).toBool())
            return respond(200, completion(), keepAlive);

        m_streaming = true;
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                        "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
                        + QByteArray(keepAlive ? "" : "Connection: close\r\n") + "\r\n");
        sendEvent(chunk(R"({"role":"assistant","content":""})"));
        m_timer.start(qMax(1, m_model.msPerToken / m_server->speedFactor()));
    }

    QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null") const
    {
        return R"({"id":")" + m_id + R"(","object":"chat.completion.chunk","created":)"
                + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + R"(,"model":")"
                + m_model.id.toUtf8() + R"(","choices":[{"index":0,"delta":)" + delta
                + R"(,"finish_reason":)" + finish + "}]}";
    }

    QByteArray usage() const
    {
        const qint64 completion = m_reasoning.size() + m_sentContent;
        return R"({"prompt_tokens":)" + QByteArray::number(m_promptTokens)
                + R"(,"completion_tokens":)" + QByteArray::number(completion)
                + R"(,"total_tokens":)" + QByteArray::number(m_promptTokens + completion)
                + R"(,"completion_tokens_details":{"reasoning_tokens":)"
                + QByteArray::number(m_reasoning.size()) + "}}";
    }

    QByteArray completion() const
    {
        QByteArray message =
                R"({"role":"assistant","content":)" + jsonString(m_content.join(QString()));
        if (!m_reasoning.isEmpty())
            message += R"(,"reasoning_content":)" + jsonString(m_reasoning.join(QString()));
        message += '}';
        const qint64 completionTokens = m_reasoning.size() + m_content.size();
        return R"({"id":")" + m_id + R"(","object":"chat.completion","created":)"
                + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + R"(,"model":")"
                + m_model.id.toUtf8() + R"(","choices":[{"index":0,"message":)" + message
                + R"(,"finish_reason":")" + m_finishReason + R"("}],"usage":{"prompt_tokens":)"
                + QByteArray::number(m_promptTokens) + R"(,"completion_tokens":)"
                + QByteArray::number(completionTokens) + R"(,"total_tokens":)"
                + QByteArray::number(m_promptTokens + completionTokens) + "}}";
    }

    void sendEvent(const QByteArray &data)
    {
        const QByteArray event = "data: " + data + "\n\n";
        m_socket->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    }

    void tick()
    {
        if (m_sentReasoning < m_reasoning.size()) {
            sendEvent(chunk(R"({"reasoning_content":)"
                            + jsonString(m_reasoning.at(m_sentReasoning++)) + '}'));
            return;
        }
        if (m_sentContent < m_content.size()) {
            sendEvent(chunk(R"({"content":)" + jsonString(m_content.at(m_sentContent++)) + '}'));
            return;
        }
        m_timer.stop();
        sendEvent(chunk("{}", '"' + m_finishReason + '"'));
        if (m_includeUsage) {
            sendEvent(R"({"id":")" + m_id + R"(","object":"chat.completion.chunk","created":)"
                      + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + R"(,"model":")"
                      + m_model.id.toUtf8() + R"(","choices":[],"usage":)" + usage() + "}");
        }
        sendEvent("[DONE]");
        m_socket->write("0\r\n\r\n");
        m_streaming = false;
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        // A pipelined request may be waiting; answer it on the next turn.
        QTimer::singleShot(0, this, &DemoConnection::serveNext);
    }

    QTcpSocket *m_socket;
    const DemoServer *m_server;
    HttpRequestReader m_reader;
    QTimer m_timer;
    DemoModel m_model;
    QByteArray m_id;
    QByteArray m_finishReason;
    QStringList m_reasoning;
    QStringList m_content;
    qsizetype m_sentReasoning = 0;
    qsizetype m_sentContent = 0;
    qint64 m_promptTokens = 0;
    bool m_includeUsage = false;
    bool m_keepAlive = true;
    bool m_streaming = false;
};

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer() = default;

bool DemoServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl DemoServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

QStringList DemoServer::modelIds()
{
    QStringList ids;
    for (const DemoModel &m : DemoReply::models())
        ids.append(m.id);
    return ids;
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new DemoConnection(socket, this);
}
