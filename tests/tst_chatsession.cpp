// The chat a window shows: sending, streaming into the model and the history, stopping, versions.
// Real HTTP (the demo provider and scripted servers) and a real SQLite file; the model is watched
// by QAbstractItemModelTester throughout.
#include "chat/chatsession.h"
#include "demo/demoserver.h"
#include "storage/historystore.h"
#include "support/chatharness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendStreamsIntoTheModelAndTheHistory();
    void deltasAreCoalescedToFrames();
    void textAfterAPauseIsShownAtOnce();
    void aStreamingReplyIsCheckpointed();
    void stopKeepsThePartialReply();
    void regenerateAddsAVersionAndArrowsSwitch();
    void editingAUserMessageKeepsTheOldBranch();
    void aFailedReplyKeepsItsErrorAndCanBeRetried();
    void queuedAndRetryingShowInTheModel();
    void aStorageFailureKeepsTheConversationOnScreen();
    void whatCouldNotBeSavedIsWrittenOnceThereIsRoom();
    void aFinalUpdateThatFailedIsWrittenLater();
    void oneMessageIsAnsweredByEachTarget();
    void aReplyKeepsItsTargetWhenTheWindowChangesIt();

private:
    ChatSession *makeSession(const QUrl &base, const QString &model);
    bool waitForReply(ChatSession *session, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<ChatHarness> m_harness;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChatSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
    m_harness = std::make_unique<ChatHarness>();
    m_demo = std::make_unique<DemoServer>();
    QVERIFY(m_demo->listen());
    m_demo->setSpeedFactor(8);
}

void TestChatSession::cleanup()
{
    m_tester.reset();
    m_session.reset();
    m_demo.reset();
    m_harness.reset();
    m_store.reset();
}

ChatSession *TestChatSession::makeSession(const QUrl &base, const QString &model)
{
    m_tester.reset();
    m_session = std::make_unique<ChatSession>(&m_harness->client, m_store.get());
    ProviderConfig provider;
    provider.baseUrl = base;
    m_session->setProvider(provider);
    m_session->setModelName(model);
    m_session->setStreamSettings(ChatHarness::fastSettings());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_session->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_session.get();
}

bool TestChatSession::waitForReply(ChatSession *session, int timeoutMs)
{
    QSignalSpy done(session, &ChatSession::replyFinished);
    return done.wait(timeoutMs);
}

void TestChatSession::sendStreamsIntoTheModelAndTheHistory()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-fast"_s);
    QSignalSpy listChanged(s, &ChatSession::conversationListChanged);
    QVERIFY(s->send(u"Hello there"_s));
    QCOMPARE(s->model()->rowCount(), 2);
    const QModelIndex reply = s->model()->index(1);
    QCOMPARE(reply.data(ConversationModel::AuthorRole).toString(), u"assistant"_s);
    QVERIFY(reply.data(ConversationModel::AwaitingFirstTokenRole).toBool()); // the typing dots
    QVERIFY(waitForReply(s));
    QVERIFY(!reply.data(ConversationModel::AwaitingFirstTokenRole).toBool());
    QCOMPARE(reply.data(ConversationModel::StateRole).toInt(), int(MessageState::Complete));
    QVERIFY(reply.data(ConversationModel::ContentRole)
                    .toString()
                    .startsWith(u"## Hello from Parley's demo"_s));
    QVERIFY(reply.data(ConversationModel::TokensPerSecondRole).toDouble() > 0);
    QVERIFY(reply.data(ConversationModel::TimeToFirstTokenRole).toLongLong() >= 0);
    QCOMPARE(reply.data(ConversationModel::FinishReasonRole).toString(), u"stop"_s);
    QVERIFY(!listChanged.isEmpty());

    const QList<StoredMessage> saved = m_store->messages(s->conversationId());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).content, reply.data(ConversationModel::ContentRole).toString());
    QCOMPARE(saved.at(1).state, MessageState::Complete);
    QCOMPARE(m_store->conversation(s->conversationId()).title, u"Hello there"_s);
    QCOMPARE(s->lastReply(), saved.at(1).content);

    // A second turn carries the history.
    QVERIFY(s->send(u"And again"_s));
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->rowCount(), 4);
}

