#pragma once

#include "api/chatclient.h"
#include "api/streamjob.h"
#include "loopbackserver.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>

// A client, its network manager and a loopback server, with helpers to run a reply to its end.
struct ChatHarness
{
    QNetworkAccessManager manager;
    ChatClient client{&manager};
    LoopbackServer server;
    QString apiKey = QStringLiteral("sk-test-0123456789abcdefKEY");

    ChatHarness() { server.listen(); }

    ProviderConfig provider() const
    {
        ProviderConfig p;
        p.baseUrl = server.baseUrl();
        p.apiKey = apiKey;
        return p;
    }

    static ChatRequest request(const QString &prompt = QStringLiteral("Hello"))
    {
        ChatRequest r;
        r.model = QStringLiteral("test-model");
        r.messages = {{QStringLiteral("user"), prompt}};
        return r;
    }

    static StreamSettings fastSettings()
    {
        StreamSettings s;
        s.connectTimeoutMs = 5000;
        s.firstByteTimeoutMs = 5000;
        s.idleTimeoutMs = 5000;
        s.retry.initialDelayMs = 20;
        s.retry.maxDelayMs = 100;
        return s;
    }

    StreamJob *start(const StreamSettings &settings = fastSettings(),
                     const ChatRequest &request = ChatHarness::request())
    {
        return client.startChat(provider(), request, settings, &server);
    }

    // Waits for the job's end (up to timeoutMs) and returns its result.
    static ReplyResult waitFor(StreamJob *job, int timeoutMs = 15000)
    {
        if (!job->isFinished()) {
            QSignalSpy spy(job, &StreamJob::finished);
            spy.wait(timeoutMs);
        }
        return job->result();
    }
};

// One OpenAI-style chunk event with a content delta.
inline QByteArray contentEvent(const QByteArray &text)
{
    return R"(data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":")"
            + text + R"("},"finish_reason":null}]})" + "\n\n";
}

inline QByteArray finishEvent(const QByteArray &reason = "stop")
{
    return R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":")" + reason
            + R"("}]})"
              "\n\n";
}

inline QByteArray doneEvent()
{
    return "data: [DONE]\n\n";
}
