#include "sseparser.h"

#include "bytescan.h"
#include "utf8.h"

#include <QtCore/QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr QByteArrayView MessageType("message");

void appendValue(std::string &out, const char *value, qsizetype length, bool maybeNonAscii)
{
    if (maybeNonAscii)
        Utf8::appendSanitized(out, value, length);
    else
        out.append(value, size_t(length));
}

} // namespace

SseParser::SseParser(SseHandler *handler, qsizetype maxSize)
    : m_handler(handler)
    , m_maxSize(maxSize > 0 ? maxSize : DefaultMaxSize)
{ }

void SseParser::setMaxSize(qsizetype bytes)
{
    m_maxSize = bytes > 0 ? bytes : DefaultMaxSize;
}

qsizetype SseParser::bufferedBytes() const
{
    return qsizetype(m_line.capacity() + m_data.capacity() + m_type.capacity()
                     + m_lastEventId.capacity() + m_scratch.capacity());
}

void SseParser::reset()
{
    m_line = {};
    m_data = {};
    m_type = {};
    m_lastEventId = {};
    m_scratch = {};
    m_pendingData = nullptr;
    m_error = Error::None;
    m_bomMatched = 0;
    m_atStreamStart = true;
    m_skipLineFeed = false;
    m_lineNonAscii = false;
}

void SseParser::finish()
{
    // "If the file ends in the middle of an event, before the final empty line, the incomplete
    // event is not dispatched." A pending partial line is dropped with it.
    m_line.clear();
    m_data.clear();
    m_type.clear();
    m_pendingData = nullptr;
    m_lineNonAscii = false;
    m_skipLineFeed = false;
    m_bomMatched = 0;
    m_atStreamStart = true;
}

QString SseParser::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QCoreApplication::translate("SseParser",
                                           "The event stream has a line longer than %1 bytes.")
                .arg(m_maxSize);
    case Error::EventTooLarge:
        return QCoreApplication::translate("SseParser",
                                           "The event stream has an event larger than %1 bytes.")
                .arg(m_maxSize);
    }
    return {};
}

void SseParser::fail(Error error)
{
    m_error = error;
    m_pendingData = nullptr;
    m_line = {};
    m_data = {};
    m_type = {};
    m_scratch = {};
}

bool SseParser::feed(QByteArrayView chunk)
{
    if (m_error != Error::None)
        return false;
    const char *p = chunk.data();
    const char *const last = p + chunk.size();

    if (m_atStreamStart && p != last) {
        // One leading U+FEFF is dropped, also when its three bytes come in separate chunks.
        while (p != last && m_bomMatched < 3 && *p == Bom[m_bomMatched]) {
            ++m_bomMatched;
            ++p;
        }
        if (m_bomMatched == 3) {
            m_atStreamStart = false;
        } else if (p != last) {
            // Not a BOM after all: the bytes matched so far start the first line.
            m_line.assign(Bom, m_bomMatched);
            m_lineNonAscii = m_bomMatched > 0;
            m_atStreamStart = false;
        } else {
            return true; // still could be a BOM
        }
    }

    if (m_skipLineFeed && p != last) {
        m_skipLineFeed = false;
        if (*p == '\n')
            ++p;
    }

    while (p != last) {
        const ByteScan::LineEnd found = ByteScan::findLineEnd(p, last);
        if (found.end == last) {
            m_lineNonAscii = m_lineNonAscii || found.nonAscii;
            appendPartial(p, last);
            break;
        }
        if (m_line.empty()) {
            if (found.end - p > m_maxSize) {
                fail(Error::LineTooLong);
                break;
            }
            processLine(p, found.end - p, found.nonAscii, true);
        } else {
            if (!appendPartial(p, found.end))
                break;
            processLine(m_line.data(), qsizetype(m_line.size()), m_lineNonAscii || found.nonAscii,
                        false);
            m_line.clear();
            m_lineNonAscii = false;
        }
        if (m_error != Error::None)
            break;
        p = found.end + 1;
        if (*found.end == '\r') {
            if (p == last)
                m_skipLineFeed = true; // the LF of a CRLF may come in the next chunk
            else if (*p == '\n')
                ++p;
        }
        // Most events end right here with a blank line: dispatch it without a scan.
        if (p != last && *p == '\n') {
            dispatch();
            ++p;
        }
    }
    // A data value still pointing into this chunk must be copied before the chunk goes away.
    materializePendingData();
    return m_error == Error::None;
}