void TestChatSession::deltasAreCoalescedToFrames()
{
    m_harness->server.setHandler([](Exchange *e) {
        QByteArray burst;
        for (int i = 0; i < 300; ++i)
            burst += contentEvent("t ");
        e->streamEvents({burst, doneEvent()}, 5);
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"m"_s);
    s->setFrameIntervalMs(16);
    int contentChanges = 0;
    connect(s->model(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(ConversationModel::ContentRole))
                    ++contentChanges;
            });
    QVERIFY(s->send(u"go"_s));
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->index(1).data(ConversationModel::ContentRole).toString(),
             QString(u"t "_s).repeated(300));
    QVERIFY2(contentChanges <= 4, qPrintable(QString::number(contentChanges))); // not 300
}

// A frame longer than the whole reply: the first text still reaches the model at once, not a
// frame later, and what follows it waits for the frame (or the end of the reply).
void TestChatSession::textAfterAPauseIsShownAtOnce()
{
    m_harness->server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("first "), contentEvent("second "), contentEvent("third"),
                         doneEvent()},
                        300);
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"m"_s);
    s->setFrameIntervalMs(60'000);
    QStringList shown; // the content at each change, while the reply streams
    bool finished = false;
    connect(s, &ChatSession::replyFinished, this, [&] { finished = true; });
    connect(s->model(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &index, const QModelIndex &, const QList<int> &roles) {
                if (!finished && roles.contains(ConversationModel::ContentRole))
                    shown << index.data(ConversationModel::ContentRole).toString();
            });
    QVERIFY(s->send(u"go"_s));
    QVERIFY(waitForReply(s));
    QCOMPARE(shown.value(0), u"first "_s);
    QVERIFY2(!shown.contains(u"first second "_s), qPrintable(shown.join(u'|')));
    QCOMPARE(s->model()->index(1).data(ConversationModel::ContentRole).toString(),
             u"first second third"_s);
}

void TestChatSession::aStreamingReplyIsCheckpointed()
{
    m_harness->server.setHandler([](Exchange *e) {
        QList<QByteArray> events;
        for (int i = 0; i < 30; ++i)
            events.append(contentEvent("word "));
        events.append(doneEvent());
        e->streamEvents(events, 50); // 1.5 s in all
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"m"_s);
    s->setCheckpointIntervalMs(200);
    QSignalSpy started(s, &ChatSession::replyStarted);
    QVERIFY(s->send(u"go"_s));
    const qint64 id = started.first().first().toLongLong();
    QVERIFY(QTest::qWaitFor(
            [&] {
                for (const StoredMessage &m : m_store->messages(s->conversationId()))
                    if (m.id == id && m.state == MessageState::Streaming && m.content.size() > 10)
                        return true;
                return false;
            },
            5000));
    QVERIFY(waitForReply(s));
}

void TestChatSession::stopKeepsThePartialReply()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-slow"_s);
    m_demo->setSpeedFactor(1);
    QVERIFY(s->send(u"Tell me everything"_s));
    QVERIFY(QTest::qWaitFor(
            [&] {
                return s->model()->index(1).data(ConversationModel::ContentRole).toString().size()
                        > 5;
            },
            10000));
    s->stop();
    QVERIFY(waitForReply(s)
            || s->model()->index(1).data(ConversationModel::StateRole).toInt()
                    == int(MessageState::Stopped));
    const QModelIndex reply = s->model()->index(1);
    QCOMPARE(reply.data(ConversationModel::StateRole).toInt(), int(MessageState::Stopped));
    const QString partial = reply.data(ConversationModel::ContentRole).toString();
    QVERIFY(!partial.isEmpty());
    QCOMPARE(m_store->messages(s->conversationId()).at(1).content, partial);
    QCOMPARE(m_store->messages(s->conversationId()).at(1).state, MessageState::Stopped);
}

