#pragma once

#include "api/providerconfig.h"

#include <QtWidgets/QMainWindow>

class ChatClient;
class ChatSession;
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
    MainWindow(ChatClient *client, HistoryStore *store, const ProviderConfig &provider,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatSession *session() const { return m_session; }
    ChatView *chatView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    QStringList models() const { return m_models; }
    // Starts a new conversation with this prompt (the --prompt option).
    void sendPrompt(const QString &text);
    void selectModel(const QString &model);
    void showBanner(const QString &text);
    void deleteConversation(qint64 id); // undoable for ten seconds
    // Export and import, without dialogs (the menu asks for the file first).
    bool exportConversation(qint64 id, const QString &path, bool json);
    qint64 importConversation(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void refreshModels();
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
    void exportCurrent(bool json);
    void importFromFile();

    ChatClient *m_client;
    HistoryStore *m_store;
    ProviderConfig m_provider;
    ChatSession *m_session;
    QStringList m_models;
    bool m_modelsLoaded = false;
    QString m_modelsError;
    qint64 m_undoConversation = 0;
    QString m_pendingPrompt;

    QLabel *m_sidebarTitle = nullptr;
    QPushButton *m_newChat = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_conversations = nullptr;
    QLabel *m_providerStatus = nullptr;
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
