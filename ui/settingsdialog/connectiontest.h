#pragma once

#include "settings/provideraccess.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <optional>

class ChatClient;
class ModelsJob;
class SecretStore;
class QWidget;

// Asks a profile's provider for its models, as the window would reach it (its key, or the one
// typed in the dialog and not applied yet; the plain-http question first), and says in words how
// it went. One at a time; finished() comes once for each start().
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    enum class Purpose {
        Test, // "Connected. The provider lists 12 models."
        Refresh, // "Fetched 12 models."
    };
    ConnectionTest(SecretStore *secrets, ChatClient *client, QWidget *parent);

    bool isRunning() const { return m_running; }
    // typedKey: see ProviderAccess::resolve.
    void start(const ProviderProfile &profile, std::optional<QString> typedKey, Purpose purpose);

Q_SIGNALS:
    // models is set when the provider listed them (kept for offline use).
    void finished(const QString &profileId, const QString &text,
                  const std::optional<QStringList> &models);

private:
    void resolved(const ProviderAccess::Result &result);
    void confirmKeyInClear(const ProviderAccess::Result &result);
    void list(const ProviderConfig &config);
    void end(const QString &text, const std::optional<QStringList> &models = std::nullopt);

    ChatClient *m_client;
    QWidget *m_parent;
    ProviderAccess m_access;
    bool m_running = false;
    QString m_profileId;
    Purpose m_purpose = Purpose::Test;
};
