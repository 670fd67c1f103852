// The comparison window with real servers: lanes that behave differently in one run end in
// their own states with their text; the comparison is one conversation with the lanes' replies as
// siblings; closing the window stops every reply and closes its connections.
#include "blindvote.h"
#include "chat/chatsession.h"
#include "comparelane.h"
#include "comparewindow.h"
#include "lanesetmenu.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/historystore.h"
#include "support/chatharness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>

using namespace Qt::Literals::StringLiterals;

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lanesEndInTheirOwnStates();
    void followUpsContinueEachLane();
    void closingStopsEveryReply();
    void eachLaneSendsItsOwnSettings();
    void blindVotesAreStoredAndTallied();
    void laneSetsAreSavedAndRestored();

private:
    CompareWindow *makeWindow(const QStringList &models);

    QTemporaryDir m_dir;
    std::unique_ptr<ChatHarness> m_harness;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_profile;
    int m_limitedAsked = 0;
};

void TestCompareWindow::init()
{
    m_harness = std::make_unique<ChatHarness>();
    m_limitedAsked = 0;
    m_harness->server.setHandler([this](Exchange *e) {
        const QString model =
                QJsonDocument::fromJson(e->request().body).object().value("model"_L1).toString();
        if (model == "limited"_L1 && ++m_limitedAsked == 1) {
            e->respond(429, R"({"error":{"message":"slow down"}})", "application/json",
                       {{"Retry-After", "1"}});
        } else if (model == "dropped"_L1) {
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            e->writeChunk(contentEvent("cut "));
            e->after(150, [e] { e->resetConnection(); });
        } else if (model == "stalled"_L1) { // one token, then nothing
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            e->writeChunk(contentEvent("before the stall"));
        } else if (model.startsWith("quiet"_L1)) { // an answer that does not name its model
            e->streamEvents({contentEvent("an answer"), finishEvent("stop")}, 10);
        } else if (model == "slow"_L1) {
            QList<QByteArray> events;
            for (int i = 0; i < 100; ++i)
                events << contentEvent("x");
            e->streamEvents(events, 100);
        } else {
            e->streamEvents({contentEvent("answer from "), contentEvent(model.toUtf8()),
                             finishEvent("stop")},
                            10);
        }
    });
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(u"history.sqlite"_s)));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.json"_s));
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Loopback"_s);
    p.baseUrl = m_harness->server.baseUrl().toString();
    QVERIFY(m_settings->addOrReplaceProfile(p).isEmpty());
    m_profile = p.id;
    Preferences prefs = m_settings->preferences();
    prefs.connectTimeoutS = 5;
    prefs.idleTimeoutS = 1;
    m_settings->setPreferences(prefs);
    m_secrets = std::make_unique<SecretStore>();
}

void TestCompareWindow::cleanup()
{
    m_secrets.reset();
    m_settings.reset();
    m_history.reset();
    m_harness.reset();
}

CompareWindow *TestCompareWindow::makeWindow(const QStringList &models)
{
    auto *window = new CompareWindow(&m_harness->client, m_history.get(), m_settings.get(),
                                     m_secrets.get());
    for (const QString &model : models)
        window->addLane(m_profile, model);
    window->show();
    return window;
}

