#include "providerspage.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "safetext.h"
#include "settings/secretstore.h"
#include "settingsdraft.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ProvidersPage::ProvidersPage(SettingsDraft *draft, SecretStore *secrets, ChatClient *client,
                             QWidget *parent)
    : SettingsPage(draft, parent)
    , m_secrets(secrets)
    , m_connection(new ConnectionTest(secrets, client, this))
{
    setObjectName(u"providersPage"_s);
    m_ui.setupUi(this);

    connect(m_ui.list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        storeFields();
        m_currentId = m_ui.list->item(row)->data(IdRole).toString();
        showProfile();
    });
    QMenu *addMenu = m_ui.add->menu();
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        for (const PresetInfo &info : PresetInfo::all()) {
            if (info.preset == ProviderPreset::Demo)
                continue;
            addMenu->addAction(info.label(), this,
                               [this, preset = int(info.preset)] { addProfile(preset); });
        }
    });
    connect(m_ui.duplicate, &QPushButton::clicked, this, &ProvidersPage::duplicateCurrent);
    connect(m_ui.deleteButton, &QPushButton::clicked, this, &ProvidersPage::deleteCurrent);
    connect(m_ui.test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_connection, &ConnectionTest::finished, this, &ProvidersPage::connectionTested);
    connect(m_ui.refresh, &QPushButton::clicked, this, &ProvidersPage::refreshModels);
    connect(m_ui.forgetKey, &QPushButton::clicked, this, [this] {
        if (ProviderProfile *p = current()) {
            m_draft->removeSecret(p->secretName());
            m_ui.key->clear();
            updateKeyStatus();
            Q_EMIT edited();
        }
    });
    auto edit = [this] {
        if (m_loading)
            return;
        storeFields();
        validateFields();
        Q_EMIT edited();
    };
    for (QLineEdit *line : {m_ui.name, m_ui.url, m_ui.key, m_ui.env})
        connect(line, &QLineEdit::textEdited, this, edit);
    connect(m_ui.name, &QLineEdit::textEdited, this, [this] {
        if (QListWidgetItem *item = m_ui.list->currentItem())
            item->setText(m_ui.name->text());
    });
    for (QPlainTextEdit *text : {m_ui.headers, m_ui.manual})
        connect(text, &QPlainTextEdit::textChanged, this, edit);
    connect(m_ui.defaultModel, &QComboBox::currentTextChanged, this, edit);
    connect(m_ui.concurrency, &QSpinBox::valueChanged, this, edit);
    retranslate();
}

ProvidersPage::~ProvidersPage() = default;

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::retranslate()
{
    m_ui.retranslateUi();
    refreshList();
    if (current())
        showProfile();
}

void ProvidersPage::showEvent(QShowEvent *event)
{
    // Another page may have changed the draft (a default model) since.
    if (current())
        showProfile();
    SettingsPage::showEvent(event);
}

void ProvidersPage::load()
{
    if (m_currentId.isEmpty() || !m_draft->profile(m_currentId))
        m_currentId = m_draft->activeProfileId;
    if (!m_draft->profile(m_currentId))
        m_currentId = m_draft->profiles.value(0).id;
    refreshList();
    showProfile();
}

ProviderProfile *ProvidersPage::current()
{
    return m_draft->profile(m_currentId);
}

void ProvidersPage::refreshList()
{
    m_loading = true;
    m_ui.list->clear();
    for (const ProviderProfile &p : m_draft->profiles) {
        QString text = p.isDemo() ? tr("Built-in demo provider") : p.name;
        if (m_needingKeys.contains(p.id))
            text = tr("%1 (needs a key)").arg(text);
        auto *item = new QListWidgetItem(text);
        item->setData(IdRole, p.id);
        m_ui.list->addItem(item);
        if (p.id == m_currentId)
            m_ui.list->setCurrentItem(item);
    }
    m_loading = false;
}

void ProvidersPage::selectProfile(const QString &id)
{
    if (!m_draft->profile(id))
        return;
    storeFields();
    m_currentId = id;
    refreshList();
    showProfile();
}

