#include "profilescommand.h"

#include "api/redact.h"
#include "clicommon.h"
#include "settings/appsettings.h"
#include "settings/provideraccess.h"
#include "settings/secretstore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace ProfilesCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfilesCommand", text);
}

// One line from standard input; when it is a terminal, typed without echo.
QString readSecretLine(const QString &prompt)
{
    std::string line;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool terminal = GetConsoleMode(input, &mode);
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    }
    std::getline(std::cin, line);
    if (terminal) {
        SetConsoleMode(input, mode);
        std::fputc('\n', stderr);
    }
#else
    termios old{};
    const bool terminal = ::isatty(0) && ::tcgetattr(0, &old) == 0;
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(0, TCSANOW, &silent);
    }
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(0, TCSANOW, &old);
        std::fputc('\n', stderr);
    }
#endif
    return QString::fromStdString(line).trimmed();
}

} // namespace

int listProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the provider profiles (the active one marked *). "
                                        "Keys are never shown."));
    parser.addHelpOption();
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
    AppSettings settings;
    settings.load();
    if (!settings.notice().isEmpty())
        Cli::printError(settings.notice());
    SecretStore secrets;
    ProviderAccess access(&secrets, nullptr);
    for (const ProviderProfile &p : settings.profiles()) {
        // Asked of the keychain itself: what is stored, not what the preset expects.
        using Source = ProviderAccess::KeySource;
        Source source = Source::None;
        access.findKeySource(p, &access, [&source](Source found, const QString &) {
            source = found;
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        QString key;
        switch (source) {
        case Source::None:
            key = tr("no key needed");
            break;
        case Source::Environment:
            key = tr("key from $%1").arg(p.apiKeyEnv);
            break;
        case Source::Keychain:
            key = tr("key in the keychain");
            break;
        case Source::SessionOnly:
            key = tr("key for this session only");
            break;
        case Source::NotStored:
            key = p.needsKey() ? tr("no key stored (needed)") : tr("no key stored");
            break;
        case Source::KeychainUnavailable:
            key = tr("keychain not available");
            break;
        }
        const PresetInfo *preset = PresetInfo::find(p.preset);
        Cli::printOut(u"%1 %2\t%3\t%4\t%5"_s.arg(
                p.id == settings.activeProfileId() ? u"*"_s : u" "_s, p.name,
                preset ? preset->label() : QString(),
                p.isDemo() ? tr("(runs inside Parley)") : Redact::url(QUrl(p.baseUrl)), key));
    }
    return Cli::ExitOk;
}

int key(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stores a profile's API key in the OS keychain (read from "
                                        "standard input, without echo), or deletes it."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, tr("set or delete"), u"set|delete"_s);
    parser.addPositionalArgument(u"profile"_s, tr("The profile's name or id."), u"PROFILE"_s);
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.at(0) != "set"_L1 && args.at(0) != "delete"_L1)) {
        Cli::printError(tr("parley-cli key: use “key set PROFILE” or “key delete PROFILE”."));
        return Cli::ExitUsage;
    }
    AppSettings settings;
    settings.load();
    const std::optional<ProviderProfile> profile = settings.profileByName(args.at(1));
    if (!profile || profile->isDemo()) {
        Cli::printError(tr("parley-cli key: there is no profile “%1” that takes a key (see "
                           "parley-cli profiles).")
                                .arg(args.at(1)));
        return Cli::ExitUsage;
    }
    SecretStore store;
    SecretStore::Result outcome;
    auto finish = [&outcome](const SecretStore::Result &r) {
        outcome = r;
        QCoreApplication::quit();
    };
    if (args.at(0) == "set"_L1) {
        const QString secret = readSecretLine(tr("API key for %1: ").arg(profile->name));
        if (secret.isEmpty()) {
            Cli::printError(tr("parley-cli key: no key given; nothing was stored."));
            return Cli::ExitUsage;
        }
        store.write(profile->secretName(), secret, &store, finish);
    } else {
        store.remove(profile->secretName(), &store, finish);
    }
    QCoreApplication::exec();
    if (outcome.status == SecretStore::Status::Ok && args.at(0) == "set"_L1 && profile->keyOnHold) {
        // A key stored now is meant for where the profile sends it now.
        ProviderProfile released = *profile;
        released.keyOnHold = false;
        if (settings.addOrReplaceProfile(released).isEmpty())
            settings.save();
    }
    if (outcome.status == SecretStore::Status::Unavailable) {
        Cli::printError(tr("No keychain is available (%1). Nothing was written: Parley never keeps "
                           "a key in a file. Set the profile to read its key from an environment "
                           "variable instead.")
                                .arg(outcome.error));
        return Cli::ExitUsage;
    }
    Cli::printError(args.at(0) == "set"_L1
                            ? tr("The key for %1 is in the keychain.").arg(profile->name)
                            : tr("The key for %1 was deleted.").arg(profile->name));
    return Cli::ExitOk;
}

} // namespace ProfilesCommand
