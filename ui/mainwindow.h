#pragma once

#include "api/providerconfig.h"

#include <QtWidgets/QMainWindow>

class ChatClient;
class QLabel;
class QListView;
class QPushButton;

// The main window: conversation sidebar on the left, the conversation on the right. For now the
// conversation area shows a welcome text and the active provider's models (on first run, the
// built-in demo provider); chat, composer and history arrive with their issues.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ChatClient *client, const ProviderConfig &provider, QWidget *parent = nullptr);

    QStringList models() const { return m_models; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshModels();
    void updateProviderStatus();

    ChatClient *m_client;
    ProviderConfig m_provider;
    QStringList m_models;
    bool m_modelsLoaded = false;
    bool m_modelsFromManualList = false;
    QString m_modelsError;

    QLabel *m_sidebarTitle = nullptr;
    QListView *m_conversations = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QLabel *m_providerStatus = nullptr;
};
