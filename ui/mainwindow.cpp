#include "mainwindow.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "api/modelsjob.h"
#include "api/proxyfactory.h"
#include "chat/chatsession.h"
#include "chat/linkpolicy.h"
#include "chatview.h"
#include "composer.h"
#include "keyinclearprompt.h"
#include "providerspage.h"
#include "safetext.h"
#include "settings/appsettings.h"
#include "settings/provideraccess.h"
#include "settings/secretstore.h"
#include "settingsdialog.h"
#include "storage/historystore.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtGui/QShortcut>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ConversationIdRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(ChatClient *client, HistoryStore *store, AppSettings *settings,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_store(store)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(new ChatSession(client, store, this))
    , m_access(new ProviderAccess(secrets, client, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const ProviderProfile demo = m_settings->profiles().first();
    m_profileId = demo.id;
    m_provider = demo.toConfig({});
    m_session->setProvider(m_provider);
    applyPreferences();
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applyPreferences);

    // The sidebar: new chat, search, conversations, the provider.
    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(12, 12, 6, 12);
    m_sidebarTitle = new QLabel;
    m_sidebarTitle->setObjectName(QStringLiteral("sidebarTitle"));
    QFont titleFont = m_sidebarTitle->font();
    titleFont.setBold(true);
    m_sidebarTitle->setFont(titleFont);
    m_newChat = new QPushButton;
    m_newChat->setObjectName(QStringLiteral("newChat"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    // No clear button: Qt loads its icon through the icon theme, a sixth of the start-up time.
    m_conversations = new QListWidget;
    m_conversations->setObjectName(QStringLiteral("conversationList"));
    m_conversations->setFrameShape(QFrame::NoFrame);
    m_conversations->setContextMenuPolicy(Qt::CustomContextMenu);
    m_conversations->setWordWrap(true);
    m_conversations->setTextElideMode(Qt::ElideRight);
    m_providerStatus = new QLabel;
    m_providerStatus->setObjectName(QStringLiteral("providerStatus"));
    m_providerStatus->setWordWrap(true);
    m_providerStatus->setForegroundRole(QPalette::PlaceholderText);
    sidebarLayout->addWidget(m_sidebarTitle);
    sidebarLayout->addWidget(m_newChat);
    sidebarLayout->addWidget(m_search);
    sidebarLayout->addWidget(m_conversations, 1);
    m_providers = new QComboBox;
    m_providers->setObjectName(QStringLiteral("providerPicker"));
    m_settingsButton = new QPushButton;
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(m_providers, 1);
    providerRow->addWidget(m_settingsButton);
    sidebarLayout->addLayout(providerRow);
    sidebarLayout->addWidget(m_providerStatus);

    // The conversation: a banner for problems, the bubbles (or a welcome), the composer.
    auto *main = new QWidget;
    main->setObjectName(QStringLiteral("conversationArea"));
    main->setAutoFillBackground(true);
    main->setBackgroundRole(QPalette::Base);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0x5a, 0x2a, 0x2a));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    m_center = new QStackedWidget;
    auto *welcome = new QWidget;
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(2);
    m_welcomeTitle = new QLabel;
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    QFont welcomeFont = m_welcomeTitle->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.8);
    welcomeFont.setBold(true);
    m_welcomeTitle->setFont(welcomeFont);
    m_welcomeText = new QLabel;
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setForegroundRole(QPalette::PlaceholderText);
    welcomeLayout->addWidget(m_welcomeTitle);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addStretch(3);
    m_view = new ChatView;
    m_view->setModel(m_session->model());
    m_view->setDensity(m_settings->preferences().density);
    m_center->addWidget(welcome);
    m_center->addWidget(m_view);
    m_composer = new Composer;
    mainLayout->addWidget(m_banner);
    mainLayout->addWidget(m_center, 1);
    mainLayout->addWidget(m_composer);

    auto *splitter = new QSplitter;
    splitter->addWidget(sidebar);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 750});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_undo = new QPushButton;
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_undo->setFlat(true);
    m_undo->hide();
    statusBar()->addPermanentWidget(m_undo);
    statusBar()->setSizeGripEnabled(false);

    // Wiring.
    connect(m_newChat, &QPushButton::clicked, this, &MainWindow::newChat);
    connect(m_settingsButton, &QPushButton::clicked, this, [this] { openSettings(); });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::showSearchResults);
    connect(m_conversations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openConversation(item->data(ConversationIdRole).toLongLong());
    });
    connect(m_conversations, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        openConversation(item->data(ConversationIdRole).toLongLong());
    });
    connect(m_conversations, &QWidget::customContextMenuRequested, this,
            &MainWindow::showConversationMenu);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_undoConversation && m_store->undeleteConversation(m_undoConversation))
            refreshConversationList();
        m_undoConversation = 0;
        m_undo->hide();
        statusBar()->clearMessage();
    });
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &text) { submit(text, false); });
    connect(m_composer, &Composer::stopRequested, m_session, &ChatSession::stop);
    connect(m_composer, &Composer::modelChanged, m_session, &ChatSession::setModelName);
    connect(m_session, &ChatSession::replyStarted, this, [this] {
        m_composer->setStreaming(true);
        updateCenter();
    });
    connect(m_session, &ChatSession::replyFinished, this,
            [this] { m_composer->setStreaming(m_session->isStreaming()); });
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
    connect(m_view, &ChatView::linkActivated, this, &MainWindow::openLink);
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
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyLastReply(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { m_session->stop(); });
    buildMenus();

    resize(1100, 760);
    retranslateUi();
    refreshConversationList();
    updateCenter();
    // The models known without asking (the demo's, a profile's own list) are there at once;
    // the provider's /models list replaces them when it arrives.
    m_composer->setModels(m_provider.manualModels, m_provider.manualModels.value(0));
    m_models = m_provider.manualModels;
    m_session->setModelName(m_composer->currentModel());
    // The profile in use last time: until its key is read, a prompt waits for it (a prompt
    // given now must not go to the demo provider shown for the first paint).
    if (const QString active = m_settings->activeProfileId();
        active != m_profileId && m_settings->profile(active))
        m_pendingProfileId = active;
    refreshProfiles();
    connect(m_providers, &QComboBox::activated, this,
            [this](int index) { selectProfile(m_providers->itemData(index).toString()); });
    QTimer::singleShot(0, this, [this] { // after the first paint
        if (!m_pendingProfileId.isEmpty())
            selectProfile(m_pendingProfileId);
        else
            refreshModels();
    });
    m_composer->edit()->setFocus();
    // Names, model ids, errors and titles come from servers and files: never rich text.
    SafeText::makePlain(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshModels()
{
    if (!m_client)
        return;
    const QString providerId = m_provider.id;
    ModelsJob *job = m_client->listModels(m_provider, StreamSettings{}, this);
    connect(job, &ModelsJob::finished, this,
            [this, job, providerId](const ModelsJob::Result &result) {
                job->deleteLater();
                if (providerId != m_provider.id)
                    return; // an answer for the provider used before
                modelsListed(result);
            });
}

void MainWindow::modelsListed(const ModelsJob::Result &result)
{
    m_modelsLoaded = true;
    m_modelsError = result.error.message;
    std::optional<ProviderProfile> profile = m_settings->profile(m_provider.id);
    // The provider's list is kept in its profile, so the models are there offline too.
    if (profile && !profile->isDemo() && !result.fromManualList && !result.error.isError()
        && profile->fetchedModels != result.models) {
        profile->fetchedModels = result.models;
        if (m_settings->addOrReplaceProfile(*profile).isEmpty()) {
            m_settings->save();
            m_profileInUse = profile->toJson();
        }
    }
    m_listedModels = result.fromManualList ? QStringList() : result.models;
    showModels(profile ? std::optional<ProviderProfile>(*profile) : std::nullopt,
               m_composer->currentModel());
    updateProviderStatus();
    if (m_composer->currentModel().isEmpty()) {
        // Nothing to send to: the waiting prompt goes back with the reason instead of waiting on.
        failPendingPrompt(result.error.isError()
                                  ? result.error.message
                                  : tr("The provider lists no models. Add one by hand in "
                                       "Settings, Providers."));
        return;
    }
    sendPendingPrompt();
}

// The picker: the profile's default first, then what the provider lists, then the models added by
// hand, each once; a default (or a --model) the provider does not list stays, marked as such.
void MainWindow::showModels(const std::optional<ProviderProfile> &profile, const QString &current)
{
    QStringList models;
    auto add = [&models](const QString &model) {
        if (!model.isEmpty() && !models.contains(model))
            models.append(model);
    };
    if (profile)
        add(profile->defaultModel);
    for (const QString &model : std::as_const(m_listedModels))
        add(model);
    if (profile) {
        for (const QString &model : profile->fetchedModels)
            add(model);
        for (const QString &model : profile->manualModels)
            add(model);
    } else {
        for (const QString &model : std::as_const(m_provider.manualModels))
            add(model);
    }
    add(m_sessionModel);
    // Models added by hand are expected to be missing from the list; a default is not.
    QStringList unlisted;
    if (m_modelsLoaded && !m_listedModels.isEmpty() && profile && !profile->defaultModel.isEmpty()
        && !m_listedModels.contains(profile->defaultModel))
        unlisted.append(profile->defaultModel);
    m_models = models;
    QString chosen = current;
    if (!m_requestedModel.isEmpty()) {
        chosen = m_requestedModel;
    } else if (!models.contains(chosen)) {
        chosen = profile && !profile->defaultModel.isEmpty() ? profile->defaultModel
                                                             : models.value(0);
    }
    m_composer->setModels(models, chosen, unlisted);
    m_session->setModelName(m_composer->currentModel());
}

// The user's defaults for every reply: the system prompt, sampling, timeouts and retries.
void MainWindow::applyPreferences()
{
    const Preferences prefs = m_settings->preferences();
    m_session->setSystemPrompt(prefs.systemPrompt);
    m_session->setSampling(prefs.temperature, prefs.topP, prefs.maxTokens);
    m_session->setStreamSettings(prefs.streamSettings());
    if (m_view)
        m_view->setDensity(prefs.density);
    applyProxy(ProxyApply::IfChanged);
}

// The proxy of the Network settings, with its password from the keychain. Applied only when it
// changed (a new factory for every preference change would be wasted work).
void MainWindow::applyProxy(ProxyApply when)
{
    if (!m_client)
        return;
    const Preferences prefs = m_settings->preferences();
    const ProxySettings proxy = prefs.proxySettings({});
    const QString signature = QStringList{prefs.proxyMode, proxy.host, QString::number(proxy.port),
                                          proxy.user, proxy.bypass.join(u' ')}
                                      .join(u'\n');
    if (when == ProxyApply::IfChanged && signature == m_proxySignature)
        return;
    m_proxySignature = signature;
    QNetworkAccessManager *manager = m_client->networkManager();
    const bool manual =
            proxy.mode == ProxySettings::Mode::Http || proxy.mode == ProxySettings::Mode::Socks5;
    if (!manual || proxy.user.isEmpty()) {
        ProxyFactory::apply(manager, proxy);
        return;
    }
    const QString name = Preferences::proxySecretName();
    if (const QString session = m_secrets->sessionSecret(name); !session.isEmpty()) {
        ProxyFactory::apply(manager, prefs.proxySettings(session));
        return;
    }
    ProxyFactory::apply(manager, proxy); // until the password is read
    m_secrets->read(name, this, [this, manager, prefs, signature](const SecretStore::Result &r) {
        if (signature != m_proxySignature)
            return; // changed again meanwhile
        ProxyFactory::apply(manager, prefs.proxySettings(r.secret));
        if (r.status == SecretStore::Status::Unavailable)
            showBanner(tr("The keychain is not available (%1), so the proxy password cannot be "
                          "read. Enter it in Settings, Network, to use it for this session.")
                               .arg(r.error));
    });
}

void MainWindow::refreshProfiles()
{
    const QSignalBlocker blocker(m_providers);
    m_providers->clear();
    for (const ProviderProfile &p : m_settings->profiles())
        m_providers->addItem(p.isDemo() ? tr("Built-in demo provider") : p.name, p.id);
    m_providers->setCurrentIndex(
            qMax(0,
                 m_providers->findData(m_pendingProfileId.isEmpty() ? m_profileId
                                                                    : m_pendingProfileId)));
}

// Switching provider: the key is read (or the user asked) first; until the new profile is ready,
// a prompt waits for it and never goes to the one used before.
void MainWindow::selectProfile(const QString &id)
{
    const std::optional<ProviderProfile> profile = m_settings->profile(id);
    if (!profile)
        return;
    m_pendingProfileId = id;
    refreshProfiles();
    updateProviderStatus();
    m_access->resolve(*profile, this, [this, id](const ProviderAccess::Result &r) {
        if (id == m_pendingProfileId) // else the user picked another meanwhile
            profileResolved(r);
    });
}

void MainWindow::profileResolved(const ProviderAccess::Result &result)
{
    using Status = ProviderAccess::Status;
    switch (result.status) {
    case Status::Ready:
        useProfile(result);
        return;
    case Status::PlainHttpNotConfirmed:
        confirmKeyInClear(result);
        return;
    case Status::KeyMissing:
    case Status::KeychainUnavailable:
        showBanner(result.message());
        // The prompt waits while the key is asked for; a cancel gives up.
        askForKey(result.profile.id,
                  result.status == Status::KeychainUnavailable ? result.keychainError : QString());
        return;
    case Status::VariableUnset:
        abandonProfile(result.message());
        return;
    case Status::KeyOnHold:
        confirmKeyTarget(result);
        return;
    }
}

// After an import changed where a profile sends its key: the stored key goes there only after
// a yes; the answer is kept in the profile.
void MainWindow::confirmKeyTarget(const ProviderAccess::Result &result)
{
    QMessageBox *box = SafeText::messageBox(
            this, QMessageBox::Warning, tr("Use the stored key?"),
            result.message() + u"\n\n"_s
                    + tr("Send the key stored for %1 to %2?")
                              .arg(result.profile.name,
                                   Endpoint::normalizeBaseUrl(result.profile.baseUrl).host()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(u"keyTargetPrompt"_s);
    const QString id = result.profile.id;
    connect(box, &QMessageBox::finished, this, [this, box, result, id](int) {
        if (id != m_pendingProfileId)
            return;
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            abandonProfile(result.message());
            return;
        }
        ProviderProfile confirmed = result.profile;
        confirmed.keyOnHold = false;
        if (m_settings->addOrReplaceProfile(confirmed).isEmpty())
            m_settings->save();
        selectProfile(id);
    });
    box->open();
}

// Asks, without blocking, whether a key may go over plain http; remembered for that host and key.
void MainWindow::confirmKeyInClear(const ProviderAccess::Result &result)
{
    QMessageBox *box = keyInClearPrompt(this, result);
    const QString id = result.profile.id;
    connect(box, &QMessageBox::finished, this, [this, box, result, id](int) {
        if (id != m_pendingProfileId)
            return;
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            abandonProfile(tr("%1 was not used: its key is not sent over plain http without your "
                              "yes.")
                                   .arg(result.profile.name));
            return;
        }
        m_client->allowKeyInClear(result.config);
        ProviderAccess::Result allowed = result;
        allowed.config.keyInClearAllowed = true;
        allowed.status = ProviderAccess::Status::Ready;
        useProfile(allowed);
    });
    box->open();
}

void MainWindow::useProfile(const ProviderAccess::Result &result)
{
    const ProviderProfile &profile = result.profile;
    m_pendingProfileId.clear();
    m_profileId = profile.id;
    m_profileInUse = profile.toJson();
    m_settings->setActiveProfileId(profile.id);
    m_settings->save();
    refreshProfiles();
    showBanner({});
    useProvider(result.config);
}

// The profile asked for cannot be used: the window stays with the one in use, and a waiting
// prompt is given back to the composer with the reason.
void MainWindow::abandonProfile(const QString &reason)
{
    m_pendingProfileId.clear();
    refreshProfiles();
    updateProviderStatus();
    showBanner(reason);
    failPendingPrompt(reason);
}

bool MainWindow::isReady() const
{
    return m_pendingProfileId.isEmpty() && !m_composer->currentModel().isEmpty();
}

QString MainWindow::waitingReason() const
{
    if (!m_pendingProfileId.isEmpty()) {
        const std::optional<ProviderProfile> profile = m_settings->profile(m_pendingProfileId);
        return tr("Your message waits until %1 is ready (reading its key).")
                .arg(profile ? profile->name : m_pendingProfileId);
    }
    return tr("Your message waits until the provider's models are known.");
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

void MainWindow::failPendingPrompt(const QString &reason)
{
    if (m_pendingPrompt.isEmpty())
        return;
    const QString text = std::exchange(m_pendingPrompt, QString());
    if (m_composer->edit()->toPlainText().trimmed().isEmpty())
        m_composer->edit()->setPlainText(text);
    statusBar()->showMessage(tr("Not sent: %1").arg(reason), 10000);
}

// Asks for a key that is missing (a keychain reset loses them) without blocking: stored in the
// keychain, or kept for this session only when there is no keychain.
void MainWindow::askForKey(const QString &profileId, const QString &keychainError)
{
    const std::optional<ProviderProfile> profile = m_settings->profile(profileId);
    if (!profile || findChild<QInputDialog *>(QStringLiteral("keyPrompt")))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("keyPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API key for %1").arg(profile->name));
    dialog->setLabelText(
            keychainError.isEmpty()
                    ? tr("No key is stored for %1. Enter its API key; it is kept in the "
                         "system keychain, never in a file.")
                              .arg(profile->name)
                    : tr("The keychain is not available (%1). Enter the API key for %2 to use "
                         "it until Parley quits; it is not saved anywhere.")
                              .arg(keychainError, profile->name));
    if (auto *label = dialog->findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText); // the profile's name comes from a file
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Use this key"));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QInputDialog::rejected, this, [this, profileId, name = profile->name] {
        if (profileId == m_pendingProfileId)
            abandonProfile(tr("No key was given for %1.").arg(name));
    });
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, profileId, keychainError, name = profile->secretName()](const QString &text) {
                const QString key = text.trimmed();
                if (key.isEmpty()) {
                    if (profileId == m_pendingProfileId)
                        abandonProfile(tr("No key was given."));
                    return;
                }
                if (!keychainError.isEmpty()) {
                    m_secrets->setSessionSecret(name, key);
                    selectProfile(profileId);
                    return;
                }
                m_secrets->write(name, key, this,
                                 [this, profileId, name, key](const SecretStore::Result &r) {
                                     if (r.status != SecretStore::Status::Ok) {
                                         m_secrets->setSessionSecret(name, key);
                                         showBanner(tr("The keychain did not take the key (%1); "
                                                       "it is used for this session only.")
                                                            .arg(r.error));
                                     }
                                     selectProfile(profileId);
                                 });
            });
    dialog->open();
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
        m_settingsDialog->providersPage()->selectProfile(m_profileId);
    m_settingsDialog->open(); // window-modal, without a nested event loop
    return m_settingsDialog;
}

