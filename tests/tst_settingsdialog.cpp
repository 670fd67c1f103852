// The settings dialog driven as a user would, offscreen: profiles added, edited, tested and
// deleted with their keys in a real keychain; invalid input explained next to its field;
// OK/Apply/Cancel; the language, colours and density switched live; settings exported and
// imported; the history cleared. Run inside a D-Bus session with gnome-keyring (as CI does), and
// once more without a keychain (PARLEY_EXPECT_NO_KEYCHAIN) for the session-only key.
#include "api/chatclient.h"
#include "chatview.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "providerspage.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "settings/translations.h"
#include "settingsdialog.h"
#include "storage/historystore.h"
#include "support/loopbackserver.h"
#include "theme.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// Answers the next message box with a button, once it is shown (the dialogs use exec()).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button); // not shown yet
            return;
        }
        box->button(button)->click();
    });
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

void typeInto(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAProfileWithItsKeyInTheKeychain();
    void invalidInputIsExplainedNextToTheField();
    void cancelDropsEveryChange();
    void deletingAProfileDeletesItsSecret();
    void testConnectionReportsEachOutcomeWithoutBlocking();
    void switchesLanguageLiveAndRetranslates();
    void themeFontAndDensityApplyLive();
    void exportAndImportAskForTheMissingKeys();
    void clearingTheHistoryAsksFirst();
    void aMissingKeyIsAskedFor();
    void keyIsForThisSessionWithoutAKeychain();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    bool keychainExpected() const
    {
        return !qEnvironmentVariableIsSet("PARLEY_EXPECT_NO_KEYCHAIN");
    }
    SecretStore::Result readSecret(const QString &name);

    QNetworkAccessManager m_network;
    ChatClient m_client{&m_network};
    DemoServer m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    // A service name of its own, so the test never touches a real user's Parley keys.
    SecretStore m_secrets{u"ParleyTest-"_s + QUuid::createUuid().toString(QUuid::Id128)};
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_demo.listen());
    Theme::applyDark(*qApp);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.json"_s));
    m_settings->setDemoBaseUrl(m_demo.baseUrl().toString(), DemoServer::modelIds());
    m_settings->load();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(u"history.sqlite"_s)));
}

void TestSettingsDialog::cleanup()
{
    Translations::switchTo(qApp, u"en"_s);
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), &m_secrets, &m_client,
                                                   m_history.get());
    dialog->show();
    return dialog;
}

SecretStore::Result TestSettingsDialog::readSecret(const QString &name)
{
    SecretStore::Result result;
    bool done = false;
    m_secrets.read(name, this, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain did not answer");
    return result;
}

void TestSettingsDialog::addsAProfileWithItsKeyInTheKeychain()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    auto dialog = makeDialog();
    ProvidersPage *page = dialog->providersPage();
    const QString id = page->addProfile(int(ProviderPreset::OpenAI));
    QVERIFY(dialog->isModified());
    typeInto(child<QLineEdit>(dialog.get(), u"profileName"_s), u"Work OpenAI"_s);
    const QString key = u"sk-dialog-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"profileKey"_s), key);
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"manualModels"_s), u"gpt-4.1"_s);
    QVERIFY(dialog->apply());
    QVERIFY(!dialog->isModified());

    const std::optional<ProviderProfile> saved = m_settings->profile(id);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Work OpenAI"_s);
    QCOMPARE(saved->baseUrl, u"https://api.openai.com/v1"_s);
    QCOMPARE(saved->manualModels, QStringList{u"gpt-4.1"_s});
    // The key went to the keychain, and nowhere near the file.
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(saved->secretName()).secret, key, 20000);
    QFile file(m_settings->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Work OpenAI"));
    QVERIFY(!bytes.contains(key.toUtf8()));
    m_secrets.remove(saved->secretName(), this, [](const SecretStore::Result &) {});
}

