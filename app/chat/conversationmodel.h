#pragma once

#include "conversationtree.h"

#include <QtCore/QAbstractListModel>
#include <QtCore/QSet>

// The branch on screen as a list, one row per message, for the chat view. Streaming changes one
// row at a time (dataChanged for that row and the roles that changed, never a reset), and each
// change bumps the row's revision so views can key their layout caches on it.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        AuthorRole, // QString: "user", "assistant", "system"
        ContentRole, // QString (also Qt::DisplayRole)
        ReasoningRole, // QString
        StateRole, // int (MessageState)
        ModelNameRole, // QString
        ErrorRole, // QString: why a reply failed or was cut
        FinishReasonRole, // QString
        TimeToFirstTokenRole, // qint64 ms, -1 unknown
        TokensPerSecondRole, // double
        CompletionTokensRole, // qint64, -1 unknown
        SiblingIndexRole, // int, 1-based position among its versions
        SiblingCountRole, // int, how many versions
        RevisionRole, // int, changes whenever the row changes
        StatusRole, // QString: "queued", "retrying in 3 s" ... while a reply waits; else empty
        AwaitingFirstTokenRole, // bool: sent, nothing received yet (the typing indicator)
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The tree is owned by the session; the model shows its active path.
    void setTree(const ConversationTree *tree);
    void rebuild(); // after the active path changed (new message, sibling switch)
    // Shows the branch that ends at leaf instead of the active one, without version arrows (a
    // comparison lane's thread); 0 goes back to the active branch.
    void setLeaf(qint64 leaf);
    qint64 leaf() const { return m_leaf; }
    // A blind comparison's lane: no reply says which model wrote it until the vote.
    void setModelNamesHidden(bool hidden);
    bool modelNamesHidden() const { return m_hideModels; }
    void messageChanged(qint64 id, const QList<int> &roles);
    void setStatus(qint64 id, const QString &status);
    void setAwaitingFirstToken(qint64 id, bool awaiting);
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const { return m_rows.value(row); }

private:
    const ConversationTree *m_tree = nullptr;
    qint64 m_leaf = 0; // 0: the active branch
    bool m_hideModels = false;
    QList<qint64> m_rows;
    QHash<qint64, int> m_revision;
    QHash<qint64, QString> m_status;
    QSet<qint64> m_awaiting;
};