void ProvidersPage::setNeedingKeys(const QStringList &ids)
{
    m_needingKeys = ids;
    refreshList();
}

void ProvidersPage::showProfile()
{
    const ProviderProfile *p = current();
    if (!p)
        return;
    m_loading = true;
    m_ui.name->setText(p->isDemo() ? tr("Built-in demo provider") : p->name);
    const PresetInfo *info = PresetInfo::find(p->preset);
    m_ui.preset->setText(info ? info->label() : QString());
    m_ui.url->setText(p->baseUrl);
    m_ui.key->setText(m_draft->secretWrites.value(p->secretName()));
    m_ui.env->setText(p->apiKeyEnv);
    m_ui.headers->setPlainText(ProviderProfile::headersToText(p->extraHeaders));
    m_ui.defaultModel->clear();
    m_ui.defaultModel->addItems(p->models());
    m_ui.defaultModel->setCurrentText(p->defaultModel);
    m_ui.concurrency->setValue(p->maxConcurrentStreams);
    m_ui.fetched->setText(p->fetchedModels.isEmpty() ? tr("None fetched yet.")
                                                     : tr("%n model(s), kept for offline use.",
                                                          nullptr, int(p->fetchedModels.size())));
    m_ui.fetched->setToolTip(SafeText::toolTip(p->fetchedModels.join(u'\n')));
    m_ui.manual->setPlainText(p->manualModels.join(u'\n'));
    if (!m_connection->isRunning() && p->id != m_shownId)
        m_ui.testResult->clear(); // a result is about the profile it tested
    m_shownId = p->id;
    m_loading = false;
    validateFields();
    updateEnabled();
    // What the keychain holds for it, asked once per profile while the dialog is open.
    if (!p->isDemo() && !m_keyStatus.contains(p->id)) {
        m_keyStatus.insert(p->id, u"asking"_s);
        m_secrets->read(p->secretName(), this, [this, id = p->id](const SecretStore::Result &r) {
            m_keyStatus.insert(id,
                               r.status == SecretStore::Status::Ok ? u"stored"_s
                                       : r.status == SecretStore::Status::NotFound
                                       ? u"none"_s
                                       : u"unavailable:"_s + r.error);
            if (id == m_currentId)
                updateKeyStatus();
        });
    }
    updateKeyStatus();
}

void ProvidersPage::updateKeyStatus()
{
    const ProviderProfile *p = current();
    if (!p || p->isDemo()) {
        m_ui.keyStatusLabel->clear();
        return;
    }
    const QString name = p->secretName();
    const QString status = m_keyStatus.value(p->id);
    QString text;
    bool stored = false;
    if (m_draft->secretWrites.contains(name)) {
        text = tr("The new key is stored in the keychain when you apply.");
    } else if (m_draft->secretRemovals.contains(name)) {
        text = tr("The stored key is removed when you apply.");
    } else if (status.startsWith("unavailable:"_L1)) {
        text = tr("The keychain is not available (%1). A key typed here is used for this "
                  "session only, never saved; or name an environment variable below.")
                       .arg(status.mid(12));
    } else if (!m_secrets->sessionSecret(name).isEmpty()) {
        text = tr("A key is set for this session only.");
    } else if (status == "stored"_L1) {
        text = tr("A key is stored in the keychain. Type a new one to replace it.");
        stored = true;
    } else if (status == "none"_L1) {
        text = p->needsKey() ? tr("No key is stored yet. This provider needs one.")
                             : tr("No key is stored. A server on this computer usually needs "
                                  "none.");
    } else {
        text = tr("Asking the keychain…");
    }
    m_ui.keyStatusLabel->setText(text);
    m_ui.key->setPlaceholderText(stored ? tr("•••••••• (stored)") : QString());
    m_ui.forgetKey->setEnabled(stored && !m_draft->secretRemovals.contains(name));
}

