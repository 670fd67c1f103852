#include "mainwindow.h"

#include "api/chatclient.h"
#include "chat/chatsession.h"
#include "chatview.h"
#include "comparelane.h"
#include "comparewindow.h"
#include "composer.h"
#include "conversationfiles.h"
#include "conversationlist.h"
#include "conversationpane.h"
#include "linkprompt.h"
#include "providerselection.h"
#include "providerspage.h"
#include "safetext.h"
#include "settings/appsettings.h"
#include "settings/proxyaccess.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "storage/historystore.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QShortcut>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(ChatClient *client, HistoryStore *store, AppSettings *settings,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_store(store)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(new ChatSession(client, store, this))
    , m_selection(new ProviderSelection(settings, secrets, client, this))
    , m_proxy(new ProxyAccess(secrets, this))
{
    setObjectName(u"MainWindow"_s);
    m_session->setProvider(m_selection->provider());
    connect(m_proxy, &ProxyAccess::passwordUnavailable, this, [this](const QString &error) {
        showBanner(tr("The keychain is not available (%1), so the proxy password cannot be "
                      "read. Enter it in Settings, Network, to use it for this session.")
                           .arg(error));
    });
    applyPreferences();
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applyPreferences);

    // The sidebar: new chat, search, conversations, the provider.
    m_sidebar = new Sidebar(store);
    m_conversations = m_sidebar->conversations();

    // The conversation: a banner for problems, the bubbles (or a welcome), the composer.
    m_pane = new ConversationPane;
    m_view = m_pane->view();
    m_view->setModel(m_session->model());
    m_view->setDensity(m_settings->preferences().density);
    m_composer = m_pane->composer();

    auto *splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 750});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    statusBar()->setSizeGripEnabled(false);

    // Wiring.
    connect(m_sidebar, &Sidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_sidebar, &Sidebar::settingsRequested, this, [this] { openSettings(); });
    connect(m_sidebar, &Sidebar::profileActivated, m_selection, &ProviderSelection::selectProfile);
    connect(m_conversations, &ConversationList::conversationActivated, this,
            &MainWindow::openConversation);
    connect(m_conversations, &ConversationList::problem, this, &MainWindow::showBanner);
    connect(m_conversations, &ConversationList::conversationDeleted, this, [this](qint64 id) {
        if (id == m_session->conversationId())
            m_session->newConversation();
    });
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &text) { submit(text, false); });
    connect(m_composer, &Composer::stopRequested, m_session, &ChatSession::stop);
    connect(m_composer, &Composer::compareRequested, this,
            [this] { openCompare({}, m_composer->edit()->toPlainText()); });
    connect(m_composer, &Composer::modelChanged, this, [this](const QString &model) {
        m_session->setModelName(model);
        m_selection->setCurrentModel(model);
    });
    connect(m_session, &ChatSession::replyStarted, this, [this] {
        m_composer->setStreaming(true);
        updateCenter();
    });
    connect(m_session, &ChatSession::replyFinished, this,
            [this](qint64, const ReplyResult &result) {
                m_composer->setStreaming(m_session->isStreaming());
                if (result.end != EndState::Failed)
                    m_selection->providerAnswered();
            });
    connect(m_session, &ChatSession::conversationListChanged, this,
            &MainWindow::refreshConversationList);
    connect(m_session, &ChatSession::conversationChanged, this, [this] {
        updateCenter();
        refreshConversationList();
    });
    connect(m_session, &ChatSession::storageFailed, this, &MainWindow::showBanner);
    // What waited is in the history now: the banner that said so goes.
    connect(m_session, &ChatSession::storageRecovered, this, [this] {
        showBanner({});
        refreshConversationList();
    });
    connect(m_view, &ChatView::linkActivated, this,
            [this](const QUrl &url) { askToOpenLink(this, url); });
    connect(m_view, &ChatView::copyRequested, this, &MainWindow::copyMessage);
    connect(m_view, &ChatView::codeCopyRequested, this, [this](const QString &code) {
        QGuiApplication::clipboard()->setText(code);
        statusBar()->showMessage(tr("Copied the code."), 3000);
    });
    connect(m_view, &ChatView::editRequested, this, &MainWindow::editMessage);
    connect(m_view, &ChatView::regenerateRequested, this, [this](qint64 id) {
        if (!isReady()) {
            statusBar()->showMessage(waitingReason(), 5000);
            return;
        }
        m_session->setModelName(m_composer->currentModel());
        m_session->regenerate(id);
    });
    connect(m_view, &ChatView::versionRequested, m_session, &ChatSession::switchVersion);

    // Shortcuts (listed in the help dialog, F1).
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newChat(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_conversations->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_conversations->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyLastReply(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (!takeBackPendingPrompt())
            m_session->stop();
    });
    buildMenus();

    resize(1100, 760);
    retranslateUi();
    refreshConversationList();
    updateCenter();
    connect(m_selection, &ProviderSelection::profilesChanged, m_sidebar, &Sidebar::setProfiles);
    connect(m_selection, &ProviderSelection::statusChanged, m_sidebar, &Sidebar::setProviderStatus);
    connect(m_selection, &ProviderSelection::providerChanged, m_session, &ChatSession::setProvider);
    connect(m_selection, &ProviderSelection::modelsChanged, this, [this](const ModelChoice &c) {
        m_composer->setModels(c.models, c.chosen, c.unlisted);
        m_session->setModelName(m_composer->currentModel());
    });
    connect(m_selection, &ProviderSelection::banner, this, &MainWindow::showBanner);
    connect(m_selection, &ProviderSelection::note, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_selection, &ProviderSelection::ready, this, &MainWindow::sendPendingPrompt);
    connect(m_selection, &ProviderSelection::unusable, this, &MainWindow::failPendingPrompt);
    m_selection->begin(); // shows the demo's models now; the profile of last time follows
    m_composer->edit()->setFocus();
    // Names, model ids, errors and titles come from servers and files: never rich text.
    SafeText::makePlain(this);
}