// After the settings dialog applied: the provider in use is switched or rebuilt when it, or its
// key, changed; the proxy is applied again when its password may have.
void MainWindow::settingsApplied(const QStringList &changedSecrets,
                                 const QStringList &removedProfiles)
{
    refreshProfiles();
    if (changedSecrets.contains(Preferences::proxySecretName()))
        applyProxy(ProxyApply::Always);
    const std::optional<ProviderProfile> inUse = m_settings->profile(m_profileId);
    if (removedProfiles.contains(m_profileId) || !inUse) {
        selectProfile(QStringLiteral("demo"));
        return;
    }
    if (m_settings->activeProfileId() != m_profileId) {
        selectProfile(m_settings->activeProfileId());
        return;
    }
    if (inUse->toJson() != m_profileInUse || changedSecrets.contains(inUse->secretName()))
        selectProfile(m_profileId);
}

void MainWindow::useProvider(const ProviderConfig &config)
{
    m_provider = config;
    m_provider.maxConcurrentStreams =
            qMin(config.maxConcurrentStreams, m_settings->preferences().maxConcurrentStreams);
    m_session->setProvider(m_provider);
    m_modelsLoaded = false;
    m_listedModels.clear();
    m_sessionModel.clear();
    const std::optional<ProviderProfile> profile = m_settings->profile(config.id);
    if (!m_requestedModel.isEmpty() && profile && !profile->models().contains(m_requestedModel)
        && profile->defaultModel != m_requestedModel)
        m_sessionModel = m_requestedModel; // a --model the profile does not know: this session
    showModels(profile, QString());
    m_requestedModel.clear();
    updateProviderStatus();
    refreshModels();
    sendPendingPrompt();
}