void TestChatSession::regenerateAddsAVersionAndArrowsSwitch()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-fast"_s);
    QVERIFY(s->send(u"One"_s));
    QVERIFY(waitForReply(s));
    const qint64 first = s->model()->idAt(1);
    s->setModelName(u"parley-demo-thinker"_s);
    s->regenerate(first);
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->rowCount(), 2);
    const qint64 second = s->model()->idAt(1);
    QVERIFY(second != first);
    QCOMPARE(s->model()->index(1).data(ConversationModel::SiblingIndexRole).toInt(), 2);
    QCOMPARE(s->model()->index(1).data(ConversationModel::SiblingCountRole).toInt(), 2);
    QVERIFY(!s->model()->index(1).data(ConversationModel::ReasoningRole).toString().isEmpty());

    s->switchVersion(second, -1); // "<"
    QCOMPARE(s->model()->idAt(1), first);
    QCOMPARE(s->model()->index(1).data(ConversationModel::SiblingIndexRole).toInt(), 1);
    QCOMPARE(m_store->conversation(s->conversationId()).activeLeafId, first);
    s->switchVersion(first, +1); // ">"
    QCOMPARE(s->model()->idAt(1), second);
    s->switchVersion(second, +1); // past the last version: nothing happens
    QCOMPARE(s->model()->idAt(1), second);

    // Reopening shows the same branch, and both versions are still there.
    QVERIFY(s->openConversation(s->conversationId()));
    QCOMPARE(s->model()->idAt(1), second);
    QCOMPARE(m_store->messages(s->conversationId()).size(), 3);
}

void TestChatSession::editingAUserMessageKeepsTheOldBranch()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-fast"_s);
    QVERIFY(s->send(u"First question"_s));
    QVERIFY(waitForReply(s));
    QVERIFY(s->send(u"Follow-up"_s));
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->rowCount(), 4);
    const qint64 original = s->model()->idAt(0);
    s->editAndResend(original, u"Better first question"_s);
    QCOMPARE(s->model()->rowCount(), 2); // the new branch: edited question and its new reply
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->index(0).data(ConversationModel::ContentRole).toString(),
             u"Better first question"_s);
    QCOMPARE(s->model()->index(0).data(ConversationModel::SiblingCountRole).toInt(), 2);
    s->switchVersion(s->model()->idAt(0), -1);
    QCOMPARE(s->model()->rowCount(), 4); // the old branch, whole, follows its first message
    QCOMPARE(s->model()->index(2).data(ConversationModel::ContentRole).toString(), u"Follow-up"_s);
}

void TestChatSession::aFailedReplyKeepsItsErrorAndCanBeRetried()
{
    int calls = 0;
    m_harness->server.setHandler([&calls](Exchange *e) {
        if (++calls == 1)
            e->respond(401, R"({"error":{"message":"bad key"}})");
        else
            e->streamEvents({contentEvent("Now it works"), doneEvent()});
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"m"_s);
    QVERIFY(s->send(u"hi"_s));
    QVERIFY(waitForReply(s));
    const QModelIndex failed = s->model()->index(1);
    QCOMPARE(failed.data(ConversationModel::StateRole).toInt(), int(MessageState::Failed));
    QVERIFY(failed.data(ConversationModel::ErrorRole).toString().contains(u"API key"_s));
    QCOMPARE(m_store->messages(s->conversationId()).at(1).state, MessageState::Failed);
    s->regenerate(s->model()->idAt(1)); // the Retry button
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->index(1).data(ConversationModel::ContentRole).toString(),
             u"Now it works"_s);
    QCOMPARE(s->model()->index(1).data(ConversationModel::SiblingCountRole).toInt(),
             2); // the failure stays
}

