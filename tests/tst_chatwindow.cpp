// The chat window driven as a user drives it (offscreen): typing, Enter, streaming from the demo
// provider over HTTP, the buttons under a reply, versions, search, delete with undo.
#include "api/chatclient.h"
#include "chat/chatsession.h"
#include "chatview.h"
#include "comparelane.h"
#include "comparewindow.h"
#include "composer.h"
#include "demo/demoserver.h"
#include "heightindex.h"
#include "mainwindow.h"
#include "safetext.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/historystore.h"
#include "support/chatharness.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

class TestChatWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void heightIndexFindsRowsAndOffsets();
    void enterSendsAndShiftEnterAddsALine();
    void enterWhileComposingNeverSends();
    void typeSendAndWatchTheReplyStream();
    void regenerateAndSwitchVersionsWithTheButtons();
    void bubblesDoNotOverlapAndUserIsOnTheRight();
    void scrollingUpStopsFollowing();
    void followingAGrowingReplyScrollsAFewLinesAtATime();
    void searchFindsAndDeleteCanBeUndone();
    void anInterruptedReplyShowsRetry();
    void exportAndImportFromTheWindow();
    void whatIsOnScreenMatchesAFreshPaint();
    void longBlocksOnScreenMatchAFreshPaint_data();
    void longBlocksOnScreenMatchAFreshPaint();
    void longBlocksOnScreenMatchAFreshPaintWhileStreaming_data();
    void longBlocksOnScreenMatchAFreshPaintWhileStreaming();
    void thinkingThatGrowsOnScreenMatchesAFreshPaint();
    void theComposerGrowsWithItsTextThenScrolls();
    void aComparisonLaneContinuesInChat();
    void aShortConversationIsShownWhole();
    void aProfilePickedInTheWindowIsUsed();
    void thePreferencesGoIntoEveryRequest();
    void aPromptAtStartWaitsForTheProfileOnScreen();
    void aPromptTypedRightAfterSwitchingGoesToTheNewProfile();
    void escTakesBackAWaitingMessage();
    void thePickerOffersListedAndHandAddedModels();
    void aModelsListThatCouldNotConnectIsAskedAgainAfterAReply();
    void hostileTextIsNeverRichTextAndOpensNoFile();
    void aKeyHeldAfterAnImportGoesOnlyAfterAYes();
    void hoveringALinkShowsItsAddressLiterally();
    void aKeyOverPlainHttpIsAskedFor();
    void keysEchoedByAServerNeverReachTheScreen();
    void aPromptForAProviderWithNoModelComesBack();

private:
    void clickButton(int row, ChatView::Button button);
    bool waitForReply(int timeoutMs = 20000);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChatWindow::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ChatClient>(m_network.get());
    m_demo = std::make_unique<DemoServer>();
    QVERIFY(m_demo->listen());
    m_demo->setSpeedFactor(8);
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(u":memory:"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.json"_s));
    m_settings->setDemoBaseUrl(m_demo->baseUrl().toString(), DemoServer::modelIds());
    m_secrets = std::make_unique<SecretStore>();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_history.get(), m_settings.get(),
                                            m_secrets.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->session()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChatWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    m_history.reset();
    m_demo.reset();
    m_client.reset();
    m_network.reset();
}

bool TestChatWindow::waitForReply(int timeoutMs)
{
    QSignalSpy done(m_window->session(), &ChatSession::replyFinished);
    return done.wait(timeoutMs);
}

