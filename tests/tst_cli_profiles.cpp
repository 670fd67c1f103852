// Profiles and keys through parley-cli, as a user runs them: a profile in the settings file, the
// key stored with `key set` from standard input into the real keychain (gnome-keyring in the
// suite's D-Bus session), used by `chat --profile`, and found in no file afterwards.
#include "support/chatharness.h"
#include "support/processrun.h"

#include <QtCore/QDirIterator>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aProfileUsesItsKeyFromTheKeychain();
    void aCustomProfilesStoredKeyIsSent();

private:
    using Run = ProcessRun;
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return ProcessRun::run(QStringLiteral(PARLEY_CLI_PATH), arguments, input, m_env);
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestCliProfiles::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run the suite through tools/dev.sh test for a real keychain");
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
}

void TestCliProfiles::aProfileUsesItsKeyFromTheKeychain()
{
    const QString canary = u"sk-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ChatHarness h;
    h.server.setHandler([canary](Exchange *e) {
        if (e->request().header("authorization") != "Bearer " + canary.toUtf8())
            e->respond(401, R"({"error":{"message":"wrong key"}})");
        else
            e->streamEvents({contentEvent("hello from the profile"), doneEvent()});
    });
    const QString profileName = u"Test gateway"_s;
    const QByteArray settings =
            R"({"format":"parley-settings","version":1,"profiles":[{"id":"p-test","name":")"
            + profileName.toUtf8() + R"(","preset":"gateway","baseUrl":")"
            + h.server.baseUrl().toEncoded() + R"(","defaultModel":"gateway-model"}]})";
    // Where parley and parley-cli both look: $XDG_CONFIG_HOME/Parley/settings.json.
    QDir().mkpath(m_dir.filePath(u"config/Parley"_s));
    QFile settingsFile(m_dir.filePath(u"config/Parley/settings.json"_s));
    QVERIFY(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write(settings);
    settingsFile.close();

    const Run list = cli({u"profiles"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(profileName.toUtf8()), list.out.constData());
    // Asked of the keychain: nothing is stored yet, and this gateway needs a key.
    QVERIFY2(list.out.contains("no key stored (needed)"), list.out.constData());

    const Run noKey = cli({u"chat"_s, u"--profile"_s, profileName, u"hi"_s});
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY2(noKey.err.contains("key set"), noKey.err.constData());
    QVERIFY(h.server.requests.isEmpty()); // nothing was sent without the key

    const Run stored = cli({u"key"_s, u"set"_s, profileName}, canary.toUtf8() + "\n");
    QCOMPARE(stored.exitCode, 0);
    QVERIFY(!stored.out.contains(canary.toUtf8()) && !stored.err.contains(canary.toUtf8()));
    const Run listed = cli({u"profiles"_s});
    QVERIFY2(listed.out.contains("key in the keychain"), listed.out.constData());

    const Run chat = cli({u"chat"_s, u"--profile"_s, profileName, u"hi"_s});
    QCOMPARE(chat.exitCode, 0);
    QCOMPARE(chat.out.trimmed(), "hello from the profile");
    QVERIFY(h.server.requests.last().body.contains("gateway-model")); // the profile's default model

    // The key is in the keychain only: no file under config, data or cache holds it.
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(canary.toUtf8()), qPrintable(file.fileName()));
    }

    QCOMPARE(cli({u"key"_s, u"delete"_s, profileName}).exitCode, 0);
    QCOMPARE(cli({u"chat"_s, u"--profile"_s, profileName, u"hi"_s}).exitCode, 2);
}

// The bug: `key set` stored a key for a "custom" profile on this computer and said so, but
// `profiles` said "no key needed" and no request carried it.
void TestCliProfiles::aCustomProfilesStoredKeyIsSent()
{
    const QString key = u"gsk_custom"_s + QUuid::createUuid().toString(QUuid::Id128);
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents(
                {contentEvent(e->request().header("authorization").isEmpty() ? "no key" : "a key"),
                 doneEvent()});
    });
    const QByteArray settings =
            R"({"format":"parley-settings","version":1,"profiles":[{"id":"p-custom","name":"Local box","preset":"custom","baseUrl":")"
            + h.server.baseUrl().toEncoded() + R"(","defaultModel":"m"}]})";
    QDir().mkpath(m_dir.filePath(u"config/Parley"_s));
    QFile settingsFile(m_dir.filePath(u"config/Parley/settings.json"_s));
    QVERIFY(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write(settings);
    settingsFile.close();
    // Without a key it works too: a server on this computer usually needs none.
    QCOMPARE(cli({u"chat"_s, u"--profile"_s, u"Local box"_s, u"hi"_s}).out.trimmed(), "no key");
    QVERIFY(cli({u"profiles"_s}).out.contains("no key stored"));
    QCOMPARE(cli({u"key"_s, u"set"_s, u"Local box"_s}, key.toUtf8() + "\n").exitCode, 0);
    const Run listed = cli({u"profiles"_s});
    QVERIFY2(listed.out.contains("key in the keychain"), listed.out.constData());
    QCOMPARE(cli({u"chat"_s, u"--profile"_s, u"Local box"_s, u"hi"_s}).out.trimmed(), "a key");
    QCOMPARE(h.server.requests.last().header("authorization"), "Bearer " + key.toUtf8());
    QCOMPARE(cli({u"key"_s, u"delete"_s, u"Local box"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
