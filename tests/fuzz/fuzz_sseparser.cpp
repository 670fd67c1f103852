// Invariants of the SSE parser under arbitrary bytes and arbitrary chunking:
// - the chunking (taken from the input itself) never changes the events, retries, comments or
// error;
// - every reported string is valid UTF-8 and every event has a type;
// - the memory held stays within a fixed multiple of the configured limit.
#include "sse/sseparser.h"
#include "sse/utf8.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

constexpr qsizetype Limit = 4096;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool validUtf8(QByteArrayView v)
{
    return Utf8::isValid(v.data(), v.size());
}

struct Log final : SseHandler
{
    std::vector<std::string> items;
    void eventDispatched(const SseEvent &event) override
    {
        require(!event.type.isEmpty());
        require(validUtf8(event.type) && validUtf8(event.data) && validUtf8(event.lastEventId));
        require(event.data.size() < Limit);
        items.push_back("E" + std::string(event.type.data(), size_t(event.type.size())) + '\0'
                        + std::string(event.data.data(), size_t(event.data.size())) + '\0'
                        + std::string(event.lastEventId.data(), size_t(event.lastEventId.size())));
    }
    void retryReceived(std::uint64_t ms) override { items.push_back("R" + std::to_string(ms)); }
    void commentReceived(QByteArrayView text) override
    {
        require(validUtf8(text));
        items.push_back("C" + std::string(text.data(), size_t(text.size())));
    }
};

struct Outcome
{
    std::vector<std::string> items;
    SseParser::Error error;
};

Outcome parse(const uint8_t *data, const std::vector<size_t> &chunks)
{
    Log log;
    SseParser parser(&log, Limit);
    size_t at = 0;
    for (size_t chunk : chunks) {
        const bool ok = parser.feed(
                QByteArrayView(reinterpret_cast<const char *>(data) + at, qsizetype(chunk)));
        require(parser.bufferedBytes() <= 16 * Limit);
        at += chunk;
        if (!ok)
            break;
    }
    parser.finish();
    return {std::move(log.items), parser.error()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes seed the chunking; the rest is the stream.
    uint32_t state = uint32_t(data[0]) << 8 | data[1];
    data += 2;
    size -= 2;
    std::vector<size_t> random;
    for (size_t left = size; left > 0;) {
        state = state * 1103515245u + 12345u;
        const size_t chunk = std::min(left, size_t(1 + (state >> 16) % 32));
        random.push_back(chunk);
        left -= chunk;
    }
    const Outcome whole = parse(data, {size});
    const Outcome pieces = parse(data, random);
    const Outcome bytes = parse(data, std::vector<size_t>(size, 1));
    require(whole.items == pieces.items && whole.error == pieces.error);
    require(whole.items == bytes.items && whole.error == bytes.error);
    return 0;
}
