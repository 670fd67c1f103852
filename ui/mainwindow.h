#pragma once

#include "api/modelsjob.h"
#include "api/providerconfig.h"
#include "settings/provideraccess.h"

#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtWidgets/QMainWindow>

class AppSettings;
class ChatClient;
class ChatSession;
class QComboBox;
class SecretStore;
class SettingsDialog;
class ChatView;
class Composer;
class HistoryStore;
class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

// The window people live in: conversations and search on the left, the conversation as bubbles in
// the middle, the composer below. It drives a ChatSession; every failure it hears of (a reply, the
// history) is shown in words, and nothing on screen is lost because of it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ChatClient *client, HistoryStore *store, AppSettings *settings, SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatSession *session() const { return m_session; }
    ChatView *chatView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    QStringList models() const { return m_models; }
    // Starts a new conversation with this prompt (the --prompt option).
    void sendPrompt(const QString &text);
    void selectModel(const QString &model);
    // Switches to a provider profile: its key comes from the keychain or its environment
    // variable, asynchronously; what is missing is said in the banner.
    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_profileId; }
    void showBanner(const QString &text);
    // The settings dialog (created on first use), opened at a page without blocking.
    SettingsDialog *openSettings(int page = 0);
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    void deleteConversation(qint64 id); // undoable for ten seconds
    // Export and import, without dialogs (the menu asks for the file first).
    enum class ExportFormat {
        Markdown, // the versions on screen
        Json, // every version, for import
    };
    bool exportConversation(qint64 id, const QString &path, ExportFormat format);
    qint64 importConversation(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void refreshProfiles();
    void applyPreferences();
    enum class ProxyApply {
        IfChanged,
        Always, // its password may have changed
    };
    void applyProxy(ProxyApply when);
    void settingsApplied(const QStringList &changedSecrets, const QStringList &removedProfiles);
    void askForKey(const QString &profileId, const QString &keychainError);
    void useProvider(const ProviderConfig &config);
    void profileResolved(const ProviderAccess::Result &result);
    void confirmKeyInClear(const ProviderAccess::Result &result);
    void confirmKeyTarget(const ProviderAccess::Result &result);
    void useProfile(const ProviderAccess::Result &result);
    void abandonProfile(const QString &reason);
    bool isReady() const;
    QString waitingReason() const;
    void submit(const QString &text, bool newConversation);
    void sendPendingPrompt();
    void failPendingPrompt(const QString &reason);
    void refreshModels();
    void modelsListed(const ModelsJob::Result &result);
    void showModels(const std::optional<ProviderProfile> &profile, const QString &current);
    void updateProviderStatus();
    void refreshConversationList();
    void showSearchResults(const QString &text);
    void openConversation(qint64 id);
    void newChat();
    void renameConversation(qint64 id);
    void showConversationMenu(const QPoint &pos);
    void openLink(const QUrl &url);
    void copyMessage(qint64 id);
    void editMessage(qint64 id);
    void copyLastReply();
    void showShortcuts();
    void updateCenter();
    void buildMenus();
    void exportCurrent(ExportFormat format);
    void importFromFile();

    ChatClient *m_client;
    HistoryStore *m_store;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ProviderConfig m_provider;
    QString m_profileId;
    QString m_pendingProfileId; // being made ready (its key read, or asked for)
    ChatSession *m_session;
    ProviderAccess *m_access;
    QStringList m_models; // in the picker
    QStringList m_listedModels; // what the provider's /models said
    QString m_sessionModel; // a --model the profile does not have, for this session
    QString m_requestedModel; // a --model to select once the profile is ready
    bool m_modelsLoaded = false;
    QString m_modelsError;
    qint64 m_undoConversation = 0;
    QString m_pendingPrompt; // waits for the provider on screen to be ready
    bool m_pendingNewConversation = false;
    QString m_proxySignature; // the proxy settings applied last
    QJsonObject m_profileInUse; // the profile as it was when selected
    SettingsDialog *m_settingsDialog = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_settingsAction = nullptr;

    QLabel *m_sidebarTitle = nullptr;
    QPushButton *m_newChat = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_conversations = nullptr;
    QLabel *m_providerStatus = nullptr;
    QComboBox *m_providers = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_center = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    ChatView *m_view = nullptr;
    Composer *m_composer = nullptr;
    QPushButton *m_undo = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportMarkdown = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_import = nullptr;
    QAction *m_shortcuts = nullptr;
};