// Any model: one of the profile's, or another used for this session only (said in the status).
void MainWindow::selectModel(const QString &model)
{
    if (model.isEmpty())
        return;
    m_requestedModel = model;
    if (!m_pendingProfileId.isEmpty())
        return; // applied when the profile is ready
    if (!m_models.contains(model)) {
        // Not the profile's: used for this session, and said so.
        m_sessionModel = model;
        statusBar()->showMessage(
                tr("%1 is not one of this provider's models; it is used for this session.")
                        .arg(model),
                8000);
    }
    const std::optional<ProviderProfile> profile = m_settings->profile(m_provider.id);
    showModels(profile, model);
    m_requestedModel.clear();
}

void MainWindow::updateProviderStatus()
{
    const QString name = m_provider.id == QLatin1String("demo") ? tr("Built-in demo provider")
                                                                : m_provider.baseUrl.host();
    QString status;
    if (!m_modelsLoaded)
        status = tr("%1: connecting…").arg(name);
    else if (!m_modelsError.isEmpty())
        status = tr("%1: %2").arg(name, m_modelsError);
    else
        status = tr("%1: %n model(s)", nullptr, int(m_models.size())).arg(name);
    m_providerStatus->setText(status);
    m_providerStatus->setToolTip(SafeText::toolTip(m_models.join(u'\n')));
}

