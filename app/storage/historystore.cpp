#include "historystore.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

// Each migration runs in its own transaction and sets user_version; never edit a released one.
const char *const Migrations[] = {
        // 1: conversations, the message tree, full-text search kept in step by triggers.
        R"sql(
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            active_leaf_id INTEGER,
            deleted_at INTEGER
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'complete',
            error TEXT NOT NULL DEFAULT '',
            finish_reason TEXT NOT NULL DEFAULT '',
            ttft_ms INTEGER NOT NULL DEFAULT -1,
            tokens_per_second REAL NOT NULL DEFAULT 0,
            prompt_tokens INTEGER NOT NULL DEFAULT -1,
            completion_tokens INTEGER NOT NULL DEFAULT -1,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            content, content='messages', content_rowid='id', tokenize='unicode61');
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        )sql",
};
static_assert(std::size(Migrations) == HistoryStore::SchemaVersion);

// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind an empty one.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

// A message's text, state and metadata, in the column order both the insert and the update use:
// content, reasoning, model, state, error, finish_reason, ttft_ms, tokens_per_second,
// prompt_tokens, completion_tokens.
void bindContent(QSqlQuery &q, const StoredMessage &m)
{
    q.addBindValue(text(m.content));
    q.addBindValue(text(m.reasoning));
    q.addBindValue(text(m.model));
    q.addBindValue(messageStateName(m.state));
    q.addBindValue(text(m.error));
    q.addBindValue(text(m.finishReason));
    q.addBindValue(m.timeToFirstTokenMs);
    q.addBindValue(m.tokensPerSecond);
    q.addBindValue(m.promptTokens);
    q.addBindValue(m.completionTokens);
}

// A row of "SELECT id, title, created_at, updated_at, active_leaf_id FROM conversations".
ConversationInfo conversationAt(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            fromMs(query.value(2).toLongLong()), fromMs(query.value(3).toLongLong()),
            query.value(4).toLongLong()};
}

QString roleLabel(const QString &role)
{
    if (role == "user"_L1)
        return HistoryStore::tr("You");
    if (role == "system"_L1)
        return HistoryStore::tr("System");
    return HistoryStore::tr("Assistant");
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"parley-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    m_insertMessage.reset();
    m_updateMessage.reset();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
            && QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::open(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Could not create the folder %1 for the history. Check that it is writable.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("Could not open the history at %1: %2")
                          .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    // WAL: readers never block the writer, and a crash loses at most the last transaction.
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s)
        || !exec(u"PRAGMA foreign_keys=ON"_s) || !migrate()) {
        db.close();
        return false;
    }
    m_insertMessage = std::make_unique<QSqlQuery>(db);
    m_insertMessage->prepare(
            u"INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, model, "
            u"state, "
            "error, finish_reason, ttft_ms, tokens_per_second, prompt_tokens, completion_tokens, "
            "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    m_updateMessage = std::make_unique<QSqlQuery>(db);
    m_updateMessage->prepare(
            u"UPDATE messages SET content=?, reasoning=?, model=?, state=?, error=?, "
            u"finish_reason=?, "
            "ttft_ms=?, tokens_per_second=?, prompt_tokens=?, completion_tokens=? WHERE id=?"_s);
    return true;
}

bool HistoryStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return fail(query, tr("Could not prepare the history"));
    return true;
}

bool HistoryStore::fail(const QSqlQuery &query, const QString &what)
{
    const QString reason = query.lastError().text();
    const bool full = reason.contains("full"_L1, Qt::CaseInsensitive);
    const bool readOnly = reason.contains("readonly"_L1, Qt::CaseInsensitive)
            || reason.contains("read-only"_L1, Qt::CaseInsensitive);
    if (full)
        m_error = tr("%1: the disk is full. Free some space; the conversation stays on screen and "
                     "is saved once there is room.")
                          .arg(what);
    else if (readOnly)
        m_error = tr("%1: the history file or its folder is read-only (%2). Make it writable; "
                     "the conversation stays on screen and is saved as soon as it is.")
                          .arg(what, QDir::toNativeSeparators(m_path));
    else
        m_error = tr("%1: %2").arg(what, reason);
    return false;
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int version = schemaVersion();
    if (version < 0)
        return fail(QSqlQuery(db), tr("Could not read the history"));
    if (version > SchemaVersion) {
        m_error = tr("The history at %1 was written by a newer version of Parley. Update Parley to "
                     "open it.")
                          .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (!db.transaction())
            return fail(QSqlQuery(db), tr("Could not update the history"));
        bool ok = true;
        const QStringList statements = QString::fromUtf8(Migrations[next - 1]).split(u";\n"_s);
        QString pending;
        for (const QString &part : statements) {
            // Trigger bodies contain ";": keep collecting until the statement is complete.
            pending += part;
            if (pending.trimmed().isEmpty())
                continue;
            if (pending.contains("BEGIN"_L1) && !pending.trimmed().endsWith("END"_L1)) {
                pending += u";\n"_s;
                continue;
            }
            QSqlQuery query(db);
            if (!query.exec(pending)) {
                fail(query, tr("Could not update the history to version %1").arg(next));
                ok = false;
                break;
            }
            pending.clear();
        }
        QSqlQuery setVersion(db);
        if (ok && !setVersion.exec(u"PRAGMA user_version = %1"_s.arg(next))) {
            fail(setVersion, tr("Could not update the history"));
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit())
            return fail(QSqlQuery(db), tr("Could not update the history"));
    }
    return true;
}