void TestChatWindow::clickButton(int row, ChatView::Button button)
{
    ChatView *view = m_window->chatView();
    const QRect r = view->buttonRect(row, button);
    QVERIFY2(!r.isNull(), "the button is not there");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

void TestChatWindow::heightIndexFindsRowsAndOffsets()
{
    HeightIndex index;
    index.reset({10, 20, 30});
    QCOMPARE(index.total(), 60);
    QCOMPARE(index.offset(2), 30);
    QCOMPARE(index.rowAt(0), 0);
    QCOMPARE(index.rowAt(29), 1);
    QCOMPARE(index.rowAt(30), 2);
    QCOMPARE(index.rowAt(1000), 2);
    index.set(1, 5);
    QCOMPARE(index.offset(2), 15);
    for (int i = 0; i < 10000; ++i)
        index.append(7);
    QCOMPARE(index.total(), 45 + 70000);
    QCOMPARE(index.rowAt(45 + 7 * 5000 + 3), 3 + 5000);
    QCOMPARE(index.offset(10003), 45 + 70000);
}

void TestChatWindow::enterSendsAndShiftEnterAddsALine()
{
    ComposerEdit *edit = m_window->composer()->edit();
    QSignalSpy sent(m_window->composer(), &Composer::sendRequested);
    edit->setFocus();
    QTest::keyClicks(edit, u"first line"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(edit, u"second"_s);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(edit->toPlainText(), u"first line\nsecond"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toString(), u"first line\nsecond"_s);
    QVERIFY(edit->toPlainText().isEmpty());
    QVERIFY(waitForReply());
}

void TestChatWindow::enterWhileComposingNeverSends()
{
    ComposerEdit *edit = m_window->composer()->edit();
    QSignalSpy sent(m_window->composer(), &Composer::sendRequested);
    edit->setFocus();
    // A Korean input method is composing "한"; Enter must commit it, not send.
    QInputMethodEvent composing(u"한"_s, {});
    QApplication::sendEvent(edit, &composing);
    QVERIFY(edit->isComposing());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(sent.size(), 0);
    QInputMethodEvent commit;
    commit.setCommitString(u"한"_s);
    QApplication::sendEvent(edit, &commit);
    QVERIFY(!edit->isComposing());
    QCOMPARE(edit->toPlainText(), u"한"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QVERIFY(waitForReply());
}

void TestChatWindow::typeSendAndWatchTheReplyStream()
{
    ComposerEdit *edit = m_window->composer()->edit();
    QTest::keyClicks(edit, u"Hello window"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    ConversationModel *model = m_window->session()->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(m_window->composer()->isStreaming()); // Send became Stop
    QVERIFY(m_window->findChild<QPushButton *>(u"sendButton"_s)->text() == u"Stop"_s);
    QVERIFY(waitForReply());
    QVERIFY(!m_window->composer()->isStreaming());
    QVERIFY(model->index(1)
                    .data(ConversationModel::ContentRole)
                    .toString()
                    .contains(u"Hello window"_s));
    QTRY_VERIFY(m_window->chatView()->isAtBottom());
    const QRect last = m_window->chatView()->rowRect(1);
    QVERIFY(last.bottom() <= m_window->chatView()->viewport()->height() + 8); // the end is in view
    auto *list = m_window->findChild<QListWidget *>(u"conversationList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Hello window"_s);

    clickButton(1, ChatView::Button::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             model->index(1).data(ConversationModel::ContentRole).toString());

    // The code block's own Copy gives its code alone, as the reply has it.
    const QList<QRect> codeCopy = m_window->chatView()->codeCopyRects(1);
    QCOMPARE(codeCopy.size(), 1);
    QTest::mouseClick(m_window->chatView()->viewport(), Qt::LeftButton, {},
                      codeCopy.first().center());
    const QString code = QGuiApplication::clipboard()->text();
    QVERIFY2(code.startsWith(u"// Parley's core reads a stream as it arrives:\n"_s),
             qPrintable(code));
    QVERIFY(code.endsWith(u"parser.feed(bytes); // events come out at once"_s));
}

void TestChatWindow::regenerateAndSwitchVersionsWithTheButtons()
{
    m_window->sendPrompt(u"Versions"_s);
    QVERIFY(waitForReply());
    ConversationModel *model = m_window->session()->model();
    const qint64 first = model->idAt(1);
    clickButton(1, ChatView::Button::Regenerate);
    QVERIFY(waitForReply());
    QCOMPARE(model->index(1).data(ConversationModel::SiblingCountRole).toInt(), 2);
    QCOMPARE(model->index(1).data(ConversationModel::SiblingIndexRole).toInt(), 2);
    clickButton(1, ChatView::Button::PreviousVersion);
    QCOMPARE(model->idAt(1), first);
    QCOMPARE(model->index(1).data(ConversationModel::SiblingIndexRole).toInt(), 1);
    clickButton(1, ChatView::Button::NextVersion);
    QVERIFY(model->idAt(1) != first);
}

void TestChatWindow::bubblesDoNotOverlapAndUserIsOnTheRight()
{
    for (int i = 0; i < 3; ++i) {
        m_window->session()->send(u"Question %1"_s.arg(i));
        QVERIFY(waitForReply());
    }
    ChatView *view = m_window->chatView();
    view->scrollToBottom();
    QTest::qWait(50);
    QRect previous;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QRect r = view->rowRect(row);
        if (!previous.isNull())
            QCOMPARE(r.top(), previous.bottom() + 1);
        previous = r;
    }
    // The user's "Copy" sits in a bubble on the right half; the reply's on the left.
    QVERIFY(view->buttonRect(view->model()->rowCount() - 2, ChatView::Button::Copy).left()
            > view->viewport()->width() / 2);
    QVERIFY(view->buttonRect(view->model()->rowCount() - 1, ChatView::Button::Copy).left()
            < view->viewport()->width() / 2);
    QVERIFY(view->cachedLayouts() <= view->model()->rowCount());
}

void TestChatWindow::scrollingUpStopsFollowing()
{
    for (int i = 0; i < 2; ++i) { // enough text that the view must scroll
        m_window->session()->send(u"Fill %1"_s.arg(i));
        QVERIFY(waitForReply());
    }
    m_demo->setSpeedFactor(1);
    m_window->selectModel(u"parley-demo-slow"_s);
    m_window->session()->send(u"A long one"_s);
    ChatView *view = m_window->chatView();
    QTRY_VERIFY(!m_window->session()
                         ->model()
                         ->index(5)
                         .data(ConversationModel::ContentRole)
                         .toString()
                         .isEmpty());
    QVERIFY(view->isAtBottom());
    QVERIFY(view->verticalScrollBar()->maximum() > 100);
    view->verticalScrollBar()->setValue(0); // the user scrolls up
    QVERIFY(!view->isAtBottom());
    auto *jump = view->findChild<QToolButton *>(u"jumpToLatest"_s);
    QVERIFY(jump && jump->isVisible());
    const QString before =
            m_window->session()->model()->index(5).data(ConversationModel::ContentRole).toString();
    QTRY_VERIFY(m_window->session()
                        ->model()
                        ->index(5)
                        .data(ConversationModel::ContentRole)
                        .toString()
                        .size()
                > before.size() + 10);
    QCOMPARE(view->verticalScrollBar()->value(), 0); // more text came; the user stayed put
    QTest::mouseClick(jump, Qt::LeftButton);
    QVERIFY(view->isAtBottom());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    m_window->session()->stop();
    QTRY_VERIFY(!m_window->session()->isStreaming());
}

static QList<QByteArray> batchesOf(const QString &reply);

// Following a long reply, the view keeps blank room under it and scrolls only when that is used
// up: a scroll moves every pixel on screen, so it must not come with every new line. The newest
// line is on screen all the while, and a new message ends the room.
void TestChatWindow::followingAGrowingReplyScrollsAFewLinesAtATime()
{
    QString reply;
    for (int i = 0; i < 24; ++i)
        reply += u"Paragraph %1 of a long answer. "_s.arg(i)
                + u"It runs over a few lines, as answers do, so the view has lines to follow "_s
                  u"one frame after another while the text comes in.\n\n"_s;
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](Exchange *e) {
        e->streamEvents(batchesOf(reply) << finishEvent("stop"), 20); // a frame or so each
    });
    ProviderConfig provider;
    provider.baseUrl = server.baseUrl();
    m_window->session()->setProvider(provider);
    ChatView *view = m_window->chatView();
    QAbstractItemModel *model = m_window->session()->model();
    int scrolls = 0;
    int growths = 0;
    int lastHeight = 0;
    QStringList hidden;
    const auto scrolled = connect(view->verticalScrollBar(), &QScrollBar::valueChanged, view,
                                  [&scrolls] { ++scrolls; });
    // Connected after the view's own handler, so it sees what the view made of each frame.
    const auto grew = connect(model, &QAbstractItemModel::dataChanged, view, [&] {
        const QRect last = view->rowRect(model->rowCount() - 1);
        if (last.height() != lastHeight)
            ++growths;
        lastHeight = last.height();
        if (view->isAtBottom() && last.bottom() > view->viewport()->height())
            hidden << u"%1 > %2"_s.arg(last.bottom()).arg(view->viewport()->height());
    });
    m_window->session()->send(u"Go"_s);
    QVERIFY(waitForReply(30000));
    disconnect(scrolled);
    disconnect(grew);
    QCOMPARE(model->index(model->rowCount() - 1, 0)
                     .data(ConversationModel::ContentRole)
                     .toString()
                     .trimmed(),
             reply.trimmed());
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u", "_s)));
    QVERIFY(view->isAtBottom());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QVERIFY(growths > 20);
    QVERIFY2(scrolls > 0 && scrolls * 3 <= growths,
             qPrintable(u"%1 scrolls for %2 growths"_s.arg(scrolls).arg(growths)));
    const QRect last = view->rowRect(model->rowCount() - 1);
    QVERIFY(last.bottom() <= view->viewport()->height());
    QVERIFY(last.bottom() >= view->viewport()->height() / 3); // room, not a screen of blank
    m_window->session()->send(u"Again"_s); // new rows: the room goes, the end is at the bottom
    QVERIFY(waitForReply(30000));
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    m_window->session()->newConversation();
}

