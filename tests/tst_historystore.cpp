// The history database: a real SQLite file in a temporary folder.
#include "storage/historystore.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

StoredMessage message(qint64 conversation, qint64 parent, const QString &role, const QString &text)
{
    StoredMessage m;
    m.conversationId = conversation;
    m.parentId = parent;
    m.role = role;
    m.content = text;
    return m;
}

bool sql(const HistoryStore &store, const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    return query.exec(statement);
}

// FTS5's own check that its index holds exactly the words of the rows of messages (every row:
// call it when none is streaming).
bool indexMatchesMessages(const HistoryStore &store)
{
    return sql(store,
               u"INSERT INTO messages_fts(messages_fts, rank) VALUES('integrity-check', 1)"_s);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheSchemaInWalMode();
    void refusesAHistoryFromANewerParley();
    void aFailedMigrationLeavesNothingHalfDone();
    void keepsTheMessageTreeAndMetadata();
    void streamingRepliesBecomeInterruptedAtTheNextStart();
    void corruptRowsAreSkippedAndReported();
    void searchFindsWordsAcrossConversations();
    void aStreamingReplyIsIndexedWhenItStops();
    void aVersionTwoHistoryForgetsTheStreamingRowsItIndexed();
    void deleteCanBeUndoneUntilPurged();
    void clearingTheHistoryLeavesNoTraceInTheFiles();
    void exportsMarkdownAndJsonAndImportsJsonBack();
    void aFullDiskIsAClearError();
    void aReadOnlyHistoryIsAClearError();
    void votesAreKeptAndTallied();
    void aVersionOneHistoryGainsVotes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistoryStore::createsTheSchemaInWalMode()
{
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(store.integrityCheck());
    HistoryStore again; // opening an existing, current history changes nothing
    QVERIFY(again.open(path()));
    QCOMPARE(again.schemaVersion(), HistoryStore::SchemaVersion);
}

void TestHistoryStore::refusesAHistoryFromANewerParley()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
        QVERIFY(sql(store, u"PRAGMA user_version = 99"_s));
    }
    HistoryStore store;
    QVERIFY(!store.open(path()));
    QVERIFY(store.errorString().contains(u"newer version of Parley"_s));
}

void TestHistoryStore::aFailedMigrationLeavesNothingHalfDone()
{
    {
        // A version-0 file that already has a "messages" table: migration 1 cannot create it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prep"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE messages (x)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"prep"_s);
    HistoryStore store;
    QVERIFY(!store.open(path()));
    QVERIFY(store.errorString().contains(u"version 1"_s));
    HistoryStore look;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name='conversations'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // rolled back: no table of the failed migration is left
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"look"_s);
}

void TestHistoryStore::keepsTheMessageTreeAndMetadata()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"Trip"_s);
    QVERIFY(c > 0);
    StoredMessage question = message(c, 0, u"user"_s, u"Where to?"_s);
    QVERIFY(store.addMessage(question) > 0);
    StoredMessage first = message(c, question.id, u"assistant"_s, u"Seoul"_s);
    first.model = u"m1"_s;
    first.finishReason = u"stop"_s;
    first.timeToFirstTokenMs = 120;
    first.tokensPerSecond = 42.5;
    first.completionTokens = 3;
    QVERIFY(store.addMessage(first) > 0);
    StoredMessage second = message(c, question.id, u"assistant"_s, u"Busan"_s); // regenerated
    second.state = MessageState::Stopped;
    QVERIFY(store.addMessage(second) > 0);
    QVERIFY(store.setActiveLeaf(c, second.id));

    second.content = u"Busan, then Jeju"_s;
    second.state = MessageState::Complete;
    QVERIFY(store.updateMessage(second));

    QStringList problems;
    const QList<StoredMessage> all = store.messages(c, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).parentId, question.id);
    QCOMPARE(all.at(2).parentId, question.id); // siblings: nothing was overwritten
    QCOMPARE(all.at(1).tokensPerSecond, 42.5);
    QCOMPARE(all.at(1).timeToFirstTokenMs, 120);
    QCOMPARE(all.at(2).content, u"Busan, then Jeju"_s);
    QCOMPARE(all.at(2).state, MessageState::Complete);
    QCOMPARE(store.conversation(c).activeLeafId, second.id);
    QCOMPARE(store.conversations().first().title, u"Trip"_s);
}