void TestSettingsDialog::invalidInputIsExplainedNextToTheField()
{
    auto dialog = makeDialog();
    const QByteArray before = m_settings->exportJson();
    ProvidersPage *page = dialog->providersPage();
    page->addProfile(int(ProviderPreset::Gateway));
    auto *url = child<QLineEdit>(dialog.get(), u"profileUrl"_s);
    auto *urlError = child<QLabel>(dialog.get(), u"profileUrlError"_s);
    typeInto(url, u"ftp://gateway.example"_s);
    QVERIFY(urlError->isVisibleTo(dialog.get()));
    QVERIFY(urlError->text().contains(u"http"_s));
    dialog->showPage(SettingsDialog::Page::Network); // the problem is found from any page
    QVERIFY(!dialog->apply());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Providers);
    QCOMPARE(dialog->focusWidget(), url);
    QVERIFY(dialog->statusText().contains(u"Providers"_s));
    QCOMPARE(m_settings->exportJson(), before); // nothing saved

    typeInto(url, u"https://gateway.example/v1"_s);
    QVERIFY(!urlError->isVisibleTo(dialog.get()));
    // A header that looks like a secret is refused, with the way to do it.
    auto *headers = child<QPlainTextEdit>(dialog.get(), u"profileHeaders"_s);
    headers->setPlainText(u"x-api-key: sk-literal"_s);
    auto *headersError = child<QLabel>(dialog.get(), u"profileHeadersError"_s);
    QVERIFY(headersError->isVisibleTo(dialog.get()));
    QVERIFY(headersError->text().contains(u"{key}"_s));
    headers->setPlainText(u"x-api-key: {key}"_s);
    QVERIFY(!headersError->isVisibleTo(dialog.get()));

    // A manual proxy needs a host; the bypass list is checked entry by entry.
    dialog->showPage(SettingsDialog::Page::Network);
    auto *mode = child<QComboBox>(dialog.get(), u"proxyMode"_s);
    mode->setCurrentIndex(mode->findData(u"http"_s));
    typeInto(child<QLineEdit>(dialog.get(), u"proxyBypass"_s), u"localhost, 10.0.0.0/99"_s);
    QVERIFY(!dialog->apply());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Network);
    QVERIFY(child<QLabel>(dialog.get(), u"proxyHostError"_s)->isVisibleTo(dialog.get()));
    QVERIFY(child<QLabel>(dialog.get(), u"proxyBypassError"_s)->text().contains(u"10.0.0.0/99"_s));
    typeInto(child<QLineEdit>(dialog.get(), u"proxyHost"_s), u"proxy.example"_s);
    typeInto(child<QLineEdit>(dialog.get(), u"proxyBypass"_s), u"localhost, 10.0.0.0/8"_s);
    QVERIFY(dialog->apply());
    QCOMPARE(m_settings->preferences().proxyMode, u"http"_s);
    QCOMPARE(m_settings->preferences().proxyHost, u"proxy.example"_s);
}

void TestSettingsDialog::cancelDropsEveryChange()
{
    const QByteArray before = m_settings->exportJson();
    auto dialog = makeDialog();
    dialog->showPage(SettingsDialog::Page::Models);
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"systemPrompt"_s), u"Be terse."_s);
    dialog->providersPage()->addProfile(int(ProviderPreset::DeepSeek));
    QVERIFY(dialog->isModified());
    dialog->reject();
    QCOMPARE(m_settings->exportJson(), before);
    dialog->show(); // opened again: the saved settings, not the cancelled edits
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), u"systemPrompt"_s)->toPlainText(), QString());
    QCOMPARE(child<QListWidget>(dialog.get(), u"profileList"_s)->count(), 1);

    // OK applies and closes.
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"systemPrompt"_s), u"Be terse."_s);
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_settings->preferences().systemPrompt, u"Be terse."_s);
    AppSettings reread(m_settings->path());
    reread.load();
    QCOMPARE(reread.preferences().systemPrompt, u"Be terse."_s);
}

void TestSettingsDialog::deletingAProfileDeletesItsSecret()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::OpenRouter, u"Router"_s);
    QVERIFY(m_settings->addOrReplaceProfile(p).isEmpty());
    bool written = false;
    m_secrets.write(p.secretName(), u"sk-to-be-deleted"_s, this, [&](const SecretStore::Result &r) {
        written = r.status == SecretStore::Status::Ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

    auto dialog = makeDialog();
    dialog->providersPage()->selectProfile(p.id);
    // The page says a key is stored (without showing it).
    QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog.get(), u"keyStatus"_s)->text().contains(u"stored"_s), 20000);
    QVERIFY(child<QLineEdit>(dialog.get(), u"profileKey"_s)->text().isEmpty());
    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>(dialog.get(), u"deleteProfile"_s)->click();
    QVERIFY(dialog->apply());
    QVERIFY(!m_settings->profile(p.id));
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(p.secretName()).status, SecretStore::Status::NotFound,
                              20000);
}