void TestChatWindow::searchFindsAndDeleteCanBeUndone()
{
    m_window->session()->send(u"zebras are striped"_s);
    QVERIFY(waitForReply());
    m_window->session()->newConversation();
    m_window->session()->send(u"lions roar"_s);
    QVERIFY(waitForReply());
    auto *search = m_window->findChild<QLineEdit *>(u"search"_s);
    auto *list = m_window->findChild<QListWidget *>(u"conversationList"_s);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"zebr"_s);
    QVERIFY(list->count() >= 1); // the question, and the demo's reply that quotes it
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->text().contains(u"[zebras]"_s));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QVERIFY(m_window->session()
                    ->model()
                    ->index(0)
                    .data(ConversationModel::ContentRole)
                    .toString()
                    .contains(u"zebras"_s));
    search->clear();
    QCOMPARE(list->count(), 2);

    const qint64 zebras = m_window->session()->conversationId();
    m_window->deleteConversation(zebras);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_window->session()->conversationId(), 0); // the open one went: a new chat
    auto *undo = m_window->findChild<QPushButton *>(u"undoDelete"_s);
    QVERIFY(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(!undo->isVisible());
}

void TestChatWindow::anInterruptedReplyShowsRetry()
{
    const qint64 c = m_history->createConversation(u"Crashed"_s);
    StoredMessage user;
    user.conversationId = c;
    user.role = u"user"_s;
    user.content = u"Tell me"_s;
    QVERIFY(m_history->addMessage(user));
    StoredMessage reply;
    reply.conversationId = c;
    reply.parentId = user.id;
    reply.role = u"assistant"_s;
    reply.content = u"Half of the ans"_s;
    reply.state = MessageState::Streaming;
    QVERIFY(m_history->addMessage(reply));
    QCOMPARE(m_history->markInterruptedReplies(), 1); // as at start-up
    QVERIFY(m_window->session()->openConversation(c));
    ConversationModel *model = m_window->session()->model();
    QCOMPARE(model->index(1).data(ConversationModel::StateRole).toInt(),
             int(MessageState::Interrupted));
    QCOMPARE(model->index(1).data(ConversationModel::ContentRole).toString(), u"Half of the ans"_s);
    QVERIFY(!m_window->chatView()->buttonRect(1, ChatView::Button::Retry).isNull());
    clickButton(1, ChatView::Button::Retry);
    QVERIFY(waitForReply());
    QCOMPARE(model->index(1).data(ConversationModel::StateRole).toInt(),
             int(MessageState::Complete));
    QCOMPARE(model->index(1).data(ConversationModel::SiblingCountRole).toInt(),
             2); // the partial one stays
}

void TestChatWindow::exportAndImportFromTheWindow()
{
    m_window->sendPrompt(u"Export this"_s);
    QVERIFY(waitForReply());
    const qint64 id = m_window->session()->conversationId();
    QTemporaryDir dir;
    const QString md = dir.filePath(u"chat.md"_s);
    const QString json = dir.filePath(u"chat.json"_s);
    QVERIFY(m_window->exportConversation(id, md, MainWindow::ExportFormat::Markdown));
    QVERIFY(m_window->exportConversation(id, json, MainWindow::ExportFormat::Json));
    QFile markdown(md);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().contains("Export this"));
    const qint64 copy = m_window->importConversation(json);
    QVERIFY(copy > 0 && copy != id);
    QCOMPARE(m_window->session()->conversationId(), copy);
    QCOMPARE(m_window->session()->model()->rowCount(), 2);
    QVERIFY(!m_window->exportConversation(id, dir.filePath(u"no/such/folder/x.md"_s),
                                          MainWindow::ExportFormat::Markdown));
    QVERIFY(m_window->findChild<QLabel *>(u"banner"_s)->isVisible()); // said, in words
}

// What the view shows on screen, and a paint of it from scratch, to compare.
static std::pair<QImage, QImage> screenAndFreshPaint(ChatView *view)
{
    const QImage onScreen =
            view->screen()
                    ->grabWindow(view->window()->winId())
                    .toImage()
                    .copy(QRect(view->viewport()->mapTo(view->window(), QPoint(0, 0)),
                                view->viewport()->size()));
    return {onScreen, view->viewport()->grab().toImage().convertToFormat(onScreen.format())};
}

void TestChatWindow::whatIsOnScreenMatchesAFreshPaint()
{
    // The view repaints only what can change while a reply streams, and scrolls by blitting.
    // Whatever it skipped must still be right: the pixels on screen after the reply equal a
    // paint of the whole view from scratch (no stale tail left behind).
    m_demo->setSpeedFactor(2);
    m_window->sendPrompt(u"Render everything"_s);
    QVERIFY(waitForReply());
    QTest::qWait(100);
    const auto [onScreen, fresh] = screenAndFreshPaint(m_window->chatView());
    QCOMPARE(onScreen.size(), fresh.size());
    QVERIFY(onScreen == fresh);
}

// A reply as a server sends it: pieces of four characters, ten to an event batch.
static QList<QByteArray> batchesOf(const QString &reply)
{
    QList<QByteArray> events;
    for (qsizetype at = 0; at < reply.size(); at += 40) {
        QByteArray batch;
        for (qsizetype piece = at; piece < std::min(at + 40, reply.size()); piece += 4) {
            QString text = reply.mid(piece, 4);
            text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
            batch += contentEvent(text.toUtf8());
        }
        events << batch;
    }
    return events;
}

