#include "historyoutbox.h"

#include "storage/historystore.h"

HistoryOutbox::HistoryOutbox(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &HistoryOutbox::retry);
}

HistoryOutbox::~HistoryOutbox()
{
    if (!isEmpty())
        writeWaiting();
}

bool HistoryOutbox::isEmpty() const
{
    return m_conversations.isEmpty() && m_order.isEmpty() && m_updateOrder.isEmpty()
            && !m_leafMessage;
}

qint64 HistoryOutbox::savedConversation(qint64 id) const
{
    return id > 0 ? id : m_savedConversations.value(id, 0);
}

qint64 HistoryOutbox::savedMessage(qint64 id) const
{
    return id > 0 ? id : m_savedMessages.value(id, 0);
}

void HistoryOutbox::wait(const QString &error)
{
    if (!m_timer.isActive())
        m_timer.start();
    Q_EMIT failed(error);
}

qint64 HistoryOutbox::addConversation(const QString &title)
{
    const bool direct = isEmpty();
    if (direct) {
        if (const qint64 id = m_store->createConversation(title))
            return id;
    }
    const qint64 id = --m_nextTemporary;
    m_conversations.append({id, title});
    // Refused just now: it waits for the timer. Queued behind others: they are tried now, in order.
    if (!direct)
        retry();
    if (!savedConversation(id))
        wait(m_store->errorString());
    return savedConversation(id) ? savedConversation(id) : id;
}

qint64 HistoryOutbox::addMessage(const StoredMessage &message)
{
    // Straight in when nothing waits and its conversation and parent are in the history.
    StoredMessage copy = message;
    copy.conversationId = savedConversation(message.conversationId);
    copy.parentId = message.parentId ? savedMessage(message.parentId) : 0;
    const bool direct = isEmpty() && copy.conversationId && (copy.parentId || !message.parentId);
    if (direct) {
        if (const qint64 id = m_store->addMessage(copy))
            return id;
    }
    const qint64 id = --m_nextTemporary;
    StoredMessage waiting = message;
    waiting.id = id;
    if (!waiting.createdAt.isValid())
        waiting.createdAt = QDateTime::currentDateTime();
    m_messages.insert(id, waiting);
    m_order.append(id);
    // Refused just now: it waits for the timer. Queued behind others: they are tried now, in order.
    if (!direct)
        retry();
    if (!savedMessage(id)) {
        wait(m_store->errorString());
        return id;
    }
    return savedMessage(id);
}

void HistoryOutbox::updateMessage(const StoredMessage &message)
{
    const qint64 saved = savedMessage(message.id);
    if (!saved) {
        if (!m_messages.contains(message.id))
            return; // not one of ours
        // Not in the history yet: it goes in with this content when it does.
        StoredMessage &waiting = m_messages[message.id];
        const qint64 parent = waiting.parentId;
        const qint64 conversation = waiting.conversationId;
        const QDateTime created = waiting.createdAt;
        waiting = message;
        waiting.parentId = parent;
        waiting.conversationId = conversation;
        waiting.createdAt = created;
        return;
    }
    StoredMessage copy = message;
    copy.id = saved;
    copy.parentId = message.parentId ? savedMessage(message.parentId) : 0;
    copy.conversationId = savedConversation(message.conversationId);
    const bool direct = !m_updates.contains(saved);
    if (direct && m_store->updateMessage(copy))
        return;
    if (direct)
        m_updateOrder.append(saved);
    m_updates.insert(saved, copy); // only the latest state matters
    // Refused just now: it waits for the timer. An update already waiting: tried now, in order.
    if (!direct)
        retry();
    if (m_updates.contains(saved))
        wait(m_store->errorString());
}

void HistoryOutbox::setActiveLeaf(qint64 conversationId, qint64 messageId)
{
    const qint64 conversation = savedConversation(conversationId);
    const qint64 message = savedMessage(messageId);
    if (conversation && message && isEmpty() && m_store->setActiveLeaf(conversation, message))
        return;
    m_leafConversation = conversationId;
    m_leafMessage = messageId;
    if (!m_timer.isActive())
        m_timer.start();
}

void HistoryOutbox::retry()
{
    if (isEmpty()) {
        m_timer.stop();
        return;
    }
    if (writeWaiting()) {
        m_timer.stop();
        Q_EMIT written();
    } else if (!m_timer.isActive()) {
        m_timer.start();
    }
}

bool HistoryOutbox::writeWaiting()
{
    while (!m_conversations.isEmpty()) {
        const WaitingConversation c = m_conversations.first();
        const qint64 id = m_store->createConversation(c.title);
        if (!id)
            return false;
        m_conversations.removeFirst();
        m_savedConversations.insert(c.id, id);
        Q_EMIT conversationSaved(c.id, id);
    }
    while (!m_order.isEmpty()) {
        const qint64 temporary = m_order.first();
        StoredMessage copy = m_messages.value(temporary);
        copy.conversationId = savedConversation(copy.conversationId);
        copy.parentId = copy.parentId ? savedMessage(copy.parentId) : 0;
        if (!copy.conversationId)
            return false;
        const qint64 id = m_store->addMessage(copy);
        if (!id)
            return false;
        m_order.removeFirst();
        m_messages.remove(temporary);
        m_savedMessages.insert(temporary, id);
    }
    while (!m_updateOrder.isEmpty()) {
        const qint64 id = m_updateOrder.first();
        if (!m_store->updateMessage(m_updates.value(id)))
            return false;
        m_updateOrder.removeFirst();
        m_updates.remove(id);
    }
    if (m_leafMessage) {
        const qint64 conversation = savedConversation(m_leafConversation);
        const qint64 message = savedMessage(m_leafMessage);
        if (!conversation || !message || !m_store->setActiveLeaf(conversation, message))
            return false;
        m_leafConversation = m_leafMessage = 0;
    }
    return true;
}
