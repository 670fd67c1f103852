// A reply against a real loopback server: what is sent, how the stream is read, how it ends.
#include "support/chatharness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using Category = ReplyError::Category;

class TestChatStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheRequestOpenAiExpects();
    void sendsNoAuthorizationWithoutAKey();
    void completesOnDone();
    void completesOnFinishReasonWithoutDone();
    void droppedStreamIsIncomplete();
    void cutCloseDelimitedBodyIsIncomplete();
    void stopClosesTheConnectionWithinASecond();
    void reasoningUsageAndNotesStayApart();
    void malformedEventsAreSkippedAndCounted();
    void errorInsideA200StreamFails_data();
    void errorInsideA200StreamFails();
    void jsonReplyToAStreamingRequest();
    void httpErrorsHaveCategories_data();
    void httpErrorsHaveCategories();
    void htmlErrorPageBecomesOneLine();
    void keysNeverAppearInErrors();
    void overLimitLineIsAProtocolError();
    void streamOptionsFallbackIsRemembered();
    void stopAllHandsBackPartialText();
    void pacedTokensGiveHonestMetrics();
    void reasoningFirstCountsAsTheFirstTokenOnBothPaths();
};

void TestChatStream::sendsTheRequestOpenAiExpects()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("Hi"), doneEvent()}); });
    ChatRequest request = ChatHarness::request(u"Ping"_s);
    request.messages.prepend({u"system"_s, u"Be brief."_s});
    request.temperature = 0.2;
    request.maxTokens = 64;
    const ReplyResult result = ChatHarness::waitFor(h.start(ChatHarness::fastSettings(), request));
    QCOMPARE(result.end, EndState::Completed);

    QCOMPARE(h.server.requests.size(), 1);
    const HttpRequest &sent = h.server.requests.first();
    QCOMPARE(sent.method, "POST");
    QCOMPARE(sent.path(), "/v1/chat/completions");
    QVERIFY(sent.header("content-type").startsWith("application/json"));
    QCOMPARE(sent.header("accept"), "text/event-stream");
    QCOMPARE(sent.header("authorization"), "Bearer " + h.apiKey.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value("model"_L1).toString(), u"test-model"_s);
    QCOMPARE(body.value("stream"_L1).toBool(), true);
    QCOMPARE(body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool(), true);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.2);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 64);
    QVERIFY(!body.contains("top_p"_L1)); // unset options are left out
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"system"_s);
    QCOMPARE(messages.at(1).toObject().value("content"_L1).toString(), u"Ping"_s);
}

void TestChatStream::sendsNoAuthorizationWithoutAKey()
{
    ChatHarness h;
    h.apiKey.clear();
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("Hi"), doneEvent()}); });
    QCOMPARE(ChatHarness::waitFor(h.start()).end, EndState::Completed);
    QVERIFY(h.server.requests.first().header("authorization").isEmpty());
}

void TestChatStream::completesOnDone()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({": OPENROUTER PROCESSING\n\n", contentEvent("Hel"), contentEvent("lo"),
                         contentEvent(" \\uc138\\uacc4"), doneEvent()},
                        10);
    });
    StreamJob *job = h.start();
    QSignalSpy deltas(job, &StreamJob::contentReceived);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content, u"Hello 세계"_s);
    QCOMPARE(deltas.size(), 3);
    QCOMPARE(deltas.at(0).at(0).toString(), u"Hel"_s);
    QVERIFY(result.timeToFirstTokenMs() >= 0);
    QCOMPARE(result.contentDeltas, 3);
    QVERIFY(!result.error.isError());
}

void TestChatStream::completesOnFinishReasonWithoutDone()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("Hi"), finishEvent("length")});
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.finishReason, u"length"_s);
}

void TestChatStream::droppedStreamIsIncomplete()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("partial "), contentEvent("text")}, 10, false);
        e->after(100, [e] { e->resetConnection(); });
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Incomplete);
    QCOMPARE(result.content, u"partial text"_s);
    QCOMPARE(h.server.requests.size(), 1); // text arrived: never retried
}

