#include "inspectcommand.h"

#include "api/jsonescape.h"
#include "api/redact.h"
#include "api/replyerror.h"
#include "clicommon.h"
#include "sse/sseparser.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

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
        JsonEscape::appendString(m_out, event.type);
        m_out.append(R"(,"data":)");
        JsonEscape::appendString(m_out, event.data);
        m_out.append(R"(,"id":)");
        JsonEscape::appendString(m_out, event.lastEventId);
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

struct LiveOptions
{
    QUrl url;
    QByteArray body; // empty: GET
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString apiKey;
};

// Prints a live endpoint's events as they arrive. Redirects are not followed (a key must not go
// to another host); an error status prints a one-line summary of the body instead of events.
int inspectLive(const LiveOptions &options, qsizetype limit, QNetworkAccessManager *manager)
{
    QNetworkRequest request(options.url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!options.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + options.apiKey.toUtf8());
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(
            options.body.isEmpty() ? manager->get(request) : manager->post(request, options.body));
    JsonLineWriter writer;
    SseParser sse(&writer, limit);
    QByteArray errorBody;
    int status = 0;
    int exitCode = Cli::ExitOk;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (status < 200 || status >= 300) {
            errorBody += bytes.left(65536 - errorBody.size());
            return;
        }
        const bool ok = sse.feed(bytes);
        writer.flush();
        if (!ok) {
            Cli::printError(u"parley-cli inspect: "_s + sse.errorString());
            exitCode = Cli::ExitUsage;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    Cli::onInterrupt([&] {
        exitCode = Cli::ExitInterrupted;
        reply->abort();
    });
    QCoreApplication::exec();
    if (exitCode != Cli::ExitOk)
        return exitCode;
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QStringList secrets{options.apiKey};
    if (status >= 300 && status < 400) {
        const ReplyError error = ReplyError::redirectedReply(reply.get());
        Cli::printError(error.message);
        return Cli::ExitRedirected;
    }
    if (status >= 400) {
        const ReplyError error = ReplyError::fromHttpStatus(
                status,
                ReplyError::summarizeBody(
                        errorBody, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                        secrets));
        Cli::printError(error.message);
        return Cli::exitCodeFor(error);
    }
    if (status == 0 && reply->error() != QNetworkReply::NoError) {
        const ReplyError error = reply->error() == QNetworkReply::SslHandshakeFailedError
                ? ReplyError::tls(reply->errorString())
                : ReplyError::network(reply->errorString());
        Cli::printError(error.message);
        return Cli::exitCodeFor(error);
    }
    sse.finish();
    if (reply->error() != QNetworkReply::NoError) {
        Cli::printError(tr("parley-cli inspect: the stream was cut: %1")
                                .arg(Redact::secrets(reply->errorString(), secrets)));
        return Cli::ExitIncomplete;
    }
    return Cli::ExitOk;
}

} // namespace

int run(const QStringList &arguments, QNetworkAccessManager *manager)
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
    const QCommandLineOption url(
            u"url"_s, tr("Read a live endpoint instead of a file: GET, or POST with --data."),
            u"url"_s);
    const QCommandLineOption data(
            u"data"_s, tr("A JSON body to POST, or @FILE to read it from a file."), u"json"_s);
    const QCommandLineOption header(
            u"header"_s, tr("An extra request header, \"Name: value\" (repeatable)."), u"header"_s);
    const QCommandLineOption apiKeyEnv(
            u"api-key-env"_s, tr("Send the key in this environment variable as a Bearer token."),
            u"var"_s);
    for (const QCommandLineOption &option : {url, data, header, apiKeyEnv})
        parser.addOption(option);
    parser.addPositionalArgument(
            u"file"_s, tr("The stream to read; - or nothing for standard input."), u"[FILE|-]"_s);
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
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
    if (parser.isSet(url)) {
        LiveOptions live;
        live.url = QUrl::fromUserInput(parser.value(url));
        if (!live.url.isValid() || !live.url.scheme().startsWith(u"http"_s) || !files.isEmpty()) {
            Cli::printError(
                    tr("parley-cli inspect: --url takes an http:// or https:// URL, and no FILE."));
            return Cli::ExitUsage;
        }
        QString body = parser.value(data);
        if (body.startsWith(u'@')) {
            QFile file(body.mid(1));
            if (!file.open(QIODevice::ReadOnly)) {
                Cli::printError(tr("parley-cli inspect: cannot open %1: %2")
                                        .arg(file.fileName(), file.errorString()));
                return Cli::ExitUsage;
            }
            live.body = file.readAll();
        } else {
            live.body = body.toUtf8();
        }
        for (const QString &line : parser.values(header)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0) {
                Cli::printError(tr("parley-cli inspect: --header takes \"Name: value\"."));
                return Cli::ExitUsage;
            }
            live.headers.append({line.left(colon).trimmed().toLatin1(),
                                 line.mid(colon + 1).trimmed().toUtf8()});
        }
        if (parser.isSet(apiKeyEnv))
            live.apiKey = qEnvironmentVariable(parser.value(apiKeyEnv).toLocal8Bit().constData())
                                  .trimmed();
        return inspectLive(live, limit, manager);
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
