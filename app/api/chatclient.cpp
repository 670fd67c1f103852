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
    if (slot.running.size() < slot.limit) {
        slot.running.insert(job);
        job->m_state = StreamJob::State::Connecting;
        // Start on the next turn, so the caller can connect to the job's signals first.
        QMetaObject::invokeMethod(job, &StreamJob::begin, Qt::QueuedConnection);
    } else {
        slot.queue.append(job); // State::Queued until a stream ends
    }
    return job;
}

ModelsJob *ChatClient::listModels(const ProviderConfig &given, const StreamSettings &settings,
                                  QObject *owner)
{
    ProviderConfig provider = given;
    provider.keyInClearAllowed = isKeyInClearAllowed(given);
    auto *job = new ModelsJob(m_manager, provider, settings, owner);
    QMetaObject::invokeMethod(job, &ModelsJob::start, Qt::QueuedConnection);
    return job;
}

void ChatClient::release(StreamJob *job)
{
    const QString id = job->providerId();
    auto it = m_providers.find(id);
    if (it == m_providers.end())
        return;
    it->queue.removeOne(job);
    if (it->running.remove(job))
        pump(id);
}

void ChatClient::pump(const QString &providerId)
{
    Provider &slot = m_providers[providerId];
    while (slot.running.size() < slot.limit && !slot.queue.isEmpty()) {
        StreamJob *next = slot.queue.takeFirst();
        slot.running.insert(next);
        next->setState(StreamJob::State::Connecting);
        QMetaObject::invokeMethod(next, &StreamJob::begin, Qt::QueuedConnection);
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
