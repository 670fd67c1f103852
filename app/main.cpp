// Composition root of the parley desktop app: creates the services and wires them together.
#include "api/chatclient.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "parleyversion.h"
#include "settings/translations.h"
#include "theme.h"

#include <QtCore/QCommandLineParser>
#include <QtGui/QIcon>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// --help and --version are answered before QApplication exists, so they work without a display.
int answerInfoOptions(int argc, char *argv[], bool *handled)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Parley, a native chat client for streaming LLM APIs."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Qt's own options (-platform, -style ...) are for QApplication; let them through.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.parse(arguments);
    *handled = true;
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("parley %s\n", PARLEY_VERSION_STRING);
        return 0;
    }
    *handled = false;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"Parley"_s);
    QCoreApplication::setOrganizationName(u"Parley"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(PARLEY_VERSION_STRING));
    bool handled = false;
    const int infoExit = answerInfoOptions(argc, argv, &handled);
    if (handled)
        return infoExit;

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.parley.Parley"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/parley.png"_s));
    Translations::install(&app);
    Theme::applyDark(app);

    // The services, created once and passed down: one network manager, one chat client, and the
    // built-in demo provider, which is the default provider until the user adds their own.
    QNetworkAccessManager network;
    ChatClient client(&network);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &client, &ChatClient::stopAll);
    DemoServer demo;
    if (!demo.listen()) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Parley"),
                             QCoreApplication::translate("main",
                                                         "The built-in demo provider could "
                                                         "not start: %1")
                                     .arg(demo.errorString()));
    }
    ProviderConfig demoProvider;
    demoProvider.id = u"demo"_s;
    demoProvider.baseUrl = demo.baseUrl();
    demoProvider.manualModels = DemoServer::modelIds();

    MainWindow window(&client, demoProvider);
    window.show();
    return app.exec();
}
