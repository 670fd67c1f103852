#pragma once

#include <QtWidgets/QInputDialog>

class SecretStore;
struct ProviderProfile;

// Asks for a provider's API key without blocking, when none is stored (a keychain reset loses
// them) or no keychain answers. The key goes into the keychain, or is kept for this session only
// when there is none (or it refuses the key: said with problem()). keyReady() follows once the
// key can be read back; abandoned() says why there is none.
class KeyPrompt final : public QInputDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPrompt)

public:
    KeyPrompt(const ProviderProfile &profile, const QString &keychainError, SecretStore *secrets,
              QWidget *parent);

Q_SIGNALS:
    void keyReady();
    void abandoned(const QString &reason);
    void problem(const QString &message);

private:
    enum class Outcome {
        KeyReady,
        Abandoned,
    };
    void keyTyped(const QString &text);
    void finish(Outcome outcome, const QString &reason = {});

    SecretStore *m_secrets;
    QString m_profileName;
    QString m_secretName;
    bool m_keychainAvailable;
};
