#include "clicommon.h"

#include "api/endpoint.h"
#include "demo/demoserver.h"
#include "settings/appsettings.h"
#include "settings/provideraccess.h"
#include "settings/proxyaccess.h"
#include "settings/secretstore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Cli {

int exitCodeFor(const ReplyError &error)
{
    using Category = ReplyError::Category;
    switch (error.category) {
    case Category::None:
        return ExitOk;
    case Category::InvalidKey:
        return ExitInvalidKey;
    case Category::RateLimited:
        return ExitRateLimited;
    case Category::NotFound:
    case Category::BadRequest:
    case Category::Overloaded:
    case Category::ServerError:
        return ExitHttpError;
    case Category::Timeout:
    case Category::Network:
    case Category::Tls:
        return ExitNetwork;
    case Category::Redirected:
        return ExitRedirected;
    case Category::Protocol:
        return ExitIncomplete;
    case Category::InsecureHttp:
        return ExitUsage;
    }
    return ExitHttpError;
}

int exitCodeFor(const ReplyResult &result)
{
    switch (result.end) {
    case EndState::Completed:
        return ExitOk;
    case EndState::Stopped:
        return ExitInterrupted;
    case EndState::Incomplete:
        return ExitIncomplete;
    case EndState::Failed:
        return exitCodeFor(result.error);
    }
    return ExitHttpError;
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return ::_isatty(1);
#else
    return ::isatty(1);
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return ::_isatty(2);
#else
    return ::isatty(2);
#endif
}

namespace {

bool rawTerminal = false;

} // namespace

std::string visibleControls(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n' || byte == '\t') {
            out += char(byte);
        } else if (byte < 0x20) {
            out += '^';
            out += char(byte + 0x40);
        } else if (byte == 0x7f) {
            out += "^?";
        } else if (byte == 0xc2 && i + 1 < utf8.size()
                   && static_cast<unsigned char>(utf8[i + 1]) >= 0x80
                   && static_cast<unsigned char>(utf8[i + 1]) <= 0x9f) {
            // A C1 control (U+0080 to U+009F): CSI and OSC in one code point.
            const auto code = static_cast<unsigned char>(utf8[++i]);
            out += "<U+00";
            out += hex[code >> 4];
            out += hex[code & 0xf];
            out += '>';
        } else {
            out += char(byte);
        }
    }
    return out;
}

void setRawTerminal(bool raw)
{
    rawTerminal = raw;
}

std::string forTerminal(std::string_view utf8, int fd)
{
    // Asked once: this runs for every delta of a reply.
    static const bool out = stdoutIsTerminal();
    static const bool err = stderrIsTerminal();
    const bool terminal = fd == 1 ? out : err;
    if (!terminal || rawTerminal)
        return std::string(utf8);
    return visibleControls(utf8);
}

namespace {

std::function<void()> &interruptHandler()
{
    static std::function<void()> handler;
    return handler;
}

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                if (interruptHandler())
                    interruptHandler()();
            },
            Qt::QueuedConnection);
    return TRUE;
}
#else
int interruptPipe[2] = {-1, -1};

void signalHandler(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[1], &byte, 1);
}
#endif

} // namespace

void onInterrupt(std::function<void()> handler)
{
    interruptHandler() = std::move(handler);
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    // The self-pipe trick: the signal handler only writes a byte; the event loop does the work.
    if (interruptPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) == 0) {
        auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read,
                                             QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
            char byte;
            [[maybe_unused]] const auto got = ::read(interruptPipe[0], &byte, 1);
            if (interruptHandler())
                interruptHandler()();
        });
        struct sigaction action = {};
        action.sa_handler = signalHandler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
    }
#endif
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    const QString command = u"parley-cli "_s + arguments.value(0);
    if (!parser.parse(arguments)) {
        printError(command + u": "_s + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText().replace(u"parley-cli"_s, command));
        return ExitOk;
    }
    return -1;
}

void ProviderOptions::addTo(QCommandLineParser &parser)
{
    baseUrl.setDescription(QCoreApplication::translate(
            "Cli",
            "The provider's base URL, e.g. https://api.openai.com/v1. Without "
            "it, the built-in demo provider answers."));
    apiKeyEnv.setDescription(QCoreApplication::translate(
            "Cli",
            "The environment variable that holds the API key (default "
            "OPENAI_API_KEY). Keys are never taken on the command line."));
    connectTimeout.setDescription(
            QCoreApplication::translate("Cli", "Seconds to wait for the connection (default 15)."));
    idleTimeout.setDescription(
            QCoreApplication::translate("Cli", "Seconds the stream may stay silent (default 90)."));
    retries.setDescription(QCoreApplication::translate(
            "Cli", "Automatic retries before the first token (default 2)."));
    parser.addOption(baseUrl);
    parser.addOption(apiKeyEnv);
    parser.addOption(connectTimeout);
    parser.addOption(idleTimeout);
    parser.addOption(retries);
    profile.setDescription(QCoreApplication::translate(
            "Cli",
            "Use a provider profile (see parley-cli profiles): its base URL, its key from the "
            "keychain or its environment variable, its default model."));
    parser.addOption(profile);
    allowInsecureHttp.setDescription(QCoreApplication::translate(
            "Cli",
            "Send the key even over plain http:// to a host that is not this computer, where "
            "anyone on the way can read it. Without it, parley-cli refuses."));
    parser.addOption(allowInsecureHttp);
    raw.setDescription(QCoreApplication::translate(
            "Cli",
            "Write the server's and the model's text to a terminal as it is, control characters "
            "and escape sequences included (they are shown visibly otherwise)."));
    parser.addOption(raw);
}

