// The main window as a user first sees it: titled Parley, dark, and translated.
#include "mainwindow.h"
#include "theme.h"

#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTitledParleyWithTheDarkPalette();
    void switchesToKoreanLive();
};

void TestMainWindow::opensTitledParleyWithTheDarkPalette()
{
    Theme::applyDark(*qApp);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Parley"_s);
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 64);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 192);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
}

void TestMainWindow::switchesToKoreanLive()
{
    MainWindow window;
    window.show();
    auto *title = window.findChild<QLabel *>(u"welcomeTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Welcome to Parley"_s);

    QTranslator korean;
    QVERIFY(korean.load(QLocale(QLocale::Korean), u"parley"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&korean);
    QTRY_COMPARE(title->text(), u"Parley에 오신 것을 환영합니다"_s); // LanguageChange is posted
    QCOMPARE(window.windowTitle(), u"Parley"_s);
    QCoreApplication::removeTranslator(&korean);
    QTRY_COMPARE(title->text(), u"Welcome to Parley"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
