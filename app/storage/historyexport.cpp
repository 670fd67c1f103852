// Export of a conversation (Markdown: the versions on screen; JSON: every version) and import of
// a JSON export as a new conversation, in one transaction.
#include "historystore.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString roleLabel(const QString &role)
{
    if (role == "user"_L1)
        return HistoryStore::tr("You");
    if (role == "system"_L1)
        return HistoryStore::tr("System");
    return HistoryStore::tr("Assistant");
}

} // namespace

QByteArray HistoryStore::exportMarkdown(qint64 conversationId) const
{
    const ConversationInfo info = conversation(conversationId);
    const QList<StoredMessage> all = messages(conversationId);
    QHash<qint64, const StoredMessage *> byId;
    for (const StoredMessage &m : all)
        byId.insert(m.id, &m);
    QList<const StoredMessage *> branch;
    qint64 at = info.activeLeafId ? info.activeLeafId : (all.isEmpty() ? 0 : all.last().id);
    while (const StoredMessage *m = byId.value(at)) {
        branch.prepend(m);
        at = m->parentId;
    }
    QString out = u"# "_s + (info.title.isEmpty() ? tr("Conversation") : info.title) + u"\n\n"_s;
    for (const StoredMessage *m : std::as_const(branch)) {
        out += u"## "_s + roleLabel(m->role);
        if (m->role == "assistant"_L1 && !m->model.isEmpty())
            out += u" (" + m->model + u')';
        out += u"\n\n"_s + m->content + u"\n\n"_s;
    }
    return out.toUtf8();
}

QByteArray HistoryStore::exportJson(qint64 conversationId) const
{
    const ConversationInfo info = conversation(conversationId);
    QJsonArray list;
    for (const StoredMessage &m : messages(conversationId)) {
        list.append(QJsonObject{
                {u"id"_s, m.id},
                {u"parentId"_s, m.parentId},
                {u"role"_s, m.role},
                {u"content"_s, m.content},
                {u"reasoning"_s, m.reasoning},
                {u"model"_s, m.model},
                {u"state"_s, messageStateName(m.state)},
                {u"error"_s, m.error},
                {u"finishReason"_s, m.finishReason},
                {u"timeToFirstTokenMs"_s, m.timeToFirstTokenMs},
                {u"tokensPerSecond"_s, m.tokensPerSecond},
                {u"promptTokens"_s, m.promptTokens},
                {u"completionTokens"_s, m.completionTokens},
                {u"createdAt"_s, m.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    const QJsonObject root{{u"format"_s, u"parley-conversation"_s},
                           {u"version"_s, 1},
                           {u"title"_s, info.title},
                           {u"createdAt"_s, info.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                           {u"activeLeafId"_s, info.activeLeafId},
                           {u"messages"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

qint64 HistoryStore::importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || root.value("format"_L1).toString() != "parley-conversation"_L1) {
        m_error = tr("This file is not a Parley conversation export.");
        return 0;
    }
    if (root.value("version"_L1).toInt() > 1) {
        m_error = tr("This conversation was exported by a newer version of Parley.");
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        fail(QSqlQuery(db), tr("Could not import the conversation"));
        return 0;
    }
    const qint64 conversationId = createConversation(root.value("title"_L1).toString());
    QHash<qint64, qint64> newIds; // exported id -> new id
    bool ok = conversationId != 0;
    const QJsonArray list = root.value("messages"_L1).toArray();
    for (qsizetype i = 0; ok && i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        StoredMessage m;
        m.conversationId = conversationId;
        const qint64 oldParent = o.value("parentId"_L1).toInteger();
        m.parentId = oldParent ? newIds.value(oldParent) : 0;
        m.role = o.value("role"_L1).toString();
        bool stateOk = false;
        m.state = messageStateFromName(o.value("state"_L1).toString(), &stateOk);
        if ((oldParent && !m.parentId) || !stateOk
            || (m.role != "user"_L1 && m.role != "assistant"_L1 && m.role != "system"_L1)) {
            m_error = tr("The conversation file is damaged at message %1.").arg(i + 1);
            ok = false;
            break;
        }
        if (m.state == MessageState::Streaming)
            m.state = MessageState::Interrupted;
        m.content = o.value("content"_L1).toString();
        m.reasoning = o.value("reasoning"_L1).toString();
        m.model = o.value("model"_L1).toString();
        m.error = o.value("error"_L1).toString();
        m.finishReason = o.value("finishReason"_L1).toString();
        m.timeToFirstTokenMs = o.value("timeToFirstTokenMs"_L1).toInteger(-1);
        m.tokensPerSecond = o.value("tokensPerSecond"_L1).toDouble();
        m.promptTokens = o.value("promptTokens"_L1).toInteger(-1);
        m.completionTokens = o.value("completionTokens"_L1).toInteger(-1);
        m.createdAt = QDateTime::fromString(o.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
        ok = addMessage(m) != 0;
        newIds.insert(o.value("id"_L1).toInteger(), m.id);
    }
    if (ok) {
        const qint64 leaf = newIds.value(root.value("activeLeafId"_L1).toInteger());
        ok = setActiveLeaf(conversationId, leaf);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return 0;
    }
    return conversationId;
}
