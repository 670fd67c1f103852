#include "profileswitcher.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "keyinclearprompt.h"
#include "keyprompt.h"
#include "safetext.h"
#include "settings/appsettings.h"

#include <QtWidgets/QMessageBox>

using namespace Qt::Literals::StringLiterals;

ProfileSwitcher::ProfileSwitcher(AppSettings *settings, SecretStore *secrets, ChatClient *client,
                                 QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
    , m_window(window)
    , m_access(secrets, client)
{ }

// The key is read (or the user asked) first; an answer for a profile picked before another is
// dropped.
void ProfileSwitcher::select(const QString &id)
{
    const std::optional<ProviderProfile> profile = m_settings->profile(id);
    if (!profile)
        return;
    m_pendingId = id;
    m_access.resolve(*profile, this, [this, id](const ProviderAccess::Result &r) {
        if (id == m_pendingId) // else the user picked another meanwhile
            resolved(r);
    });
}

void ProfileSwitcher::resolved(const ProviderAccess::Result &result)
{
    using Status = ProviderAccess::Status;
    switch (result.status) {
    case Status::Ready:
        use(result);
        return;
    case Status::PlainHttpNotConfirmed:
        confirmKeyInClear(result);
        return;
    case Status::KeyMissing:
    case Status::KeychainUnavailable:
        Q_EMIT problem(result.message());
        askForKey(result.profile,
                  result.status == Status::KeychainUnavailable ? result.keychainError : QString());
        return;
    case Status::VariableUnset:
        abandon(result.message());
        return;
    case Status::KeyOnHold:
        confirmKeyTarget(result);
        return;
    }
}

void ProfileSwitcher::askForKey(const ProviderProfile &profile, const QString &keychainError)
{
    if (m_window->findChild<QInputDialog *>(u"keyPrompt"_s))
        return; // already asked
    auto *prompt = new KeyPrompt(profile, keychainError, m_secrets, m_window);
    const QString id = profile.id;
    connect(prompt, &KeyPrompt::keyReady, this, [this, id] { select(id); });
    connect(prompt, &KeyPrompt::abandoned, this, [this, id](const QString &reason) {
        if (id == m_pendingId)
            abandon(reason);
    });
    connect(prompt, &KeyPrompt::problem, this, &ProfileSwitcher::problem);
    prompt->open();
}

// After an import changed where a profile sends its key: the stored key goes there only after
// a yes; the answer is kept in the profile.
void ProfileSwitcher::confirmKeyTarget(const ProviderAccess::Result &result)
{
    QMessageBox *box = SafeText::messageBox(
            m_window, QMessageBox::Warning, tr("Use the stored key?"),
            result.message() + u"\n\n"_s
                    + tr("Send the key stored for %1 to %2?")
                              .arg(result.profile.name,
                                   Endpoint::normalizeBaseUrl(result.profile.baseUrl).host()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setObjectName(u"keyTargetPrompt"_s);
    const QString id = result.profile.id;
    connect(box, &QMessageBox::finished, this, [this, box, result, id](int) {
        if (id != m_pendingId)
            return;
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            abandon(result.message());
            return;
        }
        ProviderProfile confirmed = result.profile;
        confirmed.keyOnHold = false;
        if (m_settings->addOrReplaceProfile(confirmed).isEmpty())
            m_settings->save();
        select(id);
    });
    box->open();
}

// Asks, without blocking, whether a key may go over plain http; remembered for that host and key.
void ProfileSwitcher::confirmKeyInClear(const ProviderAccess::Result &result)
{
    QMessageBox *box = keyInClearPrompt(m_window, result);
    const QString id = result.profile.id;
    connect(box, &QMessageBox::finished, this, [this, box, result, id](int) {
        if (id != m_pendingId)
            return;
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            abandon(tr("%1 was not used: its key is not sent over plain http without your yes.")
                            .arg(result.profile.name));
            return;
        }
        m_client->allowKeyInClear(result.config);
        ProviderAccess::Result allowed = result;
        allowed.config.keyInClearAllowed = true;
        allowed.status = ProviderAccess::Status::Ready;
        use(allowed);
    });
    box->open();
}

void ProfileSwitcher::use(const ProviderAccess::Result &result)
{
    m_pendingId.clear();
    m_settings->setActiveProfileId(result.profile.id);
    m_settings->save();
    Q_EMIT switched(result);
}

void ProfileSwitcher::abandon(const QString &reason)
{
    m_pendingId.clear();
    Q_EMIT abandoned(reason);
}