void TestChatStream::cutCloseDelimitedBodyIsIncomplete()
{
    // No length, no chunking: the body ends when the server closes, and Qt sees no error.
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}, {"Connection", "close"}}, false);
        e->writeRaw(contentEvent("cut"));
        e->after(50, [e] { e->closeConnection(); });
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Incomplete);
    QCOMPARE(result.content, u"cut"_s);
}

void TestChatStream::stopClosesTheConnectionWithinASecond()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QList<QByteArray> many;
        for (int i = 0; i < 200; ++i)
            many.append(contentEvent("tok "));
        e->streamEvents(many, 50);
    });
    StreamJob *job = h.start();
    QObject::connect(job, &StreamJob::contentReceived, job, &StreamJob::cancel);
    QSignalSpy closed(&h.server, &LoopbackServer::clientClosedDuringResponse);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Stopped);
    QCOMPARE(result.content, u"tok "_s);
    QVERIFY(!result.error.isError()); // a stop is not an error
    QVERIFY(closed.size() == 1 || closed.wait(1000));
}

void TestChatStream::reasoningUsageAndNotesStayApart()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents(
                {R"(data: {"choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"Think"}}]})"
                 "\n\n",
                 R"(data: {"choices":[{"index":0,"delta":{"reasoning":"ing"}}]})"
                 "\n\n",
                 "event: info\ndata: {\"message\":\"routed to backup\"}\n\n",
                 "event: ping\ndata: {}\n\n", contentEvent("Answer"), finishEvent(),
                 R"(data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}})"
                 "\n\n",
                 doneEvent()});
    });
    StreamJob *job = h.start();
    QSignalSpy notes(job, &StreamJob::noteReceived);
    QSignalSpy usage(job, &StreamJob::usageReceived);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.reasoning, u"Thinking"_s);
    QCOMPARE(result.content, u"Answer"_s);
    QCOMPARE(result.usage.completionTokens, 7);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(notes.size(), 1); // the ping is only activity
    QCOMPARE(notes.first().at(0).toString(), u"info"_s);
    QCOMPARE(notes.first().at(1).toString(), u"routed to backup"_s);
}

void TestChatStream::malformedEventsAreSkippedAndCounted()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("a"), "data: {\"choices\":[{\"delta\":{\"content\":\"b\n\n",
                         contentEvent("c"), doneEvent()});
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content, u"ac"_s);
    QCOMPARE(result.malformedEvents, 1);
}

void TestChatStream::errorInsideA200StreamFails_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("words");
    QTest::newRow("OpenAI-compatible gateway") << QByteArray(
            R"(data: {"error":{"message":"Upstream timed out","type":"server_error"}})"
            "\n\n") << Category::ServerError << u"Upstream timed out"_s;
    QTest::newRow("vLLM object error") << QByteArray(
            R"(data: {"object":"error","message":"context too long","type":"BadRequestError","code":400})"
            "\n\n") << Category::BadRequest
                                       << u"context too long"_s;
    QTest::newRow("event: error, Anthropic style")
            << QByteArray("event: error\ndata: "
                          "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                          "\"message\":\"Overloaded\"}}\n\n")
            << Category::Overloaded << u"Overloaded"_s;
    QTest::newRow("event: error with plain text")
            << QByteArray("event: error\ndata: worker crashed\n\n") << Category::ServerError
            << u"worker crashed"_s;
}

void TestChatStream::errorInsideA200StreamFails()
{
    QFETCH(QByteArray, event);
    QFETCH(Category, category);
    QFETCH(QString, words);
    ChatHarness h;
    h.server.setHandler([event](Exchange *e) {
        e->streamEvents({contentEvent("kept "), event, contentEvent("never"), doneEvent()});
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, category);
    QVERIFY2(result.error.message.contains(words), qPrintable(result.error.message));
    QCOMPARE(result.content, u"kept "_s); // what arrived is kept; nothing after the error
}

void TestChatStream::jsonReplyToAStreamingRequest()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->respond(
                200,
                R"({"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"All at once"},"finish_reason":"stop"}],"usage":{"prompt_tokens":2,"completion_tokens":3,"total_tokens":5}})");
    });
    StreamJob *job = h.start();
    QSignalSpy deltas(job, &StreamJob::contentReceived);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content, u"All at once"_s);
    QCOMPARE(deltas.size(), 1);
    QCOMPARE(result.usage.totalTokens, 5);
}

