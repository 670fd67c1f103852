#pragma once

#include <QtCore/QRandomGenerator>

#include <string>
#include <vector>

// The benchmarks' stream: OpenAI-style chat.completion.chunk events of realistic size, with one
// to three tokens each (some Korean), keep-alive comments now and then, a finish chunk, a usage
// chunk and [DONE]. Deterministic, so every run and every program measures the same bytes.
namespace BenchStream {

// eventEnds receives the offset just past each event.
inline std::string make(std::size_t targetBytes, std::vector<std::size_t> *eventEnds)
{
    static const char *const words[] = {
            "the",         " model",  " streams", " tokens", " quickly",  ",",      " and",
            " 안녕하세요", " 세계",   " `code`",  "\\n",     " **bold**", " table", " |",
            " fn",         " main()", " {",       " }",      ".",         " 42"};
    QRandomGenerator rng(20261121);
    std::string out;
    out.reserve(targetBytes + 4096);
    std::size_t n = 0;
    auto endEvent = [&] { eventEnds->push_back(out.size()); };
    while (out.size() < targetBytes) {
        if (n % 997 == 0) {
            out += ": OPENROUTER PROCESSING\n\n";
            endEvent();
        }
        std::string content;
        const int count = 1 + int(rng.bounded(3));
        for (int i = 0; i < count; ++i)
            content += words[rng.bounded(int(std::size(words)))];
        out += R"(data: {"id":"chatcmpl-9xQ2vbT7kLmN3pRsUvWyZa4c","object":"chat.completion.chunk","created":1763750000,"model":"gpt-4.1-mini-2025-04-14","system_fingerprint":"fp_6f2eabb9a5","choices":[{"index":0,"delta":{"content":")";
        out += content;
        out += R"("},"logprobs":null,"finish_reason":null}]})";
        out += "\n\n";
        endEvent();
        ++n;
    }
    out += R"(data: {"id":"chatcmpl-9xQ2vbT7kLmN3pRsUvWyZa4c","object":"chat.completion.chunk","created":1763750000,"model":"gpt-4.1-mini-2025-04-14","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
           "\n\n";
    endEvent();
    out += R"(data: {"id":"chatcmpl-9xQ2vbT7kLmN3pRsUvWyZa4c","object":"chat.completion.chunk","created":1763750000,"model":"gpt-4.1-mini-2025-04-14","choices":[],"usage":{"prompt_tokens":1200,"completion_tokens":400000,"total_tokens":401200}})"
           "\n\n";
    endEvent();
    out += "data: [DONE]\n\n";
    endEvent();
    return out;
}

} // namespace BenchStream
