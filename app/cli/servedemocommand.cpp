#include "servedemocommand.h"

#include "clicommon.h"
#include "demo/demoserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ServeDemoCommand {

int run(const QStringList &arguments)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ServeDemoCommand", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Runs Parley's built-in demo provider, an OpenAI-compatible "
               "server on 127.0.0.1, until Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, tr("The port to listen on (default: any free port)."),
                                  u"n"_s);
    parser.addOption(port);
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
    quint16 portNumber = 0;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            Cli::printError(tr("parley-cli serve-demo: --port takes a number from 0 to 65535."));
            return Cli::ExitUsage;
        }
        portNumber = quint16(value);
    }
    DemoServer server;
    if (!server.listen(portNumber)) {
        Cli::printError(tr("parley-cli serve-demo: cannot listen: %1").arg(server.errorString()));
        return Cli::ExitNetwork;
    }
    Cli::printOut(tr("Parley demo provider at %1 (models: %2). Ctrl+C stops it.")
                          .arg(server.baseUrl().toString(), DemoServer::modelIds().join(u", "_s)));
    Cli::onInterrupt([] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    return Cli::ExitOk;
}

} // namespace ServeDemoCommand