bool HistoryStore::integrityCheck(QString *result) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return false;
    const QString text = query.value(0).toString();
    if (result)
        *result = text;
    return text == "ok"_L1;
}

int HistoryStore::markInterruptedReplies()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE messages SET state='interrupted' WHERE state='streaming'"_s);
    if (!query.exec()) {
        fail(query, tr("Could not update the history"));
        return 0;
    }
    return query.numRowsAffected();
}

QList<ConversationInfo> HistoryStore::conversations() const
{
    QList<ConversationInfo> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT id, title, created_at, updated_at, active_leaf_id FROM conversations "
                    "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"_s))
        return list;
    while (query.next())
        list.append(conversationAt(query));
    return list;
}

ConversationInfo HistoryStore::conversation(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
            u"SELECT id, title, created_at, updated_at, active_leaf_id FROM conversations WHERE id=?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return conversationAt(query);
}

qint64 HistoryStore::createConversation(const QString &title)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)"_s);
    const qint64 t = now();
    query.addBindValue(text(title));
    query.addBindValue(t);
    query.addBindValue(t);
    if (!query.exec()) {
        fail(query, tr("Could not save the new conversation"));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool HistoryStore::renameConversation(qint64 id, const QString &title)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE conversations SET title=? WHERE id=?"_s);
    query.addBindValue(text(title));
    query.addBindValue(id);
    return query.exec() || fail(query, tr("Could not rename the conversation"));
}

bool HistoryStore::setActiveLeaf(qint64 conversationId, qint64 messageId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE conversations SET active_leaf_id=? WHERE id=?"_s);
    query.addBindValue(messageId);
    query.addBindValue(conversationId);
    return query.exec() || fail(query, tr("Could not save the conversation"));
}

bool HistoryStore::deleteConversation(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE conversations SET deleted_at=? WHERE id=?"_s);
    query.addBindValue(now());
    query.addBindValue(id);
    return query.exec() || fail(query, tr("Could not delete the conversation"));
}

bool HistoryStore::undeleteConversation(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE conversations SET deleted_at=NULL WHERE id=?"_s);
    query.addBindValue(id);
    return query.exec() || fail(query, tr("Could not restore the conversation"));
}

bool HistoryStore::purgeDeleted()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // The FTS triggers need each message deleted as a row, so delete messages first, explicitly.
    if (!db.transaction())
        return fail(query, tr("Could not delete conversations"));
    const bool ok = query.exec(u"DELETE FROM messages WHERE conversation_id IN "
                               "(SELECT id FROM conversations WHERE deleted_at IS NOT NULL)"_s)
            && query.exec(u"DELETE FROM conversations WHERE deleted_at IS NOT NULL"_s);
    if (!ok) {
        db.rollback();
        return fail(query, tr("Could not delete conversations"));
    }
    return db.commit() || fail(query, tr("Could not delete conversations"));
}

bool HistoryStore::clearAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // secure_delete overwrites the freed pages, and the checkpoint empties the write-ahead log,
    // so the words are gone from the files, not only from the tables.
    if (!query.exec(u"PRAGMA secure_delete=ON"_s) || !db.transaction())
        return fail(query, tr("Could not clear the history"));
    const bool ok =
            query.exec(u"DELETE FROM messages"_s) && query.exec(u"DELETE FROM conversations"_s);
    if (!ok) {
        db.rollback();
        return fail(query, tr("Could not clear the history"));
    }
    if (!db.commit())
        return fail(query, tr("Could not clear the history"));
    query.exec(u"INSERT INTO messages_fts(messages_fts) VALUES('optimize')"_s);
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

