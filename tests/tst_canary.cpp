// The proof that keys stay in the keychain: a canary key goes through a whole session (a profile,
// the key stored in the real keychain, a chat, a 401 and a 429 that echo the key back, settings
// and conversation exports, all of Parley's logging on) and is then looked for in every file under
// the config, data and cache folders (SQLite's -wal and -shm included) and in all log output.
#include "api/chatclient.h"
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

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