void TestSettingsDialog::testConnectionReportsEachOutcomeWithoutBlocking()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    int status = 200;
    server.setHandler([&status](Exchange *exchange) {
        if (status == 200)
            exchange->after(300, [exchange] {
                exchange->respond(200, R"({"data":[{"id":"m-small"},{"id":"m-large"}]})");
            });
        else
            exchange->respond(status, R"({"error":{"message":"Incorrect API key provided"}})");
    });
    auto dialog = makeDialog();
    ProvidersPage *page = dialog->providersPage();
    const QString id = page->addProfile(int(ProviderPreset::Custom));
    typeInto(child<QLineEdit>(dialog.get(), u"profileUrl"_s), server.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"profileKey"_s), u"sk-typed"_s);
    auto *result = child<QLabel>(dialog.get(), u"testResult"_s);
    auto *test = child<QPushButton>(dialog.get(), u"testConnection"_s);

    test->click();
    // The answer takes a while; the dialog stays usable meanwhile.
    QCOMPARE(result->text(), u"Testing…"_s);
    QVERIFY(!test->isEnabled());
    dialog->showPage(SettingsDialog::Page::Appearance);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Appearance);
    dialog->showPage(SettingsDialog::Page::Providers);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"Connected"_s), qPrintable(result->text()),
                              10000);
    QVERIFY(result->text().contains(u"2"_s));
    QCOMPARE(server.requests.last().header("authorization"), QByteArray("Bearer sk-typed"));
    // The list is kept in the profile, for offline use.
    QVERIFY(dialog->apply());
    QCOMPARE(m_settings->profile(id)->fetchedModels, (QStringList{u"m-large"_s, u"m-small"_s}));

    status = 401; // the key now comes from the keychain, where Apply stored it
    QTRY_VERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"Invalid key"_s),
                              qPrintable(result->text()), 10000);

    const quint16 closedPort = server.port();
    server.setHandler([](Exchange *exchange) { exchange->resetConnection(); });
    typeInto(child<QLineEdit>(dialog.get(), u"profileUrl"_s),
             u"http://127.0.0.1:%1/v1"_s.arg(closedPort));
    QTRY_VERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"Unreachable"_s),
                              qPrintable(result->text()), 10000);

    // https to a server that does not speak TLS: the handshake fails, and says so.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    typeInto(child<QLineEdit>(dialog.get(), u"profileUrl"_s),
             u"https://127.0.0.1:%1/v1"_s.arg(plain.serverPort()));
    QTRY_VERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"TLS problem"_s),
                              qPrintable(result->text()), 10000);
}