void TestHistoryStore::streamingRepliesBecomeInterruptedAtTheNextStart()
{
    qint64 c = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
        c = store.createConversation(u"x"_s);
        StoredMessage reply = message(c, 0, u"assistant"_s, u"partial"_s);
        reply.state = MessageState::Streaming;
        QVERIFY(store.addMessage(reply));
    }
    HistoryStore store;
    QVERIFY(store.open(path()));
    QCOMPARE(store.markInterruptedReplies(), 1);
    const QList<StoredMessage> all = store.messages(c);
    QCOMPARE(all.first().state, MessageState::Interrupted);
    QCOMPARE(all.first().content, u"partial"_s);
}

void TestHistoryStore::corruptRowsAreSkippedAndReported()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"x"_s);
    StoredMessage good = message(c, 0, u"user"_s, u"fine"_s);
    QVERIFY(store.addMessage(good));
    QVERIFY(sql(
            store,
            u"INSERT INTO messages (conversation_id, role, state, created_at) VALUES (%1, 'alien', 'complete', 0)"_s
                    .arg(c)));
    QVERIFY(sql(
            store,
            u"INSERT INTO messages (conversation_id, role, state, created_at) VALUES (%1, 'user', 'melted', 0)"_s
                    .arg(c)));
    QVERIFY(sql(
            store,
            u"INSERT INTO messages (conversation_id, parent_id, role, state, created_at) VALUES (%1, 9999, 'assistant', 'complete', 0)"_s
                    .arg(c)));
    QVERIFY(sql(
            store,
            u"INSERT INTO messages (conversation_id, role, content, state, created_at) VALUES (%1, 'user', x'00ff', 'complete', 0)"_s
                    .arg(c)));
    QStringList problems;
    const QList<StoredMessage> all = store.messages(c, &problems);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().content, u"fine"_s);
    QCOMPARE(problems.size(), 4);
}

void TestHistoryStore::searchFindsWordsAcrossConversations()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 a = store.createConversation(u"Cooking"_s);
    const qint64 b = store.createConversation(u"Travel"_s);
    StoredMessage m1 = message(a, 0, u"user"_s, u"How do I make kimchi stew?"_s);
    StoredMessage m2 = message(b, 0, u"user"_s, u"서울에서 부산까지 기차로 얼마나 걸려요?"_s);
    StoredMessage m3 = message(b, 0, u"assistant"_s, u"The KTX takes about 2.5 hours."_s);
    QVERIFY(store.addMessage(m1) && store.addMessage(m2) && store.addMessage(m3));

    QList<SearchHit> hits = store.search(u"kimch"_s); // prefix
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().conversationId, a);
    QCOMPARE(hits.first().conversationTitle, u"Cooking"_s);
    QVERIFY(hits.first().snippet.contains(u"[kimchi]"_s));
    hits = store.search(u"부산"_s); // Korean, as a prefix of 부산까지
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, m2.id);
    QCOMPARE(store.search(u"ktx hours"_s).size(), 1);
    QCOMPARE(store.search(u"\"unbalanced OR NEAR("_s).size(), 0); // user text is never FTS syntax

    m3.content = u"Now it says trains."_s;
    QVERIFY(store.updateMessage(m3)); // the index follows edits
    QCOMPARE(store.search(u"ktx"_s).size(), 0);
    QCOMPARE(store.search(u"trains"_s).size(), 1);
}

void TestHistoryStore::deleteCanBeUndoneUntilPurged()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"Gone"_s);
    StoredMessage m = message(c, 0, u"user"_s, u"findable"_s);
    QVERIFY(store.addMessage(m));
    QVERIFY(store.deleteConversation(c));
    QVERIFY(store.conversations().isEmpty());
    QVERIFY(store.search(u"findable"_s).isEmpty());
    QVERIFY(store.undeleteConversation(c));
    QCOMPARE(store.conversations().size(), 1);
    QVERIFY(store.deleteConversation(c));
    QVERIFY(store.purgeDeleted());
    QVERIFY(store.undeleteConversation(c)); // nothing left to restore
    QVERIFY(store.conversations().isEmpty());
    QVERIFY(store.messages(c).isEmpty());
    QVERIFY(store.integrityCheck());
}

