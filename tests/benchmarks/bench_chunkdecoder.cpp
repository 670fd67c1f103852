// The in-process cost of turning stream bytes into deltas: SSE parsing plus chunk decoding, per
// event, with Parley's pull reader and, for scale, with QJsonDocument.
#include "api/chunkdecoder.h"
#include "openaistream.h"
#include "sse/sseparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <chrono>
#include <cstdio>

namespace {

using Clock = std::chrono::steady_clock;

struct Decode final : SseHandler
{
    bool useQJson = false;
    std::uint64_t events = 0;
    std::uint64_t chars = 0;
    void eventDispatched(const SseEvent &event) override
    {
        ++events;
        if (!useQJson) {
            const StreamChunk chunk = ChunkDecoder::decodeEvent(event.data);
            chars += std::uint64_t(chunk.content.size());
            return;
        }
        if (event.data == "[DONE]")
            return;
        const QJsonObject object = QJsonDocument::fromJson(event.data.toByteArray()).object();
        const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
        if (!choices.isEmpty())
            chars += std::uint64_t(choices.first()
                                           .toObject()
                                           .value(QLatin1String("delta"))
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toString()
                                           .size());
    }
};

double run(const std::string &stream, bool useQJson, std::uint64_t *events, std::uint64_t *chars)
{
    double best = 1e100;
    for (int r = 0; r < 3; ++r) {
        Decode decode;
        decode.useQJson = useQJson;
        SseParser parser(&decode);
        const auto start = Clock::now();
        for (std::size_t at = 0; at < stream.size(); at += 16384)
            parser.feed(
                    QByteArrayView(stream.data() + at,
                                   qsizetype(std::min<std::size_t>(16384, stream.size() - at))));
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
        *events = decode.events;
        *chars = decode.chars;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double mib = 100;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--size"))
        mib = args.at(2).toDouble();
    std::vector<std::size_t> ends;
    const std::string stream = BenchStream::make(std::size_t(mib * 1024 * 1024), &ends);
    std::uint64_t events = 0, chars = 0, qtChars = 0;
    const double ours = run(stream, false, &events, &chars);
    const double qt = run(stream, true, &events, &qtChars);
    std::printf("SSE + chunk decoding, %.0f MiB, %llu events (best of 3, 16 KiB reads)\n", mib,
                static_cast<unsigned long long>(events));
    std::printf("  SseParser + ChunkDecoder (pull reader): %7.0f ns/event\n",
                ours / double(events) * 1e9);
    std::printf("  SseParser + QJsonDocument, for scale:    %7.0f ns/event (%.1fx)\n",
                qt / double(events) * 1e9, qt / ours);
    return chars == qtChars ? 0 : 1; // both must have decoded the same text
}