MainWindow::~MainWindow() = default;

// The user's defaults for every reply: the system prompt, sampling, timeouts and retries.
void MainWindow::applyPreferences()
{
    const Preferences prefs = m_settings->preferences();
    m_session->setSystemPrompt(prefs.systemPrompt);
    m_session->setSampling(prefs.temperature, prefs.topP, prefs.maxTokens);
    m_session->setStreamSettings(prefs.streamSettings());
    if (m_view)
        m_view->setDensity(prefs.density);
    applyProxy(ProxyAccess::Apply::IfChanged);
}

// The proxy of the Network settings, with its password from the keychain.
void MainWindow::applyProxy(ProxyAccess::Apply when)
{
    if (m_client)
        m_proxy->apply(m_client->networkManager(), m_settings->preferences(), when);
}

void MainWindow::selectProfile(const QString &id)
{
    m_selection->selectProfile(id);
}

void MainWindow::selectModel(const QString &model)
{
    m_selection->selectModel(model);
}

QString MainWindow::currentProfileId() const
{
    return m_selection->profileId();
}

QStringList MainWindow::models() const
{
    return m_selection->models();
}

bool MainWindow::isReady() const
{
    return !m_selection->isSwitching() && !m_composer->currentModel().isEmpty();
}

QString MainWindow::waitingReason() const
{
    return m_selection->waitingReason();
}

// A prompt goes only to the provider and model on screen: now if they are ready, else once they
// are, or back into the composer with the reason.
void MainWindow::submit(const QString &text, bool newConversation)
{
    if (!isReady()) {
        if (!m_pendingPrompt.isEmpty())
            m_composer->edit()->setPlainText(m_pendingPrompt); // the older one is not lost
        m_pendingPrompt = text;
        m_pendingNewConversation = newConversation;
        statusBar()->showMessage(waitingReason());
        return;
    }
    if (newConversation)
        newChat();
    m_session->setModelName(m_composer->currentModel());
    m_session->send(text);
}

