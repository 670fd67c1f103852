#pragma once

#include "api/providerconfig.h"
#include "providerprofile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <optional>

class ChatClient;
class SecretStore;

// The one way from a provider profile to a request target, for the window, the settings dialog,
// the CLI and every lane of the comparison window. The key comes from the profile's environment
// variable when it names one, else from the keychain (or the key kept for this session when no
// keychain answers), and it is sent whenever there is one, whatever the preset: the preset only
// decides whether a missing key is an error. A key that would go over plain http to another
// computer is held back until the user agrees (ChatClient::allowKeyInClear). The answer always
// comes later, from the event loop; resolving never blocks.
class ProviderAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAccess)

public:
    enum class Status {
        Ready,
        KeyMissing, // the profile needs a key and none is stored
        KeychainUnavailable, // the profile needs a key and no keychain answers
        VariableUnset, // the profile reads its key from an environment variable that is empty
        PlainHttpNotConfirmed, // ready, but the key would travel in clear: ask first
        KeyOnHold, // an import changed where the key goes: confirm first (see ProviderProfile)
    };
    struct Result
    {
        Status status = Status::Ready;
        ProviderProfile profile;
        ProviderConfig config; // filled for Ready and PlainHttpNotConfirmed
        QString keychainError; // what the keychain said, for KeychainUnavailable
        bool isReady() const { return status == Status::Ready; }
        QString message() const; // what is wrong and what to do, translated; empty when ready
    };
    using Callback = std::function<void(const Result &)>;

    ProviderAccess(SecretStore *secrets, ChatClient *client, QObject *parent = nullptr);

    // typedKey: a key the user typed but that is not stored yet (the settings dialog's draft);
    // an empty typed key means "no key".
    void resolve(const ProviderProfile &profile, QObject *context, Callback done,
                 std::optional<QString> typedKey = std::nullopt);

    // Where the key of a profile comes from, for a listing such as parley-cli profiles.
    enum class KeySource {
        None, // the demo
        Environment,
        Keychain,
        SessionOnly,
        NotStored,
        KeychainUnavailable,
    };
    void findKeySource(const ProviderProfile &profile, QObject *context,
                       std::function<void(KeySource, const QString &keychainError)> done);

private:
    void finish(Result result, const QString &key, QObject *context, const Callback &done);

    SecretStore *m_secrets;
    QPointer<ChatClient> m_client;
};