QString ProviderOptions::resolve(const QCommandLineParser &parser, ProviderConfig *provider,
                                 StreamSettings *settings, std::unique_ptr<DemoServer> *demo)
{
    setRawTerminal(parser.isSet(raw));
    const QString problem = resolveProvider(parser, provider, settings, demo);
    if (!problem.isEmpty())
        return problem;
    if (provider->keyWouldTravelInClear()) {
        if (!parser.isSet(allowInsecureHttp)) {
            exitCode = ExitUsage;
            return QCoreApplication::translate(
                           "Cli",
                           "refused: the key would go over plain http:// to %1, which is not this "
                           "computer, where anyone on the way can read it. Use https://, or pass "
                           "--allow-insecure-http to send it anyway.")
                    .arg(provider->baseUrl.host());
        }
        provider->keyInClearAllowed = true;
    }
    return {};
}

QString ProviderOptions::resolveProfile(const QString &name, ProviderConfig *provider)
{
    AppSettings appSettings;
    appSettings.load();
    const std::optional<ProviderProfile> chosen = appSettings.profileByName(name);
    if (!chosen)
        return QCoreApplication::translate("Cli",
                                           "there is no profile “%1” (see parley-cli profiles).")
                .arg(name);
    defaultModel = chosen->defaultModel;
    if (!chosen->isDemo()) {
        SecretStore secrets;
        ProviderAccess access(&secrets, nullptr);
        ProviderAccess::Result found;
        access.resolve(*chosen, &access, [&found](const ProviderAccess::Result &r) {
            found = r;
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        using Status = ProviderAccess::Status;
        if (found.status != Status::Ready && found.status != Status::PlainHttpNotConfirmed) {
            exitCode = ExitInvalidKey;
            switch (found.status) {
            case Status::KeyMissing:
                return QCoreApplication::translate("Cli",
                                                   "no key is stored for “%1”: run "
                                                   "parley-cli key set \"%1\".")
                        .arg(chosen->name);
            case Status::KeyOnHold:
                return QCoreApplication::translate(
                               "Cli",
                               "an import changed where “%1” sends its key; its stored key is "
                               "held back until you confirm it in Parley's window, or store "
                               "a new one with parley-cli key set \"%1\".")
                        .arg(chosen->name);
            case Status::KeychainUnavailable:
                return QCoreApplication::translate("Cli",
                                                   "the keychain is not available (%1); "
                                                   "give the profile an environment "
                                                   "variable for its key.")
                        .arg(found.keychainError);
            default:
                return found.message();
            }
        }
        *provider = found.config; // the plain-http check follows in resolve()
        // The window's proxy too: a profile is used as the window would use it.
        ProxyAccess proxyAccess(&secrets);
        bool answered = false;
        proxyAccess.resolve(appSettings.preferences(), &proxyAccess,
                            [this, &answered](const ProxyAccess::Result &r) {
                                proxy = r.settings;
                                answered = true;
                                QCoreApplication::quit();
                            });
        if (!answered) // no password to read: answered at once
            QCoreApplication::exec();
        return {};
    }
    demoProfile = true; // the built-in demo: started by the caller
    return {};
}

QString ProviderOptions::resolveProvider(const QCommandLineParser &parser, ProviderConfig *provider,
                                         StreamSettings *settings,
                                         std::unique_ptr<DemoServer> *demo)
{
    auto seconds = [&](const QCommandLineOption &option, int *ms) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0 || value > 86400)
            return false;
        *ms = int(value * 1000);
        return true;
    };
    if (!seconds(connectTimeout, &settings->connectTimeoutMs))
        return QCoreApplication::translate("Cli", "--connect-timeout takes a number of seconds.");
    if (!seconds(idleTimeout, &settings->idleTimeoutMs))
        return QCoreApplication::translate("Cli", "--idle-timeout takes a number of seconds.");
    if (parser.isSet(retries)) {
        bool ok = false;
        settings->retry.maxRetries = parser.value(retries).toInt(&ok);
        if (!ok || settings->retry.maxRetries < 0 || settings->retry.maxRetries > 10)
            return QCoreApplication::translate("Cli", "--retries takes a number from 0 to 10.");
    }
    if (parser.isSet(profile)) {
        if (parser.isSet(baseUrl))
            return QCoreApplication::translate("Cli", "use --profile or --base-url, not both.");
        const QString problem = resolveProfile(parser.value(profile), provider);
        if (!problem.isEmpty() || !demoProfile)
            return problem;
    }
    if (!parser.isSet(baseUrl)) {
        *demo = std::make_unique<DemoServer>();
        if (!(*demo)->listen())
            return QCoreApplication::translate("Cli", "The demo provider could not start: %1")
                    .arg((*demo)->errorString());
        provider->baseUrl = (*demo)->baseUrl();
        provider->id = u"demo"_s;
        return {};
    }
    if (Endpoint::hasCredentials(parser.value(baseUrl)))
        return QCoreApplication::translate(
                "Cli",
                "--base-url must not carry a password or a key (user:password@ or a key= "
                "parameter): put the key in an environment variable and name it with "
                "--api-key-env, or store it with parley-cli key set.");
    provider->baseUrl = Endpoint::normalizeBaseUrl(parser.value(baseUrl));
    if (!provider->baseUrl.isValid())
        return QCoreApplication::translate("Cli", "--base-url must be an http:// or https:// URL.");
    const QString variable = parser.value(apiKeyEnv);
    provider->apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    return {};
}

