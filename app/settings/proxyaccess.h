#pragma once

#include "api/proxyfactory.h"
#include "appsettings.h"

#include <QtCore/QObject>

#include <functional>

class QNetworkAccessManager;
class SecretStore;

// The one way from the Network preferences to a proxy in use, for the window and the CLI: a
// manual proxy with a user gets its password from the keychain (or the one kept for this session
// when no keychain answers), asynchronously. apply() keeps a network manager's proxy at the
// preferences', and applies them only when they changed (or when told the password may have).
class ProxyAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyAccess)

public:
    struct Result
    {
        ProxySettings settings; // with the password when one was found
        bool passwordUnavailable = false; // it is needed and no keychain answers
        QString keychainError;
    };
    using Callback = std::function<void(const Result &)>;

    explicit ProxyAccess(SecretStore *secrets, QObject *parent = nullptr);

    // Whether these preferences use a password from the keychain.
    static bool needsPassword(const Preferences &preferences);
    // Answers from the event loop, or at once when no password is needed or one is in memory.
    void resolve(const Preferences &preferences, QObject *context, Callback done);

    enum class Apply {
        IfChanged,
        Always, // its password may have changed
    };
    // Installs the proxy of preferences on manager; until its password is read, the proxy is
    // used without it. A password that cannot be read is reported by passwordUnavailable().
    void apply(QNetworkAccessManager *manager, const Preferences &preferences, Apply when);

Q_SIGNALS:
    void passwordUnavailable(const QString &keychainError);

private:
    static QString signature(const Preferences &preferences);

    SecretStore *m_secrets;
    QString m_applied; // the signature of the settings applied last
};
