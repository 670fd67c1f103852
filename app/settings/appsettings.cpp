#include "appsettings.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

using namespace Qt::Literals::StringLiterals;

StreamSettings Preferences::streamSettings() const
{
    StreamSettings s;
    s.connectTimeoutMs = connectTimeoutS * 1000;
    s.firstByteTimeoutMs = firstByteTimeoutS * 1000;
    s.idleTimeoutMs = idleTimeoutS * 1000;
    s.retry.maxRetries = retries;
    return s;
}

ProxySettings Preferences::proxySettings(const QString &password) const
{
    ProxySettings s;
    s.mode = ProxySettings::modeFromString(proxyMode);
    s.host = proxyHost.trimmed();
    s.port = quint16(proxyPort);
    s.user = proxyUser;
    s.password = proxyUser.isEmpty() ? QString() : password;
    s.bypass = ProxySettings::parseBypass(proxyBypass);
    return s;
}

AppSettings::AppSettings(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_profiles = {ProviderProfile::demo(QString())};
}

QString AppSettings::defaultPath()
{
    // One file for parley and parley-cli (their application names differ, so AppConfigLocation
    // would give each its own folder).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/Parley/settings.json"_s;
}

void AppSettings::setDemoBaseUrl(const QString &url, const QStringList &models)
{
    m_demoBaseUrl = url;
    m_demoModels = models;
    for (ProviderProfile &p : m_profiles) {
        if (p.isDemo()) {
            p.baseUrl = url;
            p.manualModels = models;
        }
    }
}

std::optional<ProviderProfile> AppSettings::profile(const QString &id) const
{
    for (const ProviderProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<ProviderProfile> AppSettings::profileByName(const QString &name) const
{
    for (const ProviderProfile &p : m_profiles)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0 || p.id == name)
            return p;
    return std::nullopt;
}

QString AppSettings::addOrReplaceProfile(const ProviderProfile &profile)
{
    if (profile.isDemo())
        return tr("The built-in demo provider cannot be changed.");
    const QString problem = profile.validate();
    if (!problem.isEmpty())
        return problem;
    for (ProviderProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            Q_EMIT changed();
            return {};
        }
    }
    m_profiles.append(profile);
    Q_EMIT changed();
    return {};
}

