#pragma once

#include "settingspage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class SecretStore;

// Settings, Network: timeouts, retries, replies at once, and the proxy (system, none, or manual
// HTTP or SOCKS5, with its password only in the keychain, and hosts that go direct).
class NetworkPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    NetworkPage(SettingsDraft *draft, SecretStore *secrets, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QWidget *commit() override;

protected:
    void retranslate() override;

private:
    void updateEnabled();
    QWidget *validate();

    SecretStore *m_secrets;
    bool m_loading = false;
    bool m_passwordStored = false;
    QLabel *m_connectLabel = nullptr;
    QSpinBox *m_connect = nullptr;
    QLabel *m_firstByteLabel = nullptr;
    QSpinBox *m_firstByte = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idle = nullptr;
    QLabel *m_retriesLabel = nullptr;
    QSpinBox *m_retries = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_proxyLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostError = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_bypassLabel = nullptr;
    QLineEdit *m_bypass = nullptr;
    QLabel *m_bypassError = nullptr;
    QLabel *m_bypassHint = nullptr;
};
