#pragma once

#include <QtWidgets/QWidget>

class ConversationList;
class HistoryStore;
class QComboBox;
class QLabel;
class QPushButton;
struct ProviderProfile;

// The main window's left side: New chat, the conversations (with search), and at the bottom the
// provider picker, Settings and what the provider in use says.
class Sidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(HistoryStore *store, QWidget *parent = nullptr);

    ConversationList *conversations() const { return m_conversations; }
    void setProfiles(const QList<ProviderProfile> &profiles, const QString &current);
    void setProviderStatus(const QString &text, const QString &models);

Q_SIGNALS:
    void newChatRequested();
    void settingsRequested();
    void profileActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QPushButton *m_newChat;
    ConversationList *m_conversations;
    QComboBox *m_providers;
    QPushButton *m_settingsButton;
    QLabel *m_providerStatus;
    QList<ProviderProfile> m_profiles;
    QString m_current;
};