void HistoryStore::touch(qint64 conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE conversations SET updated_at=? WHERE id=?"_s);
    query.addBindValue(now());
    query.addBindValue(conversationId);
    query.exec();
}

QList<StoredMessage> HistoryStore::messages(qint64 conversationId, QStringList *problems) const
{
    QList<StoredMessage> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
            u"SELECT id, parent_id, role, content, reasoning, model, state, error, finish_reason, "
            "ttft_ms, tokens_per_second, prompt_tokens, completion_tokens, created_at "
            "FROM messages WHERE conversation_id=? ORDER BY id"_s);
    query.addBindValue(conversationId);
    if (!query.exec()) {
        m_error = tr("Could not read the conversation: %1").arg(query.lastError().text());
        if (problems)
            problems->append(m_error);
        return list;
    }
    QSet<qint64> known;
    while (query.next()) {
        StoredMessage m;
        m.id = query.value(0).toLongLong();
        m.conversationId = conversationId;
        m.parentId = query.value(1).toLongLong();
        m.role = query.value(2).toString();
        bool stateOk = false;
        m.state = messageStateFromName(query.value(6).toString(), &stateOk);
        // A row that breaks the rules is skipped and reported; the rest of the history stands.
        QString problem;
        if (m.role != "user"_L1 && m.role != "assistant"_L1 && m.role != "system"_L1)
            problem = tr("message %1 has an unknown role").arg(m.id);
        else if (!stateOk)
            problem = tr("message %1 has an unknown state").arg(m.id);
        else if (m.parentId != 0 && !known.contains(m.parentId))
            problem = tr("message %1 belongs to a missing message").arg(m.id);
        else if (query.value(3).typeId() != QMetaType::QString && !query.value(3).isNull())
            problem = tr("message %1 has unreadable text").arg(m.id);
        if (!problem.isEmpty()) {
            if (problems)
                problems->append(problem);
            continue;
        }
        m.content = query.value(3).toString();
        m.reasoning = query.value(4).toString();
        m.model = query.value(5).toString();
        m.error = query.value(7).toString();
        m.finishReason = query.value(8).toString();
        m.timeToFirstTokenMs = query.value(9).toLongLong();
        m.tokensPerSecond = query.value(10).toDouble();
        m.promptTokens = query.value(11).toLongLong();
        m.completionTokens = query.value(12).toLongLong();
        m.createdAt = fromMs(query.value(13).toLongLong());
        known.insert(m.id);
        list.append(m);
    }
    return list;
}

qint64 HistoryStore::addMessage(StoredMessage &m)
{
    if (!m_insertMessage) {
        m_error = tr("The history is not open.");
        return 0;
    }
    if (!m.createdAt.isValid())
        m.createdAt = QDateTime::currentDateTime();
    QSqlQuery &q = *m_insertMessage;
    q.addBindValue(m.conversationId);
    q.addBindValue(m.parentId ? QVariant(m.parentId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(m.role));
    bindContent(q, m);
    q.addBindValue(m.createdAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        fail(q, tr("Could not save the message"));
        return 0;
    }
    m.id = q.lastInsertId().toLongLong();
    touch(m.conversationId);
    return m.id;
}

bool HistoryStore::updateMessage(const StoredMessage &m)
{
    if (!m_updateMessage) {
        m_error = tr("The history is not open.");
        return false;
    }
    QSqlQuery &q = *m_updateMessage;
    bindContent(q, m);
    q.addBindValue(m.id);
    return q.exec() || fail(q, tr("Could not save the reply"));
}

QList<SearchHit> HistoryStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    // Each word becomes a quoted prefix term, so FTS5 syntax in the input is just text.
    QStringList terms;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', u"\"\""_s);
        terms.append(u'"' + word + u"\"*"_s);
    }
    if (terms.isEmpty())
        return hits;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT m.conversation_id, m.id, c.title, "
                  "snippet(messages_fts, 0, '[', ']', '…', 12) "
                  "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                  "JOIN conversations c ON c.id = m.conversation_id "
                  "WHERE messages_fts MATCH ? AND c.deleted_at IS NULL "
                  "ORDER BY rank LIMIT ?"_s);
    query.addBindValue(terms.join(u' '));
    query.addBindValue(limit);
    if (!query.exec())
        return hits;
    while (query.next())
        hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toString()});
    return hits;
}

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