void MainWindow::refreshConversationList()
{
    if (!m_search->text().trimmed().isEmpty()) {
        showSearchResults(m_search->text());
        return;
    }
    const QSignalBlocker blocker(m_conversations);
    m_conversations->clear();
    for (const ConversationInfo &info : m_store->conversations()) {
        auto *item = new QListWidgetItem(info.title.isEmpty() ? tr("Untitled") : info.title);
        item->setData(ConversationIdRole, info.id);
        item->setToolTip(QLocale().toString(info.updatedAt, QLocale::ShortFormat));
        m_conversations->addItem(item);
        if (info.id == m_session->conversationId())
            m_conversations->setCurrentItem(item);
    }
}

void MainWindow::showSearchResults(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        refreshConversationList();
        return;
    }
    const QSignalBlocker blocker(m_conversations);
    m_conversations->clear();
    const QList<SearchHit> hits = m_store->search(text);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(hit.conversationTitle + u'\n' + hit.snippet.simplified());
        item->setData(ConversationIdRole, hit.conversationId);
        m_conversations->addItem(item);
    }
    if (hits.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No messages match “%1”.").arg(text));
        item->setFlags(Qt::NoItemFlags);
        m_conversations->addItem(item);
    }
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
    m_search->clear();
    m_conversations->clearSelection();
    m_composer->edit()->setFocus();
}

