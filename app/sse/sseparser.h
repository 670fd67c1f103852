#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <cstdint>
#include <string>

// One dispatched event. The views point into the parser's buffers and stay valid only during the
// handler call: copy what you keep. Every view holds valid UTF-8 (invalid input bytes became
// U+FFFD).
struct SseEvent
{
    QByteArrayView type; // "message" when the stream set no type or an empty one
    QByteArrayView data; // the data lines joined with LF, without the final LF
    QByteArrayView lastEventId; // persists across events until an id field changes it
};

// What a parser reports, in stream order. The handler must not destroy the parser from inside a
// call.
class SseHandler
{
public:
    virtual ~SseHandler() = default;
    virtual void eventDispatched(const SseEvent &event) = 0;
    // A valid retry field (all ASCII digits); values beyond 64 bits saturate.
    virtual void retryReceived(std::uint64_t milliseconds) { Q_UNUSED(milliseconds) }
    // A comment line, without its colon. Servers send these as keep-alives, so they count as
    // activity.
    virtual void commentReceived(QByteArrayView text) { Q_UNUSED(text) }
};

// An incremental text/event-stream parser that follows the WHATWG HTML rules "Parsing an event
// stream" and "Interpreting an event stream": feed it bytes as they arrive, in chunks of any size,
// and it reports the same events whatever the chunking. It does no I/O. Memory is bounded by
// maxSize(): a line, or the data of one event, longer than that stops the parser with an error
// instead of growing without end. Time is linear in the input, whatever the chunking.
class SseParser final
{
public:
    enum class Error {
        None,
        LineTooLong,
        EventTooLarge,
    };

    static constexpr qsizetype DefaultMaxSize = 16 * 1024 * 1024;

    explicit SseParser(SseHandler *handler, qsizetype maxSize = DefaultMaxSize);

    // Parses the next bytes of the stream. Returns false once the parser has failed; it then
    // ignores everything until reset().
    bool feed(QByteArrayView chunk);
    // The stream ended: an unterminated line or event is discarded, as the rules require.
    void finish();
    // Forgets everything, including the last event ID, for a new stream.
    void reset();

    Error error() const { return m_error; }
    QString errorString() const;

    qsizetype maxSize() const { return m_maxSize; }
    void setMaxSize(qsizetype bytes);

    QByteArrayView lastEventId() const { return QByteArrayView(m_lastEventId); }
    // Bytes currently held for an unfinished line and event: at most about 2 * maxSize().
    qsizetype bufferedBytes() const;

private:
    // inChunk: the line points into the caller's chunk (not m_line), so a view of it may be kept
    // until feed() returns.
    void processLine(const char *line, qsizetype length, bool maybeNonAscii, bool inChunk);
    void processField(QByteArrayView name, const char *value, qsizetype length, bool maybeNonAscii,
                      bool inChunk);
    void materializePendingData();
    void dispatch();
    bool appendPartial(const char *begin, const char *end);
    void fail(Error error);

    SseHandler *m_handler;
    qsizetype m_maxSize;
    std::string m_line; // an unfinished line carried over from earlier chunks
    std::string m_data;
    std::string m_type;
    std::string m_lastEventId;
    std::string m_scratch; // UTF-8 repair output
    const char *m_pendingData = nullptr; // the only data line so far, still in the current chunk
    qsizetype m_pendingLength = 0;
    Error m_error = Error::None;
    unsigned char m_bomMatched = 0; // bytes of a leading BOM seen so far
    bool m_atStreamStart = true;
    bool m_skipLineFeed = false; // the previous chunk ended in CR: a leading LF belongs to it
    bool m_lineNonAscii = false; // m_line may hold bytes >= 0x80
};
