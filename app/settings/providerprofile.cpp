#include "providerprofile.h"

#include "api/endpoint.h"

#include <QtCore/QJsonArray>
#include <QtCore/QUuid>

using namespace Qt::Literals::StringLiterals;

const QList<PresetInfo> &PresetInfo::all()
{
    static const QList<PresetInfo> presets = {
            {ProviderPreset::Demo, u"demo"_s, QString(), false},
            {ProviderPreset::Gateway, u"gateway"_s, QString(), true},
            {ProviderPreset::OpenAI, u"openai"_s, u"https://api.openai.com/v1"_s, true},
            {ProviderPreset::DeepSeek, u"deepseek"_s, u"https://api.deepseek.com/v1"_s, true},
            {ProviderPreset::OpenRouter, u"openrouter"_s, u"https://openrouter.ai/api/v1"_s, true},
            {ProviderPreset::Ollama, u"ollama"_s, u"http://localhost:11434/v1"_s, false},
            {ProviderPreset::LMStudio, u"lmstudio"_s, u"http://localhost:1234/v1"_s, false},
            {ProviderPreset::Custom, u"custom"_s, QString(), false},
    };
    return presets;
}

QString PresetInfo::label() const
{
    switch (preset) {
    case ProviderPreset::Demo:
        return ProviderProfile::tr("Built-in demo");
    case ProviderPreset::Gateway:
        return ProviderProfile::tr("OpenAI-compatible gateway");
    case ProviderPreset::OpenAI:
        return ProviderProfile::tr("OpenAI");
    case ProviderPreset::DeepSeek:
        return ProviderProfile::tr("DeepSeek");
    case ProviderPreset::OpenRouter:
        return ProviderProfile::tr("OpenRouter");
    case ProviderPreset::Ollama:
        return ProviderProfile::tr("Ollama on this computer");
    case ProviderPreset::LMStudio:
        return ProviderProfile::tr("LM Studio on this computer");
    case ProviderPreset::Custom:
        return ProviderProfile::tr("Custom");
    }
    return {};
}

const PresetInfo *PresetInfo::find(ProviderPreset preset)
{
    for (const PresetInfo &info : all())
        if (info.preset == preset)
            return &info;
    return nullptr;
}

const PresetInfo *PresetInfo::find(const QString &id)
{
    for (const PresetInfo &info : all())
        if (info.id == id)
            return &info;
    return nullptr;
}

ProviderProfile ProviderProfile::demo(const QString &baseUrl)
{
    ProviderProfile p;
    p.id = u"demo"_s;
    p.name = tr("Built-in demo");
    p.preset = ProviderPreset::Demo;
    p.baseUrl = baseUrl;
    return p;
}

ProviderProfile ProviderProfile::fromPreset(ProviderPreset preset, const QString &name)
{
    ProviderProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.preset = preset;
    const PresetInfo *info = PresetInfo::find(preset);
    p.name = name.isEmpty() && info ? info->label() : name;
    p.baseUrl = info ? info->baseUrl : QString();
    return p;
}

QStringList ProviderProfile::models() const
{
    QStringList all = fetchedModels + manualModels;
    all.removeDuplicates();
    return all;
}

bool ProviderProfile::needsKey() const
{
    const PresetInfo *info = PresetInfo::find(preset);
    for (const auto &header : extraHeaders)
        if (header.second.contains(KeyPlaceholder))
            return true;
    if (preset == ProviderPreset::Custom)
        return !Endpoint::isLoopback(Endpoint::normalizeBaseUrl(baseUrl));
    return info && info->needsKey;
}

ProviderConfig ProviderProfile::toConfig(const QString &apiKey) const
{
    ProviderConfig config;
    config.id = id;
    config.baseUrl = Endpoint::normalizeBaseUrl(baseUrl);
    config.apiKey = apiKey;
    for (const auto &[header, value] : extraHeaders) {
        // A header that names the key carries it instead of Authorization (api-key, x-api-key).
        if (value.contains(KeyPlaceholder))
            config.bearerAuthorization = false;
        config.extraHeaders.append(
                {header.toLatin1(), QString(value).replace(KeyPlaceholder, apiKey).toUtf8()});
    }
    config.maxConcurrentStreams = maxConcurrentStreams;
    config.manualModels = models();
    return config;
}

