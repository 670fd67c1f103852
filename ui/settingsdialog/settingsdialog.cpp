#include "settingsdialog.h"

#include "appearancepage.h"
#include "datapage.h"
#include "languagepage.h"
#include "modelspage.h"
#include "networkpage.h"
#include "providerspage.h"
#include "safetext.h"
#include "settings/secretstore.h"
#include "settings/translations.h"
#include "theme.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(AppSettings *settings, SecretStore *secrets, ChatClient *client,
                               HistoryStore *history, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(u"SettingsDialog"_s);
    m_pageList = new QListWidget;
    m_pageList->setObjectName(u"settingsPages"_s);
    m_pageList->setFixedWidth(180);
    m_pageList->setSpacing(3);
    m_stack = new QStackedWidget;
    m_pageTitle = new QLabel;
    m_pageTitle->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_pageTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_pageTitle->setFont(titleFont);
    m_providers = new ProvidersPage(&m_draft, secrets, client);
    m_models = new ModelsPage(&m_draft);
    m_network = new NetworkPage(&m_draft, secrets);
    m_appearance = new AppearancePage(&m_draft);
    m_language = new LanguagePage(&m_draft);
    m_data = new DataPage(&m_draft, history);
    m_pages = {m_providers, m_models, m_network, m_appearance, m_language, m_data};
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_pageList->addItem(QString());
        connect(page, &SettingsPage::edited, this, [this] { setModified(true); });
    }
    m_status = new QLabel;
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply
                                     | QDialogButtonBox::Cancel);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    auto *right = new QVBoxLayout;
    right->addWidget(m_pageTitle);
    right->addWidget(m_stack, 1);
    pages->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // The page left hands its values to the draft, for the pages that show them too.
        if (m_currentRow != row)
            m_pages.at(m_currentRow)->commit();
        m_currentRow = row;
        m_stack->setCurrentIndex(row);
        m_pageTitle->setText(m_pages.at(row)->title());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_data, &DataPage::exportRequested, this, &SettingsDialog::exportWithDialog);
    connect(m_data, &DataPage::importRequested, this, &SettingsDialog::importWithDialog);
    connect(m_data, &DataPage::historyCleared, this, &SettingsDialog::historyCleared);

    m_pageList->setCurrentRow(0);
    retranslate();
    reload();
    resize(960, 680);
    SafeText::makePlain(this); // names, hosts and errors come from files and servers
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_pageList->item(i)->setText(m_pages.at(i)->title());
    m_pageTitle->setText(m_pages.at(m_stack->currentIndex())->title());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    if (!m_modified)
        reload(); // what was cancelled last time is gone; what changed elsewhere is shown
    QDialog::showEvent(event);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SettingsDialog::setModified(bool modified)
{
    m_modified = modified;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

void SettingsDialog::reload()
{
    m_draft = SettingsDraft();
    m_draft.profiles = m_settings->profiles();
    m_draft.activeProfileId = m_settings->activeProfileId();
    m_draft.prices = m_settings->prices();
    m_draft.preferences = m_settings->preferences();
    for (SettingsPage *page : std::as_const(m_pages))
        page->load();
    setModified(false);
}

bool SettingsDialog::apply()
{
    setStatus({});
    for (int i = 0; i < m_pages.size(); ++i) {
        if (QWidget *bad = m_pages.at(i)->commit()) {
            m_pageList->setCurrentRow(i);
            bad->setFocus();
            setStatus(tr("Correct what is marked on the page “%1” first.")
                              .arg(m_pages.at(i)->title()));
            return false;
        }
    }

    const Preferences before = m_settings->preferences();
    QStringList removedProfiles;
    for (const ProviderProfile &p : m_settings->profiles())
        if (!m_draft.profile(p.id))
            removedProfiles.append(p.id);
    {
        const QSignalBlocker blocker(m_settings); // one change signal at the end, not many
        for (const QString &id : std::as_const(removedProfiles))
            m_settings->removeProfile(id);
        for (const ProviderProfile &p : std::as_const(m_draft.profiles)) {
            if (p.isDemo())
                continue;
            if (const QString problem = m_settings->addOrReplaceProfile(p); !problem.isEmpty()) {
                setStatus(tr("%1: %2").arg(p.name, problem));
                return false;
            }
        }
        m_settings->setActiveProfileId(m_draft.activeProfileId);
        m_settings->setPrices(m_draft.prices);
        m_settings->setPreferences(m_draft.preferences);
    }
    if (!m_settings->save()) {
        QMessageBox::critical(this, tr("Settings not saved"),
                              tr("The settings could not be written: %1\n\nThey apply until "
                                 "Parley quits. Free some disk space or check the folder's "
                                 "permissions, then apply again.")
                                      .arg(m_settings->errorString()));
    }
    Q_EMIT m_settings->changed();

    const QStringList changedSecrets =
            QStringList(m_draft.secretWrites.keyBegin(), m_draft.secretWrites.keyEnd())
            + QStringList(m_draft.secretRemovals.begin(), m_draft.secretRemovals.end());
    storeSecrets(m_draft.secretWrites, m_draft.secretRemovals);
    m_draft.secretWrites.clear();
    m_draft.secretRemovals.clear();

    const Preferences &after = m_draft.preferences;
    if (after.theme != before.theme || after.fontSize != before.fontSize)
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            Theme::apply(*app, after.theme, after.fontSize);
    if (after.language != before.language)
        Translations::switchTo(QCoreApplication::instance(), after.language);
    setModified(false);
    Q_EMIT applied(changedSecrets, removedProfiles);
    return true;
}

void SettingsDialog::storeSecrets(const QHash<QString, QString> &writes,
                                  const QSet<QString> &removals)
{
    for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
        const QString name = it.key();
        const QString secret = it.value();
        m_secrets->write(name, secret, this, [this, name, secret](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::Ok) {
                m_secrets->clearSessionSecret(name);
                return;
            }
            // No keychain: the key works until Parley quits, and is never written anywhere.
            m_secrets->setSessionSecret(name, secret);
            const QString message = tr("The keychain is not available (%1). The key is used for "
                                       "this session only; enter it again after a restart, or "
                                       "name an environment variable for it.")
                                            .arg(r.error);
            setStatus(message);
            Q_EMIT secretProblem(message);
        });
    }
    for (const QString &name : removals) {
        m_secrets->clearSessionSecret(name);
        m_secrets->remove(name, this, [this](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::Unavailable) {
                const QString message = tr("The keychain is not available (%1), so a stored "
                                           "key could not be removed. It is not used any more.")
                                                .arg(r.error);
                setStatus(message);
                Q_EMIT secretProblem(message);
            }
        });
    }
}