void ProvidersPage::updateEnabled()
{
    const ProviderProfile *p = current();
    const bool editable = p && !p->isDemo();
    m_ui.demoNote->setVisible(p && p->isDemo());
    // The demo has no key, headers or limits to set: those rows are not shown for it.
    auto *form = static_cast<QFormLayout *>(m_ui.formBox->layout());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui.key, m_ui.env, m_ui.headers,
                                                       m_ui.concurrency, m_ui.defaultModel})
        for (QWidget *field = w; field; field = field->parentWidget())
            if (form->indexOf(field) >= 0) {
                form->setRowVisible(field, editable);
                break;
            }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui.name, m_ui.url, m_ui.key, m_ui.forgetKey, m_ui.env,
                                          m_ui.headers, m_ui.defaultModel, m_ui.concurrency,
                                          m_ui.manual, m_ui.duplicate, m_ui.deleteButton})
        w->setEnabled(editable);
    m_ui.test->setEnabled(p && !m_connection->isRunning());
    m_ui.refresh->setEnabled(editable && !m_connection->isRunning());
    if (editable)
        updateKeyStatus();
}

void ProvidersPage::storeFields()
{
    ProviderProfile *p = current();
    if (!p || p->isDemo() || m_loading)
        return;
    p->name = m_ui.name->text().trimmed();
    p->baseUrl = m_ui.url->text().trimmed();
    const QString key = m_ui.key->text().trimmed();
    if (!key.isEmpty()) {
        m_draft->writeSecret(p->secretName(), key);
        p->keyOnHold = false; // a key typed for it now is meant for where it goes now
    } else
        m_draft->secretWrites.remove(p->secretName());
    p->apiKeyEnv = m_ui.env->text().trimmed();
    QString badLine;
    QList<std::pair<QString, QString>> headers;
    if (ProviderProfile::headersFromText(m_ui.headers->toPlainText(), &headers, &badLine))
        p->extraHeaders = headers;
    p->defaultModel = m_ui.defaultModel->currentText().trimmed();
    p->maxConcurrentStreams = m_ui.concurrency->value();
    p->manualModels = ProviderProfile::modelsFromText(m_ui.manual->toPlainText());
}

QWidget *ProvidersPage::validateFields()
{
    const ProviderProfile *p = current();
    for (QLabel *label : {m_ui.nameError, m_ui.urlError, m_ui.envError, m_ui.headersError})
        setError(label, {});
    if (!p || p->isDemo())
        return nullptr;
    QWidget *first = nullptr;
    auto flag = [&first](QLabel *label, QWidget *field, const QString &text) {
        setError(label, text);
        if (!first)
            first = field;
    };
    QString badLine;
    QList<std::pair<QString, QString>> headers;
    if (!ProviderProfile::headersFromText(m_ui.headers->toPlainText(), &headers, &badLine))
        flag(m_ui.headersError, m_ui.headers,
             tr("Write each header as Name: value. This line has no colon: %1").arg(badLine));
    for (const ProviderProfile::Problem &problem : p->problems()) {
        switch (problem.field) {
        case ProviderProfile::Field::Name:
            flag(m_ui.nameError, m_ui.name, problem.text);
            break;
        case ProviderProfile::Field::BaseUrl:
            flag(m_ui.urlError, m_ui.url, problem.text);
            break;
        case ProviderProfile::Field::Headers:
            if (!m_ui.headersError->isVisible() || m_ui.headersError->text().isEmpty())
                flag(m_ui.headersError, m_ui.headers, problem.text);
            break;
        case ProviderProfile::Field::KeyEnvironment:
            flag(m_ui.envError, m_ui.env, problem.text);
            break;
        case ProviderProfile::Field::Concurrency:
            break; // the spin box cannot leave its range
        }
    }
    for (const ProviderProfile &other : m_draft->profiles)
        if (other.id != p->id && !other.isDemo()
            && other.name.compare(p->name, Qt::CaseInsensitive) == 0 && !p->name.isEmpty())
            flag(m_ui.nameError, m_ui.name,
                 tr("Another provider is called %1. Names must differ, so that parley-cli "
                    "--profile finds the right one.")
                         .arg(p->name));
    const QUrl url = Endpoint::normalizeBaseUrl(p->baseUrl);
    m_ui.urlHint->setText(
            url.isValid()
                    ? tr("Requests go to %1").arg(url.toDisplayString() + u"/chat/completions"_s)
                    : QString());
    return first;
}