void TestChatWindow::longBlocksOnScreenMatchAFreshPaint_data()
{
    QTest::addColumn<QString>("reply");
    QString paragraph = u"A long paragraph:"_s;
    for (int i = 0; i < 500; ++i)
        paragraph += (i % 23 == 7 ? u" *slanted %1*"_s : u" word%1"_s).arg(i);
    QString code = u"The code:\n\n```cpp\n"_s;
    for (int i = 0; i < 300; ++i)
        code += u"int value%1 = compute(%1); // line %1\n"_s.arg(i);
    QString list = u"The points:\n\n"_s;
    for (int i = 0; i < 60; ++i)
        list += (i % 10 == 9 ? u"%1. Step %1 has *words* and more words\n    - inside it\n"_s
                             : u"- **Point %1**: the words of item %1 go on, 2024 times\n"_s)
                        .arg(i);
    QString table = u"The figures:\n\n| Name | Value | Note |\n|:---|---:|:---:|\n"_s;
    for (int i = 0; i < 80; ++i)
        table += u"| item %1 | %2 | %3 |\n"_s.arg(i).arg(i * 37).arg(
                i == 50 ? u"a **wider** note than the rest"_s : u"`plain`"_s);
    QTest::newRow("one long paragraph") << paragraph + u'.';
    QTest::newRow("a long list") << list;
    QTest::newRow("a long table") << table;
    QTest::newRow("a long code block, closed") << code + u"```\n\nThat is all."_s;
    QTest::newRow("a long code block, left open") << code;
}

// The same with blocks long enough to be streamed as chains of frozen parts: what is on screen
// once the reply is complete equals a paint from scratch.
void TestChatWindow::longBlocksOnScreenMatchAFreshPaint()
{
    QFETCH(QString, reply);
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler(
            [reply](Exchange *e) { e->streamEvents(batchesOf(reply) << finishEvent("stop"), 4); });
    ProviderConfig provider;
    provider.baseUrl = server.baseUrl();
    m_window->session()->setProvider(provider);
    m_window->session()->send(u"Go"_s);
    QVERIFY(waitForReply(30000));
    QCOMPARE(m_window->session()->lastReply(), reply);
    QTest::qWait(100);
    const auto [onScreen, fresh] = screenAndFreshPaint(m_window->chatView());
    QCOMPARE(onScreen.size(), fresh.size());
    QVERIFY(onScreen == fresh);
}

void TestChatWindow::longBlocksOnScreenMatchAFreshPaintWhileStreaming_data()
{
    longBlocksOnScreenMatchAFreshPaint_data();
}

// Mid-stream, with the open block grown in place and only its last line repainted per frame:
// the server pauses in the middle of the block, and what is on screen equals a paint from
// scratch of the same text.
void TestChatWindow::longBlocksOnScreenMatchAFreshPaintWhileStreaming()
{
    QFETCH(QString, reply);
    qsizetype cut = reply.size() * 3 / 5;
    while (reply.at(cut) == u'\n' || reply.at(cut + 1) == u'\n' || reply.at(cut + 2) == u'\n')
        ++cut; // mid-line, and the line goes on for a few more characters
    const QString sent = reply.left(cut + 3);
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([reply, cut](Exchange *e) {
        e->streamEvents(batchesOf(reply.left(cut)), 4, false);
        // A moment later, the same line grows alone; then nothing: the stream stays open.
        e->after(1500,
                 [e, more = reply.mid(cut, 3)] { e->writeChunk(contentEvent(more.toUtf8())); });
    });
    ProviderConfig provider;
    provider.baseUrl = server.baseUrl();
    m_window->session()->setProvider(provider);
    m_window->session()->send(u"Go"_s);
    QAbstractItemModel *model = m_window->session()->model();
    QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowCount() - 1, 0).data(ConversationModel::ContentRole).toString(),
            sent, 30000);
    QTest::qWait(150); // the last frame
    const auto [onScreen, fresh] = screenAndFreshPaint(m_window->chatView());
    QCOMPARE(onScreen.size(), fresh.size());
    QVERIFY(onScreen == fresh);
    m_window->session()->stop();
}

// Thinking streams above the answer: a frame that only lengthens its last line, or only the
// answer under it, repaints what changed, and what is on screen equals a paint from scratch.
void TestChatWindow::thinkingThatGrowsOnScreenMatchesAFreshPaint()
{
    auto reasoningEvent = [](const QByteArray &text) -> QByteArray {
        return R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":")" + text + R"("}}]})"
                + "\n\n";
    };
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([reasoningEvent](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}});
        e->writeChunk(reasoningEvent("Let me think about this"));
        // The same line grows alone, a frame later; then the answer begins under it.
        e->after(400, [e, reasoningEvent] { e->writeChunk(reasoningEvent(" carefully.")); });
        e->after(800, [e] { e->writeChunk(contentEvent("The answer")); });
        e->after(1200, [e] { e->writeChunk(contentEvent(" is 42.")); });
    });
    ProviderConfig provider;
    provider.baseUrl = server.baseUrl();
    m_window->session()->setProvider(provider);
    m_window->session()->send(u"Go"_s);
    QAbstractItemModel *model = m_window->session()->model();
    const auto last = [model](int role) {
        return model->index(model->rowCount() - 1, 0).data(role).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(last(ConversationModel::ReasoningRole),
                              u"Let me think about this carefully."_s, 10000);
    QTest::qWait(150); // the frame
    {
        const auto [onScreen, fresh] = screenAndFreshPaint(m_window->chatView());
        QVERIFY(onScreen == fresh);
    }
    QTRY_COMPARE_WITH_TIMEOUT(last(ConversationModel::ContentRole), u"The answer is 42."_s, 10000);
    QTest::qWait(150);
    const auto [onScreen, fresh] = screenAndFreshPaint(m_window->chatView());
    QVERIFY(onScreen == fresh);
    m_window->session()->stop();
}

// The text box has an edge, shares one row with the model picker and Send, and grows with its
// text up to eight lines; past that it scrolls.
void TestChatWindow::theComposerGrowsWithItsTextThenScrolls()
{
    Composer *composer = m_window->composer();
    ComposerEdit *edit = composer->edit();
    QVERIFY(composer->findChild<QWidget *>(u"composerFrame"_s));
    edit->setPlainText(u"one line"_s);
    QTRY_VERIFY(edit->height() < 3 * edit->fontMetrics().lineSpacing());
    const int oneLine = edit->height();
    edit->setPlainText(u"one\ntwo\nthree"_s);
    QTRY_VERIFY(edit->height() > oneLine + edit->fontMetrics().lineSpacing());
    QString many;
    for (int i = 0; i < 30; ++i)
        many += u"line %1\n"_s.arg(i);
    edit->setPlainText(many);
    QTRY_VERIFY(edit->verticalScrollBar()->isVisible());
    QVERIFY(edit->height() <= 9 * edit->fontMetrics().lineSpacing() + 20);
    // One row: the picker and Send sit beside the box, not under it.
    const QRect box = edit->parentWidget()->geometry();
    const QRect send = composer->findChild<QPushButton *>(u"sendButton"_s)->geometry();
    QVERIFY(send.left() >= box.right());
    QVERIFY(send.bottom() <= box.bottom() + 2 && send.top() >= box.top() - 2);
    QVERIFY(composer->modelPicker()->geometry().left() >= box.right());
    edit->clear();
}