void RequestOptions::addTo(QCommandLineParser &parser)
{
    system.setDescription(QCoreApplication::translate("Cli", "A system prompt."));
    temperature.setDescription(QCoreApplication::translate("Cli", "Sampling temperature, 0 to 2."));
    topP.setDescription(QCoreApplication::translate("Cli", "Nucleus sampling, 0 to 1."));
    maxTokens.setDescription(QCoreApplication::translate("Cli", "The most tokens to generate."));
    for (const QCommandLineOption &option : {system, temperature, topP, maxTokens})
        parser.addOption(option);
    parser.addPositionalArgument(
            u"prompt"_s,
            QCoreApplication::translate("Cli", "The prompt; - or nothing reads standard input."),
            u"[PROMPT|-]"_s);
}

QString RequestOptions::apply(const QCommandLineParser &parser, ChatRequest *request)
{
    auto number = [&](const QCommandLineOption &option, double low, double high, auto *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < low || value > high)
            return false;
        *out = value;
        return true;
    };
    if (!number(temperature, 0.0, 2.0, &request->temperature))
        return QCoreApplication::translate("Cli", "--temperature takes a number from 0 to 2.");
    if (!number(topP, 0.0, 1.0, &request->topP))
        return QCoreApplication::translate("Cli", "--top-p takes a number from 0 to 1.");
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int n = parser.value(maxTokens).toInt(&ok);
        if (!ok || n <= 0)
            return QCoreApplication::translate("Cli", "--max-tokens takes a positive number.");
        request->maxTokens = n;
    }
    QString prompt = parser.positionalArguments().join(u' ');
    if (prompt.isEmpty() || prompt == u'-') {
        Input input;
        input.open(u"-"_s);
        QByteArray bytes;
        char buffer[65536];
        for (qint64 n; (n = input.read(buffer, sizeof buffer)) > 0;)
            bytes.append(buffer, n);
        prompt = QString::fromUtf8(bytes);
    }
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("Cli", "give a prompt, or pipe one in.");
    if (parser.isSet(system))
        request->messages.append({u"system"_s, parser.value(system)});
    request->messages.append({u"user"_s, prompt});
    return {};
}

void printOut(const QString &text)
{
    const std::string bytes = forTerminal(text.toStdString(), 1);
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const std::string bytes = forTerminal(text.toStdString(), 2);
    std::fwrite(bytes.data(), 1, bytes.size(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool writeOut(const std::string &text)
{
    const std::string bytes = forTerminal(text, 1);
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size())
        return false;
    return std::fflush(stdout) == 0;
}

Input::~Input()
{
#ifdef Q_OS_WIN
    if (m_owned)
        ::_close(m_fd);
#else
    if (m_owned)
        ::close(m_fd);
#endif
}

bool Input::open(const QString &path)
{
    if (path == u'-') {
        m_fd = 0;
#ifdef Q_OS_WIN
        ::_setmode(0, _O_BINARY);
#endif
        return true;
    }
    const QByteArray native = QFile::encodeName(path);
#ifdef Q_OS_WIN
    m_fd = ::_wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDONLY | _O_BINARY);
    Q_UNUSED(native)
#else
    m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
#endif
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_owned = true;
    return true;
}

qint64 Input::read(char *buffer, qint64 size)
{
    for (;;) {
#ifdef Q_OS_WIN
        const qint64 n = ::_read(m_fd, buffer, unsigned(qMin<qint64>(size, 1 << 30)));
#else
        const qint64 n = ::read(m_fd, buffer, size_t(size));
#endif
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
}

} // namespace Cli
