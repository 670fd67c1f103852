#pragma once

#include "api/proxyfactory.h"
#include "laneset.h"
#include "providerprofile.h"

#include <QtCore/QObject>

#include <optional>

// Preferences that are not about one provider. Choices are enums inside; they are read from and
// written to settings.json as the same strings as always, at the edge only.
struct Preferences
{
    enum class Theme {
        Dark,
        Light,
        System, // follows the desktop's colour scheme
    };
    enum class Density {
        Comfortable,
        Compact,
    };

    QString systemPrompt;
    std::optional<double> temperature; // 0-2
    std::optional<double> topP; // 0-1
    std::optional<int> maxTokens; // > 0
    int connectTimeoutS = 15;
    int firstByteTimeoutS = 60;
    int idleTimeoutS = 90;
    int retries = 2; // 0-10
    int maxConcurrentStreams = 4; // per provider, 1-16; a profile may set fewer
    QString proxyMode = QStringLiteral("system"); // system, none, http, socks5
    QString proxyHost;
    int proxyPort = 0;
    QString proxyUser; // the password is in the keychain
    QString proxyBypass = QStringLiteral("localhost, 127.0.0.1, ::1");
    Theme theme = Theme::Dark;
    int fontSize = 0; // points; 0: the system's
    Density density = Density::Comfortable;
    QString language = QStringLiteral("system"); // system, en, ko

    bool operator==(const Preferences &) const = default;
    StreamSettings streamSettings() const;
    ProxySettings proxySettings(const QString &password) const;
    // The keychain entry of the proxy's password.
    static QString proxySecretName() { return QStringLiteral("proxy/password"); }

    // The names in settings.json (and the settings dialog's item data).
    static QString name(Theme theme);
    static QString name(Density density);
    static std::optional<Theme> themeFromName(const QString &name);
    static std::optional<Density> densityFromName(const QString &name);
};

// Parley's settings in one JSON file (settings.json in the platform's config folder): provider
// profiles, prices and preferences, never a secret. The file is written atomically; a broken or
// hand-edited file never stops the app: what cannot be read falls back to its default, the file
// is kept as a backup, and notice() says so once. A JSON document rather than QSettings, because
// each value must be recoverable on its own and the same shape is what export and import use.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int FormatVersion = 1;

    explicit AppSettings(const QString &path = defaultPath(), QObject *parent = nullptr);
    static QString defaultPath();

    void load(); // always ends with usable settings
    bool save();
    QString notice() const { return m_notice; } // what a broken file cost, once
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // The demo profile is always first and cannot be removed; its address is set at each start.
    void setDemoBaseUrl(const QString &url, const QStringList &models = {});
    QList<ProviderProfile> profiles() const { return m_profiles; }
    std::optional<ProviderProfile> profile(const QString &id) const;
    std::optional<ProviderProfile> profileByName(const QString &name) const;
    QString addOrReplaceProfile(const ProviderProfile &profile); // returns the problem, or empty
    bool removeProfile(const QString &id);
    QString activeProfileId() const { return m_activeProfile; }
    void setActiveProfileId(const QString &id);

    QList<ModelPrice> prices() const { return m_prices; }
    void setPrices(const QList<ModelPrice> &prices);
    Preferences preferences() const { return m_preferences; }
    void setPreferences(const Preferences &preferences);
    // The comparison window's saved lane sets, in the order they were first saved.
    QList<LaneSet> laneSets() const { return m_laneSets; }
    std::optional<LaneSet> laneSet(const QString &name) const;
    bool setLaneSet(const LaneSet &set); // adds, or replaces the one of that name; false: unnamed
    bool removeLaneSet(const QString &name);

    // Export and import: the same JSON as the file, checked before anything changes.
    QByteArray exportJson() const;
    struct ImportPreview
    {
        QString error; // not importable at all
        QStringList problems; // parts that were skipped
        QStringList addedProfiles;
        QStringList changedProfiles;
        QStringList profilesNeedingKeys; // ids: ask for their keys after importing
        // Profiles whose key would go elsewhere (host, headers, variable), each change in words;
        // their stored key is held back after importing until the user confirms.
        QStringList keyTargetChanges;
        QStringList profilesWithKeyOnHold; // ids
        bool preferencesChange = false;
        bool pricesChange = false;
        QList<ProviderProfile> profiles;
        QList<ModelPrice> prices;
        Preferences preferences;
        QList<LaneSet> laneSets; // added, or replacing those of the same name
    };
    ImportPreview previewImport(const QByteArray &json) const;
    void applyImport(const ImportPreview &preview);

Q_SIGNALS:
    void changed();

private:
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &root, QStringList *problems);
    void putLaneSet(const LaneSet &set);
    static Preferences preferencesFromJson(const QJsonObject &json, QStringList *problems);

    QString m_path;
    QString m_notice;
    QString m_error;
    QString m_demoBaseUrl;
    QStringList m_demoModels;
    QList<ProviderProfile> m_profiles;
    QString m_activeProfile = QStringLiteral("demo");
    QList<ModelPrice> m_prices = ModelPrice::seeded();
    Preferences m_preferences;
    QList<LaneSet> m_laneSets;
};
