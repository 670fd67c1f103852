// What a token costs the chat window in the shapes that grow: many short paragraphs, one long
// paragraph, one 2,000-line code block, each streamed at 500 tokens per second from a loopback
// server on its own thread, through the session into the view; beside parley-cli chat reading
// the same stream, and beside the plainest Qt window (a QPlainTextEdit fed by the same client at
// the same frame rate) as a floor for any widget. Prints CPU time per token and the ratios the
// goals are about:
//   build-release/tests/benchmarks/bench_streamshapes
#include "api/chatclient.h"
#include "api/streamjob.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "chat/conversationtree.h"
#include "chatview.h"
#include "pacedstream.h"
#include "storage/historystore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPlainTextEdit>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <future>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

using PacedStream::ServerThread;
using PacedStream::threadCpuNs;
using PacedStream::TokensPerSecond;

qint64 childrenCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000'000 + t.tv_usec * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

QStringList paragraphs(int tokens)
{
    QStringList out;
    for (int i = 0; i < tokens; ++i)
        out << (i % 20 == 19 ? u" end.\n\n"_s : u" word%1"_s.arg(i));
    return out;
}

QStringList oneParagraph(int tokens)
{
    QStringList out;
    for (int i = 0; i < tokens; ++i)
        out << u" word%1"_s.arg(i);
    return out;
}

// One list, an item of 20 tokens per line, no blank line between them (as models write them).
QStringList oneList(int tokens)
{
    QStringList out;
    for (int i = 0; i < tokens; ++i)
        out << (i % 20 == 0            ? u"- word%1"_s.arg(i)
                        : i % 20 == 19 ? u" end.\n"_s
                                       : u" word%1"_s.arg(i));
    return out;
}

// Numbered steps, each with three points of 10 tokens inside it (indented to the step's text
// when the step's number has two digits, or they would be a list of their own).
QStringList nestedList(int tokens)
{
    QStringList out;
    for (int i = 0; out.size() < tokens; ++i) {
        out << u"%1."_s.arg(i + 1) << u" **Step"_s << u" %1**\n"_s.arg(i + 1);
        for (int point = 0; point < 3; ++point) {
            out << (i + 1 < 10 ? u"   -"_s : u"    -"_s);
            for (int word = 0; word < 8; ++word)
                out << u" word%1"_s.arg(word);
            out << u" end.\n"_s;
        }
    }
    return out.mid(0, tokens);
}

// One table, a row of 4 cells of 5 tokens per line.
QStringList oneTable(int tokens)
{
    QStringList out{u"| a | b | c | d |\n|---|---|---|---|\n"_s};
    for (int i = 1; out.size() < tokens; ++i) {
        out << u"|"_s;
        for (int cell = 0; cell < 4; ++cell)
            out << u" word%1"_s.arg(i) << u" and"_s << u" more"_s << u" words"_s << u" |"_s;
        out << u"\n"_s;
    }
    return out.mid(0, tokens);
}

QStringList codeBlock(int lines)
{
    QStringList out{u"```python\n"_s};
    for (int i = 0; i < lines; ++i)
        out << u"value_%1"_s.arg(i) << u" = compute("_s << u"%1)\n"_s.arg(i);
    return out;
}

// The tokens served at TokensPerSecond on a thread of their own, and a client to read them.
struct LoopbackStream
{
    explicit LoopbackStream(const QStringList &tokens)
        : server(tokens)
    {
        provider.baseUrl = server.start();
    }
    ~LoopbackStream()
    {
        server.quit();
        server.wait();
    }
    ServerThread server;
    QNetworkAccessManager network;
    ChatClient client{&network};
    ProviderConfig provider;
};

// Main-thread CPU per token, in µs, of the window streaming tokens into one bubble.
double windowCost(const QStringList &tokens)
{
    LoopbackStream stream(tokens);
    HistoryStore history;
    history.open(u":memory:"_s);
    ChatSession session(&stream.client, &history);
    session.setProvider(stream.provider);
    session.setModelName(u"m"_s);
    ChatView view;
    view.resize(1000, 700);
    view.setModel(session.model());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fputs("the window was not exposed\n", stderr);
    QSignalSpy done(&session, &ChatSession::replyFinished);
    const qint64 start = threadCpuNs();
    session.send(u"Go"_s);
    done.wait(120000);
    const double cost = double(threadCpuNs() - start) / 1000.0 / double(tokens.size());
    if (session.lastReply() != tokens.join(QString()))
        std::fputs("the reply is not the stream sent: the figure is not of this shape\n", stderr);
    return cost;
}