void TestCompareWindow::lanesEndInTheirOwnStates()
{
    QPointer<CompareWindow> window =
            makeWindow({u"fast"_s, u"limited"_s, u"dropped"_s, u"stalled"_s});
    QSignalSpy done(window.data(), &CompareWindow::allFinished);
    window->send(u"Compare"_s);
    QVERIFY(done.wait(20000));
    const QList<CompareLane *> lanes = window->lanes();
    QCOMPARE(lanes.size(), 4);
    QCOMPARE(lanes.at(0)->lastResult()->end, EndState::Completed);
    QCOMPARE(lanes.at(0)->lastResult()->content, u"answer from fast"_s);
    QCOMPARE(lanes.at(1)->lastResult()->end, EndState::Completed); // after its Retry-After
    QCOMPARE(m_limitedAsked, 2);
    QCOMPARE(lanes.at(2)->lastResult()->end, EndState::Incomplete);
    QCOMPARE(lanes.at(2)->lastResult()->content, u"cut "_s);
    QVERIFY(lanes.at(2)->findChild<QLabel *>(u"laneState"_s)->text().startsWith(u"incomplete"_s));
    // Stalled past the idle timeout: failed, with why, and its partial text kept.
    QCOMPARE(lanes.at(3)->lastResult()->end, EndState::Failed);
    QCOMPARE(lanes.at(3)->lastResult()->content, u"before the stall"_s);
    QVERIFY(lanes.at(3)->findChild<QLabel *>(u"laneState"_s)->text().startsWith(u"failed: "_s));
    QVERIFY(lanes.at(0)->findChild<QLabel *>(u"laneMetrics"_s)->text().contains(u"tokens/s"_s));
    QVERIFY(!window->summary().isEmpty());
    // The export: the metrics table, then every answer.
    const QString markdown = window->markdown();
    QVERIFY2(markdown.contains(u"| Model | State | First token |"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"| fast | completed |"_s));
    QVERIFY(markdown.contains(u"| dropped | incomplete |"_s));
    QVERIFY(markdown.contains(u"## limited"_s) && markdown.contains(u"answer from fast"_s));
    QVERIFY(markdown.indexOf(u"| fast |"_s) < markdown.indexOf(u"## fast"_s));
    const QString path = m_dir.filePath(u"comparison.md"_s);
    QCOMPARE(window->exportTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), markdown);
    QVERIFY(!window->exportTo(m_dir.filePath(u"no/such/folder/x.md"_s)).isEmpty());

    // One conversation: the question, and one reply per lane as its versions.
    const qint64 conversation = window->session()->conversationId();
    QVERIFY(conversation > 0);
    window->close();
    QTRY_VERIFY(window.isNull());
    // After a restart: the history file, opened anew.
    m_history.reset();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(u"history.sqlite"_s)));
    const QList<StoredMessage> saved = m_history->messages(conversation);
    QCOMPARE(saved.size(), 5);
    QCOMPARE(saved.at(0).role, u"user"_s);
    QHash<QString, StoredMessage> byModel;
    for (qsizetype i = 1; i < saved.size(); ++i) {
        QCOMPARE(saved.at(i).parentId, saved.at(0).id);
        byModel.insert(saved.at(i).model, saved.at(i));
    }
    QStringList models = byModel.keys();
    models.sort();
    QCOMPARE(models, QStringList({u"dropped"_s, u"fast"_s, u"limited"_s, u"stalled"_s}));
    QCOMPARE(byModel.value(u"fast"_s).state, MessageState::Complete);
    QVERIFY(byModel.value(u"fast"_s).timeToFirstTokenMs >= 0);
    QCOMPARE(byModel.value(u"fast"_s).finishReason, u"stop"_s);
    QCOMPARE(byModel.value(u"limited"_s).state, MessageState::Complete);
    QCOMPARE(byModel.value(u"dropped"_s).state, MessageState::Incomplete);
    QCOMPARE(byModel.value(u"dropped"_s).content, u"cut "_s);
    QCOMPARE(byModel.value(u"stalled"_s).state, MessageState::Failed);
    QCOMPARE(byModel.value(u"stalled"_s).content, u"before the stall"_s);
    QVERIFY(!byModel.value(u"stalled"_s).error.isEmpty());
}

void TestCompareWindow::followUpsContinueEachLane()
{
    QPointer<CompareWindow> window = makeWindow({u"alpha"_s, u"beta"_s});
    QSignalSpy done(window.data(), &CompareWindow::allFinished);
    window->send(u"First"_s);
    QVERIFY(done.wait(20000));
    const qint64 firstAlpha = window->lanes().at(0)->replyId();
    window->send(u"Second"_s);
    QVERIFY(done.wait(20000));
    const qint64 secondAlpha = window->lanes().at(0)->replyId();
    QVERIFY(secondAlpha != firstAlpha);
    // alpha's second question follows alpha's first answer, not beta's.
    const StoredMessage *question =
            window->session()->tree().find(window->session()->tree().find(secondAlpha)->parentId);
    QCOMPARE(question->content, u"Second"_s);
    QCOMPARE(question->parentId, firstAlpha);
    QCOMPARE(window->lanes().at(1)->lastResult()->content, u"answer from beta"_s);
    window->close();
}

