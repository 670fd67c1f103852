#pragma once

#include "api/chatrequest.h"
#include "api/replyresult.h"
#include "conversationmodel.h"
#include "conversationtree.h"
#include "historyoutbox.h"
#include "replytarget.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>

class ActiveReply;
class StreamJob;
class ChatClient;
class HistoryStore;

// The chat a window shows: the open conversation (tree and model), sending, stopping, retrying,
// editing and regenerating, and streaming replies into the model and the history. Deltas are
// gathered and handed to the model once per display frame; a streaming reply is written to the
// history at least once a second, so a crash loses at most a second of it. A failure to write
// (a full disk) is reported and what is on screen stays. Each reply keeps the target it was
// sent to (ReplyTarget); the session's target is only the default for the next one.
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    // How often deltas reach the model while more keep coming: 30 times a second. Text that
    // comes after a pause is shown at once (see replyTextArrived()).
    static constexpr int FrameIntervalMs = 33;

    ChatSession(ChatClient *client, HistoryStore *store, QObject *parent = nullptr);
    ~ChatSession() override;

    ConversationModel *model() { return &m_model; }
    const ConversationTree &tree() const { return m_tree; }
    qint64 conversationId() const { return m_conversationId; }

    // The target of the next reply that is not given one of its own.
    const ReplyTarget &target() const { return m_target; }
    void setTarget(const ReplyTarget &target) { m_target = target; }
    void setProvider(const ProviderConfig &provider) { m_target.provider = provider; }
    const ProviderConfig &provider() const { return m_target.provider; }
    void setModelName(const QString &model) { m_target.model = model; }
    QString modelName() const { return m_target.model; }
    void setStreamSettings(const StreamSettings &settings) { m_target.settings = settings; }
    void setSystemPrompt(const QString &prompt) { m_target.systemPrompt = prompt; }
    // Sampling settings for the next requests; unset ones are left out of the request.
    void setSampling(std::optional<double> temperature, std::optional<double> topP,
                     std::optional<int> maxTokens);
    void setFrameIntervalMs(int ms) { m_frameIntervalMs = ms; }
    void setCheckpointIntervalMs(int ms) { m_checkpointTimer.setInterval(ms); }

    void newConversation(); // starts empty; the history gets it with the first message
    bool openConversation(qint64 id);

    bool isStreaming() const { return !m_replies.isEmpty(); }
    // Sends text after the branch on screen. Returns false when there is nothing to send.
    bool send(const QString &text);
    // Sends text once and asks every target for a reply: the replies are siblings, each with
    // its own model. Returns their message ids, in the order of targets (empty: nothing sent).
    QList<qint64> sendToEach(const QString &text, const QList<ReplyTarget> &targets);
    // A new reply to parentId (a user message), sent to target; returns its message id.
    qint64 replyTo(qint64 parentId, const ReplyTarget &target);
    // A new user message after afterId (a reply), and a reply to it from target: one lane of a
    // comparison going on with its own thread. Returns the reply's id (0: nothing sent).
    qint64 followUp(qint64 afterId, const QString &text, const ReplyTarget &target);
    bool isReplying(qint64 messageId) const { return m_replies.contains(messageId); }
    const StreamJob *replyJob(qint64 messageId) const; // while it runs; else nullptr
    // Another model of the same tree (a comparison lane's branch) kept up to date like model().
    void attachModel(ConversationModel *model);
    void detachModel(ConversationModel *model);
    void stopReply(qint64 messageId);
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
    qint64 ensureConversation(const QString &firstText);
    qint64 store(StoredMessage &message);
    qint64 addUserMessage(qint64 parentId, const QString &text);
    qint64 startReply(qint64 parentId, const ReplyTarget &target);
    QList<ChatMessage> historyUpTo(qint64 messageId, const QString &systemPrompt) const;
    void replyTextArrived();
    void flushFrame();
    void checkpoint();
    void finishReply(qint64 id, const ReplyResult &result);
    void updateStatus(qint64 id);
    void updateAllStatuses();
    void conversationSaved(qint64 temporaryId, qint64 id);
    void outboxWritten();
    void showActivePath();
    void forEachModel(const std::function<void(ConversationModel *)> &apply);

    ChatClient *m_client;
    HistoryStore *m_store;
    HistoryOutbox m_outbox; // every write, kept in order while the history refuses it
    ReplyTarget m_target;
    qint64 m_conversationId = 0;
    ConversationTree m_tree;
    ConversationModel m_model;
    QList<ConversationModel *> m_attached;
    QHash<qint64, ActiveReply *> m_replies; // streaming assistant message id -> its reply (owned)
    QTimer m_frameTimer; // coalesces deltas to frames
    int m_frameIntervalMs = FrameIntervalMs;
    QTimer m_checkpointTimer;
    QTimer m_statusTimer; // counts down "retrying in N s"
};