void SettingsDialog::accept()
{
    if (m_modified && !apply())
        return;
    QDialog::accept();
}

void SettingsDialog::reject()
{
    setModified(false); // the draft is dropped; the next opening shows the saved settings
    setStatus({});
    QDialog::reject();
}

bool SettingsDialog::exportSettings(const QString &path)
{
    if (m_modified && !apply())
        return false; // export what is on screen, or nothing
    const QByteArray json = m_settings->exportJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        setStatus(tr("Could not export to %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setStatus(tr("Settings exported to %1. Keys are not in the file.")
                      .arg(QDir::toNativeSeparators(path)));
    return true;
}

AppSettings::ImportPreview SettingsDialog::previewImport(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AppSettings::ImportPreview failed;
        failed.error =
                tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return failed;
    }
    return m_settings->previewImport(file.read(16 * 1024 * 1024));
}

QString SettingsDialog::describe(const AppSettings::ImportPreview &preview)
{
    if (!preview.error.isEmpty())
        return preview.error;
    QStringList lines;
    if (!preview.addedProfiles.isEmpty())
        lines.append(tr("New providers: %1").arg(preview.addedProfiles.join(u", "_s)));
    if (!preview.changedProfiles.isEmpty())
        lines.append(tr("Providers replaced: %1").arg(preview.changedProfiles.join(u", "_s)));
    if (preview.preferencesChange)
        lines.append(tr("Preferences change."));
    if (preview.pricesChange)
        lines.append(tr("Prices change."));
    if (lines.isEmpty())
        lines.append(tr("Nothing changes: these settings are the ones in use."));
    if (!preview.problems.isEmpty())
        lines.append(tr("Skipped, because they could not be read: %1")
                             .arg(preview.problems.join(u", "_s)));
    if (!preview.profilesNeedingKeys.isEmpty())
        lines.append(tr("Keys are never exported: you will be asked for %n key(s).", nullptr,
                        int(preview.profilesNeedingKeys.size())));
    if (!preview.keyTargetChanges.isEmpty())
        lines.append(tr("Where stored keys would go changes; each of these keys is held back "
                        "until you confirm it:\n%1")
                             .arg(preview.keyTargetChanges.join(u'\n')));
    return lines.join(u'\n');
}

bool SettingsDialog::importSettings(const AppSettings::ImportPreview &preview)
{
    if (!preview.error.isEmpty()) {
        setStatus(preview.error);
        return false;
    }
    if (m_modified && !apply())
        return false;
    m_settings->applyImport(preview);
    if (!m_settings->save())
        setStatus(tr("The settings could not be written: %1").arg(m_settings->errorString()));
    reload();
    Q_EMIT applied({}, {});
    QStringList needing;
    for (const QString &id : preview.profilesNeedingKeys)
        if (const std::optional<ProviderProfile> p = m_settings->profile(id))
            needing.append(p->name);
    m_providers->setNeedingKeys(preview.profilesNeedingKeys);
    if (!preview.profilesNeedingKeys.isEmpty()) {
        showPage(Page::Providers);
        m_providers->selectProfile(preview.profilesNeedingKeys.first());
        setStatus(tr("Settings imported. Enter the keys for: %1").arg(needing.join(u", "_s)));
    } else {
        setStatus(tr("Settings imported."));
    }
    return true;
}

void SettingsDialog::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u"/parley-settings.json"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export settings"), suggested,
                                                      tr("Parley settings (*.json)"));
    if (!path.isEmpty())
        exportSettings(path);
}

void SettingsDialog::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import settings"), QString(),
                                                      tr("Parley settings (*.json)"));
    if (path.isEmpty())
        return;
    const AppSettings::ImportPreview preview = previewImport(path);
    if (!preview.error.isEmpty()) {
        SafeText::messageBox(this, QMessageBox::Warning, tr("Not imported"), preview.error,
                             QMessageBox::Ok)
                ->exec();
        return;
    }
    // Names, hosts and variables come from the file: plain text.
    QMessageBox box(QMessageBox::Question, tr("Import settings?"),
                    tr("Importing changes these settings:\n\n%1").arg(describe(preview)),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == import)
        importSettings(preview);
}
