#pragma once

#include "endpoint.h"
#include "retrypolicy.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <utility>

// What the client needs to talk to one provider. The key is held only in memory, for the
// duration of the requests (where it comes from is the settings layer's business).
struct ProviderConfig
{
    QString id; // queues and learned quirks are per id; empty means the base URL
    QUrl baseUrl; // already normalised (Endpoint::normalizeBaseUrl)
    QString apiKey; // empty: no Authorization header
    bool bearerAuthorization = true; // false when an extra header carries the key instead
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    int maxConcurrentStreams = 4;
    QStringList manualModels; // used when the provider has no /models endpoint
    // Other secrets of this provider that its answers must never echo (the keys stored for its
    // profile, a proxy password): redacted from every text that leaves the network layer.
    QStringList otherSecrets;
    // The user agreed that this key may go over plain http to this host (see
    // Endpoint::keyWouldTravelInClear); without it such a request fails before it is sent.
    bool keyInClearAllowed = false;

    bool carriesKey() const { return !apiKey.isEmpty(); }
    bool keyWouldTravelInClear() const;

    QString queueId() const { return id.isEmpty() ? baseUrl.toString() : id; }
    QStringList secrets() const
    {
        QStringList all = otherSecrets;
        if (!apiKey.isEmpty())
            all.prepend(apiKey);
        return all;
    }
};

inline bool ProviderConfig::keyWouldTravelInClear() const
{
    return carriesKey() && Endpoint::keyWouldTravelInClear(baseUrl) && !keyInClearAllowed;
}

// Timeouts and retries for a request. Each timeout is separate and reported as a timeout.
struct StreamSettings
{
    int connectTimeoutMs = 15000; // until the request is sent
    int firstByteTimeoutMs = 60000; // from the request sent to the first byte of the response
    int idleTimeoutMs = 90000; // between two reads once the response has started
    RetrySettings retry;
    qsizetype maxEventSize = 16 * 1024 * 1024;
};
