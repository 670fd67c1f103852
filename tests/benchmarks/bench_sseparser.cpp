// SSE parser throughput on a ~100 MiB OpenAI-style stream under three chunkings, against a memchr
// newline scan of the same buffer: the physical floor for anything that must find every line.
#include "openaistream.h"
#include "sse/sseparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Counter final : SseHandler
{
    std::uint64_t events = 0;
    std::uint64_t bytes = 0;
    void eventDispatched(const SseEvent &event) override
    {
        ++events;
        bytes += std::uint64_t(event.data.size());
    }
};

std::vector<std::size_t> randomChunks(std::size_t total, std::size_t lo, std::size_t hi,
                                      quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<std::size_t> sizes;
    for (std::size_t left = total; left > 0;) {
        const std::size_t size =
                std::min(left, std::size_t(rng.bounded(quint32(lo), quint32(hi + 1))));
        sizes.push_back(size);
        left -= size;
    }
    return sizes;
}

struct Result
{
    double seconds;
    std::uint64_t events;
};

Result timeParse(const std::string &stream, const std::vector<std::size_t> &chunks, int repeat)
{
    Result best{1e100, 0};
    for (int r = 0; r < repeat; ++r) {
        Counter counter;
        SseParser parser(&counter);
        const auto start = Clock::now();
        const char *p = stream.data();
        for (std::size_t size : chunks) {
            parser.feed(QByteArrayView(p, qsizetype(size)));
            p += size;
        }
        parser.finish();
        const double s = std::chrono::duration<double>(Clock::now() - start).count();
        if (s < best.seconds)
            best = {s, counter.events};
    }
    return best;
}

double timeMemchrFloor(const std::string &stream, int repeat, std::uint64_t *lines)
{
    double best = 1e100;
    for (int r = 0; r < repeat; ++r) {
        const auto start = Clock::now();
        std::uint64_t count = 0;
        const char *p = stream.data();
        const char *const end = p + stream.size();
        while (const void *hit = std::memchr(p, '\n', std::size_t(end - p))) {
            ++count;
            p = static_cast<const char *>(hit) + 1;
        }
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
        *lines = count;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double mib = 100;
    int repeat = 5;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--size"))
            mib = args.at(i + 1).toDouble();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
    }

    std::vector<std::size_t> eventEnds;
    const std::string stream = BenchStream::make(std::size_t(mib * 1024 * 1024), &eventEnds);
    const double streamMib = double(stream.size()) / (1024.0 * 1024.0);

    std::vector<std::size_t> perEvent;
    std::size_t previous = 0;
    for (std::size_t end : eventEnds) {
        perEvent.push_back(end - previous);
        previous = end;
    }

    std::uint64_t lines = 0;
    const double floorSeconds = timeMemchrFloor(stream, repeat * 2, &lines);
    const double floorMibs = streamMib / floorSeconds;

    std::printf("SSE parser benchmark: %.1f MiB stream, %zu events, %llu lines, best of %d runs\n",
                streamMib, eventEnds.size(), static_cast<unsigned long long>(lines), repeat);
    std::printf("%-34s %10s %10s %14s %10s\n", "", "MiB/s", "GiB/s", "events/s", "of floor");
    std::printf("%-34s %10.0f %10.2f %14s %9.0f%%\n", "memchr newline scan (floor)", floorMibs,
                floorMibs / 1024, "-", 100.0);

    struct Case
    {
        const char *name;
        std::vector<std::size_t> chunks;
        int repeat;
    };
    const Case cases[] = {
            {"one event per chunk", perEvent, repeat},
            {"random chunks of 1 B - 16 KiB", randomChunks(stream.size(), 1, 16 * 1024, 1), repeat},
            {"random chunks of 1 - 16 B", randomChunks(stream.size(), 1, 16, 2),
             std::max(1, repeat / 2)},
    };
    for (const Case &c : cases) {
        const Result r = timeParse(stream, c.chunks, c.repeat);
        const double mibs = streamMib / r.seconds;
        std::printf("%-34s %10.0f %10.2f %14.0f %9.1f%%\n", c.name, mibs, mibs / 1024,
                    double(r.events) / r.seconds, 100.0 * mibs / floorMibs);
    }

    // Linearity: one long line fed in 1-16 byte pieces costs the same per byte at 1 and 8 MiB.
    double perByte[2] = {};
    const std::size_t sizes[2] = {1 << 20, 8 << 20};
    for (int i = 0; i < 2; ++i) {
        const std::string line = "data: " + std::string(sizes[i], 'x') + "\n\n";
        const Result r = timeParse(line, randomChunks(line.size(), 1, 16, 3), 1);
        perByte[i] = r.seconds / double(line.size()) * 1e9;
    }
    std::printf("one long line in 1-16 B pieces: %.2f ns/byte at 1 MiB, %.2f ns/byte at 8 MiB "
                "(ratio %.2f; 1.00 is linear)\n",
                perByte[0], perByte[1], perByte[1] / perByte[0]);
    return 0;
}
