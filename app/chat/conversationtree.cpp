#include "conversationtree.h"

#include <algorithm>

void ConversationTree::reset(const QList<StoredMessage> &messages, qint64 activeLeaf)
{
    m_messages.clear();
    m_children.clear();
    qint64 newest = 0;
    for (const StoredMessage &m : messages) {
        m_messages.insert(m.id, m);
        m_children[m.parentId].append(m.id);
        newest = std::max(newest, m.id);
    }
    for (QList<qint64> &children : m_children)
        std::sort(children.begin(), children.end());
    // A missing or unknown leaf (an old file, a skipped row): show the newest branch.
    m_activeLeaf =
            m_messages.contains(activeLeaf) ? activeLeaf : (newest ? latestLeafUnder(newest) : 0);
}

void ConversationTree::add(const StoredMessage &message)
{
    m_messages.insert(message.id, message);
    m_children[message.parentId].append(message.id);
    m_activeLeaf = message.id;
}

StoredMessage *ConversationTree::find(qint64 id)
{
    auto it = m_messages.find(id);
    return it == m_messages.end() ? nullptr : &it.value();
}

const StoredMessage *ConversationTree::find(qint64 id) const
{
    auto it = m_messages.constFind(id);
    return it == m_messages.constEnd() ? nullptr : &it.value();
}

QList<qint64> ConversationTree::activePath() const
{
    return pathTo(m_activeLeaf);
}

QList<qint64> ConversationTree::pathTo(qint64 leaf) const
{
    QList<qint64> path;
    for (qint64 at = leaf; at != 0;) {
        const StoredMessage *m = find(at);
        if (!m || path.size() > m_messages.size())
            break; // defensive: never loop on a damaged tree
        path.prepend(at);
        at = m->parentId;
    }
    return path;
}

QList<qint64> ConversationTree::siblings(qint64 id) const
{
    const StoredMessage *m = find(id);
    return m ? m_children.value(m->parentId) : QList<qint64>();
}

qint64 ConversationTree::latestLeafUnder(qint64 id) const
{
    qint64 at = id;
    for (int guard = 0; guard <= m_messages.size(); ++guard) {
        const QList<qint64> children = m_children.value(at);
        if (children.isEmpty())
            break;
        at = children.last();
    }
    return at;
}

qint64 ConversationTree::switchSibling(qint64 id, int steps)
{
    const QList<qint64> list = siblings(id);
    const qsizetype index = list.indexOf(id);
    const qsizetype target = index + steps;
    if (index < 0 || target < 0 || target >= list.size())
        return 0;
    m_activeLeaf = latestLeafUnder(list.at(target));
    return m_activeLeaf;
}
