#include "conversationmodel.h"

#include <QtCore/QSet>

using namespace Qt::Literals::StringLiterals;

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_rows.at(index.row());
    const StoredMessage *m = m_tree->find(id);
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m->content;
    case IdRole:
        return m->id;
    case AuthorRole:
        return m->role;
    case ReasoningRole:
        return m->reasoning;
    case StateRole:
        return int(m->state);
    case ModelNameRole:
        return m_hideModels ? QString() : m->model;
    case ErrorRole:
        return m->error;
    case FinishReasonRole:
        return m->finishReason;
    case TimeToFirstTokenRole:
        return m->timeToFirstTokenMs;
    case TokensPerSecondRole:
        return m->tokensPerSecond;
    case CompletionTokensRole:
        return m->completionTokens;
    case SiblingIndexRole:
        return m_leaf ? 1 : int(m_tree->siblings(id).indexOf(id)) + 1;
    case SiblingCountRole:
        return m_leaf ? 1 : int(m_tree->siblings(id).size());
    case RevisionRole:
        return m_revision.value(id);
    case StatusRole:
        return m_status.value(id);
    case AwaitingFirstTokenRole:
        return m_awaiting.contains(id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{IdRole, "messageId"},
            {AuthorRole, "author"},
            {ContentRole, "content"},
            {ReasoningRole, "reasoning"},
            {StateRole, "state"},
            {ModelNameRole, "modelName"},
            {ErrorRole, "error"},
            {FinishReasonRole, "finishReason"},
            {TimeToFirstTokenRole, "timeToFirstToken"},
            {TokensPerSecondRole, "tokensPerSecond"},
            {CompletionTokensRole, "completionTokens"},
            {SiblingIndexRole, "siblingIndex"},
            {SiblingCountRole, "siblingCount"},
            {RevisionRole, "revision"},
            {StatusRole, "status"},
            {AwaitingFirstTokenRole, "awaitingFirstToken"}};
}

void ConversationModel::setTree(const ConversationTree *tree)
{
    beginResetModel();
    m_tree = tree;
    m_leaf = 0;
    m_rows = tree ? tree->activePath() : QList<qint64>();
    m_revision.clear();
    m_status.clear();
    m_awaiting.clear();
    endResetModel();
}

void ConversationModel::setLeaf(qint64 leaf)
{
    m_leaf = leaf;
    rebuild();
}

void ConversationModel::setModelNamesHidden(bool hidden)
{
    if (hidden == m_hideModels)
        return;
    m_hideModels = hidden;
    if (m_rows.isEmpty())
        return;
    for (const qint64 id : std::as_const(m_rows))
        ++m_revision[id]; // the views' cached layouts of these rows are out of date
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ModelNameRole, RevisionRole});
}

void ConversationModel::rebuild()
{
    const QList<qint64> path = !m_tree ? QList<qint64>()
            : m_leaf                   ? m_tree->pathTo(m_leaf)
                                       : m_tree->activePath();
    // Keep the rows the old and new branch share; replace only what follows them.
    qsizetype common = 0;
    while (common < m_rows.size() && common < path.size() && m_rows.at(common) == path.at(common))
        ++common;
    if (common < m_rows.size()) {
        beginRemoveRows({}, int(common), int(m_rows.size() - 1));
        m_rows.resize(common);
        endRemoveRows();
    }
    if (common < path.size()) {
        beginInsertRows({}, int(common), int(path.size() - 1));
        m_rows = path;
        endInsertRows();
    }
    // The rows before the branch point keep their versions: a new version (or a switch)
    // replaces rows from the branch point on, which were inserted above with their own arrows.
}

void ConversationModel::messageChanged(qint64 id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ++m_revision[id];
    QList<int> changed = roles;
    changed.append(RevisionRole);
    Q_EMIT dataChanged(index(row), index(row), changed);
}

void ConversationModel::setStatus(qint64 id, const QString &status)
{
    if (m_status.value(id) == status)
        return;
    if (status.isEmpty())
        m_status.remove(id);
    else
        m_status.insert(id, status);
    messageChanged(id, {StatusRole});
}

void ConversationModel::setAwaitingFirstToken(qint64 id, bool awaiting)
{
    if (m_awaiting.contains(id) == awaiting)
        return;
    if (awaiting)
        m_awaiting.insert(id);
    else
        m_awaiting.remove(id);
    messageChanged(id, {AwaitingFirstTokenRole});
}

int ConversationModel::rowOf(qint64 id) const
{
    // The streaming row is nearly always the last: look from the end.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row) == id)
            return int(row);
    }
    return -1;
}
