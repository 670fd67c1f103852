// Composition root of the parley desktop app: creates the services and wires them together.
#include "api/chatclient.h"
#include "comparewindow.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "parleyversion.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "settings/translations.h"
#include "storage/historystore.h"
#include "storage/singleinstance.h"
#include "system/quitsignals.h"
#include "theme.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QTimer>
#include <QtGui/QIcon>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    QString prompt;
    QString model;
    QStringList compare; // lanes for the comparison window
    bool blind = false; // ... as a blind comparison
};

// Parsed before QApplication exists, so --help and --version work without a display.
int parseOptions(int argc, char *argv[], Options *options, bool *handled)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Parley, a native chat client for streaming LLM APIs."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption prompt(
            u"prompt"_s, QCoreApplication::translate("main", "Start a new chat with this message."),
            u"text"_s);
    const QCommandLineOption model(
            u"model"_s, QCoreApplication::translate("main", "The model to use."), u"name"_s);
    const QCommandLineOption compare(
            u"compare"_s,
            QCoreApplication::translate("main",
                                        "Open the comparison window with these lanes "
                                        "(MODEL[@PROFILE],MODEL[@PROFILE],...) and send --prompt "
                                        "to all of them."),
            u"lanes"_s);
    parser.addOption(prompt);
    parser.addOption(model);
    const QCommandLineOption blind(
            u"blind"_s,
            QCoreApplication::translate("main",
                                        "With --compare: a blind comparison, the models hidden "
                                        "behind A, B, C… until you vote."));
    parser.addOption(compare);
    parser.addOption(blind);
    // Qt's own options (-platform, -style ...) are for QApplication; let them through.
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
    options->prompt = parser.value(prompt);
    options->model = parser.value(model);
    options->compare = parser.value(compare).split(u',', Qt::SkipEmptyParts);
    options->blind = parser.isSet(blind);
    *handled = false;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"Parley"_s);
    QCoreApplication::setOrganizationName(u"Parley"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(PARLEY_VERSION_STRING));
    Options options;
    bool handled = false;
    const int infoExit = parseOptions(argc, argv, &options, &handled);
    if (handled)
        return infoExit;

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.parley.Parley"_s);
    // The settings first: they choose the language and the theme.
    AppSettings settings;
    settings.load();
    const Preferences preferences = settings.preferences();
    const QLocale locale = Translations::localeFor(preferences.language);
    QLocale::setDefault(locale);
    Translations::install(&app, locale);
    Theme::captureSystem(app);
    Theme::apply(app, preferences.theme, preferences.fontSize);

    // One Parley per history: a second start hands over to the running window.
    SingleInstance instance(HistoryStore::defaultPath());
    if (instance.handOver(QCoreApplication::arguments())) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                                                          "Parley is already running; "
                                                          "switched to its window.\n")),
                   stdout);
        return 0;
    }
    instance.listen();

    // The services, created once and passed down: the history, one network manager, one chat
    // client, and the built-in demo provider, the default provider until the user adds their own.
    HistoryStore history;
    QString historyProblem;
    if (!history.open(HistoryStore::defaultPath())) {
        historyProblem = history.errorString()
                + QCoreApplication::translate("main", " This session is kept in memory only.");
        history.open(u":memory:"_s);
    } else {
        history.purgeDeleted(); // deletions of the last session can no longer be undone
        history.markInterruptedReplies();
    }
    QNetworkAccessManager network;
    ChatClient client(&network);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &client, &ChatClient::stopAll);
    DemoServer demo;
    if (!demo.listen())
        historyProblem += QCoreApplication::translate(
                                  "main", " The built-in demo provider could not start: %1")
                                  .arg(demo.errorString());
    settings.setDemoBaseUrl(demo.baseUrl().toString(), DemoServer::modelIds());
    if (!settings.notice().isEmpty())
        historyProblem += u' ' + settings.notice();
    SecretStore secrets;

    MainWindow window(&client, &history, &settings, &secrets);
    // Ended from outside (a desktop session's SIGTERM, a closed terminal, Ctrl+C): quit as when
    // the window is closed, so replies are saved as stopped and the history closes cleanly.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });
    if (!historyProblem.isEmpty())
        window.showBanner(historyProblem.trimmed());
    if (!options.model.isEmpty())
        window.selectModel(options.model);
    QObject::connect(&instance, &SingleInstance::activated, &window,
                     [&window](const QStringList &) {
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });
    // For the start-up benchmark only: quit once the window has painted.
    if (qEnvironmentVariableIsSet("PARLEY_BENCH_QUIT_AFTER_FIRST_PAINT"))
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::quit();
        });
    window.show();
    // The icon is decoded after the first paint: it is not needed to show the window.
    QTimer::singleShot(0, &app,
                       [] { QApplication::setWindowIcon(QIcon(u":/icons/parley.png"_s)); });
    if (!options.compare.isEmpty())
        QTimer::singleShot(0, &window, [&window, &options] {
            CompareWindow *compare =
                    window.openCompare(options.compare, options.prompt, MainWindow::Send::Later);
            compare->setBlind(options.blind);
            compare->send(options.prompt);
        });
    else if (!options.prompt.isEmpty())
        QTimer::singleShot(0, &window, [&window, &options] { window.sendPrompt(options.prompt); });
    return app.exec();
}
