#pragma once

#include "settings/provideraccess.h"
#include "settingspage.h"

#include <QtCore/QPointer>

#include <functional>

class ChatClient;
class ModelsJob;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

// Settings, Providers: the list of profiles (add from a preset, duplicate, delete) and the
// selected one's fields, its key (only ever written to the keychain), its models, and a
// "Test connection" that answers without blocking the dialog.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(SettingsDraft *draft, SecretStore *secrets, ChatClient *client,
                  QWidget *parent = nullptr);
    ~ProvidersPage() override;

    QString title() const override;
    void load() override;
    QWidget *commit() override;

    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_currentId; }
    // Adds a profile from a preset and selects it; returns its id.
    QString addProfile(int preset);
    void duplicateCurrent();
    void deleteCurrent(); // asks first
    void testConnection();
    void refreshModels();
    // Profiles that need a key and have none (after an import): marked in the list.
    void setNeedingKeys(const QStringList &ids);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void showProfile(); // the current profile into the fields
    void storeFields(); // the fields into the current profile
    QWidget *validateFields(); // shows the problems; returns the first field with one
    void refreshList();
    void updateKeyStatus();
    void updateEnabled();
    void runModelsJob(bool test);
    void confirmKeyInClear(const ProviderAccess::Result &result,
                           const std::function<void(const ProviderConfig &)> &start);
    ProviderProfile *current();

    SecretStore *m_secrets;
    ChatClient *m_client;
    ProviderAccess *m_access;
    QString m_currentId;
    QString m_shownId; // the profile whose fields are on screen
    bool m_loading = false;
    QStringList m_needingKeys;
    QPointer<ModelsJob> m_job;
    QHash<QString, QString> m_keyStatus; // profile id -> what the keychain said

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLabel *m_preset = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_urlHint = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatusLabel = nullptr;
    QPushButton *m_forgetKey = nullptr;
    QLabel *m_envLabel = nullptr;
    QLineEdit *m_env = nullptr;
    QLabel *m_envError = nullptr;
    QLabel *m_headersLabel = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLabel *m_headersError = nullptr;
    QLabel *m_headersHint = nullptr;
    QLabel *m_defaultModelLabel = nullptr;
    QComboBox *m_defaultModel = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_fetchedLabel = nullptr;
    QLabel *m_fetched = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_manualLabel = nullptr;
    QPlainTextEdit *m_manual = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};