void TestHistoryStore::clearingTheHistoryLeavesNoTraceInTheFiles()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const QByteArray marker = "zebra-marmalade-7f3c";
    for (int i = 0; i < 20; ++i) {
        const qint64 c = store.createConversation(u"Private %1"_s.arg(i));
        StoredMessage m = message(c, 0, u"user"_s, QString::fromLatin1(marker).repeated(50));
        QVERIFY(store.addMessage(m));
    }
    QVERIFY(store.clearAll());
    QVERIFY(store.conversations().isEmpty());
    QVERIFY(store.search(QString::fromLatin1(marker)).isEmpty());
    QVERIFY(store.integrityCheck());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile file(path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
    }
    const qint64 again = store.createConversation(u"After"_s); // still usable
    QVERIFY(again > 0);
}

void TestHistoryStore::exportsMarkdownAndJsonAndImportsJsonBack()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"Export me"_s);
    StoredMessage q = message(c, 0, u"user"_s, u"Question?"_s);
    QVERIFY(store.addMessage(q));
    StoredMessage old = message(c, q.id, u"assistant"_s, u"Old answer"_s);
    QVERIFY(store.addMessage(old));
    StoredMessage now = message(c, q.id, u"assistant"_s, u"**New** answer"_s);
    now.model = u"demo"_s;
    QVERIFY(store.addMessage(now));
    QVERIFY(store.setActiveLeaf(c, now.id));

    const QString markdown = QString::fromUtf8(store.exportMarkdown(c));
    QVERIFY(markdown.startsWith(u"# Export me"_s));
    QVERIFY(markdown.contains(u"Question?"_s));
    QVERIFY(markdown.contains(u"**New** answer"_s));
    QVERIFY(!markdown.contains(u"Old answer"_s)); // the branch on screen only
    QVERIFY(markdown.contains(u"(demo)"_s));

    const QByteArray json = store.exportJson(c);
    QCOMPARE(QJsonDocument::fromJson(json).object().value("format"_L1).toString(),
             u"parley-conversation"_s);
    const qint64 copy = store.importJson(json);
    QVERIFY2(copy > 0, qPrintable(store.errorString()));
    const QList<StoredMessage> imported = store.messages(copy);
    QCOMPARE(imported.size(), 3);
    QCOMPARE(imported.at(1).parentId, imported.at(0).id);
    QCOMPARE(imported.at(2).parentId, imported.at(0).id); // the tree survives
    QCOMPARE(store.conversation(copy).activeLeafId, imported.at(2).id);
    QCOMPARE(store.conversation(copy).title, u"Export me"_s);
    QCOMPARE(store.exportMarkdown(copy), store.exportMarkdown(c));

    QCOMPARE(store.importJson("{\"format\":\"something else\"}"), 0);
    QVERIFY(!store.errorString().isEmpty());
    const qint64 before = store.conversations().size();
    QCOMPARE(
            store.importJson(
                    R"({"format":"parley-conversation","version":1,"messages":[{"id":1,"parentId":7,"role":"user","state":"complete"}]})"),
            0);
    QCOMPARE(store.conversations().size(), before); // a damaged file imports nothing at all
}

void TestHistoryStore::aFullDiskIsAClearError()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"x"_s);
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
    // SQLite's own "database or disk is full", as on a full disk.
    QVERIFY(sql(store, u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));
    StoredMessage big = message(c, 0, u"user"_s, QString(200000, u'x'));
    QCOMPARE(store.addMessage(big), 0);
    QVERIFY2(store.errorString().contains(u"disk is full"_s), qPrintable(store.errorString()));
}