QWidget *ProvidersPage::commit()
{
    storeFields();
    // Every profile must be valid, not only the one on screen.
    for (const ProviderProfile &p : m_draft->profiles) {
        if (p.isDemo() || (p.problems().isEmpty() && p.id != m_currentId))
            continue;
        if (p.id != m_currentId)
            selectProfile(p.id);
        if (QWidget *bad = validateFields())
            return bad;
    }
    return nullptr;
}

QString ProvidersPage::addProfile(int preset)
{
    storeFields();
    const auto kind = ProviderPreset(preset);
    ProviderProfile p = ProviderProfile::fromPreset(kind, {});
    // A name not used yet: "OpenAI", "OpenAI 2" ...
    const QString base = p.name;
    auto taken = [this](const QString &name) {
        for (const ProviderProfile &other : m_draft->profiles)
            if (other.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    for (int n = 2; taken(p.name); ++n)
        p.name = base + u' ' + QString::number(n);
    m_draft->profiles.append(p);
    m_currentId = p.id;
    m_keyStatus.insert(p.id, u"none"_s); // a new profile has no key yet
    refreshList();
    showProfile();
    m_ui.name->setFocus();
    m_ui.name->selectAll();
    Q_EMIT edited();
    return p.id;
}

void ProvidersPage::duplicateCurrent()
{
    storeFields();
    const ProviderProfile *p = current();
    if (!p || p->isDemo())
        return;
    ProviderProfile copy = *p;
    copy.id = ProviderProfile::fromPreset(p->preset, {}).id;
    copy.name = tr("%1 (copy)").arg(p->name);
    m_draft->profiles.append(copy);
    m_currentId = copy.id;
    m_keyStatus.insert(copy.id, u"none"_s); // the key is not copied: type it again
    refreshList();
    showProfile();
    Q_EMIT edited();
}

void ProvidersPage::deleteCurrent()
{
    const ProviderProfile *p = current();
    if (!p || p->isDemo())
        return;
    QMessageBox *box = SafeText::messageBox(
            this, QMessageBox::Question, tr("Delete provider?"),
            tr("Delete %1? Its key is removed from the keychain too.").arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (box->exec() != QMessageBox::Yes)
        return;
    const QString id = p->id;
    m_draft->removeSecret(p->secretName());
    m_draft->profiles.removeIf([&id](const ProviderProfile &x) { return x.id == id; });
    if (m_draft->activeProfileId == id)
        m_draft->activeProfileId = u"demo"_s;
    m_currentId = m_draft->profiles.value(0).id;
    refreshList();
    showProfile();
    Q_EMIT edited();
}

void ProvidersPage::testConnection()
{
    runModelsJob(ConnectionTest::Purpose::Test);
}

void ProvidersPage::refreshModels()
{
    runModelsJob(ConnectionTest::Purpose::Refresh);
}

void ProvidersPage::runModelsJob(ConnectionTest::Purpose purpose)
{
    storeFields();
    const ProviderProfile *p = current();
    if (!p || m_connection->isRunning())
        return;
    if (validateFields()) {
        m_ui.testResult->setText(tr("Correct the fields marked in red first."));
        return;
    }
    m_ui.testResult->setText(tr("Testing…"));
    // The key as the window would send it, or the one typed here and not yet applied.
    const QString name = p->secretName();
    std::optional<QString> typed;
    if (m_draft->secretWrites.contains(name))
        typed = m_draft->secretWrites.value(name);
    else if (m_draft->secretRemovals.contains(name))
        typed = QString();
    m_connection->start(*p, typed, purpose);
    updateEnabled();
}

void ProvidersPage::connectionTested(const QString &profileId, const QString &text,
                                     const std::optional<QStringList> &models)
{
    if (ProviderProfile *target = m_draft->profile(profileId); target && models) {
        target->fetchedModels = *models; // kept for offline use
        Q_EMIT edited();
    }
    if (profileId == m_currentId)
        showProfile(); // the fetched models
    m_ui.testResult->setText(text);
    updateEnabled();
}