void MainWindow::deleteConversation(qint64 id)
{
    if (!m_store->deleteConversation(id)) {
        showBanner(m_store->errorString());
        return;
    }
    if (id == m_session->conversationId())
        m_session->newConversation();
    m_undoConversation = id;
    m_undo->setText(tr("Undo"));
    m_undo->show();
    statusBar()->showMessage(tr("Conversation deleted."), 10000);
    QTimer::singleShot(10000, m_undo, [this, id] {
        if (m_undoConversation == id) {
            m_undoConversation = 0;
            m_undo->hide();
        }
    });
    refreshConversationList();
}

void MainWindow::renameConversation(qint64 id)
{
    bool ok = false;
    const QString title =
            QInputDialog::getText(this, tr("Rename conversation"), tr("Title:"), QLineEdit::Normal,
                                  m_store->conversation(id).title, &ok);
    if (ok && !m_store->renameConversation(id, title.trimmed()))
        showBanner(m_store->errorString());
    refreshConversationList();
}

void MainWindow::showConversationMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_conversations->itemAt(pos);
    if (!item || !item->data(ConversationIdRole).isValid())
        return;
    const qint64 id = item->data(ConversationIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, [this, id] { renameConversation(id); });
    menu.addAction(tr("Delete"), this, [this, id] { deleteConversation(id); });
    menu.exec(m_conversations->viewport()->mapToGlobal(pos));
}

