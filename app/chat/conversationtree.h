#pragma once

#include "storage/storedmessage.h"

#include <QtCore/QHash>
#include <QtCore/QList>

// The messages of one conversation as a tree, and the branch on screen (root to active leaf).
// Editing a message or regenerating a reply adds a sibling; switching between siblings shows the
// branch that continues from the chosen one (its most recent line of descendants). Pure logic.
class ConversationTree final
{
public:
    void reset(const QList<StoredMessage> &messages, qint64 activeLeaf);
    void add(const StoredMessage &message); // the new message becomes the active leaf
    StoredMessage *find(qint64 id);
    const StoredMessage *find(qint64 id) const;

    qint64 activeLeaf() const { return m_activeLeaf; }
    QList<qint64> activePath() const; // ids, oldest first
    QList<qint64> pathTo(qint64 leaf) const; // the branch from the root to leaf, oldest first
    QList<qint64> siblings(qint64 id) const; // including id, oldest first
    // Shows the sibling `steps` away from id (negative: older); returns the new active leaf, or 0.
    qint64 switchSibling(qint64 id, int steps);
    qint64 latestLeafUnder(qint64 id) const;
    bool isEmpty() const { return m_messages.isEmpty(); }

private:
    QHash<qint64, StoredMessage> m_messages;
    QHash<qint64, QList<qint64>> m_children; // parent id (0 for roots) -> children, oldest first
    qint64 m_activeLeaf = 0;
};
