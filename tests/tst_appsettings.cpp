// Settings in a real file: round trips, a broken file, hand-edited values, export and import.
#include "settings/appsettings.h"
#include "settings/provideraccess.h"
#include "settings/secretstore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startsWithDefaultsAndTheDemo();
    void profilesAreValidated();
    void aHeaderCanCarryTheKey();
    void savesAndLoadsEverything();
    void aFileThatIsNotJsonNeverStopsTheApp();
    void handBrokenValuesFallBackOneByOne();
    void exportAndImportOnAnotherMachine();
    void importRefusesWhatIsNotSettings();
    void anImportThatMovesAKeyHoldsItBack();
    void laneSetsAreKeptByName();

private:
    QString path() const { return m_dir->filePath(u"config/settings.json"_s); }
    void write(const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestAppSettings::startsWithDefaultsAndTheDemo()
{
    AppSettings settings(path());
    settings.load();
    QVERIFY(settings.notice().isEmpty());
    QCOMPARE(settings.profiles().size(), 1);
    QVERIFY(settings.profiles().first().isDemo());
    QCOMPARE(settings.activeProfileId(), u"demo"_s);
    QVERIFY(!settings.removeProfile(u"demo"_s)); // the demo always stays
    QVERIFY(!settings.addOrReplaceProfile(settings.profiles().first()).isEmpty());
    QCOMPARE(settings.preferences().theme, Preferences::Theme::Dark);
    QCOMPARE(settings.preferences().retries, 2);
    QVERIFY(!settings.prices().isEmpty());
    QVERIFY(settings.prices().first().estimate);
}

void TestAppSettings::profilesAreValidated()
{
    AppSettings settings(path());
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::OpenRouter, u"Router"_s);
    QCOMPARE(p.baseUrl, u"https://openrouter.ai/api/v1"_s);
    QVERIFY(p.needsKey());
    QVERIFY(settings.addOrReplaceProfile(p).isEmpty());
    ProviderProfile bad = p;
    bad.baseUrl = u"ftp://nope"_s;
    QVERIFY(settings.addOrReplaceProfile(bad).contains(u"base URL"_s));
    bad = p;
    bad.extraHeaders = {{u"Authorization"_s, u"Bearer sk-x"_s}};
    QVERIFY(settings.addOrReplaceProfile(bad).contains(u"keychain"_s)); // never a key in the file
    bad = p;
    bad.extraHeaders = {{u"x-api-key"_s, u"sk-literal-secret"_s}};
    QVERIFY(settings.addOrReplaceProfile(bad).contains(u"{key}"_s)); // a secret-looking header
    const QList<ProviderProfile::Problem> problems = bad.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, ProviderProfile::Field::Headers);
    bad = p;
    bad.name = u"  "_s;
    QVERIFY(!settings.addOrReplaceProfile(bad).isEmpty());
    ProviderProfile ollama = ProviderProfile::fromPreset(ProviderPreset::Ollama, {});
    QVERIFY(!ollama.needsKey()); // local servers need no key
    ProviderProfile custom = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Mine"_s);
    custom.baseUrl = u"http://127.0.0.1:8080"_s;
    QVERIFY(!custom.needsKey());
    custom.baseUrl = u"https://llm.example.com"_s;
    QVERIFY(custom.needsKey());
}

void TestAppSettings::aHeaderCanCarryTheKey()
{
    // Gateways such as Azure's take the key in their own header: the file keeps "{key}", the
    // request gets the key, and Authorization is left out.
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Azure"_s);
    p.baseUrl = u"http://127.0.0.1:9/openai"_s; // loopback, which alone would need no key
    p.extraHeaders = {{u"api-key"_s, u"{key}"_s}, {u"X-Team"_s, u"research"_s}};
    QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate()));
    QVERIFY(p.needsKey());
    QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("sk-azure"));
    const ProviderConfig config = p.toConfig(u"sk-azure-123"_s);
    QVERIFY(!config.bearerAuthorization);
    QCOMPARE(config.extraHeaders.first().second, QByteArray("sk-azure-123"));
    QCOMPARE(config.extraHeaders.last().second, QByteArray("research"));
    QVERIFY(ProviderProfile::fromPreset(ProviderPreset::OpenAI, u"o"_s)
                    .toConfig(u"k"_s)
                    .bearerAuthorization);
}