void TestSettingsDialog::switchesLanguageLiveAndRetranslates()
{
    MainWindow window(&m_client, m_history.get(), m_settings.get(), &m_secrets);
    SettingsDialog *dialog = window.openSettings(int(SettingsDialog::Page::Language));
    QCOMPARE(dialog->windowTitle(), u"Settings"_s);
    auto *pages = child<QListWidget>(dialog, u"settingsPages"_s);
    QCOMPARE(pages->item(0)->text(), u"Providers"_s);
    auto *language = child<QComboBox>(dialog, u"language"_s);
    language->setCurrentIndex(language->findData(u"ko"_s));
    Q_EMIT language->activated(language->currentIndex());
    QVERIFY(dialog->apply());
    // Every window speaks Korean at once: the dialog, its pages, the main window.
    QTRY_COMPARE(dialog->windowTitle(), u"설정"_s);
    QTRY_COMPARE(pages->item(0)->text(), u"제공자"_s);
    QCOMPARE(child<QPushButton>(dialog, u"testConnection"_s)->text(), u"연결 시험"_s);
    QCOMPARE(child<QPushButton>(dialog, u"clearHistory"_s)->text(), u"기록 지우기…"_s);
    QTRY_COMPARE(child<QPushButton>(&window, u"newChat"_s)->text(), u"새 대화"_s);
    QCOMPARE(m_settings->preferences().language, u"ko"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    Q_EMIT language->activated(language->currentIndex());
    QVERIFY(dialog->apply());
    QTRY_COMPARE(pages->item(0)->text(), u"Providers"_s);
    QTRY_COMPARE(child<QPushButton>(&window, u"newChat"_s)->text(), u"New chat"_s);
}

void TestSettingsDialog::themeFontAndDensityApplyLive()
{
    MainWindow window(&m_client, m_history.get(), m_settings.get(), &m_secrets);
    SettingsDialog *dialog = window.openSettings(int(SettingsDialog::Page::Appearance));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    const int systemSize = QApplication::font().pointSize();
    auto choose = [dialog](const QString &name, const QVariant &value) {
        auto *box = child<QComboBox>(dialog, name);
        box->setCurrentIndex(box->findData(value));
        Q_EMIT box->activated(box->currentIndex());
    };
    choose(u"theme"_s, u"light"_s);
    choose(u"fontSize"_s, 16);
    choose(u"density"_s, u"compact"_s);
    QVERIFY(dialog->apply());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QTRY_VERIFY2(window.palette().color(QPalette::Window).lightness() > 200,
                 qPrintable(window.palette().color(QPalette::Window).name()));
    QCOMPARE(QApplication::font().pointSize(), 16);
    QVERIFY(window.chatView()->isCompact());
    choose(u"theme"_s, u"dark"_s);
    choose(u"fontSize"_s, 0);
    choose(u"density"_s, u"comfortable"_s);
    QVERIFY(dialog->apply());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(QApplication::font().pointSize(), systemSize);
    QVERIFY(!window.chatView()->isCompact());
}

void TestSettingsDialog::exportAndImportAskForTheMissingKeys()
{
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::DeepSeek, u"Deep"_s);
    p.manualModels = {u"deepseek-chat"_s};
    QVERIFY(m_settings->addOrReplaceProfile(p).isEmpty());
    auto dialog = makeDialog();
    dialog->showPage(SettingsDialog::Page::Models);
    child<QPlainTextEdit>(dialog.get(), u"systemPrompt"_s)->insertPlainText(u"간결하게."_s);
    const QString path = m_dir->filePath(u"exported.json"_s);
    QVERIFY(dialog->exportSettings(path)); // applies what is on screen first
    QVERIFY(!dialog->isModified());

    // Another computer.
    QTemporaryDir other;
    AppSettings otherSettings(other.filePath(u"settings.json"_s));
    otherSettings.setDemoBaseUrl(m_demo.baseUrl().toString(), DemoServer::modelIds());
    otherSettings.load();
    HistoryStore otherHistory;
    QVERIFY(otherHistory.open(u":memory:"_s));
    SettingsDialog otherDialog(&otherSettings, &m_secrets, &m_client, &otherHistory);
    otherDialog.show();
    const AppSettings::ImportPreview preview = otherDialog.previewImport(path);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    const QString description = SettingsDialog::describe(preview);
    QVERIFY(description.contains(u"Deep"_s));
    QVERIFY(description.contains(u"Preferences change"_s));
    QVERIFY(description.contains(u"1 key"_s));
    QVERIFY(otherDialog.importSettings(preview));
    QCOMPARE(otherSettings.preferences().systemPrompt, u"간결하게."_s);
    QVERIFY(otherSettings.profile(p.id));
    // The dialog now asks for the key: on the provider, named in the list and the status.
    QCOMPARE(otherDialog.currentPage(), SettingsDialog::Page::Providers);
    QCOMPARE(otherDialog.providersPage()->currentProfileId(), p.id);
    QVERIFY(otherDialog.statusText().contains(u"Deep"_s));
    auto *list = child<QListWidget>(&otherDialog, u"profileList"_s);
    QVERIFY(list->currentItem()->text().contains(u"needs a key"_s));
    QVERIFY(child<QLineEdit>(&otherDialog, u"profileKey"_s)->isEnabled());

    // A file that is not Parley's settings is refused, and nothing changes.
    QFile bad(other.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"hello":"world"})");
    bad.close();
    const QByteArray before = otherSettings.exportJson();
    const AppSettings::ImportPreview refused = otherDialog.previewImport(bad.fileName());
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(!otherDialog.importSettings(refused));
    QCOMPARE(otherSettings.exportJson(), before);
}

