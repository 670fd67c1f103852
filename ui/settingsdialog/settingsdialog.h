#pragma once

#include "settings/appsettings.h"
#include "settingsdraft.h"

#include <QtWidgets/QDialog>

class AppearancePage;
class ChatClient;
class DataPage;
class HistoryStore;
class LanguagePage;
class ModelsPage;
class NetworkPage;
class ProvidersPage;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class SettingsPage;

// Settings: six pages on a draft of the settings. Apply (or OK) checks every page, shows what is
// wrong next to its field, and only then saves the file, stores or removes keys in the keychain
// (for this session only when there is none), and switches language and colours live. Cancel
// drops the draft. Everything here works without a network.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page {
        Providers,
        Models,
        Network,
        Appearance,
        Language,
        Data,
    };

    SettingsDialog(AppSettings *settings, SecretStore *secrets, ChatClient *client,
                   HistoryStore *history, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;
    ProvidersPage *providersPage() const { return m_providers; }
    DataPage *dataPage() const { return m_data; }
    QString statusText() const;

    void reload(); // the draft from the saved settings
    bool apply(); // false when a field is invalid or the file cannot be written
    bool isModified() const { return m_modified; }

    // Export and import without file dialogs (the Data page's buttons ask for the file first).
    bool exportSettings(const QString &path);
    AppSettings::ImportPreview previewImport(const QString &path) const;
    bool importSettings(const AppSettings::ImportPreview &preview);
    static QString describe(const AppSettings::ImportPreview &preview);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // After Apply or OK: keys that changed (keychain names) and which profiles went away.
    void applied(const QStringList &changedSecrets, const QStringList &removedProfiles);
    void secretProblem(const QString &message); // a key kept for this session only, or lost
    void historyCleared();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void setModified(bool modified);
    void setStatus(const QString &text);
    void storeSecrets(const QHash<QString, QString> &writes, const QSet<QString> &removals);
    void exportWithDialog();
    void importWithDialog();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    SettingsDraft m_draft;
    bool m_modified = false;
    int m_currentRow = 0;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages;
    ProvidersPage *m_providers = nullptr;
    ModelsPage *m_models = nullptr;
    NetworkPage *m_network = nullptr;
    AppearancePage *m_appearance = nullptr;
    LanguagePage *m_language = nullptr;
    DataPage *m_data = nullptr;
};
