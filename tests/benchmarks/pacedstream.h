#pragma once

// What the window benchmarks share: a loopback server on a thread of its own that streams the
// given tokens at TokensPerSecond to every request, so its work is not the measured thread's,
// and the calling thread's CPU time.
#include "api/jsonescape.h"
#include "support/loopbackserver.h"

#include <QtCore/QStringList>
#include <QtCore/QThread>
#include <QtCore/QUrl>

#include <ctime>
#include <future>

namespace PacedStream {

constexpr int TokensPerSecond = 500;

inline qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// A loopback server on a thread of its own, so its work is not the window's.
class ServerThread final : public QThread
{
public:
    explicit ServerThread(QStringList tokens)
        : m_tokens(std::move(tokens))
    { }
    QUrl start()
    {
        QThread::start();
        return m_url.get_future().get();
    }

protected:
    void run() override
    {
        LoopbackServer server;
        server.listen();
        const QStringList tokens = m_tokens;
        server.setHandler([tokens](Exchange *e) {
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            constexpr int PerChunk = 5; // 5 tokens every 10 ms
            for (qsizetype i = 0; i < tokens.size(); i += PerChunk) {
                QByteArray events;
                for (qsizetype j = i; j < std::min(i + PerChunk, tokens.size()); ++j) {
                    std::string escaped;
                    JsonEscape::appendString(escaped, tokens.at(j).toUtf8());
                    events += R"(data: {"choices":[{"index":0,"delta":{"content":)"
                            + QByteArray::fromStdString(escaped) + "}}]}\n\n";
                }
                e->after(int(i * 1000 / TokensPerSecond), [e, events] { e->writeChunk(events); });
            }
            e->after(int(tokens.size() * 1000 / TokensPerSecond) + 10, [e] {
                e->writeChunk("data: [DONE]\n\n");
                e->endChunked();
            });
        });
        m_url.set_value(server.baseUrl());
        exec();
    }

private:
    QStringList m_tokens;
    std::promise<QUrl> m_url;
};

} // namespace PacedStream
