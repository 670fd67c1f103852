// Composition root of the parley desktop app: creates the services and wires them together.
#include "mainwindow.h"
#include "parleyversion.h"
#include "theme.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

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

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"parley"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
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
    installTranslators(app);
    Theme::applyDark(app);

    MainWindow window;
    window.show();
    return app.exec();
}
