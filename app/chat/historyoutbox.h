#pragma once

#include "storage/storedmessage.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class HistoryStore;

// Every write of the open conversation goes through here, so that nothing the user wrote or
// received is lost when the history refuses a write (a full disk, a database locked past its
// busy timeout, a read-only file). What could not be written waits, in order: conversations,
// new messages (under temporary negative ids, their children pointing at them) and the latest
// state of each updated message. It is written as soon as the history accepts writes again,
// tried every few seconds and on every new write; written() says when nothing waits any more.
class HistoryOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryOutbox)

public:
    explicit HistoryOutbox(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryOutbox() override; // one last try

    // The history's id of a new conversation, or a temporary negative one while it waits.
    qint64 addConversation(const QString &title);
    // A new message (its conversation and parent may be temporary ids): the history's id, or a
    // temporary negative one while it waits.
    qint64 addMessage(const StoredMessage &message);
    // The message's latest content, state and metadata (its id may be temporary).
    void updateMessage(const StoredMessage &message);
    void setActiveLeaf(qint64 conversationId, qint64 messageId);

    // The history's id for a conversation or message id (itself when positive), 0 while waiting.
    qint64 savedConversation(qint64 id) const;
    qint64 savedMessage(qint64 id) const;
    bool isEmpty() const;
    int retryIntervalMs() const { return m_timer.interval(); }
    void setRetryIntervalMs(int ms) { m_timer.setInterval(ms); }

public Q_SLOTS:
    void retry();

Q_SIGNALS:
    void failed(const QString &message); // a write was refused; it waits
    void conversationSaved(qint64 temporaryId, qint64 id);
    void written(); // everything that waited is in the history now

private:
    struct WaitingConversation
    {
        qint64 id;
        QString title;
    };
    bool writeWaiting(); // false at the first refusal, which keeps the order
    void wait(const QString &error);

    HistoryStore *m_store;
    QList<WaitingConversation> m_conversations;
    QList<qint64> m_order; // waiting new messages, oldest first
    QHash<qint64, StoredMessage> m_messages; // by temporary id, with their latest content
    QList<qint64> m_updateOrder;
    QHash<qint64, StoredMessage> m_updates; // by the history's id, the latest state
    QHash<qint64, qint64> m_savedConversations; // temporary id -> the history's
    QHash<qint64, qint64> m_savedMessages;
    qint64 m_leafConversation = 0;
    qint64 m_leafMessage = 0;
    qint64 m_nextTemporary = 0;
    QTimer m_timer;
};