void TestCompareWindow::closingStopsEveryReply()
{
    QPointer<CompareWindow> window = makeWindow({u"slow"_s, u"slow"_s});
    window->send(u"Go"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
            window->lanes().at(0)->isRunning() && window->lanes().at(1)->isRunning(), 10000);
    QTest::qWait(400);
    const qint64 conversation = window->session()->conversationId();
    window->close();
    QTRY_VERIFY(window.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(m_harness->server.clientCloses, 2, 5000); // the server saw it
    const QList<StoredMessage> saved = m_history->messages(conversation);
    QCOMPARE(saved.size(), 3);
    for (qsizetype i = 1; i < saved.size(); ++i) {
        QCOMPARE(saved.at(i).state, MessageState::Stopped);
        QVERIFY(!saved.at(i).content.isEmpty()); // the partial text is kept
    }
}

// The same model twice, at two temperatures and with its own top_p, max_tokens and system prompt:
// each request carries its lane's settings, and only those.
void TestCompareWindow::eachLaneSendsItsOwnSettings()
{
    QPointer<CompareWindow> window = makeWindow({u"same"_s, u"same"_s});
    CompareLane *plain = window->lanes().at(0);
    CompareLane *tuned = window->lanes().at(1);
    tuned->findChild<QDoubleSpinBox *>(u"laneTemperature"_s)->setValue(1.3);
    CompareLane::Options options;
    options.topP = 0.5;
    options.maxTokens = 77;
    options.systemPrompt = u"Answer in Korean."_s;
    tuned->setOptions(options);
    QSignalSpy done(window.data(), &CompareWindow::allFinished);
    window->send(u"Hello"_s);
    QVERIFY(done.wait(20000));
    QCOMPARE(m_harness->server.requests.size(), 2);
    QList<QJsonObject> bodies;
    for (const HttpRequest &r : std::as_const(m_harness->server.requests))
        bodies << QJsonDocument::fromJson(r.body).object();
    std::sort(bodies.begin(), bodies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.contains("top_p"_L1) < b.contains("top_p"_L1);
    });
    QVERIFY(!bodies.at(0).contains("top_p"_L1) && !bodies.at(0).contains("max_tokens"_L1));
    QCOMPARE(bodies.at(1).value("top_p"_L1).toDouble(), 0.5);
    QCOMPARE(bodies.at(1).value("max_tokens"_L1).toInt(), 77);
    QCOMPARE(bodies.at(1).value("temperature"_L1).toDouble(), 1.3);
    QCOMPARE(bodies.at(1)
                     .value("messages"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("content"_L1)
                     .toString(),
             u"Answer in Korean."_s);
    QCOMPARE(bodies.at(0)
                     .value("messages"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("role"_L1)
                     .toString(),
             u"user"_s);
    Q_UNUSED(plain)
    window->close();
}

// Every text on screen in the window: labels, buttons, and what each lane's bubbles show.
static QString visibleText(const CompareWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible())
            texts << label->text();
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts << button->text() << button->toolTip();
    for (const QComboBox *box : window->findChildren<QComboBox *>())
        if (box->isVisible())
            texts << box->currentText();
    for (const CompareLane *lane : window->lanes())
        for (int row = 0; row < lane->thread().rowCount(); ++row)
            texts << lane->thread().index(row).data(ConversationModel::ModelNameRole).toString();
    texts << window->summary() << window->markdown() << window->windowTitle();
    return texts.join(u'\n');
}

// Blind: the lanes are labelled A, B, C in their shuffled order with no model named anywhere on
// screen until the vote; the vote is stored with each lane's result and counted in the tally,
// which a restart keeps.
void TestCompareWindow::blindVotesAreStoredAndTallied()
{
    const QStringList models{u"quiet-alpha"_s, u"quiet-beta"_s, u"quiet-gamma"_s};
    QPointer<CompareWindow> window = makeWindow(models);
    window->setBlind(true);
    QSignalSpy done(window.data(), &CompareWindow::allFinished);
    window->send(u"Which is best?"_s);
    QVERIFY(!window->vote(VoteOutcome::Tie).isEmpty()); // not before every lane ended
    QVERIFY(done.wait(20000));
    QVERIFY(window->awaitingVote());
    const QList<CompareLane *> lanes = window->lanes();
    QStringList shuffled;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        QCOMPARE(lanes.at(i)->label(), QString(QChar(char16_t(u'A' + i))));
        QCOMPARE(lanes.at(i)->findChild<QLabel *>(u"laneTitle"_s)->text(),
                 u"Model "_s + lanes.at(i)->label());
        QCOMPARE(lanes.at(i)->lastResult()->content, u"an answer"_s);
        shuffled << lanes.at(i)->model();
    }
    QCOMPARE(QSet<QString>(shuffled.begin(), shuffled.end()),
             QSet<QString>(models.begin(), models.end()));
    const QString screen = visibleText(window);
    for (const QString &model : models)
        QVERIFY2(!screen.contains(model), qPrintable(model + u" is on screen:\n"_s + screen));
    QVERIFY(screen.contains(u"Model B"_s));

    auto *bar = window->findChild<VoteBar *>();
    QVERIFY(bar && bar->isVisible());
    auto *pickB = bar->findChild<QPushButton *>(u"voteBestB"_s);
    QVERIFY(pickB);
    QTest::mouseClick(pickB, Qt::LeftButton);
    QVERIFY(!window->awaitingVote());
    QVERIFY(!bar->isVisible());
    const QString winner = lanes.at(1)->model();
    QVERIFY(lanes.at(1)->findChild<QLabel *>(u"laneTitle"_s)->text().contains(winner));
    QVERIFY(window->findChild<QLabel *>(u"compareSummary"_s)->text().contains(winner));
    QVERIFY(!window->vote(VoteOutcome::Tie).isEmpty()); // one vote per comparison

    const qint64 conversation = window->session()->conversationId();
    const QList<Vote> votes = m_history->votes(conversation);
    QCOMPARE(votes.size(), 1);
    QCOMPARE(votes.first().outcome, VoteOutcome::Best);
    QCOMPARE(votes.first().lanes.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const VoteLane &lane = votes.first().lanes.at(i);
        QCOMPARE(lane.label, lanes.at(i)->label());
        QCOMPARE(lane.model, lanes.at(i)->model());
        QCOMPARE(lane.provider, u"Loopback"_s);
        QCOMPARE(lane.messageId, lanes.at(i)->replyId());
        QCOMPARE(lane.result, i == 1 ? LaneResult::Win : LaneResult::Loss);
    }
    QCOMPARE(votes.first().userMessageId,
             window->session()->tree().find(lanes.at(0)->replyId())->parentId);
    window->close();
    QTRY_VERIFY(window.isNull());

    // A second blind comparison called a tie.
    window = makeWindow({u"quiet-alpha"_s, u"quiet-beta"_s});
    window->setBlind(true);
    QSignalSpy again(window.data(), &CompareWindow::allFinished);
    window->send(u"And now?"_s);
    QVERIFY(again.wait(20000));
    QTest::mouseClick(window->findChild<QPushButton *>(u"voteTie"_s), Qt::LeftButton);
    QVERIFY(!window->awaitingVote());
    window->close();
    QTRY_VERIFY(window.isNull());

    // The tally, from the file after a restart.
    m_history.reset();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(u"history.sqlite"_s)));
    QHash<QString, VoteTally> tally;
    for (const VoteTally &t : m_history->voteTally())
        tally.insert(t.model, t);
    QCOMPARE(tally.size(), 3);
    QCOMPARE(m_history->voteTally().first().model, winner); // most wins first
    for (const QString &model : models) {
        const bool inTie = model != "quiet-gamma"_L1;
        QCOMPARE(tally.value(model).wins, model == winner ? 1 : 0);
        QCOMPARE(tally.value(model).losses, model == winner ? 0 : 1);
        QCOMPARE(tally.value(model).ties, inTie ? 1 : 0);
        QCOMPARE(tally.value(model).votes(), inTie ? 2 : 1);
    }
    // The tally's table shows the same.
    window = makeWindow({u"quiet-alpha"_s, u"quiet-beta"_s});
    window->showVotes();
    auto *dialog = window->findChild<VoteTallyDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), 3);
    QCOMPARE(dialog->table()->item(0, 0)->text(), winner);
    QCOMPARE(dialog->table()->item(0, 2)->text(), u"1"_s);
    window->close();
}