void SseParser::materializePendingData()
{
    if (!m_pendingData)
        return;
    m_data.assign(m_pendingData, size_t(m_pendingLength));
    m_data.push_back('\n');
    m_pendingData = nullptr;
}

bool SseParser::appendPartial(const char *begin, const char *end)
{
    if (qsizetype(m_line.size()) + (end - begin) > m_maxSize) {
        fail(Error::LineTooLong);
        return false;
    }
    m_line.append(begin, size_t(end - begin));
    return true;
}

void SseParser::processLine(const char *line, qsizetype length, bool maybeNonAscii, bool inChunk)
{
    if (length == 0) {
        dispatch();
        return;
    }
    if (length >= 5 && std::memcmp(line, "data:", 5) == 0) { // nearly every line of a stream
        const char *value = line + 5;
        if (value != line + length && *value == ' ')
            ++value;
        processField("data", value, line + length - value, maybeNonAscii, inChunk);
        return;
    }
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(length)));
    if (colon == line) {
        if (m_handler) {
            const qsizetype textLength = length - 1;
            if (maybeNonAscii && !Utf8::isValid(line + 1, textLength)) {
                m_scratch.clear();
                Utf8::appendRepaired(m_scratch, line + 1, textLength);
                m_handler->commentReceived(QByteArrayView(m_scratch));
            } else {
                m_handler->commentReceived(QByteArrayView(line + 1, textLength));
            }
        }
        return;
    }
    if (!colon) {
        processField(QByteArrayView(line, length), line + length, 0, false, inChunk);
        return;
    }
    const char *value = colon + 1;
    if (value != line + length && *value == ' ')
        ++value;
    processField(QByteArrayView(line, colon - line), value, line + length - value, maybeNonAscii,
                 inChunk);
}

void SseParser::processField(QByteArrayView name, const char *value, qsizetype length,
                             bool maybeNonAscii, bool inChunk)
{
    // Field names are compared as bytes: a name with invalid UTF-8 can never equal a known one.
    if (name == "data") {
        // The usual event is one ASCII data line and a blank line in the same chunk: keep a view
        // of the value and dispatch it from the chunk itself, with no copy.
        if (inChunk && !maybeNonAscii && m_data.empty() && !m_pendingData) {
            if (length + 1 > m_maxSize) {
                fail(Error::EventTooLarge);
                return;
            }
            m_pendingData = value;
            m_pendingLength = length;
            return;
        }
        materializePendingData();
        // Checked after the append so that the bound covers repaired bytes too (U+FFFD is three
        // bytes); the line limit keeps the overshoot within one line.
        appendValue(m_data, value, length, maybeNonAscii);
        m_data.push_back('\n');
        if (qsizetype(m_data.size()) > m_maxSize)
            fail(Error::EventTooLarge);
    } else if (name == "event") {
        m_type.clear();
        appendValue(m_type, value, length, maybeNonAscii);
    } else if (name == "id") {
        if (!std::memchr(value, '\0', size_t(length))) {
            m_lastEventId.clear();
            appendValue(m_lastEventId, value, length, maybeNonAscii);
        }
    } else if (name == "retry") {
        if (length == 0)
            return;
        std::uint64_t ms = 0;
        for (qsizetype i = 0; i < length; ++i) {
            const char c = value[i];
            if (c < '0' || c > '9')
                return;
            const std::uint64_t digit = std::uint64_t(c - '0');
            constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
            ms = ms > (max - digit) / 10 ? max : ms * 10 + digit;
        }
        if (m_handler)
            m_handler->retryReceived(ms);
    }
}

void SseParser::dispatch()
{
    if (m_pendingData) {
        if (m_handler) {
            SseEvent event;
            event.type = m_type.empty() ? MessageType : QByteArrayView(m_type);
            event.data = QByteArrayView(m_pendingData, m_pendingLength);
            event.lastEventId = QByteArrayView(m_lastEventId);
            m_pendingData = nullptr;
            m_handler->eventDispatched(event);
        }
        m_pendingData = nullptr;
        m_type.clear();
        return;
    }
    if (m_data.empty()) {
        m_type.clear();
        return;
    }
    SseEvent event;
    event.type = m_type.empty() ? MessageType : QByteArrayView(m_type);
    event.data = QByteArrayView(m_data.data(), qsizetype(m_data.size()) - 1);
    event.lastEventId = QByteArrayView(m_lastEventId);
    if (m_handler)
        m_handler->eventDispatched(event);
    m_data.clear();
    m_type.clear();
}
