#pragma once

#include "storedmessage.h"
#include "votes.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

// Conversations, their message trees and per-message metadata in one SQLite file (WAL mode, so a
// crash never costs more than the last checkpoint and never corrupts the file). Schema changes are
// numbered migrations that each run in one transaction. Every write reports failure (a full disk,
// a read-only folder) through errorString() instead of throwing, so the caller can keep what is on
// screen and tell the user. One store per database file; it is not thread-safe.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    static QString defaultPath(); // history.sqlite in the platform's app-data folder
    static constexpr int SchemaVersion = 3;

    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    // The QSqlDatabase connection (for diagnostics and tests that provoke SQLite errors).
    QString connectionName() const { return m_connection; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    bool integrityCheck(QString *result = nullptr) const;

    // Replies still marked as streaming when the store opens were cut by a crash or a kill: they
    // become Interrupted. Returns how many.
    int markInterruptedReplies();

    QList<ConversationInfo> conversations() const; // newest first, without deleted ones
    ConversationInfo conversation(qint64 id) const;
    qint64 createConversation(const QString &title);
    bool renameConversation(qint64 id, const QString &title);
    bool setActiveLeaf(qint64 conversationId, qint64 messageId);
    // Deleting is undoable until purgeDeleted(): the conversation is only hidden.
    bool deleteConversation(qint64 id);
    bool undeleteConversation(qint64 id);
    bool purgeDeleted();
    // Every conversation, at once and for good (not undoable), overwritten on disk.
    bool clearAll();

    // Every message of a conversation (the whole tree), oldest first. A row that cannot be read
    // is skipped and described in problems, never fatal.
    QList<StoredMessage> messages(qint64 conversationId, QStringList *problems = nullptr) const;
    qint64 addMessage(StoredMessage &message); // sets id and createdAt
    bool updateMessage(const StoredMessage &message); // content, state and metadata

    // Full-text search over every conversation (SQLite FTS5); each word matches as a prefix.
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    QByteArray exportMarkdown(qint64 conversationId) const; // the branch on screen
    QByteArray exportJson(qint64 conversationId) const; // the whole tree
    qint64 importJson(const QByteArray &json); // a new conversation; 0 on failure

    // Blind comparisons: one vote per comparison round, each lane's result kept with its model.
    qint64 addVote(const Vote &vote); // sets id and createdAt; 0 on failure
    QList<Vote> votes(qint64 conversationId) const; // oldest first
    QList<VoteTally> voteTally() const; // each model's wins, losses and ties; most wins first
    bool clearVotes();

private:
    bool exec(const QString &sql);
    bool fail(const QSqlQuery &query, const QString &what);
    bool migrate();
    void touch(qint64 conversationId);

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    std::unique_ptr<QSqlQuery> m_insertMessage;
    std::unique_ptr<QSqlQuery> m_updateMessage;
};