void TestChatStream::httpErrorsHaveCategories_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Category>("category");
    QTest::newRow("401 invalid key") << 401 << Category::InvalidKey;
    QTest::newRow("403 forbidden") << 403 << Category::InvalidKey;
    QTest::newRow("404 not found") << 404 << Category::NotFound;
    QTest::newRow("400 bad request") << 400 << Category::BadRequest;
    QTest::newRow("422 unprocessable") << 422 << Category::BadRequest;
    QTest::newRow("429 rate limited") << 429 << Category::RateLimited;
    QTest::newRow("529 overloaded") << 529 << Category::Overloaded;
    QTest::newRow("500 server error") << 500 << Category::ServerError;
    QTest::newRow("503 unavailable") << 503 << Category::ServerError;
}

void TestChatStream::httpErrorsHaveCategories()
{
    QFETCH(int, status);
    QFETCH(Category, category);
    ChatHarness h;
    h.server.setHandler([status](Exchange *e) {
        e->respond(status, R"({"error":{"message":"the provider's words","type":"x"}})");
    });
    StreamSettings settings = ChatHarness::fastSettings();
    settings.retry.maxRetries = 0;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, category);
    QCOMPARE(result.error.httpStatus, status);
    QVERIFY(result.error.message.contains(u"the provider's words"_s));
}

void TestChatStream::htmlErrorPageBecomesOneLine()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->respond(502,
                   "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad "
                   "Gateway</h1><hr>nginx</body></html>",
                   "text/html");
    });
    StreamSettings settings = ChatHarness::fastSettings();
    settings.retry.maxRetries = 0;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.error.category, Category::ServerError);
    QCOMPARE(result.error.providerMessage, u"502 Bad Gateway"_s);
    QVERIFY(!result.error.message.contains(u'<'));
}

void TestChatStream::keysNeverAppearInErrors()
{
    ChatHarness h;
    h.server.setHandler([&h](Exchange *e) {
        e->respond(401,
                   R"({"error":{"message":"Incorrect API key provided: )" + h.apiKey.toUtf8()
                           + R"(. Also sk-other-9876543210zyxwvu is not valid."}})");
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.error.category, Category::InvalidKey);
    QVERIFY(!result.error.message.contains(h.apiKey));
    QVERIFY(!result.error.message.contains(u"9876543210"_s));
    QVERIFY(result.error.message.contains(u"Incorrect API key provided"_s));
}

void TestChatStream::overLimitLineIsAProtocolError()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents(
                {contentEvent("ok"), "data: " + QByteArray(5000, 'x') + "\n\n", doneEvent()});
    });
    StreamSettings settings = ChatHarness::fastSettings();
    settings.maxEventSize = 1024;
    const ReplyResult result = ChatHarness::waitFor(h.start(settings));
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Protocol);
    QCOMPARE(result.content, u"ok"_s);
}

void TestChatStream::streamOptionsFallbackIsRemembered()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().body.contains("stream_options"))
            e->respond(
                    400,
                    R"({"error":{"message":"Unrecognized request argument supplied: stream_options"}})");
        else
            e->streamEvents({contentEvent("fine"), doneEvent()});
    });
    const ReplyResult first = ChatHarness::waitFor(h.start());
    QCOMPARE(first.end, EndState::Completed);
    QCOMPARE(first.content, u"fine"_s);
    QCOMPARE(h.server.requests.size(), 2);
    QVERIFY(!h.server.requests.at(1).body.contains("stream_options"));
    QVERIFY(h.client.rejectsStreamOptions(h.provider().queueId()));

    QCOMPARE(ChatHarness::waitFor(h.start()).end, EndState::Completed);
    QCOMPARE(h.server.requests.size(), 3); // remembered: asked without it straight away
    QVERIFY(!h.server.requests.at(2).body.contains("stream_options"));
}