// Lanes saved by name (with each lane's own settings) come back in a new window, from the
// settings file; a set whose provider is gone says so; a comparison under way keeps its lanes.
void TestCompareWindow::laneSetsAreSavedAndRestored()
{
    QPointer<CompareWindow> window = makeWindow({u"alpha"_s, u"beta"_s, u"beta"_s});
    window->lanes().at(2)->findChild<QDoubleSpinBox *>(u"laneTemperature"_s)->setValue(1.3);
    CompareLane::Options options;
    options.topP = 0.5;
    options.maxTokens = 77;
    options.systemPrompt = u"Be brief."_s;
    window->lanes().at(2)->setOptions(options);
    QList<LaneSpec> saved;
    for (const CompareLane *lane : window->lanes())
        saved << lane->spec();
    QCOMPARE(saved.at(2).temperature, 1.3);
    QCOMPARE(window->saveLaneSet(u"  Three\nof them  "_s), QString());
    QVERIFY(!window->saveLaneSet(u"   "_s).isEmpty());
    window->close();
    QTRY_VERIFY(window.isNull());

    AppSettings reread(m_settings->path());
    reread.load();
    QCOMPARE(reread.laneSets().size(), 1);
    QCOMPARE(reread.laneSets().first().name, u"Three of them"_s);
    QCOMPARE(reread.laneSets().first().lanes, saved);

    window = makeWindow({u"x"_s, u"y"_s});
    auto *menu = window->findChild<LaneSetMenu *>();
    Q_EMIT menu->aboutToShow();
    QStringList titles;
    for (const QAction *action : menu->actions())
        titles << action->text();
    QVERIFY2(titles.contains(u"Three of them"_s), qPrintable(titles.join(u", "_s)));
    QCOMPARE(window->restoreLaneSet(u"Three of them"_s), QString());
    QCOMPARE(window->lanes().size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(window->lanes().at(i)->spec(), saved.at(i));

    LaneSet ghost;
    ghost.name = u"Ghost"_s;
    LaneSpec lost;
    lost.profileId = u"no-such-profile"_s;
    lost.model = u"m"_s;
    ghost.lanes = {lost};
    QVERIFY(m_settings->setLaneSet(ghost));
    QVERIFY(window->restoreLaneSet(u"Ghost"_s).contains(u"gone"_s));
    QCOMPARE(window->lanes().size(), CompareWindow::MinLanes);
    QVERIFY(!window->restoreLaneSet(u"Nothing by that name"_s).isEmpty());

    QCOMPARE(window->restoreLaneSet(u"Three of them"_s), QString());
    QSignalSpy done(window.data(), &CompareWindow::allFinished);
    window->send(u"Hi"_s);
    QVERIFY(!window->restoreLaneSet(u"Three of them"_s).isEmpty()); // under way: kept
    QVERIFY(done.wait(20000));
    QCOMPARE(window->lanes().size(), 3);
    QCOMPARE(m_harness->server.requests.size(), 3);
    window->close();
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
