#pragma once

#include "api/chatrequest.h"
#include "api/providerconfig.h"
#include "api/proxyfactory.h"
#include "api/replyresult.h"

#include <QtCore/QCommandLineOption>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

class DemoServer;
class QCommandLineParser;

// Small console helpers shared by the parley-cli commands.
namespace Cli {

// Exit statuses, the same for every command (documented in the README).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalidKey = 2,
    ExitRateLimited = 3,
    ExitHttpError = 4,
    ExitNetwork = 5, // network, TLS or timeout
    ExitIncomplete = 6, // the stream ended early or could not be read
    ExitRedirected = 7,
    ExitNotAllCompleted = 8, // compare: a lane stopped, ended early or failed
    ExitInterrupted = 130, // Ctrl+C
};

int exitCodeFor(const ReplyResult &result);
int exitCodeFor(const ReplyError &error);

// Parses a command's arguments (the first is the command's name). Returns -1 to go on, or the exit
// status when the command is done: a usage error was printed, or --help was answered.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

void printOut(const QString &text);
void printError(const QString &text);
// Writes raw bytes to stdout and flushes, so a reader sees them at once.
bool writeOut(const std::string &bytes);
bool stdoutIsTerminal();
bool stderrIsTerminal();

// Text from a model or a server can carry terminal escapes (OSC 52 writes the clipboard, OSC 8
// fakes a link, cursor moves hide text). On a terminal, every control character but newline and
// tab is shown visibly instead (ESC as ^[, C1 controls as <U+009B>); into a pipe or a file the
// bytes stay as they are. setRawTerminal(true) (--raw) keeps them on a terminal too.
std::string visibleControls(std::string_view utf8);
void setRawTerminal(bool raw);
// What may go to stdout (fd 1) or stderr (fd 2) as it is: visibleControls() on a terminal.
std::string forTerminal(std::string_view utf8, int fd);

// Calls handler (on the main thread, from the event loop) when the user presses Ctrl+C.
void onInterrupt(std::function<void()> handler);

// The options that say which provider to talk to, shared by chat, models and inspect --url.
struct ProviderOptions
{
    QCommandLineOption baseUrl{QStringLiteral("base-url"), QString(), QStringLiteral("url")};
    QCommandLineOption apiKeyEnv{QStringLiteral("api-key-env"), QString(), QStringLiteral("var"),
                                 QStringLiteral("OPENAI_API_KEY")};
    QCommandLineOption connectTimeout{QStringLiteral("connect-timeout"), QString(),
                                      QStringLiteral("s")};
    QCommandLineOption idleTimeout{QStringLiteral("idle-timeout"), QString(), QStringLiteral("s")};
    QCommandLineOption retries{QStringLiteral("retries"), QString(), QStringLiteral("n")};
    QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("name")};
    QCommandLineOption allowInsecureHttp{QStringLiteral("allow-insecure-http")};
    QCommandLineOption raw{QStringLiteral("raw")};

    void addTo(QCommandLineParser &parser);
    // Fills provider and settings from --profile, --base-url, or (with neither) the demo
    // provider, started in demo. A profile's key comes from its environment variable or the
    // keychain. Returns an error text, or an empty string; exitCode says which failure it was.
    QString resolve(const QCommandLineParser &parser, ProviderConfig *provider,
                    StreamSettings *settings, std::unique_ptr<DemoServer> *demo);
    QString defaultModel; // the profile's, when --profile was used
    QString resolveProvider(const QCommandLineParser &parser, ProviderConfig *provider,
                            StreamSettings *settings, std::unique_ptr<DemoServer> *demo);
    // The profile called name, as the window would use it (its key, its proxy); demoProfile is
    // set instead when it is the built-in demo. Returns an error text, or an empty string.
    QString resolveProfile(const QString &name, ProviderConfig *provider);
    bool demoProfile = false;
    std::optional<ProxySettings> proxy; // the settings' proxy, when --profile was used
    int exitCode = 1;
};

// The options that say what to ask, shared by chat and compare: a system prompt, the sampling,
// and the prompt itself (the arguments, or standard input for - or none).
struct RequestOptions
{
    QCommandLineOption system{QStringLiteral("system"), QString(), QStringLiteral("text")};
    QCommandLineOption temperature{QStringLiteral("temperature"), QString(), QStringLiteral("x")};
    QCommandLineOption topP{QStringLiteral("top-p"), QString(), QStringLiteral("x")};
    QCommandLineOption maxTokens{QStringLiteral("max-tokens"), QString(), QStringLiteral("n")};

    void addTo(QCommandLineParser &parser);
    // Fills request's sampling and messages. Returns a usage error text, or an empty string.
    QString apply(const QCommandLineParser &parser, ChatRequest *request);
};

// A byte source read as it arrives: a file, or standard input for "-". Unlike QFile on stdin, a
// read returns as soon as some bytes are there, so the command can react to a live stream.
class Input final
{
public:
    Input() = default;
    ~Input();
    Q_DISABLE_COPY_MOVE(Input)

    bool open(const QString &path); // "-" is standard input
    QString errorString() const { return m_error; }
    // Bytes read into buffer; 0 at the end of input; -1 on a read error.
    qint64 read(char *buffer, qint64 size);

private:
    int m_fd = -1;
    bool m_owned = false;
    QString m_error;
};

} // namespace Cli