// Opened from the window, a comparison is a conversation of its own; "Continue in chat" on a lane
// opens it here on that lane's answer, and the next message follows that answer.
void TestChatWindow::aComparisonLaneContinuesInChat()
{
    QPointer<CompareWindow> compare =
            m_window->openCompare({u"parley-demo-fast"_s, u"parley-demo-thinker"_s},
                                  u"Compare this"_s, MainWindow::Send::Now);
    QSignalSpy done(compare.data(), &CompareWindow::allFinished);
    QVERIFY(done.wait(30000));
    CompareLane *second = compare->lanes().at(1);
    const qint64 leaf = second->replyId();
    QTest::mouseClick(second->findChild<QPushButton *>(u"laneContinue"_s), Qt::LeftButton);
    QCOMPARE(m_window->session()->conversationId(), compare->session()->conversationId());
    const QAbstractItemModel *model = m_window->session()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data(ConversationModel::IdRole).toLongLong(), leaf);
    QCOMPARE(model->index(1, 0).data(ConversationModel::ModelNameRole).toString(),
             u"parley-demo-thinker"_s);
    QCOMPARE(model->index(1, 0).data(ConversationModel::SiblingCountRole).toInt(), 2); // < 2/2 >
    m_window->session()->send(u"And then?"_s);
    QVERIFY(waitForReply());
    QCOMPARE(m_window->session()
                     ->tree()
                     .find(model->index(2, 0).data(ConversationModel::IdRole).toLongLong())
                     ->parentId,
             leaf);
    compare->close();
}

void TestChatWindow::aShortConversationIsShownWhole()
{
    // Opened from the history, heights start as estimates; once measured, a conversation that
    // fits must not be left scrolled with blank space under it.
    m_window->sendPrompt(u"Short"_s);
    QVERIFY(waitForReply());
    m_window->session()->newConversation();
    auto *list = m_window->findChild<QListWidget *>(u"conversationList"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    ChatView *view = m_window->chatView();
    QCOMPARE(view->model()->rowCount(), 2);
    QTRY_VERIFY(view->rowRect(view->model()->rowCount() - 1).bottom()
                <= view->viewport()->height());
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    const QRect last = view->rowRect(view->model()->rowCount() - 1);
    if (view->verticalScrollBar()->maximum() > 0) // it scrolls: the end is at the bottom edge
        QVERIFY(last.bottom() >= view->viewport()->height() - 16);
    else // it fits: it starts at the top
        QCOMPARE(view->rowRect(0).top(), 0);
}

void TestChatWindow::aProfilePickedInTheWindowIsUsed()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().header("authorization") != "Bearer sk-from-environment-0123")
            e->respond(401, R"({"error":{"message":"no key"}})");
        else
            e->streamEvents({contentEvent("from the gateway"), doneEvent()});
    });
    qputenv("PARLEY_TEST_GATEWAY_KEY", "sk-from-environment-0123");
    ProviderProfile gateway =
            ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Test gateway"_s);
    gateway.baseUrl = h.server.baseUrl().toString();
    gateway.apiKeyEnv = u"PARLEY_TEST_GATEWAY_KEY"_s;
    gateway.defaultModel = u"gw-model"_s;
    gateway.manualModels = {u"gw-model"_s};
    QVERIFY(m_settings->addOrReplaceProfile(gateway).isEmpty());
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_history.get(), m_settings.get(),
                                            m_secrets.get());
    m_window->show();
    auto *picker = m_window->findChild<QComboBox *>(u"providerPicker"_s);
    QCOMPARE(picker->count(), 2);
    m_window->selectProfile(gateway.id);
    QTRY_COMPARE(m_window->currentProfileId(), gateway.id);
    QCOMPARE(m_settings->activeProfileId(), gateway.id); // remembered
    QTRY_COMPARE(m_window->composer()->currentModel(), u"gw-model"_s);
    m_window->session()->send(u"hello"_s);
    QVERIFY(waitForReply());
    QCOMPARE(m_window->session()->model()->index(1).data(ConversationModel::ContentRole).toString(),
             u"from the gateway"_s);
    QVERIFY(h.server.requests.last().body.contains("gw-model"));

    // A profile whose key is missing says so, and the window stays with what it had.
    ProviderProfile keyless = ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Keyless"_s);
    keyless.baseUrl = h.server.baseUrl().toString();
    keyless.apiKeyEnv = u"PARLEY_TEST_UNSET_VARIABLE"_s;
    QVERIFY(m_settings->addOrReplaceProfile(keyless).isEmpty());
    m_window->selectProfile(keyless.id);
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"banner"_s)
                        ->text()
                        .contains(u"PARLEY_TEST_UNSET_VARIABLE"_s));
    QCOMPARE(m_window->currentProfileId(), gateway.id);
}

void TestChatWindow::thePreferencesGoIntoEveryRequest()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("ok"), doneEvent()}); });
    ProviderProfile local = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Local"_s);
    local.baseUrl = h.server.baseUrl().toString(); // loopback: no key needed
    local.manualModels = {u"m"_s};
    QVERIFY(m_settings->addOrReplaceProfile(local).isEmpty());
    Preferences prefs = m_settings->preferences();
    prefs.systemPrompt = u"Answer in Korean."_s;
    prefs.temperature = 0.25;
    prefs.maxTokens = 321;
    m_settings->setPreferences(prefs); // applied at once, no restart
    m_window->selectProfile(local.id);
    QTRY_COMPARE(m_window->currentProfileId(), local.id);
    m_window->session()->send(u"hello"_s);
    QVERIFY(waitForReply());
    const QJsonObject body = QJsonDocument::fromJson(h.server.requests.last().body).object();
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.25);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 321);
    QVERIFY(!body.contains("top_p"_L1)); // unset: left out
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.first().toObject().value("role"_L1).toString(), u"system"_s);
    QCOMPARE(messages.first().toObject().value("content"_L1).toString(), u"Answer in Korean."_s);
}