void TestAppSettings::savesAndLoadsEverything()
{
    AppSettings settings(path());
    settings.setDemoBaseUrl(u"http://127.0.0.1:1234/v1"_s);
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Work gateway"_s);
    p.baseUrl = u"https://gw.example.com/v1"_s;
    p.extraHeaders = {{u"X-Team"_s, u"research"_s}};
    p.defaultModel = u"big-model"_s;
    p.fetchedModels = {u"big-model"_s, u"small-model"_s};
    p.manualModels = {u"private-model"_s};
    p.maxConcurrentStreams = 2;
    QVERIFY(settings.addOrReplaceProfile(p).isEmpty());
    settings.setActiveProfileId(p.id);
    Preferences prefs;
    prefs.systemPrompt = u"Be brief. 간결하게."_s;
    prefs.temperature = 0.3;
    prefs.maxTokens = 500;
    prefs.language = u"ko"_s;
    prefs.proxyMode = u"socks5"_s;
    prefs.proxyHost = u"proxy.local"_s;
    prefs.proxyPort = 1080;
    settings.setPreferences(prefs);
    QVERIFY2(settings.save(), qPrintable(settings.errorString()));
    QVERIFY(!QFile::exists(path() + u".tmp"_s));

    AppSettings again(path());
    again.setDemoBaseUrl(u"http://127.0.0.1:999/v1"_s);
    again.load();
    QVERIFY2(again.notice().isEmpty(), qPrintable(again.notice()));
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.profiles().first().baseUrl,
             u"http://127.0.0.1:999/v1"_s); // the demo's, of this run
    const ProviderProfile loaded = *again.profile(p.id);
    QCOMPARE(loaded.toJson(), p.toJson());
    QCOMPARE(loaded.models(), (QStringList{u"big-model"_s, u"small-model"_s, u"private-model"_s}));
    QCOMPARE(again.activeProfileId(), p.id);
    QVERIFY(again.preferences() == prefs);
    QCOMPARE(again.preferences().streamSettings().connectTimeoutMs, 15000);
}

void TestAppSettings::aFileThatIsNotJsonNeverStopsTheApp()
{
    write("{ this is not json");
    AppSettings settings(path());
    settings.load();
    QVERIFY(settings.notice().contains(u"not valid JSON"_s));
    QCOMPARE(settings.profiles().size(), 1); // defaults
    const QStringList backups =
            QDir(QFileInfo(path()).absolutePath()).entryList({u"settings.json.broken-*"_s});
    QCOMPARE(backups.size(), 1);
    QVERIFY(settings.save());
    AppSettings next(path());
    next.load();
    QVERIFY(next.notice().isEmpty()); // said once
}

void TestAppSettings::handBrokenValuesFallBackOneByOne()
{
    write(R"({"format":"parley-settings","version":1,"activeProfile":"p1",
              "profiles":[{"id":"p1","name":"Good","preset":"openai","baseUrl":"https://api.openai.com/v1"},
                          {"name":"No id","preset":"openai"},
                          {"id":"p3","name":"Bad URL","preset":"custom","baseUrl":"not a url"}],
              "preferences":{"temperature":"hot","theme":"purple","retries":3,"systemPrompt":"kept"}})");
    AppSettings settings(path());
    settings.load();
    QCOMPARE(settings.profiles().size(), 2); // the demo and the good one
    QVERIFY(settings.profile(u"p1"_s));
    QCOMPARE(settings.activeProfileId(), u"p1"_s);
    QCOMPARE(settings.preferences().retries, 3); // good values stay
    QCOMPARE(settings.preferences().systemPrompt, u"kept"_s);
    QVERIFY(!settings.preferences().temperature); // bad ones fall back
    QCOMPARE(settings.preferences().theme, Preferences::Theme::Dark);
    QVERIFY(settings.notice().contains(u"temperature"_s));
    QVERIFY(settings.notice().contains(u"theme"_s));
    QVERIFY(settings.notice().contains(u"Bad URL"_s));
}

