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
