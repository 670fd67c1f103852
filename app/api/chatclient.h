#pragma once

#include "chatrequest.h"
#include "providerconfig.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

class ModelsJob;
class QNetworkAccessManager;
class StreamJob;

// The engine every window and the CLI drive: one QNetworkAccessManager (connections are kept
// alive and reused), per-provider limits on concurrent streams with a FIFO queue, and what it has
// learned about providers (some reject stream_options). Jobs are owned by whoever asked.
// No more requests run at once to one host than the transport opens connections to it
// (MaxConnectionsPerHost, /models requests included): the rest wait here, Queued, with no timer
// running, instead of in Qt's own queue where their connect timeout would run out.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    // Qt's HTTP/1.1 layer opens at most six connections per host and queues the rest.
    static constexpr int MaxConnectionsPerHost = 6;

    explicit ChatClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ChatClient() override;

    QNetworkAccessManager *networkManager() const { return m_manager; }

    StreamJob *startChat(const ProviderConfig &provider, const ChatRequest &request,
                         const StreamSettings &settings, QObject *owner);
    ModelsJob *listModels(const ProviderConfig &provider, const StreamSettings &settings,
                          QObject *owner);

    // Stops every running and queued reply; each ends as Stopped with its partial text. Call it
    // when the application quits.
    void stopAll();

    // The user's yes to sending this key over plain http to this host (and port), for the rest of
    // the session: every later request of that host and key carries it without asking again.
    void allowKeyInClear(const ProviderConfig &provider);
    bool isKeyInClearAllowed(const ProviderConfig &provider) const;

    int runningCount(const QString &providerId) const;
    int queuedCount(const QString &providerId) const;
    bool rejectsStreamOptions(const QString &providerId) const;

private:
    void release(StreamJob *job);
    void rememberRejectsStreamOptions(const QString &providerId);
    void pump();
    static QString hostKey(const QUrl &url);
    bool hostHasRoom(const QUrl &url) const;
    void startModels(ModelsJob *job, const QString &host);
    void releaseModels(ModelsJob *job);

    struct Provider
    {
        int limit = 4;
        QSet<StreamJob *> running;
        QList<StreamJob *> queue;
        bool rejectsStreamOptions = false;
    };

    QNetworkAccessManager *m_manager;
    QHash<QString, Provider> m_providers;
    QHash<QString, int> m_hostActive; // requests on the way to each scheme://host:port
    QHash<ModelsJob *, QString> m_runningModels; // and the host each counts against
    QHash<StreamJob *, std::pair<QString, QString>> m_jobHosts; // job -> provider id, host
    QList<std::pair<QPointer<ModelsJob>, QString>> m_waitingModels;
    QSet<QByteArray> m_keyInClearConsents; // hashes of host, port and key: never the key itself
};