bool AppSettings::removeProfile(const QString &id)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id && !m_profiles.at(i).isDemo()) {
            m_profiles.removeAt(i);
            if (m_activeProfile == id)
                m_activeProfile = u"demo"_s;
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

void AppSettings::setActiveProfileId(const QString &id)
{
    if (profile(id) && id != m_activeProfile) {
        m_activeProfile = id;
        Q_EMIT changed();
    }
}

void AppSettings::setPrices(const QList<ModelPrice> &prices)
{
    m_prices = prices;
    Q_EMIT changed();
}

void AppSettings::setPreferences(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    Q_EMIT changed();
}

std::optional<LaneSet> AppSettings::laneSet(const QString &name) const
{
    const QString clean = LaneSet::cleanName(name);
    for (const LaneSet &set : m_laneSets)
        if (set.name == clean)
            return set;
    return std::nullopt;
}

bool AppSettings::setLaneSet(const LaneSet &set)
{
    LaneSet clean = set;
    clean.name = LaneSet::cleanName(set.name);
    if (clean.name.isEmpty() || clean.lanes.isEmpty())
        return false;
    putLaneSet(clean);
    Q_EMIT changed();
    return true;
}

void AppSettings::putLaneSet(const LaneSet &set)
{
    auto same = std::find_if(m_laneSets.begin(), m_laneSets.end(),
                             [&](const LaneSet &s) { return s.name == set.name; });
    if (same != m_laneSets.end())
        *same = set;
    else
        m_laneSets.append(set);
}

bool AppSettings::removeLaneSet(const QString &name)
{
    const QString clean = LaneSet::cleanName(name);
    const qsizetype removed =
            m_laneSets.removeIf([&clean](const LaneSet &s) { return s.name == clean; });
    if (removed)
        Q_EMIT changed();
    return removed > 0;
}

QJsonObject AppSettings::toJson() const
{
    QJsonArray profiles;
    for (const ProviderProfile &p : m_profiles)
        if (!p.isDemo())
            profiles.append(p.toJson());
    QJsonArray prices;
    for (const ModelPrice &p : m_prices)
        prices.append(p.toJson());
    const Preferences &s = m_preferences;
    QJsonObject preferences{{u"systemPrompt"_s, s.systemPrompt},
                            {u"connectTimeoutS"_s, s.connectTimeoutS},
                            {u"firstByteTimeoutS"_s, s.firstByteTimeoutS},
                            {u"idleTimeoutS"_s, s.idleTimeoutS},
                            {u"retries"_s, s.retries},
                            {u"maxConcurrentStreams"_s, s.maxConcurrentStreams},
                            {u"proxyMode"_s, s.proxyMode},
                            {u"proxyHost"_s, s.proxyHost},
                            {u"proxyPort"_s, s.proxyPort},
                            {u"proxyUser"_s, s.proxyUser},
                            {u"proxyBypass"_s, s.proxyBypass},
                            {u"theme"_s, Preferences::name(s.theme)},
                            {u"fontSize"_s, s.fontSize},
                            {u"density"_s, Preferences::name(s.density)},
                            {u"language"_s, s.language}};
    if (s.temperature)
        preferences.insert(u"temperature"_s, *s.temperature);
    if (s.topP)
        preferences.insert(u"topP"_s, *s.topP);
    if (s.maxTokens)
        preferences.insert(u"maxTokens"_s, *s.maxTokens);
    QJsonArray laneSets;
    for (const LaneSet &set : m_laneSets)
        laneSets.append(set.toJson());
    return {{u"format"_s, u"parley-settings"_s},
            {u"version"_s, FormatVersion},
            {u"activeProfile"_s, m_activeProfile},
            {u"profiles"_s, profiles},
            {u"prices"_s, prices},
            {u"preferences"_s, preferences},
            {u"laneSets"_s, laneSets}};
}

Preferences AppSettings::preferencesFromJson(const QJsonObject &json, QStringList *problems)
{
    Preferences p;
    // Each value on its own: a bad one falls back to its default, the rest still count.
    auto number = [&](const char *key, double low, double high) -> std::optional<double> {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high) {
            problems->append(tr("the setting “%1”").arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        return v.toDouble();
    };
    auto text = [&](const char *key, const QString &fallback, const QStringList &allowed = {}) {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString()))) {
            problems->append(tr("the setting “%1”").arg(QLatin1StringView(key)));
            return fallback;
        }
        return v.toString();
    };
    auto whole = [&](const char *key, int fallback, int low, int high) {
        const std::optional<double> v = number(key, low, high);
        return v ? int(*v) : fallback;
    };
    p.systemPrompt = text("systemPrompt", {});
    p.temperature = number("temperature", 0, 2);
    p.topP = number("topP", 0, 1);
    if (const auto max = number("maxTokens", 1, 10'000'000))
        p.maxTokens = int(*max);
    p.connectTimeoutS = whole("connectTimeoutS", 15, 1, 600);
    p.firstByteTimeoutS = whole("firstByteTimeoutS", 60, 1, 3600);
    p.idleTimeoutS = whole("idleTimeoutS", 90, 1, 3600);
    p.retries = whole("retries", 2, 0, 10);
    p.maxConcurrentStreams = whole("maxConcurrentStreams", 4, 1, 16);
    p.proxyMode = text("proxyMode", u"system"_s, {u"system"_s, u"none"_s, u"http"_s, u"socks5"_s});
    p.proxyHost = text("proxyHost", {});
    p.proxyPort = whole("proxyPort", 0, 0, 65535);
    p.proxyUser = text("proxyUser", {});
    p.proxyBypass = text("proxyBypass", p.proxyBypass);
    p.theme = *Preferences::themeFromName(
            text("theme", u"dark"_s, {u"dark"_s, u"light"_s, u"system"_s}));
    p.fontSize = whole("fontSize", 0, 0, 48);
    p.density = *Preferences::densityFromName(
            text("density", u"comfortable"_s, {u"comfortable"_s, u"compact"_s}));
    p.language = text("language", u"system"_s, {u"system"_s, u"en"_s, u"ko"_s});
    return p;
}

void AppSettings::fromJson(const QJsonObject &root, QStringList *problems)
{
    m_profiles = {ProviderProfile::demo(m_demoBaseUrl)};
    m_profiles.first().manualModels = m_demoModels;
    const QJsonValue profiles = root.value("profiles"_L1);
    if (!profiles.isUndefined() && !profiles.isArray())
        problems->append(tr("the provider list"));
    for (const QJsonValue &v : profiles.toArray()) {
        QString error;
        if (auto p = ProviderProfile::fromJson(v.toObject(), &error); p && !profile(p->id))
            m_profiles.append(*p);
        else
            problems->append(error.isEmpty() ? tr("a provider that appears twice") : error);
    }
    m_activeProfile = root.value("activeProfile"_L1).toString(u"demo"_s);
    if (!profile(m_activeProfile))
        m_activeProfile = u"demo"_s;
    if (root.contains("prices"_L1)) {
        m_prices.clear();
        for (const QJsonValue &v : root.value("prices"_L1).toArray()) {
            if (auto p = ModelPrice::fromJson(v.toObject()))
                m_prices.append(*p);
            else
                problems->append(tr("a price"));
        }
    }
    m_preferences = preferencesFromJson(root.value("preferences"_L1).toObject(), problems);
    m_laneSets.clear();
    for (const QJsonValue &v : root.value("laneSets"_L1).toArray()) {
        const std::optional<LaneSet> set = LaneSet::fromJson(v.toObject());
        if (set && !laneSet(set->name))
            m_laneSets.append(*set);
        else
            problems->append(tr("a saved lane set"));
    }
}

