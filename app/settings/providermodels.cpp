#include "providermodels.h"

#include "api/chatclient.h"
#include "api/modelsjob.h"
#include "appsettings.h"

ProviderModels::ProviderModels(ChatClient *client, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
{ }

void ProviderModels::setProvider(const ProviderConfig &provider, const QString &requested)
{
    if (m_job)
        m_job->deleteLater(); // an answer for the provider used before is not wanted
    m_job = nullptr;
    m_provider = provider;
    m_loaded = false;
    m_unreachable = false;
    m_error.clear();
    m_listed.clear();
    m_sessionModel.clear();
    const std::optional<ProviderProfile> profile = m_settings->profile(provider.id);
    if (!requested.isEmpty() && profile && !profile->models().contains(requested)
        && profile->defaultModel != requested)
        m_sessionModel = requested; // a --model the profile does not know: this session
}

void ProviderModels::refresh()
{
    if (!m_client)
        return;
    if (m_job)
        m_job->deleteLater();
    m_job = m_client->listModels(m_provider, StreamSettings{}, this);
    ModelsJob *job = m_job;
    connect(job, &ModelsJob::finished, this, [this, job] { answered(job); });
}

void ProviderModels::answered(ModelsJob *job)
{
    const ModelsJob::Result result = job->result();
    job->deleteLater();
    if (job != m_job)
        return;
    m_loaded = true;
    m_error = result.error.message;
    m_unreachable = result.error.category == ReplyError::Category::Network
            || result.error.category == ReplyError::Category::Timeout;
    std::optional<ProviderProfile> profile = m_settings->profile(m_provider.id);
    if (profile && !profile->isDemo() && !result.fromManualList && !result.error.isError()
        && profile->fetchedModels != result.models) {
        profile->fetchedModels = result.models;
        if (m_settings->addOrReplaceProfile(*profile).isEmpty())
            m_settings->save();
    }
    m_listed = result.fromManualList ? QStringList() : result.models;
    Q_EMIT listed();
}

ModelChoice ProviderModels::choose(const QString &requested, const QString &current) const
{
    ModelChoice::Input input;
    input.profile = m_settings->profile(m_provider.id);
    input.fallbackModels = m_provider.manualModels;
    input.listed = m_listed;
    input.listLoaded = m_loaded;
    input.sessionModel = m_sessionModel;
    input.requested = requested;
    input.current = current;
    return ModelChoice::make(input);
}
