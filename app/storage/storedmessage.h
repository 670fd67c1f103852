#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

// How a message stands. Assistant replies carry their end state; a reply that was still streaming
// when the app died is found as Streaming at the next start and becomes Interrupted.
enum class MessageState {
    Complete,
    Streaming,
    Stopped,
    Incomplete,
    Failed,
    Interrupted,
};

// One message of a conversation as the history keeps it. Messages form a tree: editing a message
// or regenerating a reply adds a sibling under the same parent, and nothing is ever overwritten.
struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0; // 0: the first message of the conversation
    QString role; // "user", "assistant" or "system"
    QString content;
    QString reasoning;
    QString model;
    MessageState state = MessageState::Complete;
    QString error; // why a reply failed or was cut, as shown to the user
    QString finishReason;
    qint64 timeToFirstTokenMs = -1;
    double tokensPerSecond = 0;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    QDateTime createdAt;
};

struct ConversationInfo
{
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 activeLeafId = 0; // the last message of the branch on screen
};

struct SearchHit
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString conversationTitle;
    QString snippet; // plain text around the match, the match between [ and ]
};

QString messageStateName(MessageState state);
MessageState messageStateFromName(const QString &name, bool *ok = nullptr);