void AppSettings::load()
{
    m_notice.clear();
    QFile file(m_path);
    if (!file.exists())
        return; // first start: defaults
    QStringList problems;
    QJsonObject root;
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(tr("the whole file (%1)").arg(file.errorString()));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        file.close();
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            problems.append(
                    tr("the whole file (it is not valid JSON: %1)").arg(error.errorString()));
        else
            root = doc.object();
    }
    if (!root.isEmpty() && root.value("version"_L1).toInt(1) > FormatVersion)
        problems.append(tr("parts written by a newer version of Parley"));
    fromJson(root, &problems);
    if (problems.isEmpty())
        return;
    // Keep the broken file for the user, and say so once.
    const QString backup =
            m_path + u".broken-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::remove(backup);
    QFile::copy(m_path, backup);
    m_notice = tr("Some settings could not be read and were reset to their defaults: %1. The "
                  "old file is kept as %2.")
                       .arg(problems.join(u"; "_s), QDir::toNativeSeparators(backup));
}

bool AppSettings::save()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path); // the old file stays whole until the new one is complete
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_error = tr("Could not save the settings to %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

QByteArray AppSettings::exportJson() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

AppSettings::ImportPreview AppSettings::previewImport(const QByteArray &json) const
{
    ImportPreview preview;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value("format"_L1).toString() != "parley-settings"_L1) {
        preview.error = tr("This file is not a Parley settings export.");
        return preview;
    }
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toInt(1) > FormatVersion) {
        preview.error = tr("These settings were exported by a newer version of Parley.");
        return preview;
    }
    AppSettings incoming(QString{});
    incoming.setDemoBaseUrl(m_demoBaseUrl);
    incoming.fromJson(root, &preview.problems);
    preview.profiles = incoming.m_profiles;
    preview.prices = incoming.m_prices;
    preview.preferences = incoming.m_preferences;
    preview.laneSets = incoming.m_laneSets;
    for (const ProviderProfile &p : std::as_const(incoming.m_profiles)) {
        if (p.isDemo())
            continue;
        const std::optional<ProviderProfile> mine = profile(p.id);
        if (!mine) {
            preview.addedProfiles.append(p.name);
        } else if (mine->toJson() != p.toJson()) {
            preview.changedProfiles.append(p.name);
            // The same id keeps the same stored key: it must not follow the profile elsewhere
            // without a word (an imported variable could name any, such as GITHUB_TOKEN).
            const QStringList changes = mine->keyTargetChanges(p);
            if (!changes.isEmpty()) {
                preview.keyTargetChanges += changes;
                preview.profilesWithKeyOnHold.append(p.id);
            }
        }
        if (p.needsKey() && p.apiKeyEnv.isEmpty())
            preview.profilesNeedingKeys.append(p.id);
    }
    preview.preferencesChange = !(incoming.m_preferences == m_preferences);
    QJsonArray mine, theirs;
    for (const ModelPrice &p : m_prices)
        mine.append(p.toJson());
    for (const ModelPrice &p : std::as_const(incoming.m_prices))
        theirs.append(p.toJson());
    preview.pricesChange = mine != theirs;
    return preview;
}

void AppSettings::applyImport(const ImportPreview &preview)
{
    if (!preview.error.isEmpty())
        return;
    for (ProviderProfile p : preview.profiles) {
        if (p.isDemo())
            continue;
        if (preview.profilesWithKeyOnHold.contains(p.id))
            p.keyOnHold = true;
        addOrReplaceProfile(p);
    }
    m_prices = preview.prices;
    m_preferences = preview.preferences;
    for (const LaneSet &set : preview.laneSets)
        putLaneSet(set);
    Q_EMIT changed();
}

QString Preferences::name(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return u"dark"_s;
    case Theme::Light:
        return u"light"_s;
    case Theme::System:
        return u"system"_s;
    }
    return u"dark"_s;
}

QString Preferences::name(Density density)
{
    return density == Density::Compact ? u"compact"_s : u"comfortable"_s;
}

std::optional<Preferences::Theme> Preferences::themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::Dark, Theme::Light, Theme::System})
        if (Preferences::name(theme) == name)
            return theme;
    return std::nullopt;
}

std::optional<Preferences::Density> Preferences::densityFromName(const QString &name)
{
    for (const Density density : {Density::Comfortable, Density::Compact})
        if (Preferences::name(density) == name)
            return density;
    return std::nullopt;
}
