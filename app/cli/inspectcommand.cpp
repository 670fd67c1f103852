#include "inspectcommand.h"

#include "clicommon.h"
#include "jsonlines.h"
#include "sse/sseparser.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace InspectCommand {

namespace {

// Turns parser output into JSON lines. Everything dispatched while one chunk is parsed is written
// and flushed before the next read, so a reader sees each event before the CLI waits for more.
class JsonLineWriter final : public SseHandler
{
public:
    void eventDispatched(const SseEvent &event) override
    {
        m_out.append(R"({"event":)");
        JsonLines::appendString(m_out, event.type);
        m_out.append(R"(,"data":)");
        JsonLines::appendString(m_out, event.data);
        m_out.append(R"(,"id":)");
        JsonLines::appendString(m_out, event.lastEventId);
        m_out.append("}\n");
    }

    void retryReceived(std::uint64_t milliseconds) override
    {
        m_out.append(R"({"retry":)");
        m_out.append(std::to_string(milliseconds));
        m_out.append("}\n");
    }

    bool flush()
    {
        const bool ok = Cli::writeOut(m_out);
        m_out.clear();
        return ok;
    }

private:
    std::string m_out;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("InspectCommand", text);
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Reads a raw text/event-stream from FILE or standard input and prints every "
               "dispatched event as one JSON line: {\"event\":…,\"data\":…,\"id\":…}, and "
               "{\"retry\":MS} for each valid retry field."));
    parser.addHelpOption();
    const QCommandLineOption maxSize(u"max-size"_s,
                                     tr("Longest line or event accepted, in bytes (default %1).")
                                             .arg(SseParser::DefaultMaxSize),
                                     tr("bytes"));
    parser.addOption(maxSize);
    parser.addPositionalArgument(
            u"file"_s, tr("The stream to read; - or nothing for standard input."), u"[FILE|-]"_s);
    if (!parser.parse(arguments)) {
        Cli::printError(u"parley-cli inspect: "_s + parser.errorText());
        return Cli::ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        Cli::printOut(parser.helpText().replace(u"parley-cli"_s, u"parley-cli inspect"_s));
        return Cli::ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        Cli::printError(tr("parley-cli inspect: give one file, or - for standard input."));
        return Cli::ExitUsage;
    }
    qsizetype limit = SseParser::DefaultMaxSize;
    if (parser.isSet(maxSize)) {
        bool ok = false;
        limit = parser.value(maxSize).toLongLong(&ok);
        if (!ok || limit <= 0) {
            Cli::printError(tr("parley-cli inspect: --max-size takes a positive number of bytes."));
            return Cli::ExitUsage;
        }
    }
    const QString path = files.isEmpty() ? u"-"_s : files.first();
    Cli::Input input;
    if (!input.open(path)) {
        Cli::printError(
                tr("parley-cli inspect: cannot open %1: %2").arg(path, input.errorString()));
        return Cli::ExitUsage;
    }

    JsonLineWriter writer;
    SseParser sse(&writer, limit);
    constexpr qint64 BufferSize = 64 * 1024;
    const auto buffer = std::make_unique<char[]>(BufferSize);
    for (;;) {
        const qint64 n = input.read(buffer.get(), BufferSize);
        if (n < 0) {
            writer.flush();
            Cli::printError(
                    tr("parley-cli inspect: cannot read %1: %2").arg(path, input.errorString()));
            return Cli::ExitUsage;
        }
        if (n == 0)
            break;
        const bool ok = sse.feed(QByteArrayView(buffer.get(), n));
        if (!writer.flush())
            return Cli::ExitUsage; // stdout is gone; nobody is left to tell
        if (!ok) {
            Cli::printError(u"parley-cli inspect: "_s + sse.errorString());
            return Cli::ExitUsage;
        }
    }
    sse.finish();
    return Cli::ExitOk;
}

} // namespace InspectCommand