void TestHistoryStore::aReadOnlyHistoryIsAClearError()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"x"_s);
    QVERIFY(sql(store,
                u"PRAGMA query_only = 1"_s)); // SQLite's read-only error, as for a read-only file
    StoredMessage m = message(c, 0, u"user"_s, u"hello"_s);
    QCOMPARE(store.addMessage(m), 0);
    QVERIFY2(store.errorString().contains(u"read-only"_s), qPrintable(store.errorString()));
}

// Blind comparisons' votes: each lane's result by outcome, read back per conversation, tallied per
// model and provider; deleting the conversation keeps the tally.
void TestHistoryStore::votesAreKeptAndTallied()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"Compare"_s);
    StoredMessage question = message(c, 0, u"user"_s, u"Which?"_s);
    QVERIFY(store.addMessage(question) > 0);
    QList<VoteLane> lanes;
    for (const QString &model : {u"m1"_s, u"m2"_s, u"m3"_s}) {
        StoredMessage answer = message(c, question.id, u"assistant"_s, u"answer"_s);
        answer.model = model;
        QVERIFY(store.addMessage(answer) > 0);
        lanes.append({QString(QChar(char16_t(u'A' + lanes.size()))), model, u"Work"_s, answer.id,
                      LaneResult::Tie});
    }
    Vote best = Vote::of(VoteOutcome::Best, lanes, 2);
    best.conversationId = c;
    best.userMessageId = question.id;
    QVERIFY(store.addVote(best) > 0);
    Vote tie = Vote::of(VoteOutcome::Tie, lanes.mid(0, 2));
    tie.conversationId = c;
    QVERIFY(store.addVote(tie) > 0);
    Vote bad = Vote::of(VoteOutcome::AllBad, {lanes.at(0), lanes.at(2)});
    QVERIFY(store.addVote(bad) > 0); // a vote outside any conversation is kept too

    const QList<Vote> stored = store.votes(c);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).outcome, VoteOutcome::Best);
    QCOMPARE(stored.at(0).userMessageId, question.id);
    QCOMPARE(stored.at(0).lanes.size(), 3);
    QCOMPARE(stored.at(0).lanes.at(2).result, LaneResult::Win);
    QCOMPARE(stored.at(0).lanes.at(0).result, LaneResult::Loss);
    QCOMPARE(stored.at(0).lanes.at(1).messageId, lanes.at(1).messageId);
    QCOMPARE(stored.at(0).lanes.at(1).label, u"B"_s);
    QCOMPARE(stored.at(1).outcome, VoteOutcome::Tie);
    QCOMPARE(stored.at(1).lanes.at(1).result, LaneResult::Tie);

    auto check = [&](const QList<VoteTally> &tally) {
        QCOMPARE(tally.size(), 3);
        QCOMPARE(tally.at(0).model, u"m3"_s); // the one with a win first
        QCOMPARE(tally.at(0).provider, u"Work"_s);
        QCOMPARE(tally.at(0).wins, 1);
        QCOMPARE(tally.at(0).allBad, 1);
        QCOMPARE(tally.at(0).votes(), 2);
        for (const VoteTally &t : tally.mid(1)) {
            QCOMPARE(t.wins, 0);
            QCOMPARE(t.losses, 1);
            QCOMPARE(t.ties, 1);
        }
        QCOMPARE(tally.at(1).model, u"m1"_s);
        QCOMPARE(tally.at(1).allBad, 1);
        QCOMPARE(tally.at(2).allBad, 0);
    };
    check(store.voteTally());
    QVERIFY(store.deleteConversation(c) && store.purgeDeleted());
    QVERIFY(store.votes(c).isEmpty()); // no longer tied to it
    check(store.voteTally());
    QVERIFY(store.clearVotes());
    QVERIFY(store.voteTally().isEmpty());
}

