// The proof that keys stay in the keychain: a canary key goes through a whole session (a profile,
// the key stored in the real keychain, a chat, a 401 and a 429 that echo the key back, settings
// and conversation exports, all of Parley's logging on) and is then looked for in every file under
// the config, data and cache folders (SQLite's -wal and -shm included) and in all log output.
#include "api/chatclient.h"
#include "api/modelsjob.h"
#include "chat/chatsession.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/historystore.h"
#include "support/chatharness.h"

#include <QtCore/QDirIterator>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString logged;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged += message + u'\n';
    previousHandler(type, context, message);
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theKeyIsNowhereButTheKeychain();
    void keysOfEveryShapeStayOut_data();
    void keysOfEveryShapeStayOut();
};

void TestCanary::theKeyIsNowhereButTheKeychain()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run the suite through tools/dev.sh test for a real keychain");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(u"cache"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(false);
    QLoggingCategory::setFilterRules(u"parley.*=true"_s); // debug logging on
    previousHandler = qInstallMessageHandler(capture);

    const QString canary = u"sk-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ChatHarness h;
    int calls = 0;
    h.server.setHandler([&calls, canary](Exchange *e) {
        ++calls;
        if (calls == 1) // a server that echoes the key, as some do
            e->respond(401,
                       R"({"error":{"message":"Incorrect API key provided: )" + canary.toUtf8()
                               + R"("}})");
        else if (calls == 2)
            e->respond(429, "rate limited for key " + canary.toUtf8(), "text/plain",
                       {{"Retry-After", "600"}});
        else
            e->streamEvents({contentEvent("fine"), doneEvent()});
    });

    // A profile, its key in the keychain.
    AppSettings settings;
    ProviderProfile profile =
            ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Canary gateway"_s);
    profile.baseUrl = h.server.baseUrl().toString();
    QVERIFY(settings.addOrReplaceProfile(profile).isEmpty());
    settings.setActiveProfileId(profile.id);
    QVERIFY(settings.save());
    SecretStore secrets;
    bool stored = false;
    secrets.write(profile.secretName(), canary, this, [&stored](const SecretStore::Result &r) {
        stored = r.status == SecretStore::Status::Ok;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 20000));
    QString key;
    secrets.read(profile.secretName(), this,
                 [&key](const SecretStore::Result &r) { key = r.secret; });
    QVERIFY(QTest::qWaitFor([&] { return !key.isEmpty(); }, 20000));
    QCOMPARE(key, canary);

    // A conversation: a 401, a 429, then a reply, all saved in the history.
    HistoryStore history;
    QVERIFY(history.open(HistoryStore::defaultPath()));
    ChatSession session(&h.client, &history);
    session.setProvider(profile.toConfig(key));
    session.setModelName(u"m"_s);
    StreamSettings fast = ChatHarness::fastSettings();
    session.setStreamSettings(fast);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(session.send(u"message %1"_s.arg(i)));
        QVERIFY(finished.wait(20000));
    }
    const QList<StoredMessage> saved = history.messages(session.conversationId());
    QVERIFY(saved.at(1).error.contains(u"Incorrect API key"_s)); // the words are kept, the key not
    QCOMPARE(saved.at(5).content, u"fine"_s);

    // Exports.
    QDir().mkpath(home.filePath(u"data/exports"_s));
    QFile settingsExport(home.filePath(u"data/exports/settings.json"_s));
    QVERIFY(settingsExport.open(QIODevice::WriteOnly));
    settingsExport.write(settings.exportJson());
    settingsExport.close();
    QFile conversationExport(home.filePath(u"data/exports/conversation.json"_s));
    QVERIFY(conversationExport.open(QIODevice::WriteOnly));
    conversationExport.write(history.exportJson(session.conversationId())
                             + history.exportMarkdown(session.conversationId()));
    conversationExport.close();

    // Look everywhere while the history is still open (its -wal and -shm files exist).
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!file.readAll().contains(canary.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 5); // settings, history and its -wal/-shm, two exports
    QVERIFY(QFile::exists(HistoryStore::defaultPath() + u"-wal"_s));
    QVERIFY(!logged.isEmpty()); // there was logging to look at
    QVERIFY2(!logged.contains(canary), qPrintable(logged));

    bool removed = false;
    secrets.remove(profile.secretName(), this,
                   [&removed](const SecretStore::Result &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 20000));
    qInstallMessageHandler(previousHandler);
}

void TestCanary::keysOfEveryShapeStayOut_data()
{
    QTest::addColumn<QString>("key");
    const QString tail = QUuid::createUuid().toString(QUuid::Id128);
    QTest::newRow("OpenAI sk-") << u"sk-proj-"_s + tail;
    QTest::newRow("Groq gsk_") << u"gsk_"_s + tail;
    QTest::newRow("Google AIza") << u"AIzaSy"_s + tail.left(33);
    QTest::newRow("Azure 32-hex") << tail; // 32 hex digits
    QTest::newRow("no known shape") << u"tok."_s + tail.left(20) + u".xyz"_s;
}

// The exact key sent is taken out of every text that leaves the network layer, whatever its
// shape: echoed in a 401 body, in an error inside the stream, in a /models error.
void TestCanary::keysOfEveryShapeStayOut()
{
    QFETCH(QString, key);
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(false);
    QLoggingCategory::setFilterRules(u"parley.*=true"_s);
    logged.clear();
    previousHandler = qInstallMessageHandler(capture);

    ChatHarness h;
    int calls = 0;
    const QByteArray echo = key.toUtf8();
    h.server.setHandler([&calls, echo](Exchange *e) {
        if (e->request().path().endsWith("/models")) {
            e->respond(500, R"({"error":{"message":"models failed for )" + echo + R"("}})");
            return;
        }
        if (++calls == 1)
            e->respond(401,
                       R"({"error":{"message":"Incorrect API key provided: )" + echo + R"("}})");
        else
            e->streamEvents({contentEvent("partial "),
                             R"(data: {"error":{"message":"upstream rejected )" + echo
                                     + R"(","type":"server_error"}})"
                                       "\n\n"});
    });
    HistoryStore history;
    QVERIFY(history.open(HistoryStore::defaultPath()));
    ChatSession session(&h.client, &history);
    ProviderConfig provider = h.provider();
    provider.apiKey = key;
    session.setProvider(provider);
    session.setModelName(u"m"_s);
    session.setStreamSettings(ChatHarness::fastSettings());
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QString shown;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(session.send(u"message %1"_s.arg(i)));
        QVERIFY(finished.wait(20000));
    }
    for (const StoredMessage &m : history.messages(session.conversationId()))
        shown += m.content + m.error + u'\n';
    std::unique_ptr<ModelsJob> models(
            h.client.listModels(provider, ChatHarness::fastSettings(), nullptr));
    QSignalSpy listed(models.get(), &ModelsJob::finished);
    QVERIFY(listed.wait(20000));
    shown += models->result().error.message;
    QVERIFY2(shown.contains(u"Incorrect API key"_s) && shown.contains(u"upstream rejected"_s)
                     && shown.contains(u"models failed"_s),
             qPrintable(shown)); // the words are kept
    QVERIFY2(!shown.contains(key), qPrintable(shown));
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!file.readAll().contains(echo), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 2); // the history and its -wal
    qInstallMessageHandler(previousHandler);
    QVERIFY2(!logged.contains(key), qPrintable(logged));
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
