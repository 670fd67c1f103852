// Retries and timeouts against real loopback servers: which failures are retried, how long the
// client waits, and that each timeout is reported as a timeout.
#include "support/chatharness.h"

#include <QtTest/QTest>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using Category = ReplyError::Category;
using TimeoutKind = ReplyError::TimeoutKind;

class TestChatRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesServerErrorsThenSucceeds();
    void givesUpAfterTwoRetries();
    void honoursRetryAfterSeconds();
    void honoursRetryAfterMs();
    void doesNotRetryWhenAskedToWaitTooLong();
    void shouldRetryHeaderOverridesTheStatus();
    void neverRetriesAfterTheFirstToken();
    void retriesRefusedConnectionsThenReportsNetwork();
    void resetBeforeAnyResponseIsANetworkFailure();
    void cancelDuringTheRetryWait();
    void connectTimeout();
    void firstByteTimeout();
    void idleTimeoutKeepsThePartialText();
    void keepAliveCommentsAreActivity();
};

namespace {

// Fails the first `failures` requests with `status`, then streams a short reply.
void failThenStream(ChatHarness &h, int failures, int status,
                    QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    h.server.setHandler([&h, failures, status, headers](Exchange *e) {
        if (h.server.requests.size() <= failures)
            e->respond(status, R"({"error":{"message":"busy"}})", "application/json", headers);
        else
            e->streamEvents({contentEvent("ok"), doneEvent()});
    });
}

} // namespace

void TestChatRetry::retriesServerErrorsThenSucceeds()
{
    ChatHarness h;
    failThenStream(h, 2, 503);
    StreamJob *job = h.start();
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    QSignalSpy states(job, &StreamJob::stateChanged);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.retries, 2);
    QCOMPARE(h.server.requests.size(), 3);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(0).toInt(), 1);
    QCOMPARE(retries.at(0).at(2).value<ReplyError>().httpStatus, 503);
    // Backoff doubles (20 ms, then 40 ms in the test settings), shortened by up to 25 % jitter.
    QVERIFY(retries.at(0).at(1).toInt() >= 15 && retries.at(0).at(1).toInt() <= 20);
    QVERIFY(retries.at(1).at(1).toInt() >= 30 && retries.at(1).at(1).toInt() <= 40);
    bool sawRetrying = false;
    for (const QList<QVariant> &args : states)
        sawRetrying =
                sawRetrying || args.at(0).value<StreamJob::State>() == StreamJob::State::Retrying;
    QVERIFY(sawRetrying);
}

void TestChatRetry::givesUpAfterTwoRetries()
{
    ChatHarness h;
    failThenStream(h, 100, 500);
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::ServerError);
    QCOMPARE(h.server.requests.size(), 3); // the first try and two retries
}

void TestChatRetry::honoursRetryAfterSeconds()
{
    ChatHarness h;
    failThenStream(h, 1, 429, {{"Retry-After", "1"}});
    StreamJob *job = h.start();
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    QCOMPARE(ChatHarness::waitFor(job).end, EndState::Completed);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toInt(), 1000);
}

void TestChatRetry::honoursRetryAfterMs()
{
    ChatHarness h;
    failThenStream(h, 1, 429, {{"retry-after-ms", "120"}, {"Retry-After", "30"}});
    StreamJob *job = h.start();
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    QCOMPARE(ChatHarness::waitFor(job).end, EndState::Completed);
    QCOMPARE(retries.first().at(1).toInt(), 120);
}

void TestChatRetry::doesNotRetryWhenAskedToWaitTooLong()
{
    ChatHarness h;
    failThenStream(h, 1, 429, {{"Retry-After", "120"}});
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::RateLimited);
    QVERIFY2(result.error.message.contains(u"wait 120 second"_s), qPrintable(result.error.message));
    QCOMPARE(h.server.requests.size(), 1);
}

void TestChatRetry::shouldRetryHeaderOverridesTheStatus()
{
    ChatHarness h;
    failThenStream(h, 1, 503, {{"x-should-retry", "false"}});
    QCOMPARE(ChatHarness::waitFor(h.start()).end, EndState::Failed);
    QCOMPARE(h.server.requests.size(), 1);

    ChatHarness h2;
    failThenStream(h2, 1, 400, {{"x-should-retry", "true"}});
    QCOMPARE(ChatHarness::waitFor(h2.start()).end, EndState::Completed);
    QCOMPARE(h2.server.requests.size(), 2);
}