void TestAppSettings::exportAndImportOnAnotherMachine()
{
    AppSettings here(path());
    ProviderProfile a = ProviderProfile::fromPreset(ProviderPreset::DeepSeek, u"DeepSeek"_s);
    ProviderProfile b = ProviderProfile::fromPreset(ProviderPreset::Ollama, u"Local"_s);
    QVERIFY(here.addOrReplaceProfile(a).isEmpty());
    QVERIFY(here.addOrReplaceProfile(b).isEmpty());
    Preferences prefs;
    prefs.theme = Preferences::Theme::Light;
    here.setPreferences(prefs);
    const QByteArray exported = here.exportJson();
    QVERIFY(!exported.contains("sk-"));

    AppSettings there(m_dir->filePath(u"other/settings.json"_s));
    const AppSettings::ImportPreview preview = there.previewImport(exported);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.addedProfiles, (QStringList{u"DeepSeek"_s, u"Local"_s}));
    QVERIFY(preview.changedProfiles.isEmpty());
    QCOMPARE(preview.profilesNeedingKeys, QStringList{a.id}); // Ollama needs none
    QVERIFY(preview.preferencesChange);
    QCOMPARE(there.profiles().size(), 1); // nothing changes before applying
    there.applyImport(preview);
    QCOMPARE(there.profiles().size(), 3);
    QCOMPARE(there.preferences().theme, Preferences::Theme::Light);
    QVERIFY(there.previewImport(exported).addedProfiles.isEmpty()); // applied: nothing new
}

void TestAppSettings::importRefusesWhatIsNotSettings()
{
    AppSettings settings(path());
    QVERIFY(!settings.previewImport("[]").error.isEmpty());
    QVERIFY(!settings.previewImport(R"({"format":"parley-conversation"})").error.isEmpty());
    QVERIFY(settings.previewImport(R"({"format":"parley-settings","version":99})")
                    .error.contains(u"newer"_s));
}

// The bug: an import that changes a profile's base URL, headers or key variable kept its id, so
// the stored key went to the new host without a word.
void TestAppSettings::anImportThatMovesAKeyHoldsItBack()
{
    AppSettings settings(path());
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Work"_s);
    p.baseUrl = u"https://llm.work.example/v1"_s;
    QVERIFY(settings.addOrReplaceProfile(p).isEmpty());
    ProviderProfile elsewhere = p;
    elsewhere.baseUrl = u"https://collector.evil.example/v1"_s;
    elsewhere.apiKeyEnv = u"GITHUB_TOKEN"_s;
    ProviderProfile renamedOnly = p;
    renamedOnly.name = u"Work (renamed)"_s;
    QVERIFY(renamedOnly.keyTargetChanges(p).isEmpty()); // a new name sends nothing elsewhere

    AppSettings other(m_dir->filePath(u"other/settings.json"_s));
    QVERIFY(other.addOrReplaceProfile(elsewhere).isEmpty());
    const AppSettings::ImportPreview preview = settings.previewImport(other.exportJson());
    QCOMPARE(preview.profilesWithKeyOnHold, QStringList{p.id});
    const QString said = preview.keyTargetChanges.join(u'\n');
    QVERIFY2(said.contains(u"collector.evil.example"_s) && said.contains(u"llm.work.example"_s),
             qPrintable(said));
    QVERIFY2(said.contains(u"GITHUB_TOKEN"_s), qPrintable(said));
    settings.applyImport(preview);
    QVERIFY(settings.profile(p.id)->keyOnHold);
    QVERIFY(settings.save());
    AppSettings reread(path());
    reread.load();
    QVERIFY(reread.profile(p.id)->keyOnHold); // until the user confirms, also after a restart

    // The one way to a provider does not read the stored key while it is held.
    SecretStore secrets(u"Parley tests"_s);
    secrets.setSessionSecret(p.secretName(), u"sk-must-not-travel-0123456789"_s);
    ProviderAccess access(&secrets, nullptr);
    std::optional<ProviderAccess::Result> found;
    access.resolve(*reread.profile(p.id), this,
                   [&found](const ProviderAccess::Result &r) { found = r; });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->status, ProviderAccess::Status::KeyOnHold);
    QVERIFY(found->config.apiKey.isEmpty());
    QVERIFY(found->message().contains(u"collector.evil.example"_s));
}