void TestChatSession::queuedAndRetryingShowInTheModel()
{
    m_harness->server.setHandler([](Exchange *e) {
        e->respond(503, R"({"error":{"message":"busy"}})", "application/json",
                   {{"Retry-After", "2"}});
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"m"_s);
    QVERIFY(s->send(u"hi"_s));
    QVERIFY(QTest::qWaitFor(
            [&] {
                return s->model()
                        ->index(1)
                        .data(ConversationModel::StatusRole)
                        .toString()
                        .startsWith(u"retrying in"_s);
            },
            5000));
    s->stop();
    QTRY_VERIFY(s->model()->index(1).data(ConversationModel::StatusRole).toString().isEmpty());
    QCOMPARE(s->model()->index(1).data(ConversationModel::StateRole).toInt(),
             int(MessageState::Stopped));
}

void TestChatSession::aStorageFailureKeepsTheConversationOnScreen()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-fast"_s);
    QVERIFY(s->send(u"saved"_s));
    QVERIFY(waitForReply(s));
    QSqlQuery(QSqlDatabase::database(m_store->connectionName())).exec(u"PRAGMA query_only = 1"_s);
    QSignalSpy failed(s, &ChatSession::storageFailed);
    QVERIFY(s->send(u"not saved"_s));
    QVERIFY(!failed.isEmpty());
    QVERIFY(failed.first().first().toString().contains(u"read-only"_s));
    QVERIFY(waitForReply(s));
    QCOMPARE(s->model()->rowCount(), 4); // still on screen, reply and all
    QVERIFY(!s->model()->index(3).data(ConversationModel::ContentRole).toString().isEmpty());
}

// The bug: a message that failed to save got a negative id and nothing saved it later; a later
// message under it was stored with parent_id < 0 and hidden with its subtree at the next start.
void TestChatSession::whatCouldNotBeSavedIsWrittenOnceThereIsRoom()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-fast"_s);
    QVERIFY(s->send(u"saved at once"_s));
    QVERIFY(waitForReply(s));
    const qint64 conversation = s->conversationId();
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
    // SQLite's own "database or disk is full", as on a full disk.
    QVERIFY(QSqlQuery(db).exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));
    QSignalSpy failed(s, &ChatSession::storageFailed);
    QSignalSpy recovered(s, &ChatSession::storageRecovered);
    const QString big(20000, u'x'); // more than the pages left
    QVERIFY(s->send(u"while the disk is full "_s + big));
    QVERIFY(waitForReply(s));
    QVERIFY(s->send(u"and another one "_s + big));
    QVERIFY(waitForReply(s));
    QVERIFY(!failed.isEmpty());
    QCOMPARE(s->model()->rowCount(), 6); // all on screen
    const QString lastReply = s->model()->index(5).data(ConversationModel::ContentRole).toString();
    QVERIFY(!lastReply.isEmpty());
    QVERIFY(recovered.isEmpty());

    QVERIFY(QSqlQuery(db).exec(u"PRAGMA max_page_count = 1073741823"_s)); // room again
    QVERIFY(recovered.wait(10000));

    // After a restart: every message, the final texts and the tree.
    m_session.reset();
    m_store.reset();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
    QStringList problems;
    const QList<StoredMessage> saved = m_store->messages(conversation, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(saved.size(), 6);
    for (int i = 1; i < 6; ++i)
        QCOMPARE(saved.at(i).parentId, saved.at(i - 1).id); // one line, nothing hidden
    QVERIFY(saved.at(2).content.startsWith(u"while the disk is full"_s));
    QCOMPARE(saved.at(5).content, lastReply);
    QCOMPARE(saved.at(5).state, MessageState::Complete);
    QCOMPARE(m_store->conversation(conversation).activeLeafId, saved.at(5).id);
}

void TestChatSession::aFinalUpdateThatFailedIsWrittenLater()
{
    ChatSession *s = makeSession(m_demo->baseUrl(), u"parley-demo-slow"_s);
    QSignalSpy started(s, &ChatSession::replyStarted);
    QVERIFY(s->send(u"a reply that ends while the history is read-only"_s));
    QVERIFY(started.count() || started.wait(5000));
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    QVERIFY(QSqlQuery(db).exec(u"PRAGMA query_only = 1"_s)); // refuses every write
    QSignalSpy recovered(s, &ChatSession::storageRecovered);
    QVERIFY(waitForReply(s, 60000));
    const QString shown = s->model()->index(1).data(ConversationModel::ContentRole).toString();
    QVERIFY(recovered.isEmpty());
    QVERIFY(QSqlQuery(db).exec(u"PRAGMA query_only = 0"_s));
    QVERIFY(recovered.wait(10000));
    const QList<StoredMessage> saved = m_store->messages(s->conversationId());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).content, shown);
    QCOMPARE(saved.at(1).state, MessageState::Complete);
}