namespace {

// Header names that usually carry a credential.
bool looksSecret(const QString &header)
{
    static const char *const words[] = {"key",      "token",  "secret",     "auth",
                                        "password", "cookie", "credential", "signature"};
    for (const char *word : words)
        if (header.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QList<ProviderProfile::Problem> ProviderProfile::problems() const
{
    QList<Problem> found;
    if (name.trimmed().isEmpty())
        found.append({Field::Name, tr("Give the provider a name.")});
    if (!isDemo() && !Endpoint::normalizeBaseUrl(baseUrl).isValid())
        found.append({Field::BaseUrl,
                      tr("The base URL must start with http:// or https:// and name a host, for "
                         "example https://api.openai.com/v1.")});
    if (!isDemo() && Endpoint::hasCredentials(baseUrl))
        found.append({Field::BaseUrl,
                      tr("The base URL carries a password or a key (user:password@ or a key= "
                         "parameter). Remove it: put the API key in the key field, where it is "
                         "kept in the keychain, and never in a URL, which is saved in the "
                         "settings file and shown in messages.")});
    if (maxConcurrentStreams < 1 || maxConcurrentStreams > 32)
        found.append({Field::Concurrency, tr("Concurrent replies must be between 1 and 32.")});
    for (const auto &[header, value] : extraHeaders) {
        static const QLatin1StringView allowed("!#$%&'*+-.^_`|~");
        bool ok = !header.isEmpty();
        for (const QChar c : header)
            ok = ok && c.unicode() < 128 && (c.isLetterOrNumber() || allowed.contains(c));
        if (!ok) {
            found.append({Field::Headers, tr("“%1” is not a valid header name.").arg(header)});
        } else if (header.compare("authorization"_L1, Qt::CaseInsensitive) == 0) {
            found.append({Field::Headers,
                          tr("Put the key in the key field, not in an Authorization header: "
                             "headers are saved in the settings file, keys only in the "
                             "keychain.")});
        } else if (looksSecret(header) && !value.contains(KeyPlaceholder)) {
            found.append({Field::Headers,
                          tr("The header %1 looks like it carries a secret, and headers are saved "
                             "in the settings file. Put the secret in the key field (it is kept "
                             "in the keychain) and write %2 as the header's value.")
                                  .arg(header, KeyPlaceholder)});
        } else if (value.contains(u'\n') || value.contains(u'\r')) {
            found.append({Field::Headers,
                          tr("The value of the header %1 spans several lines.").arg(header)});
        }
    }
    for (const QChar c : apiKeyEnv) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_') {
            found.append({Field::KeyEnvironment,
                          tr("“%1” is not an environment variable name.").arg(apiKeyEnv)});
            break;
        }
    }
    return found;
}

QString ProviderProfile::validate() const
{
    const QList<Problem> found = problems();
    return found.isEmpty() ? QString() : found.first().text;
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonArray headers;
    for (const auto &[header, value] : extraHeaders)
        headers.append(QJsonObject{{u"name"_s, header}, {u"value"_s, value}});
    const PresetInfo *info = PresetInfo::find(preset);
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"preset"_s, info ? info->id : u"custom"_s},
            {u"baseUrl"_s, baseUrl},
            {u"extraHeaders"_s, headers},
            {u"defaultModel"_s, defaultModel},
            {u"maxConcurrentStreams"_s, maxConcurrentStreams},
            {u"fetchedModels"_s, QJsonArray::fromStringList(fetchedModels)},
            {u"manualModels"_s, QJsonArray::fromStringList(manualModels)},
            {u"apiKeyEnv"_s, apiKeyEnv},
            {u"keyOnHold"_s, keyOnHold}};
}

