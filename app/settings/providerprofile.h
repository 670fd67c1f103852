#pragma once

#include "api/providerconfig.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// Where a profile starts from: each preset knows its base URL and whether it needs a key.
enum class ProviderPreset {
    Demo,
    Gateway, // any OpenAI-compatible gateway
    OpenAI,
    DeepSeek,
    OpenRouter,
    Ollama,
    LMStudio,
    Custom,
};

struct PresetInfo
{
    ProviderPreset preset;
    QString id; // stable, for files
    QString baseUrl;
    bool needsKey;
    QString label() const; // translated
    static const QList<PresetInfo> &all();
    static const PresetInfo *find(ProviderPreset preset);
    static const PresetInfo *find(const QString &id);
};

// A provider as the user set it up. The key is never part of it: it lives in the keychain under
// secretName(), or in the environment variable apiKeyEnv names.
struct ProviderProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProviderProfile)

public:
    QString id; // stable and unique
    QString name;
    ProviderPreset preset = ProviderPreset::Custom;
    QString baseUrl;
    QList<std::pair<QString, QString>> extraHeaders;
    QString defaultModel;
    int maxConcurrentStreams = 4;
    QStringList fetchedModels; // from /models, kept so they work offline
    QStringList manualModels; // added by hand
    QString apiKeyEnv; // read the key from this environment variable instead of the keychain
    // Set when an import changed where this profile sends its key (host, headers, variable): the
    // stored key is not used until the user confirms it may go there, or stores a new one.
    bool keyOnHold = false;

    static ProviderProfile demo(const QString &baseUrl);
    static ProviderProfile fromPreset(ProviderPreset preset, const QString &name);
    bool isDemo() const { return preset == ProviderPreset::Demo; }
    QString secretName() const { return QStringLiteral("profile/") + id; }
    QStringList models() const; // fetched and manual, without duplicates
    bool needsKey() const;
    ProviderConfig toConfig(const QString &apiKey) const;
    // Whether other would send this profile's key somewhere else: another scheme, host or port,
    // other headers, or another key variable.
    QStringList keyTargetChanges(const ProviderProfile &other) const; // translated, one a line

    QJsonObject toJson() const;
    // Reads a profile; returns nothing and explains in error when it is unusable.
    static std::optional<ProviderProfile> fromJson(const QJsonObject &json, QString *error);
    enum class Field {
        Name,
        BaseUrl,
        Headers,
        Concurrency,
        KeyEnvironment,
    };
    struct Problem
    {
        Field field;
        QString text; // translated, for the user
    };
    // What is wrong with it, each in words for the field it concerns.
    QList<Problem> problems() const;
    QString validate() const; // the first problem, or empty when it is fine

    // In a header's value, stands for the key (read from the keychain when a request is made).
    static constexpr QLatin1StringView KeyPlaceholder{"{key}"};

    // Headers as typed in the settings: "Name: value", one per line.
    static QString headersToText(const QList<std::pair<QString, QString>> &headers);
    // Returns false (and the line) when a line has no colon.
    static bool headersFromText(const QString &text, QList<std::pair<QString, QString>> *headers,
                                QString *badLine);
    // Model names as typed, one per line: trimmed, without empty lines or repeats.
    static QStringList modelsFromText(const QString &text);
};

// Prices per million tokens, for the cost shown in the chat and comparison windows.
struct ModelPrice
{
    QString model;
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    bool estimate = true; // seeded values are estimates until the user confirms them

    static QList<ModelPrice> seeded();
    QJsonObject toJson() const;
    static std::optional<ModelPrice> fromJson(const QJsonObject &json);
};
