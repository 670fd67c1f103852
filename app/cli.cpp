// Composition root of parley-cli: the console companion that shares Parley's core.
#include "cli/chatcommand.h"
#include "cli/clicommon.h"
#include "cli/comparecommand.h"
#include "cli/inspectcommand.h"
#include "cli/modelscommand.h"
#include "cli/profilescommand.h"
#include "cli/servedemocommand.h"
#include "parleyversion.h"
#include "settings/translations.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate(
            "Cli",
            "Usage: parley-cli COMMAND [OPTIONS]\n"
            "\n"
            "Commands:\n"
            "  chat [PROMPT|-]    Stream a reply to standard output (the demo provider without "
            "--base-url)\n"
            "  compare [PROMPT|-] Send one prompt to several models at once (--model M --model "
            "M2 ...) and compare them\n"
            "  models             List a provider's models\n"
            "  inspect [FILE|-]   Print each event of a text/event-stream as a JSON line "
            "(--url for a live endpoint)\n"
            "  serve-demo         Run the built-in demo provider on its own\n"
            "  profiles           List the provider profiles\n"
            "  key set|delete P   Store (from standard input) or delete profile P's key in the "
            "keychain\n"
            "\n"
            "Options:\n"
            "  -h, --help         Show this help; COMMAND --help shows a command's options\n"
            "  -v, --version      Show the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parley-cli"_s);
    QCoreApplication::setOrganizationName(u"Parley"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(PARLEY_VERSION_STRING));
    Translations::install(&app);

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        Cli::printOut(usage());
        return Cli::ExitOk;
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        Cli::printOut(u"parley-cli "_s + QCoreApplication::applicationVersion());
        return Cli::ExitOk;
    }
    // One network manager for the whole run, created here and passed down.
    QNetworkAccessManager network;
    if (command == "chat"_L1)
        return ChatCommand::run(arguments.mid(1), &network);
    if (command == "compare"_L1)
        return CompareCommand::run(arguments.mid(1), &network);
    if (command == "models"_L1)
        return ModelsCommand::run(arguments.mid(1), &network);
    if (command == "inspect"_L1)
        return InspectCommand::run(arguments.mid(1), &network);
    if (command == "serve-demo"_L1)
        return ServeDemoCommand::run(arguments.mid(1));
    if (command == "profiles"_L1)
        return ProfilesCommand::listProfiles(arguments.mid(1));
    if (command == "key"_L1)
        return ProfilesCommand::key(arguments.mid(1));

    if (command.isEmpty())
        Cli::printError(usage());
    else
        Cli::printError(
                QCoreApplication::translate("Cli", "parley-cli: unknown command '%1'.\n\n%2")
                        .arg(command, usage()));
    return Cli::ExitUsage;
}
