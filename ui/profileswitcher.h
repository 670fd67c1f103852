#pragma once

#include "settings/provideraccess.h"

#include <QtCore/QObject>

class AppSettings;
class ChatClient;
class SecretStore;
class QWidget;

// Makes the profile the user picked ready to use, asking what has to be asked on the way: a key
// that is missing, a key that would go over plain http, a key whose target an import changed.
// Nothing blocks; while it works, pendingId() names the profile, and a prompt must wait for it.
// It ends with switched() (the profile is active, use its config) or abandoned() (the profile
// in use stays, and why).
class ProfileSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    ProfileSwitcher(AppSettings *settings, SecretStore *secrets, ChatClient *client,
                    QWidget *window);

    void select(const QString &id);
    QString pendingId() const { return m_pendingId; }
    bool isSwitching() const { return !m_pendingId.isEmpty(); }

Q_SIGNALS:
    void switched(const ProviderAccess::Result &result);
    void abandoned(const QString &reason);
    void problem(const QString &message); // for the window's banner; the switch goes on

private:
    void resolved(const ProviderAccess::Result &result);
    void askForKey(const ProviderProfile &profile, const QString &keychainError);
    void confirmKeyInClear(const ProviderAccess::Result &result);
    void confirmKeyTarget(const ProviderAccess::Result &result);
    void use(const ProviderAccess::Result &result);
    void abandon(const QString &reason);

    AppSettings *m_settings;
    SecretStore *m_secrets;
    ChatClient *m_client;
    QWidget *m_window; // parent of the questions
    ProviderAccess m_access;
    QString m_pendingId;
};