// The comparison window's lane sets: saved by a clean name, replaced under the same name, read
// back with each lane's settings; a hand-broken set is skipped and said, the others still load;
// an import brings its sets.
void TestAppSettings::laneSetsAreKeptByName()
{
    AppSettings settings(path());
    LaneSpec fast;
    fast.profileId = u"demo"_s;
    fast.model = u"parley-demo"_s;
    LaneSpec warm = fast;
    warm.temperature = 1.2;
    warm.topP = 0.9;
    warm.maxTokens = 400;
    warm.systemPrompt = u"Be brief."_s;
    QVERIFY(!settings.setLaneSet({u"   "_s, {fast, warm}})); // no name
    QVERIFY(!settings.setLaneSet({u"Empty"_s, {}}));
    QVERIFY(settings.setLaneSet({u"  Two\ttemperatures \n"_s, {fast, warm}}));
    QVERIFY(settings.setLaneSet({u"Other"_s, {warm, fast}}));
    QVERIFY(settings.setLaneSet({u"Two temperatures"_s, {warm, warm}})); // replaces
    QCOMPARE(settings.laneSets().size(), 2);
    QCOMPARE(settings.laneSets().first().name, u"Two temperatures"_s);
    QCOMPARE(settings.laneSets().first().lanes, (QList<LaneSpec>{warm, warm}));
    QVERIFY(settings.save());

    AppSettings again(path());
    again.load();
    QVERIFY2(again.notice().isEmpty(), qPrintable(again.notice()));
    QCOMPARE(again.laneSets(), settings.laneSets());
    QVERIFY(again.removeLaneSet(u"Other"_s));
    QVERIFY(!again.removeLaneSet(u"Other"_s));
    QCOMPARE(again.laneSets().size(), 1);

    // A hand-edited file: a temperature out of range and a set without lanes are skipped.
    QJsonObject root = QJsonDocument::fromJson(settings.exportJson()).object();
    QJsonArray sets = root.value("laneSets"_L1).toArray();
    QJsonObject broken = sets.at(1).toObject();
    QJsonArray brokenLanes = broken.value("lanes"_L1).toArray();
    QJsonObject hot = brokenLanes.at(0).toObject();
    hot.insert(u"temperature"_s, 9);
    brokenLanes.replace(0, hot);
    broken.insert(u"lanes"_s, brokenLanes);
    sets.replace(1, broken);
    sets.append(QJsonObject{{u"name"_s, u"No lanes"_s}, {u"lanes"_s, QJsonArray()}});
    root.insert(u"laneSets"_s, sets);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    AppSettings edited(path());
    edited.load();
    QCOMPARE(edited.laneSets().size(), 1);
    QCOMPARE(edited.laneSets().first().name, u"Two temperatures"_s);
    QVERIFY(!edited.notice().isEmpty());

    // Imported on another machine: the sets come along.
    AppSettings there(m_dir->filePath(u"other/settings.json"_s));
    there.applyImport(there.previewImport(settings.exportJson()));
    QCOMPARE(there.laneSets(), settings.laneSets());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