QStringList ProviderProfile::keyTargetChanges(const ProviderProfile &other) const
{
    QStringList changes;
    const QUrl mine = Endpoint::normalizeBaseUrl(baseUrl);
    const QUrl theirs = Endpoint::normalizeBaseUrl(other.baseUrl);
    auto origin = [](const QUrl &url) -> QString {
        return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port(-1));
    };
    if (origin(mine) != origin(theirs))
        changes.append(tr("%1: its key would go to %2 instead of %3")
                               .arg(name, theirs.host().isEmpty() ? other.baseUrl : theirs.host(),
                                    mine.host()));
    if (apiKeyEnv != other.apiKeyEnv)
        changes.append(other.apiKeyEnv.isEmpty()
                               ? tr("%1: its key would come from the keychain instead of $%2")
                                         .arg(name, apiKeyEnv)
                               : tr("%1: its key would be read from the variable $%2")
                                         .arg(name, other.apiKeyEnv));
    if (extraHeaders != other.extraHeaders)
        changes.append(tr("%1: the headers sent with its key change").arg(name));
    return changes;
}

std::optional<ProviderProfile> ProviderProfile::fromJson(const QJsonObject &json, QString *error)
{
    ProviderProfile p;
    p.id = json.value("id"_L1).toString();
    p.name = json.value("name"_L1).toString();
    const PresetInfo *info = PresetInfo::find(json.value("preset"_L1).toString());
    if (p.id.isEmpty() || !info) {
        if (error)
            *error = tr("a provider without an id or with an unknown preset");
        return std::nullopt;
    }
    p.preset = info->preset;
    // A URL with credentials (written by hand, or by an older Parley) loses them on loading: they
    // are never sent, and the next save takes them out of the file.
    p.baseUrl = Endpoint::withoutCredentials(json.value("baseUrl"_L1).toString());
    for (const QJsonValue &h : json.value("extraHeaders"_L1).toArray())
        p.extraHeaders.append({h.toObject().value("name"_L1).toString(),
                               h.toObject().value("value"_L1).toString()});
    p.defaultModel = json.value("defaultModel"_L1).toString();
    p.maxConcurrentStreams = json.value("maxConcurrentStreams"_L1).toInt(4);
    for (const QJsonValue &m : json.value("fetchedModels"_L1).toArray())
        p.fetchedModels.append(m.toString());
    for (const QJsonValue &m : json.value("manualModels"_L1).toArray())
        p.manualModels.append(m.toString());
    p.apiKeyEnv = json.value("apiKeyEnv"_L1).toString();
    p.keyOnHold = json.value("keyOnHold"_L1).toBool(false);
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("provider “%1”: %2").arg(p.name, problem);
        return std::nullopt;
    }
    return p;
}

QList<ModelPrice> ModelPrice::seeded()
{
    // Published list prices in US dollars per million tokens at the time of writing: estimates,
    // marked as such, for the user to correct.
    return {{u"gpt-4.1"_s, 2.00, 8.00, true},
            {u"gpt-4.1-mini"_s, 0.40, 1.60, true},
            {u"gpt-4o-mini"_s, 0.15, 0.60, true},
            {u"deepseek-chat"_s, 0.27, 1.10, true},
            {u"deepseek-reasoner"_s, 0.55, 2.19, true}};
}

QJsonObject ModelPrice::toJson() const
{
    return {{u"model"_s, model},
            {u"inputPerMillion"_s, inputPerMillion},
            {u"outputPerMillion"_s, outputPerMillion},
            {u"estimate"_s, estimate}};
}

std::optional<ModelPrice> ModelPrice::fromJson(const QJsonObject &json)
{
    ModelPrice p;
    p.model = json.value("model"_L1).toString();
    p.inputPerMillion = json.value("inputPerMillion"_L1).toDouble(-1);
    p.outputPerMillion = json.value("outputPerMillion"_L1).toDouble(-1);
    p.estimate = json.value("estimate"_L1).toBool(true);
    if (p.model.isEmpty() || p.inputPerMillion < 0 || p.outputPerMillion < 0)
        return std::nullopt;
    return p;
}

QString ProviderProfile::headersToText(const QList<std::pair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + u": "_s + value);
    return lines.join(u'\n');
}

bool ProviderProfile::headersFromText(const QString &text,
                                      QList<std::pair<QString, QString>> *headers, QString *badLine)
{
    headers->clear();
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *badLine = line;
            return false;
        }
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QStringList ProviderProfile::modelsFromText(const QString &text)
{
    QStringList lines;
    for (const QString &raw : text.split(u'\n'))
        if (const QString line = raw.trimmed(); !line.isEmpty() && !lines.contains(line))
            lines.append(line);
    return lines;
}
