#pragma once

#include "api/providerconfig.h"
#include "conversationfiles.h"
#include "settings/provideraccess.h"
#include "settings/proxyaccess.h"

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
class CompareWindow;
class ConversationList;
class ConversationPane;
class ProviderSelection;
class Sidebar;
class HistoryStore;
class QAction;
class QLabel;
class QMenu;
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
    QStringList models() const;
    // Starts a new conversation with this prompt (the --prompt option).
    void sendPrompt(const QString &text);
    void selectModel(const QString &model);
    // Switches to a provider profile: its key comes from the keychain or its environment
    // variable, asynchronously; what is missing is said in the banner.
    void selectProfile(const QString &id);
    QString currentProfileId() const;
    void showBanner(const QString &text);
    // The settings dialog (created on first use), opened at a page without blocking.
    SettingsDialog *openSettings(int page = 0);
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    void deleteConversation(qint64 id); // undoable for ten seconds
    // Export and import, without dialogs (the menu asks for the file first).
    using ExportFormat = ConversationFiles::Format;
    bool exportConversation(qint64 id, const QString &path, ExportFormat format);
    // The comparison window, with lanes "MODEL" or "MODEL@PROFILE" (the active profile where
    // left out; none: the model on screen and the next one), the prompt in its composer, sent
    // when send is Send::Now.
    enum class Send {
        Later,
        Now,
    };
    CompareWindow *openCompare(const QStringList &lanes, const QString &prompt,
                               Send send = Send::Later);
    qint64 importConversation(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void applyPreferences();
    void applyProxy(ProxyAccess::Apply when);
    void settingsApplied(const QStringList &changedSecrets, const QStringList &removedProfiles);
    bool isReady() const;
    QString waitingReason() const;
    void submit(const QString &text, bool newConversation);
    void sendPendingPrompt();
    void failPendingPrompt(const QString &reason);
    bool takeBackPendingPrompt();
    void giveBackPendingPrompt();
    void refreshConversationList();
    void openConversation(qint64 id);
    void newChat();
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
    ChatSession *m_session;
    ProviderSelection *m_selection;
    ProxyAccess *m_proxy;
    QString m_pendingPrompt; // waits for the provider on screen to be ready
    bool m_pendingNewConversation = false;
    SettingsDialog *m_settingsDialog = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_settingsAction = nullptr;

    Sidebar *m_sidebar = nullptr;
    ConversationList *m_conversations = nullptr;
    ConversationPane *m_pane = nullptr;
    ChatView *m_view = nullptr;
    Composer *m_composer = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportMarkdown = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_import = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_shortcuts = nullptr;
};
