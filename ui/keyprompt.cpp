#include "keyprompt.h"

#include "settings/providerprofile.h"
#include "settings/secretstore.h"

#include <QtWidgets/QLabel>

using namespace Qt::Literals::StringLiterals;

KeyPrompt::KeyPrompt(const ProviderProfile &profile, const QString &keychainError,
                     SecretStore *secrets, QWidget *parent)
    : QInputDialog(parent)
    , m_secrets(secrets)
    , m_profileName(profile.name)
    , m_secretName(profile.secretName())
    , m_keychainAvailable(keychainError.isEmpty())
{
    setObjectName(u"keyPrompt"_s);
    setWindowTitle(tr("API key for %1").arg(profile.name));
    setLabelText(m_keychainAvailable
                         ? tr("No key is stored for %1. Enter its API key; it is kept in the "
                              "system keychain, never in a file.")
                                   .arg(profile.name)
                         : tr("The keychain is not available (%1). Enter the API key for %2 to "
                              "use it until Parley quits; it is not saved anywhere.")
                                   .arg(keychainError, profile.name));
    if (auto *label = findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText); // the profile's name comes from a file
    setTextEchoMode(QLineEdit::Password);
    setOkButtonText(tr("Use this key"));
    setCancelButtonText(tr("Cancel"));
    connect(this, &QInputDialog::rejected, this, [this] {
        finish(Outcome::Abandoned, tr("No key was given for %1.").arg(m_profileName));
    });
    connect(this, &QInputDialog::textValueSelected, this, &KeyPrompt::keyTyped);
}

void KeyPrompt::keyTyped(const QString &text)
{
    const QString key = text.trimmed();
    if (key.isEmpty()) {
        finish(Outcome::Abandoned, tr("No key was given."));
        return;
    }
    if (!m_keychainAvailable) {
        m_secrets->setSessionSecret(m_secretName, key);
        finish(Outcome::KeyReady);
        return;
    }
    // The dialog is hidden now and stays until the keychain has answered.
    m_secrets->write(m_secretName, key, this, [this, key](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            m_secrets->setSessionSecret(m_secretName, key);
            Q_EMIT problem(tr("The keychain did not take the key (%1); it is used for this "
                              "session only.")
                                   .arg(r.error));
        }
        finish(Outcome::KeyReady);
    });
}

void KeyPrompt::finish(Outcome outcome, const QString &reason)
{
    setObjectName(QString()); // a new prompt may be needed before this one is gone
    deleteLater();
    if (outcome == Outcome::KeyReady)
        Q_EMIT keyReady();
    else
        Q_EMIT abandoned(reason);
}