namespace {

// Watches a file for any open or read (inotify), to prove nothing in the window touches it.
class FileWatch
{
public:
    explicit FileWatch(const QString &path)
    {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileWatch() { ::close(m_fd); }
    bool touched() const
    {
        char buffer[4096];
        return ::read(m_fd, buffer, sizeof buffer) > 0;
    }

private:
    int m_fd = -1;
};

ProviderProfile gatewayProfile(const LoopbackServer &server, const QString &name,
                               const char *variable)
{
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Gateway, name);
    p.baseUrl = server.baseUrl().toString();
    p.apiKeyEnv = QString::fromLatin1(variable);
    p.defaultModel = u"gw-model"_s;
    return p;
}

} // namespace

// The bug: the active profile's key is still being read when --prompt arrives, and the prompt
// went to the built-in demo provider shown for the first paint.
void TestChatWindow::aPromptAtStartWaitsForTheProfileOnScreen()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(200, R"({"data":[{"id":"gw-model"}]})");
        else
            e->streamEvents({contentEvent("from the gateway"), doneEvent()});
    });
    qputenv("PARLEY_TEST_START_KEY", "sk-start-0123456789");
    const ProviderProfile gateway =
            gatewayProfile(h.server, u"Start gateway"_s, "PARLEY_TEST_START_KEY");
    QVERIFY(m_settings->addOrReplaceProfile(gateway).isEmpty());
    m_settings->setActiveProfileId(gateway.id);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_history.get(), m_settings.get(),
                                            m_secrets.get());
    m_window->show();
    // The picker shows the profile of last time, not the demo's models, while its key is read.
    QCOMPARE(m_window->composer()->currentModel(), u"gw-model"_s);
    m_window->sendPrompt(u"hello at start"_s); // before the event loop ran once
    QVERIFY(waitForReply());
    QCOMPARE(m_window->currentProfileId(), gateway.id);
    QCOMPARE(m_window->session()->model()->index(1).data(ConversationModel::ContentRole).toString(),
             u"from the gateway"_s);
    QCOMPARE(h.server.requests.last().header("authorization"),
             QByteArray("Bearer sk-start-0123456789"));
    QVERIFY(h.server.requests.last().body.contains("hello at start"));
}

void TestChatWindow::aPromptTypedRightAfterSwitchingGoesToTheNewProfile()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(200, R"({"data":[{"id":"gw-model"}]})");
        else
            e->streamEvents({contentEvent("from the new profile"), doneEvent()});
    });
    qputenv("PARLEY_TEST_SWITCH_KEY", "sk-switch-0123456789");
    ProviderProfile gateway =
            gatewayProfile(h.server, u"Switch gateway"_s, "PARLEY_TEST_SWITCH_KEY");
    gateway.manualModels = {u"gw-other"_s};
    QVERIFY(m_settings->addOrReplaceProfile(gateway).isEmpty());
    m_window->selectProfile(gateway.id); // as a click in the provider picker
    // Until its key is read, the status names the profile picked, not the one still in use.
    auto *status = m_window->findChild<QLabel *>(u"providerStatus"_s);
    QCOMPARE(status->text(), u"Switch gateway: reading its key…"_s);
    // ... and the picker the models of that profile: what is on screen is where the prompt goes.
    QCOMPARE(m_window->composer()->currentModel(), u"gw-model"_s);
    QVERIFY(!m_window->models().contains(u"parley-demo-fast"_s));
    // A model picked there meanwhile is the one the prompt goes to.
    QComboBox *picker = m_window->composer()->modelPicker();
    picker->setCurrentIndex(picker->findData(u"gw-other"_s));
    QTest::keyClicks(m_window->composer()->edit(), u"typed at once"_s);
    QTest::keyClick(m_window->composer()->edit(), Qt::Key_Return);
    QVERIFY(waitForReply());
    QVERIFY(!status->text().contains(u"reading its key"_s));
    QCOMPARE(m_window->session()->model()->index(1).data(ConversationModel::ContentRole).toString(),
             u"from the new profile"_s);
    QCOMPARE(h.server.requests.last().header("authorization"),
             QByteArray("Bearer sk-switch-0123456789"));
    QVERIFY(h.server.requests.last().body.contains(R"("model":"gw-other")"));
    // A profile that cannot be used gives the prompt back, with the reason, and sends nothing.
    ProviderProfile broken = gatewayProfile(h.server, u"Broken"_s, "PARLEY_TEST_NOT_SET_ANYWHERE");
    broken.defaultModel = u"broken-model"_s;
    QVERIFY(m_settings->addOrReplaceProfile(broken).isEmpty());
    const qsizetype before = h.server.requests.size();
    m_window->selectProfile(broken.id);
    QCOMPARE(m_window->composer()->currentModel(), u"broken-model"_s);
    QTest::keyClicks(m_window->composer()->edit(), u"kept for later"_s);
    QTest::keyClick(m_window->composer()->edit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->composer()->edit()->toPlainText(), u"kept for later"_s);
    QCOMPARE(m_window->currentProfileId(), gateway.id);
    QCOMPARE(h.server.requests.size(), before);
    QVERIFY(m_window->findChild<QLabel *>(u"banner"_s)
                    ->text()
                    .contains(u"PARLEY_TEST_NOT_SET_ANYWHERE"_s));
    // The profile still in use is back in the picker, with its model.
    QCOMPARE(m_window->composer()->currentModel(), u"gw-other"_s);
    QVERIFY(m_window->models().contains(u"gw-model"_s));
}

// A key read that takes long (a keyring asking, D-Bus's 25 s): the waiting message can be taken
// back, and what was typed since stays after it.
void TestChatWindow::escTakesBackAWaitingMessage()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(200, R"({"data":[{"id":"gw-model"}]})");
        else
            e->streamEvents({contentEvent("should not be asked"), doneEvent()});
    });
    qputenv("PARLEY_TEST_ESC_KEY", "sk-esc-0123456789");
    const ProviderProfile gateway =
            gatewayProfile(h.server, u"Esc gateway"_s, "PARLEY_TEST_ESC_KEY");
    QVERIFY(m_settings->addOrReplaceProfile(gateway).isEmpty());
    m_window->selectProfile(gateway.id);
    ComposerEdit *edit = m_window->composer()->edit();
    QTest::keyClicks(edit, u"wait for me"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->toPlainText().isEmpty()); // it waits
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Esc takes it back"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::keyClicks(edit, u"typed since"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->toPlainText(), u"wait for me\n\ntyped since"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"back in the text box"_s));
    QTRY_COMPARE(m_window->currentProfileId(), gateway.id);
    QTRY_VERIFY(!h.server.requests.isEmpty()); // its models
    QTest::qWait(50);
    for (const auto &request : h.server.requests)
        QVERIFY2(request.path().endsWith("/models"), request.path().constData()); // no chat
}