// Main-thread CPU per token, in µs, of the plainest Qt window on the same stream: the same
// client and frame rate, and a QPlainTextEdit the text is appended to as plain text.
double bareWindowCost(const QStringList &tokens)
{
    LoopbackStream stream(tokens);
    ChatRequest request;
    request.model = u"m"_s;
    request.messages = {{u"user"_s, u"Go"_s}};
    QPlainTextEdit edit;
    edit.setReadOnly(true);
    edit.resize(1000, 700);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        std::fputs("the window was not exposed\n", stderr);
    QString pending;
    QTimer frame;
    frame.setInterval(ChatSession::FrameIntervalMs);
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, &edit, [&] {
        if (pending.isEmpty())
            return frame.stop();
        edit.moveCursor(QTextCursor::End);
        edit.insertPlainText(pending);
        edit.ensureCursorVisible();
        pending.clear();
    });
    const qint64 start = threadCpuNs();
    StreamJob *job = stream.client.startChat(stream.provider, request, {}, &edit);
    QObject::connect(job, &StreamJob::contentReceived, &edit, [&](const QString &delta) {
        pending += delta;
        if (!frame.isActive())
            frame.start();
    });
    QSignalSpy done(job, &StreamJob::finished);
    done.wait(120000);
    QTest::qWait(2 * ChatSession::FrameIntervalMs + 8); // the last frame
    return double(threadCpuNs() - start) / 1000.0 / double(tokens.size());
}

// CPU per frame, in µs, of the window alone, without a network or a clock: each frame appends
// tokensPerFrame tokens (what a 500 tokens/s stream brings in a frame) and paints as the app does.
// The same figure on every run, so a change to the view can be measured on a noisy machine.
struct FrameCost
{
    double layout = 0; // the model's change: the bubble laid out again
    double paint = 0; // the frame painted (and scrolled)
};

