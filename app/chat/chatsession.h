#pragma once

#include "api/chatrequest.h"
#include "api/providerconfig.h"
#include "api/replyresult.h"
#include "conversationmodel.h"
#include "conversationtree.h"
#include "historyoutbox.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

class ChatClient;
class HistoryStore;
class StreamJob;

// The chat a window shows: the open conversation (tree and model), sending, stopping, retrying,
// editing and regenerating, and streaming replies into the model and the history. Deltas are
// gathered and handed to the model once per display frame; a streaming reply is written to the
// history at least once a second, so a crash loses at most a second of it. A failure to write
// (a full disk) is reported and what is on screen stays.
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    ChatSession(ChatClient *client, HistoryStore *store, QObject *parent = nullptr);
    ~ChatSession() override;

    ConversationModel *model() { return &m_model; }
    const ConversationTree &tree() const { return m_tree; }
    qint64 conversationId() const { return m_conversationId; }

    void setProvider(const ProviderConfig &provider) { m_provider = provider; }
    const ProviderConfig &provider() const { return m_provider; }
    void setModelName(const QString &model) { m_modelName = model; }
    QString modelName() const { return m_modelName; }
    void setStreamSettings(const StreamSettings &settings) { m_settings = settings; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    // Sampling settings for the next requests; unset ones are left out of the request.
    void setSampling(std::optional<double> temperature, std::optional<double> topP,
                     std::optional<int> maxTokens);
    void setFrameIntervalMs(int ms) { m_frameTimer.setInterval(ms); }
    void setCheckpointIntervalMs(int ms) { m_checkpointTimer.setInterval(ms); }

    void newConversation(); // starts empty; the history gets it with the first message
    bool openConversation(qint64 id);

    bool isStreaming() const { return !m_replies.isEmpty(); }
    // Sends text after the branch on screen. Returns false when there is nothing to send.
    bool send(const QString &text);
    void stop(); // stops every reply of this conversation
    void regenerate(qint64 assistantId); // a new version of a reply (also Retry)
    void editAndResend(qint64 userId, const QString &text); // a new version of a user message
    void switchVersion(qint64 messageId, int steps);
    QString lastReply() const; // the newest assistant text on screen

Q_SIGNALS:
    void conversationChanged(qint64 id); // another conversation is open, or a new one was stored
    void conversationListChanged();
    void replyStarted(qint64 messageId);
    void replyFinished(qint64 messageId, const ReplyResult &result);
    void storageFailed(const QString &message);
    void storageRecovered(); // what could not be saved is in the history now

private:
    struct Reply
    {
        QPointer<StreamJob> job;
        qint64 conversationId = 0;
        QString pendingContent;
        QString pendingReasoning;
        bool dirty = false; // changed since the last checkpoint
    };

    qint64 ensureConversation(const QString &firstText);
    qint64 store(StoredMessage &message);
    void startReply(qint64 parentId);
    QList<ChatMessage> historyUpTo(qint64 messageId) const;
    void flushFrame();
    void checkpoint();
    void finishReply(qint64 id, const ReplyResult &result);
    void updateStatus(qint64 id);
    void showActivePath();

    ChatClient *m_client;
    HistoryStore *m_store;
    HistoryOutbox m_outbox; // every write, kept in order while the history refuses it
    ProviderConfig m_provider;
    StreamSettings m_settings;
    QString m_modelName;
    QString m_systemPrompt;
    std::optional<double> m_temperature;
    std::optional<double> m_topP;
    std::optional<int> m_maxTokens;
    qint64 m_conversationId = 0;
    ConversationTree m_tree;
    ConversationModel m_model;
    QHash<qint64, Reply> m_replies; // streaming assistant message id -> its job
    QTimer m_frameTimer; // coalesces deltas to the display's frame rate
    QTimer m_checkpointTimer;
    QTimer m_statusTimer; // counts down "retrying in N s"
};