void TestChatWindow::thePickerOffersListedAndHandAddedModels()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(200, R"({"data":[{"id":"alpha-1"},{"id":"beta-2"}]})");
        else
            e->streamEvents({contentEvent("ok"), doneEvent()});
    });
    ProviderProfile local = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Local"_s);
    local.baseUrl = h.server.baseUrl().toString();
    local.defaultModel = u"my-default"_s; // not listed by the provider
    local.manualModels = {u"hand-added"_s};
    QVERIFY(m_settings->addOrReplaceProfile(local).isEmpty());
    m_window->selectProfile(local.id);
    QTRY_COMPARE(m_window->models(),
                 (QStringList{u"my-default"_s, u"alpha-1"_s, u"beta-2"_s, u"hand-added"_s}));
    QComboBox *picker = m_window->composer()->modelPicker();
    QCOMPARE(m_window->composer()->currentModel(), u"my-default"_s);
    QVERIFY(picker->currentText().contains(u"not listed"_s));
    // A hand-added model, chosen as --model does, is the one the request uses.
    m_window->selectModel(u"hand-added"_s);
    QCOMPARE(picker->currentText(), u"hand-added"_s);
    m_window->sendPrompt(u"which model?"_s);
    QVERIFY(waitForReply());
    QVERIFY(h.server.requests.last().body.contains(R"("model":"hand-added")"));
    // One the profile does not have is used for this session, and the picker names it.
    m_window->selectModel(u"session-only"_s);
    QCOMPARE(m_window->composer()->currentModel(), u"session-only"_s);
    m_window->sendPrompt(u"again"_s);
    QVERIFY(waitForReply());
    QVERIFY(h.server.requests.last().body.contains(R"("model":"session-only")"));
}

// A local server that was still starting when its models were asked: once a reply shows it is
// up, the list is asked again, and only then.
void TestChatWindow::aModelsListThatCouldNotConnectIsAskedAgainAfterAReply()
{
    ChatHarness h;
    bool up = false; // /models is cut off until a chat has been answered
    int modelsAsked = 0;
    h.server.setHandler([&up, &modelsAsked](Exchange *e) {
        if (!e->request().path().endsWith("/models")) {
            up = true;
            e->streamEvents({contentEvent("ok"), doneEvent()});
        } else if (++modelsAsked; !up) {
            e->resetConnection();
        } else {
            e->respond(200, R"({"data":[{"id":"m"},{"id":"late-model"}]})");
        }
    });
    ProviderProfile local = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Starting"_s);
    local.baseUrl = h.server.baseUrl().toString();
    local.manualModels = {u"m"_s};
    QVERIFY(m_settings->addOrReplaceProfile(local).isEmpty());
    m_window->selectProfile(local.id);
    auto *status = m_window->findChild<QLabel *>(u"providerStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"Could not reach"_s), qPrintable(status->text()));
    const int beforeReply = modelsAsked;
    m_window->sendPrompt(u"hello"_s);
    QVERIFY(waitForReply());
    QTRY_VERIFY(m_window->models().contains(u"late-model"_s));
    QVERIFY(!status->text().contains(u"Could not reach"_s));
    QCOMPARE(modelsAsked, beforeReply + 1);
    m_window->sendPrompt(u"again"_s);
    QVERIFY(waitForReply());
    QCOMPARE(modelsAsked, beforeReply + 1); // it answered: not asked on every reply
}

void TestChatWindow::hostileTextIsNeverRichTextAndOpensNoFile()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(u"secret.png"_s);
    {
        QFile file(watched);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not really a picture");
    }
    const FileWatch watch(watched);
    const QByteArray img = "<img src=\\\"" + watched.toUtf8() + "\\\">";
    ChatHarness h;
    h.server.setHandler([img](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(500, R"({"error":{"message":"<b>bold</b> )" + img + R"("}})");
        else
            e->streamEvents({R"(data: {"error":{"message":"<i>in-stream</i> )" + img
                             + R"("}})"
                               "\n\n"});
    });
    ProviderProfile hostile = ProviderProfile::fromPreset(ProviderPreset::Custom, u"<b>Evil</b>"_s);
    hostile.baseUrl = h.server.baseUrl().toString();
    hostile.manualModels = {u"<img src='"_s + watched + u"'>"_s};
    QVERIFY(m_settings->addOrReplaceProfile(hostile).isEmpty());
    QVERIFY(!watch.touched());
    m_window->selectProfile(hostile.id);
    auto *status = m_window->findChild<QLabel *>(u"providerStatus"_s);
    QTRY_VERIFY(status->text().contains(u"<b>bold</b>"_s)); // literally
    m_window->sendPrompt(u"<img src=\""_s + watched + u"\">"_s);
    QVERIFY(waitForReply());
    QVERIFY2(!watch.touched(), "the reply");
    m_window->showBanner(u"<img src=\""_s + watched + u"\"> banner"_s);
    // Everything the window can show, shown and painted.
    for (QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    QVERIFY(!status->toolTip().contains(u"<img"_s)); // escaped: &lt;img
    m_window->grab();
    QToolTip::showText(QPoint(10, 10), status->toolTip(), status);
    QTest::qWait(100);
    m_window->grab();
    QVERIFY2(!watch.touched(), "the window and its tooltip");
    QToolTip::hideText();
    QVERIFY2(!watch.touched(), "a widget opened the file a server named");
}

void TestChatWindow::aKeyHeldAfterAnImportGoesOnlyAfterAYes()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->respond(200, R"({"data":[{"id":"gw-model"}]})"); });
    qputenv("PARLEY_TEST_HELD_KEY", "sk-held-0123456789");
    ProviderProfile moved = gatewayProfile(h.server, u"Moved"_s, "PARLEY_TEST_HELD_KEY");
    moved.keyOnHold = true; // as an import that changed its host leaves it
    QVERIFY(m_settings->addOrReplaceProfile(moved).isEmpty());
    // No: nothing is sent, the window stays with what it had.
    m_window->selectProfile(moved.id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"keyTargetPrompt"_s)) != nullptr);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(m_window->currentProfileId() != moved.id);
    QVERIFY(h.server.requests.isEmpty());
    QVERIFY(m_settings->profile(moved.id)->keyOnHold);
    // Yes: kept in the profile, and the key goes.
    m_window->selectProfile(moved.id);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"keyTargetPrompt"_s)) != nullptr);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_window->currentProfileId(), moved.id);
    QVERIFY(!m_settings->profile(moved.id)->keyOnHold);
    QTRY_VERIFY(!h.server.requests.isEmpty());
    QCOMPARE(h.server.requests.last().header("authorization"),
             QByteArray("Bearer sk-held-0123456789"));
}