FrameCost frameCost(const QStringList &tokens, int tokensPerFrame, bool paced)
{
    ConversationTree tree;
    StoredMessage user;
    user.id = 1;
    user.role = u"user"_s;
    user.content = u"Go"_s;
    StoredMessage reply;
    reply.id = 2;
    reply.parentId = 1;
    reply.role = u"assistant"_s;
    reply.state = MessageState::Streaming;
    tree.reset({user, reply}, 2);
    ConversationModel model;
    model.setTree(&tree);
    ChatView view;
    view.resize(1000, 700);
    view.setModel(&model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fputs("the window was not exposed\n", stderr);
    QCoreApplication::processEvents();
    StoredMessage *m = tree.find(2);
    qint64 layout = 0;
    qint64 paint = 0;
    int frames = 0;
    for (qsizetype at = 0; at < tokens.size(); at += tokensPerFrame, ++frames) {
        const qint64 start = threadCpuNs();
        for (qsizetype i = at; i < std::min(tokens.size(), at + tokensPerFrame); ++i)
            m->content += tokens.at(i);
        model.messageChanged(2, {ConversationModel::ContentRole});
        const qint64 laidOut = threadCpuNs();
        QCoreApplication::processEvents();
        const qint64 painted = threadCpuNs();
        layout += laidOut - start;
        paint += painted - laidOut;
        if (paced)
            QThread::msleep(
                    ChatSession::FrameIntervalMs); // idle until the next frame, as in the app
    }
    return {double(layout) / 1000.0 / frames, double(paint) / 1000.0 / frames};
}

// CPU per token, in µs, of parley-cli chat on the same stream, less its start-up.
double consoleCost(const QStringList &tokens)
{
    const QString cli = QCoreApplication::applicationDirPath() + u"/../../app/parley-cli"_s;
    auto run = [&cli](const QStringList &stream) {
        ServerThread server(stream);
        const QUrl url = server.start();
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        const qint64 before = childrenCpuNs();
        process.start(cli,
                      {u"chat"_s, u"--base-url"_s, url.toString(), u"--model"_s, u"m"_s, u"Go"_s});
        process.waitForFinished(120000);
        const qint64 cpu = childrenCpuNs() - before;
        server.quit();
        server.wait();
        return cpu;
    };
    // The start-up, a tenth of the whole on a 1,500-token stream, moves by a few milliseconds
    // from one start to the next: the median of three starts, so that its noise is not the
    // figure's.
    std::array<qint64, 3> startups{};
    for (qint64 &startup : startups)
        startup = run({u"x"_s});
    std::sort(startups.begin(), startups.end());
    return double(run(tokens) - startups[1]) / 1000.0 / double(tokens.size());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(u"--quick"_s); // for the suite
    // --window: the window alone (for a profiler)
    const bool windowOnly = QCoreApplication::arguments().contains(u"--window"_s);
    // --only=WORD: the shapes whose name has it ("code", "long", "paragraphs"), for a profiler
    QString only;
    for (const QString &argument : QCoreApplication::arguments())
        if (argument.startsWith(u"--only="_s))
            only = argument.mid(7);
    // --frames: the window's cost per frame alone, without a network or a clock
    const bool framesOnly = QCoreApplication::arguments().contains(u"--frames"_s);
    // --paced (with --frames): a frame's interval idle between frames, as when streaming, where
    // caches go cold
    const bool paced = QCoreApplication::arguments().contains(u"--paced"_s);
    const int tokens = quick ? 150 : 1500;
    const int runs = quick ? 1 : 3;
    const int lines = quick ? 100 : 2000;
    struct Shape
    {
        const char *name;
        QStringList tokens;
    };
    const Shape shapes[] = {
            {"paragraphs of 20 tokens", paragraphs(tokens)},
            {"one long paragraph", oneParagraph(tokens)},
            {"one code block", codeBlock(lines)},
            {"one list of 20-token items", oneList(tokens)},
            {"one nested list", nestedList(tokens)},
            {"one table", oneTable(tokens)},
    };
    if (framesOnly) {
        constexpr int PerFrame = TokensPerSecond * ChatSession::FrameIntervalMs / 1000;
        std::printf("CPU time per frame of %d tokens, the best of %d runs", PerFrame, runs + 2);
        if (paced)
            std::printf(", %d ms apart", ChatSession::FrameIntervalMs);
        std::printf("\n");
        std::printf("%-26s %8s %10s %10s %10s\n", "shape", "frames", "layout", "paint", "frame");
        for (const Shape &shape : shapes) {
            if (!only.isEmpty() && !QString::fromLatin1(shape.name).contains(only))
                continue;
            FrameCost best{1e9, 1e9};
            for (int i = 0; i < runs + 2; ++i) {
                const FrameCost c = frameCost(shape.tokens, PerFrame, paced);
                if (c.layout + c.paint < best.layout + best.paint)
                    best = c;
            }
            std::printf("%-26s %8lld %7.1f µs %7.1f µs %7.1f µs\n", shape.name,
                        static_cast<long long>((shape.tokens.size() + PerFrame - 1) / PerFrame),
                        best.layout, best.paint, best.layout + best.paint);
            std::fflush(stdout);
        }
        return 0;
    }
    std::printf("CPU time per token at %d tokens/s, the median of %d rounds (main thread of the "
                "window; the whole parley-cli process, less its start-up; main thread of a bare "
                "QPlainTextEdit on the same client and frame rate; each ratio the median of the "
                "rounds' own ratios)\n",
                TokensPerSecond, runs);
    std::fflush(stdout);
    std::vector<const Shape *> chosen;
    for (const Shape &shape : shapes)
        if (only.isEmpty() || QString::fromLatin1(shape.name).contains(only))
            chosen.push_back(&shape);
    // Rounds of every shape, each round starting one shape later: the load of a shared machine
    // drifts over the minutes a run takes, and measured one shape after another the shapes
    // would be compared across that drift. Within a round a shape's window, console and bare
    // window are measured back to back, and its ratios are taken within the round.
    struct Figures
    {
        std::vector<double> window, console, bare, perConsole, perBare, perBase;
    };
    std::vector<Figures> figures(chosen.size());
    for (int round = 0; round < runs; ++round) {
        std::vector<double> windowThisRound(chosen.size());
        for (std::size_t k = 0; k < chosen.size(); ++k) {
            const std::size_t i = (k + std::size_t(round)) % chosen.size();
            const QStringList &stream = chosen.at(i)->tokens;
            const double window = windowCost(stream);
            const double console = windowOnly ? 0.0 : consoleCost(stream);
            const double bare = windowOnly ? 0.0 : bareWindowCost(stream);
            Figures &f = figures.at(i);
            f.window.push_back(window);
            f.console.push_back(console);
            f.bare.push_back(bare);
            f.perConsole.push_back(console > 0 ? window / console : 0.0);
            f.perBare.push_back(bare > 0 ? window / bare : 0.0);
            windowThisRound.at(i) = window;
        }
        for (std::size_t i = 0; i < chosen.size(); ++i)
            figures.at(i).perBase.push_back(windowThisRound.at(i) / windowThisRound.front());
        std::fprintf(stderr, "round %d of %d done\n", round + 1, runs);
    }
    auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    std::printf("%-26s %8s %10s %12s %12s %11s %10s\n", "shape", "tokens", "window", "parley-cli",
                "bare Qt", "window/cli", "/bare Qt");
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Figures &f = figures.at(i);
        std::printf("%-26s %8lld %8.1f µs %9.1f µs %9.1f µs %10.2fx %9.2fx   (%.2fx the "
                    "%s cost)\n",
                    chosen.at(i)->name, static_cast<long long>(chosen.at(i)->tokens.size()),
                    median(f.window), median(f.console), median(f.bare), median(f.perConsole),
                    median(f.perBare), median(f.perBase),
                    chosen.front() == &shapes[0] ? "paragraphs'" : "first shape's");
    }
    std::printf("Goals: the long paragraph and the code block at most 1.3x the paragraphs' cost; "
                "the window at most 2x parley-cli per token.\n");
    return 0;
}
