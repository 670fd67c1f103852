#include "chatclient.h"

#include "modelsjob.h"
#include "streamjob.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QPointer>

ChatClient::ChatClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

ChatClient::~ChatClient()
{
    stopAll();
}

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray consentKey(const ProviderConfig &provider)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(provider.baseUrl.host().toLower().toUtf8());
    hash.addData(QByteArray::number(provider.baseUrl.port(80)));
    hash.addData(provider.apiKey.toUtf8());
    return hash.result();
}

} // namespace

void ChatClient::allowKeyInClear(const ProviderConfig &provider)
{
    m_keyInClearConsents.insert(consentKey(provider));
}

bool ChatClient::isKeyInClearAllowed(const ProviderConfig &provider) const
{
    return provider.keyInClearAllowed || m_keyInClearConsents.contains(consentKey(provider));
}

StreamJob *ChatClient::startChat(const ProviderConfig &given, const ChatRequest &request,
                                 const StreamSettings &settings, QObject *owner)
{
    ProviderConfig provider = given;
    provider.keyInClearAllowed = isKeyInClearAllowed(given);
    Provider &slot = m_providers[provider.queueId()];
    slot.limit = qMax(1, provider.maxConcurrentStreams);
    auto *job = new StreamJob(m_manager, provider, request, settings, !slot.rejectsStreamOptions,
                              owner);
    // The job signals, the client listens: connected before the caller's, so a freed slot is
    // given to the next job before the caller hears of the end.
    connect(job, &StreamJob::finished, this, [this, job] { release(job); });
    connect(job, &QObject::destroyed, this, [this, job] { release(job); });
    connect(job, &StreamJob::streamOptionsRejected, this,
            [this, id = provider.queueId()] { rememberRejectsStreamOptions(id); });
    m_jobHosts.insert(job, {provider.queueId(), hostKey(provider.baseUrl)});
    if (slot.queue.isEmpty() && slot.running.size() < slot.limit && hostHasRoom(provider.baseUrl)) {
        slot.running.insert(job);
        ++m_hostActive[hostKey(provider.baseUrl)];
        job->admit();
    } else {
        slot.queue.append(job); // State::Queued until a stream (or a /models request) ends
    }
    return job;
}

ModelsJob *ChatClient::listModels(const ProviderConfig &given, const StreamSettings &settings,
                                  QObject *owner)
{
    ProviderConfig provider = given;
    provider.keyInClearAllowed = isKeyInClearAllowed(given);
    auto *job = new ModelsJob(m_manager, provider, settings, owner);
    // Counted from the start to the end, however it ends (deleted unfinished included).
    connect(job, &ModelsJob::finished, this, [this, job] { releaseModels(job); });
    connect(job, &QObject::destroyed, this, [this, job] { releaseModels(job); });
    const QString host = hostKey(provider.baseUrl);
    if (hostHasRoom(provider.baseUrl))
        startModels(job, host);
    else
        m_waitingModels.append({job, host});
    return job;
}

void ChatClient::startModels(ModelsJob *job, const QString &host)
{
    m_runningModels.insert(job, host);
    ++m_hostActive[host];
    QMetaObject::invokeMethod(job, &ModelsJob::start, Qt::QueuedConnection);
}

void ChatClient::releaseModels(ModelsJob *job)
{
    m_waitingModels.removeIf([job](const auto &waiting) { return waiting.first == job; });
    const auto it = m_runningModels.find(job);
    if (it == m_runningModels.end())
        return;
    --m_hostActive[it.value()];
    m_runningModels.erase(it);
    pump();
}

// When a job ends or is deleted (then only its address is used, never the job).
void ChatClient::release(StreamJob *job)
{
    const auto known = m_jobHosts.find(job);
    if (known == m_jobHosts.end())
        return;
    const auto [providerId, host] = known.value();
    m_jobHosts.erase(known);
    auto it = m_providers.find(providerId);
    if (it == m_providers.end())
        return;
    it->queue.removeOne(job);
    if (it->running.remove(job)) {
        --m_hostActive[host];
        pump();
    }
}

QString ChatClient::hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    return url.scheme() + "://"_L1 + url.host().toLower() + u':'
            + QString::number(url.port(defaultPort));
}

bool ChatClient::hostHasRoom(const QUrl &url) const
{
    return m_hostActive.value(hostKey(url)) < MaxConnectionsPerHost;
}

// Starts what waits, in order, wherever a provider's limit and its host's connections allow.
void ChatClient::pump()
{
    for (auto it = m_waitingModels.begin(); it != m_waitingModels.end();) {
        if (!it->first) {
            it = m_waitingModels.erase(it);
        } else if (m_hostActive.value(it->second) < MaxConnectionsPerHost) {
            const auto [job, host] = *it;
            it = m_waitingModels.erase(it);
            startModels(job, host);
        } else {
            ++it;
        }
    }
    for (Provider &slot : m_providers) {
        while (slot.running.size() < slot.limit && !slot.queue.isEmpty()
               && hostHasRoom(slot.queue.first()->provider().baseUrl)) {
            StreamJob *next = slot.queue.takeFirst();
            slot.running.insert(next);
            ++m_hostActive[hostKey(next->provider().baseUrl)];
            next->admit();
        }
    }
}

void ChatClient::stopAll()
{
    // Guarded: a finished() handler may delete other jobs while this runs.
    QList<QPointer<StreamJob>> jobs;
    for (const Provider &slot : std::as_const(m_providers)) {
        for (StreamJob *job : slot.queue)
            jobs.append(job);
        for (StreamJob *job : slot.running)
            jobs.append(job);
    }
    for (const QPointer<StreamJob> &job : std::as_const(jobs)) {
        if (job)
            job->cancel();
    }
}

int ChatClient::runningCount(const QString &providerId) const
{
    return int(m_providers.value(providerId).running.size());
}

int ChatClient::queuedCount(const QString &providerId) const
{
    return int(m_providers.value(providerId).queue.size());
}

bool ChatClient::rejectsStreamOptions(const QString &providerId) const
{
    return m_providers.value(providerId).rejectsStreamOptions;
}

void ChatClient::rememberRejectsStreamOptions(const QString &providerId)
{
    m_providers[providerId].rejectsStreamOptions = true;
}