void TestChatRetry::neverRetriesAfterTheFirstToken()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("once")}, 0, false);
        e->after(50, [e] { e->resetConnection(); });
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Incomplete);
    QCOMPARE(result.content, u"once"_s);
    QCOMPARE(result.retries, 0);
    QCOMPARE(h.server.requests.size(), 1);
}

void TestChatRetry::retriesRefusedConnectionsThenReportsNetwork()
{
    ChatHarness h;
    const QUrl closed = h.server.baseUrl();
    ProviderConfig provider = h.provider();
    {
        // A port that was just listening and is closed now: connections are refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl url = closed;
        url.setPort(probe.serverPort());
        probe.close();
        provider.baseUrl = url;
    }
    StreamJob *job = h.client.startChat(provider, ChatHarness::request(),
                                        ChatHarness::fastSettings(), nullptr);
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Network);
    QCOMPARE(retries.size(), 2);
    delete job;
}

void TestChatRetry::resetBeforeAnyResponseIsANetworkFailure()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->resetConnection(); });
    StreamJob *job = h.start();
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Network);
    QCOMPARE(retries.size(), 2); // nothing was received: safe to retry
    // Qt's HTTP/1 layer may itself resend once when a connection drops before any response (its
    // stale keep-alive handling), so the server sees at least our three attempts.
    QVERIFY(h.server.requests.size() >= 3);
}

void TestChatRetry::cancelDuringTheRetryWait()
{
    ChatHarness h;
    failThenStream(h, 5, 503, {{"Retry-After", "5"}});
    StreamJob *job = h.start();
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    QVERIFY(retries.wait());
    QCOMPARE(job->state(), StreamJob::State::Retrying);
    QVERIFY(job->retryRemainingMs() > 3000);
    job->cancel();
    QCOMPARE(job->result().end, EndState::Stopped);
    QTest::qWait(100);
    QCOMPARE(h.server.requests.size(), 1);
}

void TestChatRetry::connectTimeout()
{
#ifdef Q_OS_LINUX
    // A listening socket whose accept queue is full: the kernel drops further SYNs, so a connect
    // hangs, which is what an unreachable host looks like.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(listener, 0) == 0);
    socklen_t length = sizeof address;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
    QList<int> fillers;
    for (int i = 0; i < 4; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        fillers.append(fd);
    }
    QTest::qWait(100);

    ChatHarness h;
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(ntohs(address.sin_port)));
    StreamSettings settings = ChatHarness::fastSettings();
    settings.connectTimeoutMs = 300;
    settings.retry.maxRetries = 1;
    StreamJob *job = h.client.startChat(provider, ChatHarness::request(), settings, nullptr);
    QSignalSpy retries(job, &StreamJob::retryScheduled);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Timeout);
    QCOMPARE(result.error.timeout, TimeoutKind::Connect);
    QCOMPARE(retries.size(), 1); // a connection that never came up is safe to retry
    delete job;
    for (int fd : fillers)
        ::close(fd);
    ::close(listener);
#else
    QSKIP("needs Linux's accept-queue behaviour to make a connect hang on loopback");
#endif
}

void TestChatRetry::firstByteTimeout()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *) {}); // reads the request, never answers
    StreamSettings settings = ChatHarness::fastSettings();
    settings.firstByteTimeoutMs = 300;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Timeout);
    QCOMPARE(result.error.timeout, TimeoutKind::FirstByte);
    QCOMPARE(h.server.requests.size(), 1); // the provider may be working on it: no retry
}

void TestChatRetry::idleTimeoutKeepsThePartialText()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("half")}, 0, false); });
    StreamSettings settings = ChatHarness::fastSettings();
    settings.idleTimeoutMs = 300;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Timeout);
    QCOMPARE(result.error.timeout, TimeoutKind::Idle);
    QCOMPARE(result.content, u"half"_s);
    QVERIFY(result.error.message.contains(u"stalled"_s));
}

void TestChatRetry::keepAliveCommentsAreActivity()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QList<QByteArray> events(8, ": ping\n\n");
        events.append(contentEvent("after a long think"));
        events.append(doneEvent());
        e->streamEvents(events, 100); // a second of keep-alives, idle limit 300 ms
    });
    StreamSettings settings = ChatHarness::fastSettings();
    settings.idleTimeoutMs = 300;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content, u"after a long think"_s);
}

QTEST_GUILESS_MAIN(TestChatRetry)
#include "tst_chatretry.moc"
