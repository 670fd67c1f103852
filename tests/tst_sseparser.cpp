// The WHATWG event-stream rules, each case parsed whole, one byte at a time, split at every point,
// and in random chunks: every chunking must give exactly the same events.
#include "sse/sseparser.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Records everything the parser reports as one line per item, so results compare as lists.
class Recorder final : public SseHandler
{
public:
    QList<QByteArray> log;
    bool recordComments = true;

    void eventDispatched(const SseEvent &event) override
    {
        log.append("event=" + event.type.toByteArray() + " data=" + event.data.toByteArray()
                   + " id=" + event.lastEventId.toByteArray());
    }
    void retryReceived(std::uint64_t ms) override { log.append("retry=" + QByteArray::number(ms)); }
    void commentReceived(QByteArrayView text) override
    {
        if (recordComments)
            log.append("comment=" + text.toByteArray());
    }
};

struct Outcome
{
    QList<QByteArray> log;
    SseParser::Error error = SseParser::Error::None;
};

Outcome parseInChunks(const QByteArray &input, const QList<qsizetype> &chunkSizes,
                      qsizetype maxSize)
{
    Recorder recorder;
    SseParser parser(&recorder, maxSize);
    qsizetype at = 0;
    for (qsizetype size : chunkSizes) {
        if (!parser.feed(QByteArrayView(input).sliced(at, size)))
            break;
        at += size;
    }
    parser.finish();
    return {recorder.log, parser.error()};
}

QList<qsizetype> whole(qsizetype n)
{
    return {n};
}

QList<qsizetype> bytewise(qsizetype n)
{
    return QList<qsizetype>(n, 1);
}

QList<qsizetype> random(qsizetype n, quint32 seed, int maxChunk)
{
    QRandomGenerator rng(seed);
    QList<qsizetype> sizes;
    for (qsizetype left = n; left > 0;) {
        const qsizetype size = qMin<qsizetype>(left, rng.bounded(1, maxChunk + 1));
        sizes.append(size);
        left -= size;
    }
    return sizes;
}

QByteArray ev(const char *type, const QByteArray &data, const QByteArray &id = {})
{
    return "event="_ba + type + " data=" + data + " id=" + id;
}

} // namespace

Q_DECLARE_METATYPE(SseParser::Error)

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void loneCarriageReturnDispatchesAtOnce();
    void crlfSplitAcrossChunksIsOneLineEnd();
    void lastEventIdPersistsAndResetClearsIt();
    void finishDiscardsTheUnterminatedEvent();
    void errorStopsTheParserUntilReset();
    void eightMebibyteLineInTinyPiecesIsLinear();
    void memoryStaysBounded();
    void openAiStreamFixture();
};