void MainWindow::openLink(const QUrl &url)
{
    // The address comes from a model: shown as plain text, asked without a nested event loop.
    if (!LinkPolicy::mayOpen(url)) {
        SafeText::messageBox(this, QMessageBox::Information, tr("Link not opened"),
                             tr("Parley opens only web links (http and https). This link "
                                "uses “%1”:\n\n%2")
                                     .arg(url.scheme(), url.toDisplayString()),
                             QMessageBox::Ok)
                ->open();
        return;
    }
    const QString host = LinkPolicy::realHost(url);
    QMessageBox *box =
            SafeText::messageBox(this, QMessageBox::Question, tr("Open link?"),
                                 tr("Open this link in your browser?\n\nHost: %1\nAddress: %2")
                                         .arg(host, QString::fromLatin1(url.toEncoded())),
                                 QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(u"openLinkPrompt"_s);
    connect(box, &QMessageBox::finished, this, [box, url](int) {
        if (box->clickedButton() == box->button(QMessageBox::Open))
            QDesktopServices::openUrl(url);
    });
    box->open();
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
                                "Esc\tStop the reply\n"
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
    const bool json = format == ExportFormat::Json;
    const QByteArray bytes = json ? m_store->exportJson(id) : m_store->exportMarkdown(id);
    QSaveFile file(path); // written completely or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showBanner(tr("Could not export to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

qint64 MainWindow::importConversation(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showBanner(tr("Could not open %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return 0;
    }
    const qint64 id = m_store->importJson(file.readAll());
    if (!id) {
        showBanner(m_store->errorString());
        return 0;
    }
    refreshConversationList();
    m_session->openConversation(id);
    return id;
}

void MainWindow::exportCurrent(ExportFormat format)
{
    const bool json = format == ExportFormat::Json;
    const qint64 id = m_session->conversationId();
    if (id <= 0) {
        statusBar()->showMessage(tr("Open a conversation to export it."), 4000);
        return;
    }
    QString name = m_store->conversation(id).title;
    name.replace(QRegularExpression(QStringLiteral("[\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u'/' + (name.isEmpty() ? tr("Conversation") : name)
            + (json ? QStringLiteral(".json") : QStringLiteral(".md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export conversation"), suggested,
                                                      json ? tr("Parley conversation (*.json)")
                                                           : tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportConversation(id, path, format);
}

void MainWindow::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import conversation"), QString(),
                                                      tr("Parley conversation (*.json)"));
    if (!path.isEmpty())
        importConversation(path);
}

void MainWindow::sendPrompt(const QString &text)
{
    submit(text, true);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::updateCenter()
{
    m_center->setCurrentIndex(m_session->tree().isEmpty() ? 0 : 1);
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
    m_sidebarTitle->setText(tr("Conversations"));
    m_newChat->setText(tr("New chat"));
    m_newChat->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_search->setPlaceholderText(tr("Search all conversations (Ctrl+K)"));
    m_welcomeTitle->setText(tr("Welcome to Parley"));
    m_welcomeText->setText(tr("A native chat client for streaming language models. "
                              "Your conversations will appear here."));
    m_undo->setText(tr("Undo"));
    m_conversationMenu->setTitle(tr("&Conversation"));
    m_exportMarkdown->setText(tr("Export as &Markdown…"));
    m_exportJson->setText(tr("Export as &JSON…"));
    m_import->setText(tr("&Import…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsButton->setText(tr("Settings"));
    m_settingsButton->setToolTip(tr("Providers, keys, models, network, appearance, language "
                                    "and data (Ctrl+,)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    updateProviderStatus();
}
