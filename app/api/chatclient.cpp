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
    auto *job = new StreamJob(this, m_manager, provider, request, settings,
                              !slot.rejectsStreamOptions, owner);
    if (slot.queue.isEmpty() && slot.running.size() < slot.limit && hostHasRoom(provider.baseUrl)) {
        slot.running.insert(job);
        ++m_hostActive[hostKey(provider.baseUrl)];
        job->m_state = StreamJob::State::Connecting;
        // Start on the next turn, so the caller can connect to the job's signals first.
        QMetaObject::invokeMethod(job, &StreamJob::begin, Qt::QueuedConnection);
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

void ChatClient::release(StreamJob *job)
{
    auto it = m_providers.find(job->providerId());
    if (it == m_providers.end())
        return;
    it->queue.removeOne(job);
    if (it->running.remove(job)) {
        --m_hostActive[hostKey(job->m_provider.baseUrl)];
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
               && hostHasRoom(slot.queue.first()->m_provider.baseUrl)) {
            StreamJob *next = slot.queue.takeFirst();
            slot.running.insert(next);
            ++m_hostActive[hostKey(next->m_provider.baseUrl)];
            next->setState(StreamJob::State::Connecting);
            QMetaObject::invokeMethod(next, &StreamJob::begin, Qt::QueuedConnection);
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
