// Every chunk shape in shared/stream-formats.md, and the odd ones, decode without surprises.
#include "api/chunkdecoder.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = StreamChunk::Kind;

class TestChunkDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentDelta();
    void roleOnlyAndNullContent();
    void finishAndUsage();
    void usageOnlyChunkWithEmptyChoices();
    void reasoningIsKeptApart();
    void severalChoicesUseIndexZero();
    void toolCallFragmentsAreHarmless();
    void done();
    void errorShapes_data();
    void errorShapes();
    void malformed_data();
    void malformed();
    void nonStreamingCompletion();
    void errorBodies();
};

void TestChunkDecoder::contentDelta()
{
    const StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]})");
    QCOMPARE(c.kind, Kind::Delta);
    QCOMPARE(c.content, u"Hel"_s);
    QVERIFY(c.reasoning.isEmpty());
    QVERIFY(c.finishReason.isEmpty());
    QCOMPARE(c.model, u"gpt-4.1"_s);
    QVERIFY(!c.usage.isValid());
}

void TestChunkDecoder::roleOnlyAndNullContent()
{
    StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
    QCOMPARE(c.kind, Kind::Delta);
    QVERIFY(c.content.isEmpty());
    c = ChunkDecoder::decodeEvent(R"({"choices":[{"delta":{"content":null}}]})");
    QCOMPARE(c.kind, Kind::Delta);
    QVERIFY(c.content.isEmpty());
    c = ChunkDecoder::decodeEvent(R"({"choices":[{}]})");
    QCOMPARE(c.kind, Kind::Delta);
    c = ChunkDecoder::decodeEvent(R"({})");
    QCOMPARE(c.kind, Kind::Delta);
    c = ChunkDecoder::decodeEvent(R"({"choices":null,"usage":null,"error":null})");
    QCOMPARE(c.kind, Kind::Delta);
    c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"delta":{"content":42}}]})"); // wrong type: skipped
    QCOMPARE(c.kind, Kind::Delta);
    QVERIFY(c.content.isEmpty());
}

void TestChunkDecoder::finishAndUsage()
{
    const StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"index":0,"delta":{"content":"!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"completion_tokens_details":{"reasoning_tokens":1}}})");
    QCOMPARE(c.content, u"!"_s);
    QCOMPARE(c.finishReason, u"stop"_s);
    QCOMPARE(c.usage.promptTokens, 9);
    QCOMPARE(c.usage.completionTokens, 2);
    QCOMPARE(c.usage.totalTokens, 11);
    QCOMPARE(c.usage.reasoningTokens, 1);
}

void TestChunkDecoder::usageOnlyChunkWithEmptyChoices()
{
    const StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}})");
    QCOMPARE(c.kind, Kind::Delta);
    QVERIFY(c.content.isEmpty());
    QVERIFY(c.usage.isValid());
    QCOMPARE(c.usage.totalTokens, 11);
}

void TestChunkDecoder::reasoningIsKeptApart()
{
    StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"Let me think"}}]})");
    QCOMPARE(c.reasoning, u"Let me think"_s);
    QVERIFY(c.content.isEmpty());
    c = ChunkDecoder::decodeEvent(R"({"choices":[{"delta":{"reasoning":"hmm","content":""}}]})");
    QCOMPARE(c.reasoning, u"hmm"_s);
    c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"delta":{"reasoning":"same","reasoning_content":"same"}}]})");
    QCOMPARE(c.reasoning, u"same"_s); // sent under both names: shown once
}

void TestChunkDecoder::severalChoicesUseIndexZero()
{
    StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}}]})");
    QCOMPARE(c.content, u"A"_s);
    c = ChunkDecoder::decodeEvent(R"({"choices":[{"index":1,"delta":{"content":"B"}}]})");
    QVERIFY(c.content.isEmpty());
    c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"delta":{"content":"first"}},{"delta":{"content":"second"}}]})");
    QCOMPARE(c.content, u"first"_s);
}