void TestSseParser::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<qsizetype>("maxSize");
    QTest::addColumn<SseParser::Error>("error");

    const auto ok = SseParser::Error::None;
    auto row = [&](const char *name, const QByteArray &input, const QList<QByteArray> &expected,
                   qsizetype maxSize = SseParser::DefaultMaxSize,
                   SseParser::Error error = SseParser::Error::None) {
        QTest::newRow(name) << input << expected << maxSize << error;
    };

    // Fields.
    row("a data line and a blank line make one message event", "data: hello\n\n",
        {ev("message", "hello")});
    row("data without a space after the colon", "data:hello\n\n", {ev("message", "hello")});
    row("only one leading space is stripped from a value", "data:  two\n\n",
        {ev("message", " two")});
    row("a tab after the colon is kept", "data:\tx\n\n", {ev("message", "\tx")});
    row("trailing spaces are kept", "data: x  \n\n", {ev("message", "x  ")});
    row("several data lines are joined with LF", "data: a\ndata: b\ndata: c\n\n",
        {ev("message", "a\nb\nc")});
    row("only one trailing LF is stripped", "data: a\ndata:\n\n", {ev("message", "a\n")});
    row("an empty data field dispatches empty data", "data:\n\n", {ev("message", "")});
    row("a line without a colon is a field with an empty value", "data\ndata\n\n",
        {ev("message", "\n")});
    row("the field name ends at the first colon", "data:a:b: c\n\n", {ev("message", "a:b: c")});
    row("a space before the colon is part of the name", "data : x\n\ndata: y\n\n",
        {ev("message", "y")});
    row("a space at the start of a line is part of the name", " data: x\n\n", {});
    row("field names are case-sensitive", "Data: x\nDATA: y\n\n", {});
    row("unknown fields are ignored", "foo: bar\ndata: x\nbaz\n\n", {ev("message", "x")});
    row("a NUL byte in data is kept", "data: a\0b\n\n"_ba, {ev("message", "a\0b"_ba)});

    // Event types.
    row("event sets the type", "event: add\ndata: x\n\n", {ev("add", "x")});
    row("an empty event type means message", "event:\ndata: x\n\n", {ev("message", "x")});
    row("the last event field wins", "event: a\nevent: b\ndata: x\n\n", {ev("b", "x")});
    row("the type resets after a dispatch", "event: a\ndata: 1\n\ndata: 2\n\n",
        {ev("a", "1"), ev("message", "2")});
    row("the type resets even when nothing is dispatched", "event: a\n\ndata: 2\n\n",
        {ev("message", "2")});
    row("gateway named events keep their names",
        "event: info\ndata: {\"note\":\"queued\"}\n\nevent: error\ndata: {\"type\":\"error\"}\n\n",
        {ev("info", "{\"note\":\"queued\"}"), ev("error", "{\"type\":\"error\"}")});

    // Dispatch.
    row("no dispatch when the data buffer is empty", "event: x\n\n\n\n", {});
    row("blank lines between events dispatch nothing more", "data: a\n\n\n\ndata: b\n\n",
        {ev("message", "a"), ev("message", "b")});
    row("an event that is not terminated is discarded", "data: a\n\ndata: b\n",
        {ev("message", "a")});
    row("an unfinished last line is discarded", "data: a\n\ndata: b", {ev("message", "a")});
    row("a stream of only fields dispatches nothing", "data: a", {});

    // Last event ID.
    row("id applies to its event and persists", "id: 1\ndata: a\n\ndata: b\n\n",
        {ev("message", "a", "1"), ev("message", "b", "1")});
    row("id set in an event with no data still persists", "id: 7\n\ndata: b\n\n",
        {ev("message", "b", "7")});
    row("an empty id resets the last event ID", "id: 1\ndata: a\n\nid\ndata: b\n\n",
        {ev("message", "a", "1"), ev("message", "b", "")});
    row("an id with NUL is ignored", "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n"_ba,
        {ev("message", "a", "1"), ev("message", "b", "1")});
    row("the id is kept verbatim", "id:  spaced id \ndata: a\n\n",
        {ev("message", "a", " spaced id ")});

    // Retry.
    row("retry with ASCII digits is reported", "retry: 1500\n", {"retry=1500"});
    row("retry zero is valid", "retry:0\n", {"retry=0"});
    row("retry with a non-digit is ignored", "retry: 15x\nretry: -1\nretry: 1.5\nretry: 1e3\n", {});
    row("retry with an extra space is ignored", "retry:  10\n", {});
    row("an empty retry is ignored", "retry:\nretry\n", {});
    row("retry with non-ASCII digits is ignored", "retry: \xd9\xa1\n", {});
    row("a huge retry saturates", "retry: 99999999999999999999999\n",
        {"retry=18446744073709551615"});
    row("retry is reported in order", "data: a\nretry: 5\n\n", {"retry=5", ev("message", "a")});

    // Comments.
    row("a comment is reported and not dispatched", ": ping\ndata: a\n\n",
        {"comment= ping", ev("message", "a")});
    row("a bare colon is an empty comment", ":\n\n", {"comment="});
    row("a keep-alive between fields does not break the event",
        "data: a\n: OPENROUTER PROCESSING\ndata: b\n\n",
        {"comment= OPENROUTER PROCESSING", ev("message", "a\nb")});
    row("a comment line does not end an event", "data: a\n:\n\n", {"comment=", ev("message", "a")});

    // Line ends.
    row("CRLF ends lines", "data: a\r\ndata: b\r\n\r\n", {ev("message", "a\nb")});
    row("a lone CR ends lines", "data: a\rdata: b\r\r", {ev("message", "a\nb")});
    row("mixed line ends", "data: a\r\ndata: b\rdata: c\n\r\n", {ev("message", "a\nb\nc")});
    row("LF then CR is two line ends", "data: a\n\rdata: b\n\n",
        {ev("message", "a"), ev("message", "b")});
    row("CR then CRLF is two line ends, not three", "data: a\r\r\ndata: b\n\n",
        {ev("message", "a"), ev("message", "b")});
    row("CR LF LF is a line end and a blank line", "data: a\r\n\ndata: b\n\n",
        {ev("message", "a"), ev("message", "b")});
    row("a CR in the middle ends the line", "data: a\rb\n\n", {ev("message", "a")});

    // BOM and UTF-8.
    row("a leading BOM is stripped",
        "\xEF\xBB\xBF"
        "data: a\n\n",
        {ev("message", "a")});
    row("a second BOM is part of the first line",
        "\xEF\xBB\xBF\xEF\xBB\xBF"
        "data: a\n\ndata: b\n\n",
        {ev("message", "b")});
    row("a BOM later in the stream is not stripped",
        "data: a\n\n\xEF\xBB\xBF"
        "data: b\n\n",
        {ev("message", "a")});
    row("a broken BOM becomes U+FFFD",
        "\xEF\xBB"
        "data: a\n\ndata: b\n\n",
        {ev("message", "b")});
    row("a BOM alone on the first line", "\xEF\xBB\xBF\ndata: a\n\n", {ev("message", "a")});
    row("valid UTF-8 is kept", "data: \xec\x95\x88\xeb\x85\x95 \xf0\x9f\x91\x8b\n\n",
        {ev("message", "\xec\x95\x88\xeb\x85\x95 \xf0\x9f\x91\x8b")});
    row("an invalid byte becomes U+FFFD",
        "data: a\xFF"
        "b\n\n",
        {ev("message",
            "a\xEF\xBF\xBD"
            "b")});
    row("a truncated sequence at a line end becomes one U+FFFD", "data: \xEC\x95\n\n",
        {ev("message", "\xEF\xBF\xBD")});
    row("a truncated sequence before a CR", "data: x\xE2\x82\rdata: y\r\r",
        {ev("message", "x\xEF\xBF\xBD\ny")});
    row("an overlong encoding is two replacements", "data: \xC0\xAF\n\n",
        {ev("message", "\xEF\xBF\xBD\xEF\xBF\xBD")});
    row("a surrogate is three replacements", "data: \xED\xA0\x80\n\n",
        {ev("message", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")});
    row("a code point above U+10FFFF is replaced", "data: \xF4\x90\x80\x80\n\n",
        {ev("message", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")});
    row("a lead byte cut by an ASCII byte",
        "data: \xE2"
        "a\n\n",
        {ev("message",
            "\xEF\xBF\xBD"
            "a")});
    row("invalid UTF-8 in type and id is repaired", "event: t\xFF\nid: \xC3\ndata: x\n\n",
        {ev("t\xEF\xBF\xBD", "x", "\xEF\xBF\xBD")});
    row("invalid UTF-8 in a comment is repaired", ":\xFF\n", {"comment=\xEF\xBF\xBD"});
    row("invalid UTF-8 in a field name never matches", "dat\xE1:\xFF\n\n", {});

    // Limits.
    row("a line of exactly the limit is fine", "data:" + QByteArray(11, 'x') + "\n\n",
        {ev("message", QByteArray(11, 'x'))}, 16, ok);
    row("a line over the limit is an error", "data: a\n\ndata:" + QByteArray(12, 'x') + "\n\n",
        {ev("message", "a")}, 16, SseParser::Error::LineTooLong);
    row("an unterminated line over the limit is an error", "data:" + QByteArray(40, 'x'), {}, 16,
        SseParser::Error::LineTooLong);
    row("data over the limit across lines is an error", "data: 12345\ndata: 12345\ndata: 12345\n\n",
        {}, 16, SseParser::Error::EventTooLarge);
    row("comments over the limit are an error too", ":" + QByteArray(16, 'c') + "\n", {}, 16,
        SseParser::Error::LineTooLong);
}

void TestSseParser::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(qsizetype, maxSize);
    QFETCH(SseParser::Error, error);

    const qsizetype n = input.size();
    QList<std::pair<QByteArray, QList<qsizetype>>> chunkings;
    chunkings.append({"whole", whole(n)});
    chunkings.append({"one byte at a time", bytewise(n)});
    for (qsizetype at = 0; at <= n; ++at)
        chunkings.append({"split at " + QByteArray::number(at), {at, n - at}});
    for (quint32 seed = 1; seed <= 32; ++seed)
        chunkings.append({"random chunks, seed " + QByteArray::number(seed), random(n, seed, 7)});

    for (const auto &[how, chunks] : std::as_const(chunkings)) {
        const Outcome outcome = parseInChunks(input, chunks, maxSize);
        if (outcome.log != expected || outcome.error != error)
            qWarning("failed when parsed %s", how.constData());
        QCOMPARE(outcome.log, expected);
        QCOMPARE(outcome.error, error);
    }
}

void TestSseParser::loneCarriageReturnDispatchesAtOnce()
{
    Recorder recorder;
    SseParser parser(&recorder);
    QVERIFY(parser.feed("data: a\r"));
    QVERIFY(recorder.log.isEmpty());
    QVERIFY(parser.feed("\r"));
    QCOMPARE(recorder.log, QList<QByteArray>{ev("message", "a")}); // no LF needed to dispatch
    QVERIFY(parser.feed("\ndata: b\n\n")); // that LF ends the blank line's CR pair, not a new line
    QCOMPARE(recorder.log, (QList<QByteArray>{ev("message", "a"), ev("message", "b")}));
}

void TestSseParser::crlfSplitAcrossChunksIsOneLineEnd()
{
    Recorder recorder;
    SseParser parser(&recorder);
    QVERIFY(parser.feed("data: a\r"));
    QVERIFY(parser.feed("\n"));
    QVERIFY(parser.feed("data: b\r"));
    QVERIFY(parser.feed("\n\r"));
    QVERIFY(parser.feed("\n"));
    QCOMPARE(recorder.log, QList<QByteArray>{ev("message", "a\nb")});
}

void TestSseParser::lastEventIdPersistsAndResetClearsIt()
{
    Recorder recorder;
    SseParser parser(&recorder);
    QVERIFY(parser.feed("id: 42\ndata: a\n\n"));
    QCOMPARE(parser.lastEventId(), "42");
    parser.finish(); // a reconnect keeps the ID, as EventSource does
    QVERIFY(parser.feed("data: b\n\n"));
    QCOMPARE(recorder.log.last(), ev("message", "b", "42"));
    parser.reset();
    QVERIFY(parser.lastEventId().isEmpty());
    QVERIFY(parser.feed("data: c\n\n"));
    QCOMPARE(recorder.log.last(), ev("message", "c"));
}

void TestSseParser::finishDiscardsTheUnterminatedEvent()
{
    Recorder recorder;
    SseParser parser(&recorder);
    QVERIFY(parser.feed("event: x\ndata: partial\n"));
    parser.finish();
    QVERIFY(parser.feed("\n")); // would have dispatched "partial" without finish()
    QVERIFY(parser.feed("data: next\n\n"));
    QCOMPARE(recorder.log, QList<QByteArray>{ev("message", "next")});
}

void TestSseParser::errorStopsTheParserUntilReset()
{
    Recorder recorder;
    SseParser parser(&recorder, 8);
    QVERIFY(!parser.feed("data: 123456789\n\n"));
    QCOMPARE(parser.error(), SseParser::Error::LineTooLong);
    QVERIFY(parser.errorString().contains(u"8 bytes"_s));
    QVERIFY(!parser.feed("data: a\n\n"));
    QVERIFY(recorder.log.isEmpty());
    parser.reset();
    QVERIFY(parser.feed("data: a\n\n"));
    QCOMPARE(recorder.log, QList<QByteArray>{ev("message", "a")});
}

void TestSseParser::eightMebibyteLineInTinyPiecesIsLinear()
{
    // A quadratic parser (one that rescans its pending line on every chunk) takes hours here;
    // ctest's timeout turns that into a failure. Speed itself is measured by the benchmark.
    const qsizetype size = 8 * 1024 * 1024;
    QByteArray input = "data: " + QByteArray(size, 'x') + "\n\n";
    Recorder recorder;
    SseParser parser(&recorder);
    QRandomGenerator rng(7);
    for (qsizetype at = 0; at < input.size();) {
        const qsizetype piece = qMin<qsizetype>(input.size() - at, rng.bounded(1, 17));
        QVERIFY(parser.feed(QByteArrayView(input).sliced(at, piece)));
        at += piece;
    }
    QCOMPARE(recorder.log.size(), 1);
    QCOMPARE(recorder.log.first().size(), qsizetype(strlen("event=message data= id=")) + size);
}

void TestSseParser::memoryStaysBounded()
{
    // An endless line, an endless event and an endless comment each stop at the limit.
    for (const QByteArray &unit : {"x"_ba, "data: 0123456789\n"_ba, ":keepalive\n"_ba}) {
        Recorder recorder;
        recorder.recordComments = false;
        const qsizetype limit = 64 * 1024;
        SseParser parser(&recorder, limit);
        const QByteArray chunk = unit.repeated(4096 / unit.size() + 1);
        bool ok = true;
        for (int i = 0; i < 1000 && ok; ++i) {
            ok = parser.feed(chunk);
            QVERIFY(parser.bufferedBytes() <= 8 * limit);
        }
        QCOMPARE(ok, unit.startsWith(':')); // comments are never buffered across lines
    }
}

void TestSseParser::openAiStreamFixture()
{
    QFile file(QStringLiteral(PARLEY_TEST_DATA "/openai-stream.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const Outcome whole = parseInChunks(input, {input.size()}, SseParser::DefaultMaxSize);
    QCOMPARE(whole.error, SseParser::Error::None);
    QCOMPARE(whole.log.size(), 7); // a keep-alive comment, five chunks and [DONE]
    QCOMPARE(whole.log.first(), "comment= OPENROUTER PROCESSING");
    QVERIFY(whole.log.at(2).contains(R"("content":"Hel")"));
    QCOMPARE(whole.log.last(), ev("message", "[DONE]"));
    for (quint32 seed = 1; seed <= 200; ++seed)
        QCOMPARE(
                parseInChunks(input, random(input.size(), seed, 64), SseParser::DefaultMaxSize).log,
                whole.log);
    QCOMPARE(parseInChunks(input, bytewise(input.size()), SseParser::DefaultMaxSize).log,
             whole.log);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
