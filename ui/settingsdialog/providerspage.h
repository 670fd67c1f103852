#pragma once

#include "connectiontest.h"
#include "providerspageui.h"
#include "settingspage.h"

class ChatClient;
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
    void runModelsJob(ConnectionTest::Purpose purpose);
    void connectionTested(const QString &profileId, const QString &text,
                          const std::optional<QStringList> &models);
    ProviderProfile *current();

    SecretStore *m_secrets;
    ConnectionTest *m_connection;
    QString m_currentId;
    QString m_shownId; // the profile whose fields are on screen
    bool m_loading = false;
    QStringList m_needingKeys;
    QHash<QString, QString> m_keyStatus; // profile id -> what the keychain said

    ProvidersPageUi m_ui; // the widgets
};