void TestChunkDecoder::toolCallFragmentsAreHarmless()
{
    const StreamChunk c = ChunkDecoder::decodeEvent(
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get","arguments":"{\"ci"}}]},"finish_reason":null}]})");
    QCOMPARE(c.kind, Kind::Delta);
    QVERIFY(c.hasToolCalls);
    QVERIFY(c.content.isEmpty());
}

void TestChunkDecoder::done()
{
    QCOMPARE(ChunkDecoder::decodeEvent("[DONE]").kind, Kind::Done);
}

void TestChunkDecoder::errorShapes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("OpenAI-compatible gateway") << QByteArray(
            R"({"error":{"message":"Upstream failed","type":"server_error","code":"bad_gateway"}})")
                                               << u"Upstream failed"_s << u"server_error"_s << 0;
    QTest::newRow("vLLM") << QByteArray(
            R"({"object":"error","message":"max_tokens is too large","type":"BadRequestError","param":null,"code":400})")
                          << u"max_tokens is too large"_s << u"BadRequestError"_s << 400;
    QTest::newRow("Anthropic style") << QByteArray(
            R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
                                     << u"Overloaded"_s << u"overloaded_error"_s << 0;
    QTest::newRow("error as a string")
            << QByteArray(R"({"error":"quota exceeded"})") << u"quota exceeded"_s << QString() << 0;
    QTest::newRow("nested error with a numeric code") << QByteArray(
            R"({"error":{"code":429,"message":"Rate limit reached","status":"RESOURCE_EXHAUSTED"}})")
                                                      << u"Rate limit reached"_s << QString()
                                                      << 429;
}

void TestChunkDecoder::errorShapes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QFETCH(QString, type);
    QFETCH(int, status);
    const StreamChunk c = ChunkDecoder::decodeEvent(data);
    QCOMPARE(c.kind, Kind::Error);
    QCOMPARE(c.error.message, message);
    QCOMPARE(c.error.type, type);
    QCOMPARE(c.error.status, status);
}

void TestChunkDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("truncated JSON") << QByteArray(R"({"choices":[{"delta":{"content":"a)");
    QTest::newRow("not JSON") << QByteArray("hello");
    QTest::newRow("a JSON array") << QByteArray("[1,2]");
    QTest::newRow("a JSON string") << QByteArray(R"("text")");
    QTest::newRow("trailing garbage") << QByteArray(R"({"choices":[]} extra)");
    QTest::newRow("empty") << QByteArray();
}

void TestChunkDecoder::malformed()
{
    QFETCH(QByteArray, data);
    QCOMPARE(ChunkDecoder::decodeEvent(data).kind, Kind::Malformed);
}

void TestChunkDecoder::nonStreamingCompletion()
{
    const StreamChunk c = ChunkDecoder::decodeCompletion(
            R"({"id":"chatcmpl-2","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Whole reply","reasoning_content":"thought"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})");
    QCOMPARE(c.kind, Kind::Delta);
    QCOMPARE(c.content, u"Whole reply"_s);
    QCOMPARE(c.reasoning, u"thought"_s);
    QCOMPARE(c.finishReason, u"stop"_s);
    QCOMPARE(c.usage.completionTokens, 2);
}

void TestChunkDecoder::errorBodies()
{
    QCOMPARE(
            ChunkDecoder::decodeError(
                    R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})")
                    .code,
            u"invalid_api_key"_s);
    QCOMPARE(ChunkDecoder::decodeError(R"({"detail":"Not Found"})").message, u"Not Found"_s);
    QVERIFY(ChunkDecoder::decodeError(R"({"choices":[]})").isEmpty());
    QVERIFY(ChunkDecoder::decodeError("<html>").isEmpty());
}

QTEST_GUILESS_MAIN(TestChunkDecoder)
#include "tst_chunkdecoder.moc"
