// The comparison window streaming 500 tokens per second into each of 1, 3 and 6 lanes from a
// loopback server on its own thread: the event loop's lag (median, 99th percentile, worst) and
// the main thread's CPU time per token, beside one chat bubble streaming the same tokens.
//   build-release/tests/benchmarks/bench_comparelanes
#include "api/chatclient.h"
#include "chat/chatsession.h"
#include "chatview.h"
#include "comparewindow.h"
#include "pacedstream.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/historystore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace {

using PacedStream::ServerThread;
using PacedStream::threadCpuNs;
using PacedStream::TokensPerSecond;

// Paragraphs of 20 tokens, as a chat answer comes.
QStringList paragraphs(int tokens)
{
    QStringList out;
    for (int i = 0; i < tokens; ++i)
        out << (i % 20 == 19 ? u" end.\n\n"_s : u" word%1"_s.arg(i));
    return out;
}

struct Lag
{
    QList<double> gaps;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer probe;

    void start()
    {
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            gaps.append(double(now - last) / 1e6 - 1.0);
            last = now;
        });
        clock.start();
        last = 0;
        probe.start();
    }
    double at(double q)
    {
        std::sort(gaps.begin(), gaps.end());
        return gaps.isEmpty() ? 0 : gaps.at(qsizetype(q * double(gaps.size() - 1)));
    }
};

struct Figures
{
    double cpuPerTokenUs = 0;
    double median = 0;
    double p99 = 0;
    double worst = 0;
};

Figures oneChat(int tokens)
{
    ServerThread server(paragraphs(tokens));
    const QUrl url = server.start();
    QNetworkAccessManager network;
    ChatClient client(&network);
    HistoryStore history;
    history.open(u":memory:"_s);
    ChatSession session(&client, &history);
    ProviderConfig provider;
    provider.baseUrl = url;
    session.setProvider(provider);
    session.setModelName(u"m"_s);
    ChatView view;
    view.resize(1000, 700);
    view.setModel(session.model());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fputs("the window was not exposed\n", stderr);
    QSignalSpy done(&session, &ChatSession::replyFinished);
    Lag lag;
    lag.start();
    const qint64 start = threadCpuNs();
    session.send(u"Go"_s);
    done.wait(120000);
    const qint64 cpu = threadCpuNs() - start;
    lag.probe.stop();
    server.quit();
    server.wait();
    return {double(cpu) / 1000.0 / tokens, lag.at(0.5), lag.at(0.99), lag.at(1.0)};
}

Figures lanes(int count, int tokens)
{
    ServerThread server(paragraphs(tokens));
    const QUrl url = server.start();
    QTemporaryDir dir;
    QNetworkAccessManager network;
    ChatClient client(&network);
    HistoryStore history;
    history.open(u":memory:"_s);
    AppSettings settings(dir.filePath(u"settings.json"_s));
    ProviderProfile profile = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Bench"_s);
    profile.baseUrl = url.toString();
    profile.maxConcurrentStreams = 6;
    settings.addOrReplaceProfile(profile);
    Preferences prefs = settings.preferences();
    prefs.maxConcurrentStreams = 6;
    settings.setPreferences(prefs);
    SecretStore secrets;
    auto *window = new CompareWindow(&client, &history, &settings, &secrets);
    for (int i = 0; i < count; ++i)
        window->addLane(profile.id, u"m"_s);
    window->resize(1600, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        std::fputs("the window was not exposed\n", stderr);
    QSignalSpy done(window, &CompareWindow::allFinished);
    Lag lag;
    lag.start();
    const qint64 start = threadCpuNs();
    window->send(u"Go"_s);
    done.wait(120000);
    const qint64 cpu = threadCpuNs() - start;
    lag.probe.stop();
    delete window;
    server.quit();
    server.wait();
    return {double(cpu) / 1000.0 / (double(tokens) * count), lag.at(0.5), lag.at(0.99),
            lag.at(1.0)};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(u"--quick"_s);
    const int tokens = quick ? 100 : 1500;
    const Figures chat = oneChat(tokens);
    std::printf("%d tokens at %d tokens/s into each lane; event-loop lag from a 1 ms probe timer\n",
                tokens, TokensPerSecond);
    std::printf("%-22s %10s %10s %10s %14s %8s\n", "", "lag median", "p99", "worst",
                "CPU per token", "ratio");
    std::printf("%-22s %8.2f ms %7.2f ms %7.2f ms %11.1f µs %8s\n", "one chat bubble", chat.median,
                chat.p99, chat.worst, chat.cpuPerTokenUs, "1.00x");
    for (int count : {1, 3, 6}) {
        const Figures f = lanes(count, tokens);
        std::printf("%-22s %8.2f ms %7.2f ms %7.2f ms %11.1f µs %7.2fx\n",
                    qPrintable(u"%1 lanes"_s.arg(count)), f.median, f.p99, f.worst, f.cpuPerTokenUs,
                    f.cpuPerTokenUs / chat.cpuPerTokenUs);
        std::fflush(stdout);
    }
    std::printf("Goals: p99 lag under 16 ms with six lanes; CPU per token with six lanes at most "
                "1.3x a single chat's.\n");
    return 0;
}
