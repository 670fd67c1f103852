#include "proxyaccess.h"

#include "secretstore.h"

#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>

ProxyAccess::ProxyAccess(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

bool ProxyAccess::needsPassword(const Preferences &preferences)
{
    const ProxySettings proxy = preferences.proxySettings({});
    const bool manual =
            proxy.mode == ProxySettings::Mode::Http || proxy.mode == ProxySettings::Mode::Socks5;
    return manual && !proxy.user.isEmpty();
}

void ProxyAccess::resolve(const Preferences &preferences, QObject *context, Callback done)
{
    Result result;
    result.settings = preferences.proxySettings({});
    if (!needsPassword(preferences)) {
        done(result);
        return;
    }
    const QString name = Preferences::proxySecretName();
    if (const QString session = m_secrets->sessionSecret(name); !session.isEmpty()) {
        result.settings = preferences.proxySettings(session);
        done(result);
        return;
    }
    m_secrets->read(name, context,
                    [preferences, done = std::move(done)](const SecretStore::Result &r) {
                        Result found;
                        found.settings = preferences.proxySettings(r.secret);
                        found.passwordUnavailable = r.status == SecretStore::Status::Unavailable;
                        found.keychainError = r.error;
                        done(found);
                    });
}

QString ProxyAccess::signature(const Preferences &preferences)
{
    const ProxySettings proxy = preferences.proxySettings({});
    return QStringList{preferences.proxyMode, proxy.host, QString::number(proxy.port), proxy.user,
                       proxy.bypass.join(u' ')}
            .join(u'\n');
}

void ProxyAccess::apply(QNetworkAccessManager *manager, const Preferences &preferences, Apply when)
{
    const QString applied = signature(preferences);
    if (when == Apply::IfChanged && applied == m_applied)
        return; // a new factory for every preference change would be wasted work
    m_applied = applied;
    if (needsPassword(preferences))
        ProxyFactory::apply(manager, preferences.proxySettings({})); // until the password is read
    QPointer<QNetworkAccessManager> target(manager);
    resolve(preferences, this, [this, target, applied](const Result &r) {
        if (applied != m_applied || !target)
            return; // changed again meanwhile
        ProxyFactory::apply(target, r.settings);
        if (r.passwordUnavailable)
            Q_EMIT passwordUnavailable(r.keychainError);
    });
}
