#include "provideraccess.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString environmentKey(const ProviderProfile &profile)
{
    return qEnvironmentVariable(profile.apiKeyEnv.toLocal8Bit().constData()).trimmed();
}

// Runs done from the event loop, as long as context lives.
void later(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done)] {
                if (guard)
                    done();
            },
            Qt::QueuedConnection);
}

} // namespace

QString ProviderAccess::Result::message() const
{
    switch (status) {
    case Status::Ready:
        return {};
    case Status::KeyMissing:
        return tr("No key is stored for %1. Enter it, or add it with: parley-cli key set \"%1\"")
                .arg(profile.name);
    case Status::KeychainUnavailable:
        return tr("The keychain is not available (%1), so the key for %2 cannot be read. Enter "
                  "it for this session, or give the profile an environment variable for its key.")
                .arg(keychainError, profile.name);
    case Status::VariableUnset:
        return tr("%1 reads its key from the environment variable %2, which is not set.")
                .arg(profile.name, profile.apiKeyEnv);
    case Status::KeyOnHold:
        return tr("An import changed where %1 sends its key (now %2). Its stored key is not used "
                  "until you confirm that it may go there, or enter a new key.")
                .arg(profile.name, Endpoint::normalizeBaseUrl(profile.baseUrl).host());
    case Status::PlainHttpNotConfirmed:
        return tr("%1 uses plain http:// to %2, which is not this computer. Its API key would "
                  "cross the network unencrypted, readable by anyone on the way.")
                .arg(profile.name, config.baseUrl.host());
    }
    return {};
}

ProviderAccess::ProviderAccess(SecretStore *secrets, ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_client(client)
{ }

void ProviderAccess::resolve(const ProviderProfile &profile, QObject *context, Callback done,
                             std::optional<QString> typedKey)
{
    Result result;
    result.profile = profile;
    if (profile.isDemo()) {
        finish(result, {}, context, done);
        return;
    }
    if (typedKey) {
        finish(result, typedKey->trimmed(), context, done);
        return;
    }
    if (profile.keyOnHold) {
        result.status = Status::KeyOnHold;
        finish(result, {}, context, done);
        return;
    }
    if (!profile.apiKeyEnv.isEmpty()) {
        const QString key = environmentKey(profile);
        if (key.isEmpty() && profile.needsKey())
            result.status = Status::VariableUnset;
        finish(result, key, context, done);
        return;
    }
    if (const QString session = m_secrets->sessionSecret(profile.secretName());
        !session.isEmpty()) {
        finish(result, session, context, done);
        return;
    }
    QPointer<ProviderAccess> self(this);
    m_secrets->read(profile.secretName(), context,
                    [self, result, context, done](const SecretStore::Result &r) mutable {
                        if (!self)
                            return;
                        ProviderAccess *const access = self;
                        if (r.status == SecretStore::Status::Ok) {
                            access->finish(result, r.secret, context, done);
                            return;
                        }
                        // No key stored, or no keychain: an error only where a key is needed.
                        if (result.profile.needsKey()) {
                            result.status = r.status == SecretStore::Status::NotFound
                                    ? Status::KeyMissing
                                    : Status::KeychainUnavailable;
                            result.keychainError = r.error;
                        }
                        access->finish(result, {}, context, done);
                    });
}

void ProviderAccess::finish(Result result, const QString &key, QObject *context,
                            const Callback &done)
{
    if (result.status == Status::Ready || result.status == Status::VariableUnset) {
        result.config = result.profile.toConfig(key);
        if (result.status == Status::Ready && result.config.keyWouldTravelInClear()) {
            if (m_client && m_client->isKeyInClearAllowed(result.config))
                result.config.keyInClearAllowed = true;
            else
                result.status = Status::PlainHttpNotConfirmed;
        }
    }
    if (result.status != Status::Ready && result.status != Status::PlainHttpNotConfirmed)
        result.config = {};
    later(context, [done, result] { done(result); });
}

void ProviderAccess::findKeySource(const ProviderProfile &profile, QObject *context,
                                   std::function<void(KeySource, const QString &)> done)
{
    if (profile.isDemo()) {
        later(context, [done] { done(KeySource::None, {}); });
        return;
    }
    if (!profile.apiKeyEnv.isEmpty()) {
        later(context, [done] { done(KeySource::Environment, {}); });
        return;
    }
    if (!m_secrets->sessionSecret(profile.secretName()).isEmpty()) {
        later(context, [done] { done(KeySource::SessionOnly, {}); });
        return;
    }
    m_secrets->read(profile.secretName(), context, [done](const SecretStore::Result &r) {
        switch (r.status) {
        case SecretStore::Status::Ok:
            done(KeySource::Keychain, {});
            break;
        case SecretStore::Status::NotFound:
            done(KeySource::NotStored, {});
            break;
        case SecretStore::Status::Unavailable:
            done(KeySource::KeychainUnavailable, r.error);
            break;
        }
    });
}
