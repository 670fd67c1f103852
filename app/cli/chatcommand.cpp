#include "chatcommand.h"

#include "api/chatclient.h"
#include "api/proxyfactory.h"
#include "api/streamjob.h"
#include "clicommon.h"
#include "demo/demoserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace ChatCommand {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ChatCommand", text, nullptr, n);
}

// Writes deltas to stdout. Everything that arrives in one read of the network is written and
// flushed before the event loop waits again, so each delta shows the moment it is received.
class StreamPrinter final
{
public:
    void content(const QString &delta)
    {
        const std::string bytes = Cli::forTerminal(delta.toStdString(), 1);
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        m_lastWasNewline = !bytes.empty() && bytes.back() == '\n';
        m_wroteContent = true;
        scheduleFlush();
    }

    void reasoning(const QString &delta)
    {
        const std::string bytes = Cli::forTerminal(delta.toStdString(), 2);
        if (m_color)
            std::fputs("\033[2m", stderr);
        std::fwrite(bytes.data(), 1, bytes.size(), stderr);
        if (m_color)
            std::fputs("\033[0m", stderr);
        m_reasoningOpen = true;
        std::fflush(stderr);
    }

    void endReasoning()
    {
        if (m_reasoningOpen) {
            std::fputs("\n\n", stderr);
            m_reasoningOpen = false;
        }
    }

    void finish()
    {
        if (m_wroteContent && !m_lastWasNewline && Cli::stdoutIsTerminal())
            std::fputc('\n', stdout);
        std::fflush(stdout);
    }

private:
    void scheduleFlush()
    {
        if (m_flushPending)
            return;
        m_flushPending = true;
        QTimer::singleShot(0, [this] {
            m_flushPending = false;
            std::fflush(stdout);
        });
    }

    bool m_flushPending = false;
    bool m_wroteContent = false;
    bool m_lastWasNewline = true;
    bool m_reasoningOpen = false;
    bool m_color = Cli::stderrIsTerminal();
};

QString statsText(const ReplyResult &r)
{
    QStringList lines;
    lines << tr("time to first token: %1")
                     .arg(r.timeToFirstTokenMs() >= 0 ? u"%1 ms"_s.arg(r.timeToFirstTokenMs())
                                                      : u"-"_s);
    lines << tr("tokens per second: %1").arg(QString::number(r.tokensPerSecond(), 'f', 1));
    lines << tr("total time: %1 ms").arg(r.totalMs);
    if (r.usage.isValid())
        lines << tr("usage: %1 prompt + %2 completion = %3 tokens")
                         .arg(r.usage.promptTokens)
                         .arg(r.usage.completionTokens)
                         .arg(r.usage.totalTokens);
    else
        lines << tr("usage: not reported");
    lines << tr("finish reason: %1").arg(r.finishReason.isEmpty() ? u"-"_s : r.finishReason);
    if (r.retries > 0)
        lines << tr("retries: %1").arg(r.retries);
    if (r.malformedEvents > 0)
        lines << tr("malformed events skipped: %1").arg(r.malformedEvents);
    return lines.join(u'\n');
}

} // namespace

int run(const QStringList &arguments, QNetworkAccessManager *manager)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Streams one reply to standard output as it arrives. The prompt is the arguments, "
               "or standard input when it is - or left out. Without --base-url the built-in demo "
               "provider answers."));
    parser.addHelpOption();
    Cli::ProviderOptions providerOptions;
    providerOptions.addTo(parser);
    const QCommandLineOption model(
            u"model"_s, tr("The model to use (default with the demo: parley-demo-fast)."),
            u"name"_s);
    const QCommandLineOption showReasoning(u"show-reasoning"_s,
                                           tr("Print the model's reasoning on standard error."));
    const QCommandLineOption stats(
            u"stats"_s,
            tr("Print timing, usage and the finish reason on standard error at the end."));
    parser.addOption(model);
    Cli::RequestOptions requestOptions;
    requestOptions.addTo(parser);
    for (const QCommandLineOption &option : {showReasoning, stats})
        parser.addOption(option);

    auto usageError = [](const QString &text) {
        Cli::printError(u"parley-cli chat: "_s + text);
        return int(Cli::ExitUsage);
    };
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;

    ProviderConfig provider;
    StreamSettings settings;
    std::unique_ptr<DemoServer> demo;
    const QString problem = providerOptions.resolve(parser, &provider, &settings, &demo);
    if (!problem.isEmpty()) {
        Cli::printError(u"parley-cli chat: "_s + problem);
        return providerOptions.exitCode;
    }
    if (providerOptions.proxy)
        ProxyFactory::apply(manager, *providerOptions.proxy);

    ChatRequest request;
    request.model = parser.value(model);
    if (request.model.isEmpty())
        request.model = providerOptions.defaultModel;
    if (request.model.isEmpty()) {
        if (!demo)
            return usageError(tr("--model is required with --base-url."));
        request.model = DemoServer::modelIds().first();
    }
    if (const QString invalid = requestOptions.apply(parser, &request); !invalid.isEmpty())
        return usageError(invalid);

    ChatClient client(manager);
    StreamJob *job = client.startChat(provider, request, settings, nullptr);
    std::unique_ptr<StreamJob> owner(job);
    StreamPrinter printer;
    const bool reasoning = parser.isSet(showReasoning);
    QObject::connect(job, &StreamJob::reasoningReceived, job, [&](const QString &delta) {
        if (reasoning)
            printer.reasoning(delta);
    });
    QObject::connect(job, &StreamJob::contentReceived, job, [&](const QString &delta) {
        printer.endReasoning();
        printer.content(delta);
    });
    QObject::connect(job, &StreamJob::noteReceived, job,
                     [](const QString &type, const QString &text) {
                         Cli::printError(u"[%1] %2"_s.arg(type, text));
                     });
    QObject::connect(job, &StreamJob::retryScheduled, job,
                     [](int retry, int delayMs, const ReplyError &cause) {
                         Cli::printError(tr("Retrying in %1 s (retry %2): %3")
                                                 .arg(QString::number(delayMs / 1000.0, 'f', 1))
                                                 .arg(retry)
                                                 .arg(cause.message));
                     });
    QObject::connect(job, &StreamJob::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    Cli::onInterrupt([job] { job->cancel(); });
    QCoreApplication::exec();

    const ReplyResult &result = job->result();
    printer.endReasoning();
    printer.finish();
    switch (result.end) {
    case EndState::Completed:
        break;
    case EndState::Stopped:
        Cli::printError(tr("Stopped."));
        break;
    case EndState::Incomplete:
        Cli::printError(result.error.isError()
                                ? tr("The reply was cut off: %1").arg(result.error.message)
                                : tr("The reply ended before the provider said it was complete."));
        break;
    case EndState::Failed:
        Cli::printError(result.error.message);
        break;
    }
    if (parser.isSet(stats))
        Cli::printError(statsText(result));
    return Cli::exitCodeFor(result);
}

} // namespace ChatCommand