// A comparison: one user message, one reply per target, siblings in the tree, each request
// carrying its own model, sampling and system prompt.
void TestChatSession::oneMessageIsAnsweredByEachTarget()
{
    m_harness->server.setHandler([](Exchange *e) {
        const QByteArray model = QJsonDocument::fromJson(e->request().body)
                                         .object()
                                         .value("model"_L1)
                                         .toString()
                                         .toUtf8();
        e->streamEvents({contentEvent("from " + model), finishEvent("stop")}, 5);
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"default-model"_s);
    ReplyTarget cold = s->target();
    cold.model = u"model-a"_s;
    cold.temperature = 0.1;
    ReplyTarget hot = s->target();
    hot.model = u"model-a"_s; // the same model twice, at another temperature
    hot.temperature = 1.3;
    ReplyTarget other = s->target();
    other.model = u"model-b"_s;
    other.systemPrompt = u"Answer in Korean."_s;
    QSignalSpy done(s, &ChatSession::replyFinished);
    const QList<qint64> ids = s->sendToEach(u"Compare"_s, {cold, hot, other});
    QCOMPARE(ids.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 15000);

    const QList<StoredMessage> saved = m_store->messages(s->conversationId());
    QCOMPARE(saved.size(), 4);
    const qint64 userId = saved.at(0).id;
    QStringList contents;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const StoredMessage *m = s->tree().find(ids.at(i));
        QVERIFY(m);
        QCOMPARE(m->parentId, userId); // siblings
        QCOMPARE(m->state, MessageState::Complete);
        contents << m->content;
    }
    QCOMPARE(contents, QStringList({u"from model-a"_s, u"from model-a"_s, u"from model-b"_s}));
    QCOMPARE(s->tree().find(ids.at(2))->model, u"model-b"_s);
    QCOMPARE(s->model()->index(1).data(ConversationModel::SiblingCountRole).toInt(), 3);

    QCOMPARE(m_harness->server.requests.size(), 3);
    QMap<double, QString> temperatures;
    bool sawSystem = false;
    for (const HttpRequest &r : std::as_const(m_harness->server.requests)) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonArray messages = body.value("messages"_L1).toArray();
        if (body.value("model"_L1).toString() == "model-b"_L1) {
            QCOMPARE(messages.first().toObject().value("role"_L1).toString(), u"system"_s);
            sawSystem = true;
        } else {
            temperatures.insert(body.value("temperature"_L1).toDouble(), u"a"_s);
            QCOMPARE(messages.first().toObject().value("role"_L1).toString(), u"user"_s);
        }
    }
    QVERIFY(sawSystem);
    QCOMPARE(temperatures.keys(), QList<double>({0.1, 1.3}));
}

// The window switching model or provider while a reply streams does not move that reply: it is
// checkpointed and finished under the model it was sent to; the next reply uses the new one.
void TestChatSession::aReplyKeepsItsTargetWhenTheWindowChangesIt()
{
    m_harness->server.setHandler([](Exchange *e) {
        QList<QByteArray> events;
        for (int i = 0; i < 30; ++i)
            events << contentEvent("x");
        events << finishEvent("stop");
        e->streamEvents(events, 40);
    });
    ChatSession *s = makeSession(m_harness->server.baseUrl(), u"first-model"_s);
    s->setCheckpointIntervalMs(100);
    QVERIFY(s->send(u"go"_s));
    const qint64 replyId = s->model()->index(1).data(ConversationModel::IdRole).toLongLong();
    QTest::qWait(300);
    s->setModelName(u"second-model"_s);
    ProviderConfig elsewhere;
    elsewhere.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s); // nothing listens there
    s->setProvider(elsewhere);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->messages(s->conversationId()).value(1).content.isEmpty(),
                             5000);
    QCOMPARE(m_store->messages(s->conversationId()).value(1).model, u"first-model"_s);
    QVERIFY(waitForReply(s));
    const StoredMessage *reply = s->tree().find(replyId);
    QCOMPARE(reply->state, MessageState::Complete);
    QCOMPARE(reply->content, QString(30, u'x'));
    QCOMPARE(reply->model, u"first-model"_s);
    QCOMPARE(m_harness->server.requests.size(), 1);
    QCOMPARE(s->target().model, u"second-model"_s);
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