// A history written before votes existed opens, migrates, and takes votes.
void TestHistoryStore::aVersionOneHistoryGainsVotes()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
        const qint64 c = store.createConversation(u"Old"_s);
        StoredMessage m = message(c, 0, u"user"_s, u"kept"_s);
        QVERIFY(store.addMessage(m) > 0);
        QVERIFY(sql(store, u"DROP TABLE vote_lanes"_s) && sql(store, u"DROP TABLE votes"_s));
        QVERIFY(sql(store, u"PRAGMA user_version = 1"_s));
    }
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(store.conversations().size(), 1);
    QCOMPARE(store.messages(store.conversations().first().id).first().content, u"kept"_s);
    QVERIFY(store.addVote(Vote::of(VoteOutcome::Tie, {{u"A"_s, u"m"_s, u"P"_s, 0, {}}})) > 0);
    QCOMPARE(store.voteTally().size(), 1);
}

void TestHistoryStore::aStreamingReplyIsIndexedWhenItStops()
{
    HistoryStore store;
    QVERIFY(store.open(path()));
    const qint64 c = store.createConversation(u"Stream"_s);
    StoredMessage reply = message(c, 0, u"assistant"_s, u"alpha"_s);
    reply.state = MessageState::Streaming;
    QVERIFY(store.addMessage(reply) > 0);
    reply.content = u"alpha beta"_s; // the checkpoints of a streaming reply: not indexed
    QVERIFY(store.updateMessage(reply));
    QCOMPARE(store.search(u"alpha"_s).size(), 0);
    reply.content = u"alpha beta gamma"_s;
    reply.state = MessageState::Complete; // finished: indexed once, as it ends
    QVERIFY(store.updateMessage(reply));
    QCOMPARE(store.search(u"gamma"_s).size(), 1);
    QCOMPARE(store.search(u"alpha"_s).size(), 1);
    QVERIFY(indexMatchesMessages(store));

    reply.state = MessageState::Streaming; // retried in place: out of the index again
    reply.content = u"delta"_s;
    QVERIFY(store.updateMessage(reply));
    QCOMPARE(store.search(u"gamma"_s).size(), 0);
    QCOMPARE(store.search(u"delta"_s).size(), 0);
    QVERIFY(sql(store, u"DELETE FROM messages WHERE id = %1"_s.arg(reply.id)));
    QVERIFY(indexMatchesMessages(store)); // deleting a row never indexed leaves the index whole

    StoredMessage cut = message(c, 0, u"assistant"_s, u"epsilon partial"_s); // killed mid-reply
    cut.state = MessageState::Streaming;
    QVERIFY(store.addMessage(cut) > 0);
    QCOMPARE(store.markInterruptedReplies(), 1); // at the next start: found from then on
    QCOMPARE(store.search(u"epsilon"_s).size(), 1);
    QVERIFY(indexMatchesMessages(store));
}

void TestHistoryStore::aVersionTwoHistoryForgetsTheStreamingRowsItIndexed()
{
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path()));
        // Version 2's triggers, which indexed every write
        QVERIFY(sql(store, u"DROP TRIGGER messages_fts_insert"_s));
        QVERIFY(sql(store, u"DROP TRIGGER messages_fts_update"_s));
        QVERIFY(sql(
                store,
                u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                "INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"_s));
        QVERIFY(sql(
                store,
                u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN "
                "INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, "
                "old.content); "
                "INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"_s));
        const qint64 c = store.createConversation(u"Old"_s);
        StoredMessage done = message(c, 0, u"user"_s, u"finished words"_s);
        StoredMessage open = message(c, 0, u"assistant"_s, u"streamed words"_s);
        open.state = MessageState::Streaming;
        QVERIFY(store.addMessage(done) > 0 && store.addMessage(open) > 0);
        id = open.id;
        QCOMPARE(store.search(u"streamed"_s).size(), 1); // version 2 indexed it
        QVERIFY(sql(store, u"PRAGMA user_version = 2"_s));
    }
    HistoryStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(store.search(u"streamed"_s).size(), 0);
    QCOMPARE(store.search(u"finished"_s).size(), 1);
    QCOMPARE(store.markInterruptedReplies(), 1);
    QCOMPARE(store.search(u"streamed"_s).size(), 1);
    QCOMPARE(store.search(u"streamed"_s).first().messageId, id);
    QVERIFY(indexMatchesMessages(store)); // no word left twice, none missing
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