void MainWindow::sendPendingPrompt()
{
    if (m_pendingPrompt.isEmpty() || !isReady())
        return;
    statusBar()->clearMessage();
    submit(std::exchange(m_pendingPrompt, QString()), m_pendingNewConversation);
}

// Esc while a message waits (a key read that takes long): it comes back into the text box,
// and nothing is sent.
bool MainWindow::takeBackPendingPrompt()
{
    if (m_pendingPrompt.isEmpty())
        return false;
    giveBackPendingPrompt();
    statusBar()->showMessage(tr("Not sent: your message is back in the text box."), 10000);
    return true;
}

// The waiting message back into the text box, before anything typed since: nothing is lost.
void MainWindow::giveBackPendingPrompt()
{
    const QString text = std::exchange(m_pendingPrompt, QString());
    const QString typed = m_composer->edit()->toPlainText();
    m_composer->edit()->setPlainText(typed.trimmed().isEmpty() ? text : text + u"\n\n"_s + typed);
    m_composer->edit()->moveCursor(QTextCursor::End);
}

void MainWindow::failPendingPrompt(const QString &reason)
{
    if (m_pendingPrompt.isEmpty())
        return;
    giveBackPendingPrompt();
    statusBar()->showMessage(tr("Not sent: %1").arg(reason), 10000);
}

SettingsDialog *MainWindow::openSettings(int page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_secrets, m_client, m_store, this);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::settingsApplied);
        connect(m_settingsDialog, &SettingsDialog::secretProblem, this, &MainWindow::showBanner);
        connect(m_settingsDialog, &SettingsDialog::historyCleared, this, [this] {
            m_session->stop();
            m_session->newConversation();
            refreshConversationList();
            updateCenter();
        });
    }
    m_settingsDialog->showPage(SettingsDialog::Page(page));
    if (page == int(SettingsDialog::Page::Providers))
        m_settingsDialog->providersPage()->selectProfile(m_selection->profileId());
    m_settingsDialog->open(); // window-modal, without a nested event loop
    return m_settingsDialog;
}

// After the settings dialog applied: the provider in use is switched or rebuilt when it, or its
// key, changed; the proxy is applied again when its password may have.
void MainWindow::settingsApplied(const QStringList &changedSecrets,
                                 const QStringList &removedProfiles)
{
    if (changedSecrets.contains(Preferences::proxySecretName()))
        applyProxy(ProxyAccess::Apply::Always);
    m_selection->settingsApplied(changedSecrets, removedProfiles);
}

void MainWindow::refreshConversationList()
{
    m_conversations->setCurrentConversation(m_session->conversationId());
}

void MainWindow::openConversation(qint64 id)
{
    if (id <= 0 || id == m_session->conversationId())
        return;
    m_session->openConversation(id);
    m_composer->setStreaming(false);
    m_view->scrollToBottom();
}

void MainWindow::newChat()
{
    m_session->newConversation();
    m_conversations->clearSearch();
    m_composer->edit()->setFocus();
}

void MainWindow::deleteConversation(qint64 id)
{
    m_conversations->deleteConversation(id);
}

void MainWindow::copyMessage(qint64 id)
{
    if (const StoredMessage *m = m_session->tree().find(id))
        QGuiApplication::clipboard()->setText(m->content);
}

void MainWindow::editMessage(qint64 id)
{
    const StoredMessage *m = m_session->tree().find(id);
    if (!m)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
            this, tr("Edit message"),
            tr("The old version stays; the new one is sent as a new branch."), m->content, &ok);
    if (ok && !text.trimmed().isEmpty()) {
        if (!isReady()) {
            statusBar()->showMessage(waitingReason(), 5000);
            return;
        }
        m_session->setModelName(m_composer->currentModel());
        m_session->editAndResend(id, text);
    }
}

void MainWindow::copyLastReply()
{
    const QString text = m_session->lastReply();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Copied the last reply."), 3000);
    }
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("Enter\tSend\n"
                                "Shift+Enter\tNew line\n"
                                "Esc\tStop the reply, or take back a message that waits\n"
                                "Ctrl+N\tNew chat\n"
                                "Ctrl+F, Ctrl+K\tSearch all conversations\n"
                                "Ctrl+Shift+C\tCopy the last reply\n"
                                "Ctrl+,\tSettings\n"
                                "F1\tThis list"));
}