void TestSettingsDialog::clearingTheHistoryAsksFirst()
{
    MainWindow window(&m_client, m_history.get(), m_settings.get(), &m_secrets);
    const qint64 c = m_history->createConversation(u"Secret plans"_s);
    QVERIFY(c > 0);
    SettingsDialog *dialog = window.openSettings(int(SettingsDialog::Page::Data));
    auto *clear = child<QPushButton>(dialog, u"clearHistory"_s);
    answerNextMessageBox(QMessageBox::Cancel);
    clear->click();
    QCOMPARE(m_history->conversations().size(), 1);
    answerNextMessageBox(QMessageBox::Yes);
    clear->click();
    QVERIFY(m_history->conversations().isEmpty());
    QVERIFY(child<QLabel>(dialog, u"historyPath"_s)->text().contains(u"history.sqlite"_s));
}

void TestSettingsDialog::aMissingKeyIsAskedFor()
{
    if (!keychainExpected())
        QSKIP("needs a keychain");
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](Exchange *exchange) {
        exchange->respond(200, R"({"data":[{"id":"remote-model"}]})");
    });
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Remote"_s);
    p.baseUrl = server.baseUrl().toString();
    p.extraHeaders = {{u"api-key"_s, u"{key}"_s}}; // needs a key, though on loopback
    QVERIFY(m_settings->addOrReplaceProfile(p).isEmpty());
    MainWindow window(&m_client, m_history.get(), m_settings.get(), &m_secrets);
    window.show();
    window.selectProfile(p.id);
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<QInputDialog *>(u"keyPrompt"_s)) != nullptr,
                             20000);
    QVERIFY(prompt->labelText().contains(u"Remote"_s));
    prompt->setTextValue(u"sk-asked-for"_s);
    prompt->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentProfileId(), p.id, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.models(), QStringList{u"remote-model"_s}, 10000);
    // Kept in the profile and its file, for offline use.
    QCOMPARE(m_settings->profile(p.id)->fetchedModels, QStringList{u"remote-model"_s});
    AppSettings reread(m_settings->path());
    reread.load();
    QCOMPARE(reread.profile(p.id)->fetchedModels, QStringList{u"remote-model"_s});
    QCOMPARE(server.requests.last().header("api-key"), QByteArray("sk-asked-for"));
    QVERIFY(server.requests.last().header("authorization").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(p.secretName()).secret, u"sk-asked-for"_s, 20000);
    m_secrets.remove(p.secretName(), this, [](const SecretStore::Result &) {});
}

void TestSettingsDialog::keyIsForThisSessionWithoutAKeychain()
{
    if (keychainExpected())
        QSKIP("runs without a keychain (PARLEY_EXPECT_NO_KEYCHAIN)");
    auto dialog = makeDialog();
    const QString id = dialog->providersPage()->addProfile(int(ProviderPreset::OpenAI));
    // The page says there is no keychain, and what a typed key will do.
    const ProviderProfile added = [&] {
        dialog->apply();
        return *m_settings->profile(id);
    }();
    dialog->providersPage()->selectProfile(id);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"profileKey"_s), u"sk-session-only"_s);
    QSignalSpy problem(dialog.get(), &SettingsDialog::secretProblem);
    QVERIFY(dialog->apply());
    QVERIFY(problem.wait(20000));
    QVERIFY(problem.first().first().toString().contains(u"this session only"_s));
    QCOMPARE(m_secrets.sessionSecret(added.secretName()), u"sk-session-only"_s);
    QFile file(m_settings->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-session-only"));
    // Opened again, the page says the key is for this session and that no keychain answers.
    dialog->reject();
    dialog->show();
    dialog->providersPage()->selectProfile(id);
    QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog.get(), u"keyStatus"_s)->text().contains(u"session"_s), 20000);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
