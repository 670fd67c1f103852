#pragma once

#include "api/replyresult.h"
#include "replytarget.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

class StreamJob;

// One assistant message while it streams: its job, its target, and the text that arrived since
// the last display frame. The job's signals land in named slots here and leave as signals that
// carry the message id, so the path from the socket to the screen reads by name:
// StreamJob::contentReceived -> ActiveReply::takeContent -> ChatSession::replyTextArrived ->
// ConversationModel::messageChanged -> the view.
class ActiveReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveReply)

public:
    // Takes the job (not yet started) as its child.
    ActiveReply(qint64 messageId, qint64 conversationId, const ReplyTarget &target, StreamJob *job,
                QObject *parent = nullptr);
    ~ActiveReply() override;

    qint64 messageId() const { return m_messageId; }
    qint64 conversationId() const { return m_conversationId; }
    void setConversationId(qint64 id) { m_conversationId = id; }
    const ReplyTarget &target() const { return m_target; }
    StreamJob *job() const { return m_job; }
    // Everything received so far, flushed to the screen or not.
    const ReplyResult &received() const;

    // What arrived since the last call, for the next display frame.
    QString takePendingContent() { return std::exchange(m_pendingContent, {}); }
    QString takePendingReasoning() { return std::exchange(m_pendingReasoning, {}); }
    bool hasPendingText() const
    {
        return !m_pendingContent.isEmpty() || !m_pendingReasoning.isEmpty();
    }
    QString pendingContent() const { return m_pendingContent; }
    QString pendingReasoning() const { return m_pendingReasoning; }
    // Changed since the last checkpoint to the history; clears the mark.
    bool takeDirty() { return std::exchange(m_dirty, false); }

    void cancel();

Q_SIGNALS:
    void textArrived(qint64 messageId);
    void stateChanged(qint64 messageId);
    void finished(qint64 messageId, const ReplyResult &result);

private:
    void takeContent(const QString &delta);
    void takeReasoning(const QString &delta);
    void jobStateChanged();
    void jobFinished(const ReplyResult &result);

    qint64 m_messageId;
    qint64 m_conversationId;
    ReplyTarget m_target;
    QPointer<StreamJob> m_job;
    QString m_pendingContent;
    QString m_pendingReasoning;
    bool m_dirty = false;
};