void MainWindow::buildMenus()
{
    m_conversationMenu = menuBar()->addMenu(QString());
    m_exportMarkdown = m_conversationMenu->addAction(
            QString(), this, [this] { exportCurrent(ExportFormat::Markdown); });
    m_exportJson = m_conversationMenu->addAction(QString(), this,
                                                 [this] { exportCurrent(ExportFormat::Json); });
    m_compare = m_conversationMenu->addAction(
            QString(), this, [this] { openCompare({}, m_composer->edit()->toPlainText()); });
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_conversationMenu->addSeparator();
    m_import = m_conversationMenu->addAction(QString(), this, &MainWindow::importFromFile);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_settingsMenu->addAction(QString(), this, [this] { openSettings(); });
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
}

bool MainWindow::exportConversation(qint64 id, const QString &path, ExportFormat format)
{
    if (const QString error = ConversationFiles::write(m_store, id, path, format);
        !error.isEmpty()) {
        showBanner(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

qint64 MainWindow::importConversation(const QString &path)
{
    QString error;
    const qint64 id = ConversationFiles::read(m_store, path, &error);
    if (!id) {
        showBanner(error);
        return 0;
    }
    refreshConversationList();
    m_session->openConversation(id);
    return id;
}

void MainWindow::exportCurrent(ExportFormat format)
{
    const qint64 id = m_session->conversationId();
    if (id <= 0) {
        statusBar()->showMessage(tr("Open a conversation to export it."), 4000);
        return;
    }
    const QString path =
            ConversationFiles::askExportPath(this, m_store->conversation(id).title, format);
    if (!path.isEmpty())
        exportConversation(id, path, format);
}

void MainWindow::importFromFile()
{
    if (const QString path = ConversationFiles::askImportPath(this); !path.isEmpty())
        importConversation(path);
}

CompareWindow *MainWindow::openCompare(const QStringList &lanes, const QString &prompt, Send send)
{
    auto *window = new CompareWindow(m_client, m_store, m_settings, m_secrets, this);
    const QString active = m_settings->activeProfileId(); // the profile in use, or being readied
    QStringList specs = lanes;
    if (specs.isEmpty()) {
        const QString model = m_composer->currentModel();
        const QStringList models = m_selection->models();
        const QString next = models.value(
                (models.indexOf(model) + 1) % std::max<qsizetype>(1, models.size()), model);
        specs = {model, next};
    }
    window->addLanes(specs, active);
    window->setPrompt(prompt);
    connect(window, &CompareWindow::continueInChat, this, [this](qint64 id, qint64 leaf) {
        // The lane's thread becomes the branch on screen, and a message goes on after it.
        if (!m_store->setActiveLeaf(id, leaf)) {
            showBanner(m_store->errorString());
            return;
        }
        m_session->openConversation(id);
        m_composer->setStreaming(false);
        m_view->scrollToBottom();
        refreshConversationList();
        raise();
        activateWindow();
    });
    // What it stores is a conversation like any other: the list shows it.
    connect(window->session(), &ChatSession::conversationListChanged, this,
            &MainWindow::refreshConversationList);
    window->show();
    if (send == Send::Now && !prompt.trimmed().isEmpty())
        window->send(prompt);
    return window;
}

void MainWindow::sendPrompt(const QString &text)
{
    submit(text, true);
}

void MainWindow::showBanner(const QString &text)
{
    m_pane->showBanner(text);
}

void MainWindow::updateCenter()
{
    m_pane->showWelcome(m_session->tree().isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->stop(); // partial replies are kept, labelled as stopped
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Parley"));
    m_conversationMenu->setTitle(tr("&Conversation"));
    m_exportMarkdown->setText(tr("Export as &Markdown…"));
    m_exportJson->setText(tr("Export as &JSON…"));
    m_import->setText(tr("&Import…"));
    m_compare->setText(tr("&Compare models…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Settings…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
}