// The bug: hovering a link whose address holds HTML opened the named file through the tooltip.
void TestChatWindow::hoveringALinkShowsItsAddressLiterally()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(u"linked.png"_s);
    {
        QFile file(watched);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const FileWatch watch(watched);
    ChatHarness h;
    const QByteArray address = "https://example.com/<img src='" + watched.toUtf8() + "'>";
    h.server.setHandler([address](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(200, R"({"data":[{"id":"m"}]})");
        else
            e->streamEvents(
                    {contentEvent("[docs](" + address + ") and more words after it"), doneEvent()});
    });
    ProviderProfile local = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Links"_s);
    local.baseUrl = h.server.baseUrl().toString();
    local.manualModels = {u"m"_s};
    QVERIFY(m_settings->addOrReplaceProfile(local).isEmpty());
    m_window->selectProfile(local.id);
    QTRY_COMPARE(m_window->currentProfileId(), local.id);
    m_window->sendPrompt(u"a link please"_s);
    QVERIFY(waitForReply());
    ChatView *view = m_window->chatView();
    const QRect reply = view->rowRect(1);
    QString shown;
    for (int y = reply.top() + 4; y < reply.bottom() && shown.isEmpty(); y += 4) {
        for (int x = reply.left() + 4; x < reply.right() && shown.isEmpty(); x += 6) {
            QTest::mouseMove(view->viewport(), QPoint(x, y));
            QMouseEvent move(QEvent::MouseMove, QPointF(x, y),
                             view->viewport()->mapToGlobal(QPointF(x, y)), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &move);
            if (QToolTip::isVisible())
                shown = QToolTip::text();
        }
    }
    QVERIFY2(!shown.isEmpty(), "no link tooltip found");
    // Shown through SafeText::toolTip (escaped, in our own <p>), never as the model's markup.
    QVERIFY2(shown.startsWith(u"<p>"_s) && !shown.contains(u"<img"_s), qPrintable(shown));
    QCOMPARE(SafeText::toolTip(u"https://x/<img src='"_s + watched + u"'>"_s).contains(u"<img"_s),
             false);
    QTest::qWait(200); // painted
    QToolTip::hideText();
    QVERIFY2(!watch.touched(), "the tooltip opened the file a link named");
}

// The window asks before a key goes over plain http to another computer, once per host and key.
void TestChatWindow::aKeyOverPlainHttpIsAskedFor()
{
    qputenv("PARLEY_TEST_CLEAR_KEY", "sk-clear-0123456789");
    ProviderProfile remote = ProviderProfile::fromPreset(ProviderPreset::Gateway, u"Remote"_s);
    remote.baseUrl = u"http://llm.parley.invalid/v1"_s;
    remote.apiKeyEnv = u"PARLEY_TEST_CLEAR_KEY"_s;
    remote.manualModels = {u"m"_s};
    QVERIFY(m_settings->addOrReplaceProfile(remote).isEmpty());
    m_window->sendPrompt(u"first"_s); // settles on the demo
    QVERIFY(waitForReply());
    m_window->selectProfile(remote.id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"keyInClearPrompt"_s)) != nullptr);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(u"llm.parley.invalid"_s));
    QTest::keyClicks(m_window->composer()->edit(), u"waits meanwhile"_s);
    QTest::keyClick(m_window->composer()->edit(), Qt::Key_Return);
    box->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(m_window->composer()->edit()->toPlainText(), u"waits meanwhile"_s); // given back
    QCOMPARE(m_window->currentProfileId(), u"demo"_s);
    QVERIFY(!m_client->isKeyInClearAllowed(remote.toConfig(u"sk-clear-0123456789"_s)));
    // A yes is remembered for that host and key.
    m_window->selectProfile(remote.id);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"keyInClearPrompt"_s)) != nullptr);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_window->currentProfileId(), remote.id);
    QVERIFY(m_client->isKeyInClearAllowed(remote.toConfig(u"sk-clear-0123456789"_s)));
}

void TestChatWindow::keysEchoedByAServerNeverReachTheScreen()
{
    const QByteArray key = "gsk_echo" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    qputenv("PARLEY_TEST_ECHO_KEY", key);
    ChatHarness h;
    h.server.setHandler([key](Exchange *e) {
        if (e->request().path().endsWith("/models"))
            e->respond(401, R"({"error":{"message":"bad key )" + key + R"("}})");
        else
            e->streamEvents({R"(data: {"error":{"message":"stream refused )" + key
                             + R"("}})"
                               "\n\n"});
    });
    ProviderProfile echo = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Echo"_s);
    echo.baseUrl = h.server.baseUrl().toString();
    echo.apiKeyEnv = u"PARLEY_TEST_ECHO_KEY"_s;
    echo.manualModels = {u"m"_s};
    QVERIFY(m_settings->addOrReplaceProfile(echo).isEmpty());
    m_window->selectProfile(echo.id);
    auto *status = m_window->findChild<QLabel *>(u"providerStatus"_s);
    QTRY_VERIFY(status->text().contains(u"bad key"_s));
    m_window->sendPrompt(u"hello"_s);
    QVERIFY(waitForReply());
    const QString error =
            m_window->session()->model()->index(1).data(ConversationModel::ErrorRole).toString();
    QVERIFY2(error.contains(u"stream refused"_s), qPrintable(error));
    QString onScreen = error;
    for (QWidget *w : QApplication::allWidgets()) {
        onScreen += w->windowTitle() + w->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            onScreen += label->text();
    }
    QVERIFY2(!onScreen.contains(QString::fromLatin1(key)), qPrintable(onScreen));
}

void TestChatWindow::aPromptForAProviderWithNoModelComesBack()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->respond(200, R"({"data":[]})"); });
    ProviderProfile empty = ProviderProfile::fromPreset(ProviderPreset::Custom, u"Empty"_s);
    empty.baseUrl = h.server.baseUrl().toString();
    QVERIFY(m_settings->addOrReplaceProfile(empty).isEmpty());
    m_window->selectProfile(empty.id);
    m_window->sendPrompt(u"to nobody"_s); // waits for the models, then comes back
    QTRY_COMPARE(m_window->composer()->edit()->toPlainText(), u"to nobody"_s);
    for (const HttpRequest &r : std::as_const(h.server.requests))
        QVERIFY(!r.path().endsWith("/chat/completions"));
}

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
