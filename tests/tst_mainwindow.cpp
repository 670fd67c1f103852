// The main window as a user first sees it: titled Parley, dark, and translated.
#include "api/chatclient.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/historystore.h"
#include "theme.h"

#include <QtCore/QLocale>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensTitledParleyWithTheDarkPalette();
    void listsTheDemoProvidersModels();
    void switchesToKoreanLive();

private:
    QNetworkAccessManager m_network;
    ChatClient m_client{&m_network};
    DemoServer m_demo;
    ProviderConfig m_provider;
    HistoryStore m_history;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    SecretStore m_secrets;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_demo.listen());
    QVERIFY(m_history.open(u":memory:"_s));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.json"_s));
    m_settings->setDemoBaseUrl(m_demo.baseUrl().toString(), DemoServer::modelIds());
    m_provider.id = u"demo"_s;
    m_provider.baseUrl = m_demo.baseUrl();
}

void TestMainWindow::listsTheDemoProvidersModels()
{
    MainWindow window(&m_client, &m_history, m_settings.get(), &m_secrets);
    auto *status = window.findChild<QLabel *>(u"providerStatus"_s);
    QVERIFY(status);
    // Fetched over HTTP from the demo server, like from any provider.
    QTRY_VERIFY(status->text().contains(u"3"_s));
    QCOMPARE(window.models(), DemoServer::modelIds());
    QVERIFY(status->text().contains(u"Built-in demo provider"_s));
}

void TestMainWindow::opensTitledParleyWithTheDarkPalette()
{
    Theme::applyDark(*qApp);
    MainWindow window(&m_client, &m_history, m_settings.get(), &m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Parley"_s);
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 64);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 192);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
}

void TestMainWindow::switchesToKoreanLive()
{
    MainWindow window(&m_client, &m_history, m_settings.get(), &m_secrets);
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