void TestChatStream::stopAllHandsBackPartialText()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QList<QByteArray> many;
        for (int i = 0; i < 100; ++i)
            many.append(contentEvent("x"));
        e->streamEvents(many, 30);
    });
    StreamJob *a = h.start();
    StreamJob *b = h.start();
    QSignalSpy spyA(a, &StreamJob::contentReceived);
    QSignalSpy spyB(b, &StreamJob::contentReceived);
    QVERIFY(spyA.wait() && (spyB.size() > 0 || spyB.wait()));
    QSignalSpy finishedA(a, &StreamJob::finished);
    h.client.stopAll();
    QCOMPARE(finishedA.size(), 1);
    QCOMPARE(a->result().end, EndState::Stopped);
    QCOMPARE(b->result().end, EndState::Stopped);
    QVERIFY(!a->result().content.isEmpty());
    QVERIFY(!b->result().content.isEmpty());
}

// 20 tokens 100 ms apart after 500 ms: about 500 ms to the first token and 10 tokens per second,
// measured from the first token on (the wait before it is not part of the rate).
void TestChatStream::pacedTokensGiveHonestMetrics()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}});
        // Coarse timers may run a little late: the end goes with the last token, in order.
        for (int i = 0; i < 20; ++i)
            e->after(500 + i * 100, [e, i] {
                e->writeChunk(contentEvent("t" + QByteArray::number(i)));
                if (i == 19) {
                    e->writeChunk(doneEvent());
                    e->endChunked();
                }
            });
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.contentDeltas, 20);
    const ReplyTimings &t = result.timings;
    QVERIFY2(t.sentMs >= 0 && t.sentMs <= t.firstByteMs, qPrintable(QString::number(t.sentMs)));
    QVERIFY(t.firstByteMs <= t.firstTokenMs);
    QVERIFY(t.firstTokenMs <= t.lastTokenMs && t.lastTokenMs <= t.endMs);
    // Coarse timers run up to 5 % early and any amount late: the bounds are wide above.
    QVERIFY2(result.timeToFirstTokenMs() >= 450 && result.timeToFirstTokenMs() < 1500,
             qPrintable(QString::number(result.timeToFirstTokenMs())));
    const double rate = result.tokensPerSecond();
    QVERIFY2(rate > 6.0 && rate < 11.0, qPrintable(QString::number(rate)));
    QCOMPARE(result.outputTokens(), 20);
    QVERIFY(result.outputTokensCounted()); // no usage: counted, shown as approximate
}

// A reasoning model that thinks first: its first reasoning token is the first token, whether the
// reply streams or comes as one JSON completion.
void TestChatStream::reasoningFirstCountsAsTheFirstTokenOnBothPaths()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}});
        e->after(200, [e] {
            e->writeChunk(R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":"hmm"}}]})"
                          "\n\n");
        });
        e->after(600, [e] {
            e->writeChunk(contentEvent("answer"));
            e->writeChunk(doneEvent());
            e->endChunked();
        });
    });
    const ReplyResult streamed = ChatHarness::waitFor(h.start());
    QCOMPARE(streamed.reasoning, u"hmm"_s);
    QVERIFY2(streamed.timeToFirstTokenMs() >= 190 && streamed.timeToFirstTokenMs() < 550,
             qPrintable(QString::number(streamed.timeToFirstTokenMs())));
    QCOMPARE(streamed.reasoningDeltas, 1);

    ChatHarness j;
    j.server.setHandler([](Exchange *e) {
        e->after(300, [e] {
            e->respond(
                    200,
                    R"({"choices":[{"index":0,"message":{"role":"assistant","content":"answer","reasoning_content":"hmm"},"finish_reason":"stop"}]})");
        });
    });
    const ReplyResult whole = ChatHarness::waitFor(j.start());
    QCOMPARE(whole.end, EndState::Completed);
    QCOMPARE(whole.reasoning, u"hmm"_s);
    QCOMPARE(whole.content, u"answer"_s);
    QVERIFY(whole.timeToFirstTokenMs() >= 290);
    QCOMPARE(whole.timings.firstTokenMs, whole.timings.lastTokenMs); // one chunk: one moment
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
