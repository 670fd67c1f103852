#include "providerspage.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "api/modelsjob.h"
#include "keyinclearprompt.h"
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

QString headersToText(const QList<std::pair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + u": "_s + value);
    return lines.join(u'\n');
}

// "Name: value" per line. Returns false (and the line) when a line has no colon.
bool headersFromText(const QString &text, QList<std::pair<QString, QString>> *headers,
                     QString *badLine)
{
    headers->clear();
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *badLine = line;
            return false;
        }
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &raw : text.split(u'\n'))
        if (const QString line = raw.trimmed(); !line.isEmpty() && !lines.contains(line))
            lines.append(line);
    return lines;
}

} // namespace

ProvidersPage::ProvidersPage(SettingsDraft *draft, SecretStore *secrets, ChatClient *client,
                             QWidget *parent)
    : SettingsPage(draft, parent)
    , m_secrets(secrets)
    , m_client(client)
    , m_access(new ProviderAccess(secrets, client, this))
{
    setObjectName(u"providersPage"_s);
    m_list = new QListWidget;
    m_list->setObjectName(u"profileList"_s);
    m_list->setMinimumWidth(150);
    m_list->setMaximumWidth(230);
    m_add = new QPushButton;
    m_add->setObjectName(u"addProfile"_s);
    auto *addMenu = new QMenu(m_add);
    m_add->setMenu(addMenu);
    m_duplicate = new QPushButton;
    m_duplicate->setObjectName(u"duplicateProfile"_s);
    m_delete = new QPushButton;
    m_delete->setObjectName(u"deleteProfile"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_demoNote = makeHint();
    form->addRow(m_demoNote);
    m_name = new QLineEdit;
    m_name->setObjectName(u"profileName"_s);
    m_nameError = makeErrorLabel();
    m_nameLabel = new QLabel;
    form->addRow(m_nameLabel, withNotes(m_name, m_nameError));
    m_preset = new QLabel;
    m_presetLabel = new QLabel;
    form->addRow(m_presetLabel, m_preset);
    m_url = new QLineEdit;
    m_url->setObjectName(u"profileUrl"_s);
    m_urlError = makeErrorLabel();
    m_urlError->setObjectName(u"profileUrlError"_s);
    m_urlHint = makeHint();
    m_urlLabel = new QLabel;
    form->addRow(m_urlLabel, withNotes(m_url, m_urlError, m_urlHint));
    m_key = new QLineEdit;
    m_key->setObjectName(u"profileKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_keyStatusLabel = makeHint();
    m_keyStatusLabel->setObjectName(u"keyStatus"_s);
    m_forgetKey = new QPushButton;
    m_forgetKey->setObjectName(u"forgetKey"_s);
    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_forgetKey);
    auto *keyBox = new QWidget;
    keyBox->setLayout(keyRow);
    m_keyLabel = new QLabel;
    form->addRow(m_keyLabel, withNotes(keyBox, nullptr, m_keyStatusLabel));
    m_env = new QLineEdit;
    m_env->setObjectName(u"profileKeyEnv"_s);
    m_envError = makeErrorLabel();
    m_envLabel = new QLabel;
    form->addRow(m_envLabel, withNotes(m_env, m_envError));
    m_headers = new QPlainTextEdit;
    m_headers->setObjectName(u"profileHeaders"_s);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_headersError = makeErrorLabel();
    m_headersError->setObjectName(u"profileHeadersError"_s);
    m_headersHint = makeHint();
    m_headersLabel = new QLabel;
    form->addRow(m_headersLabel, withNotes(m_headers, m_headersError, m_headersHint));
    m_defaultModel = new QComboBox;
    m_defaultModel->setObjectName(u"profileDefaultModel"_s);
    m_defaultModel->setEditable(true);
    m_defaultModelLabel = new QLabel;
    form->addRow(m_defaultModelLabel, m_defaultModel);
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 32);
    m_concurrencyLabel = new QLabel;
    form->addRow(m_concurrencyLabel, m_concurrency);
    m_fetched = makeHint();
    m_fetched->setObjectName(u"fetchedModels"_s);
    m_refresh = new QPushButton;
    m_refresh->setObjectName(u"refreshModels"_s);
    auto *fetchedRow = new QHBoxLayout;
    fetchedRow->setContentsMargins(0, 0, 0, 0);
    fetchedRow->addWidget(m_fetched, 1);
    fetchedRow->addWidget(m_refresh);
    auto *fetchedBox = new QWidget;
    fetchedBox->setLayout(fetchedRow);
    m_fetchedLabel = new QLabel;
    form->addRow(m_fetchedLabel, fetchedBox);
    m_manual = new QPlainTextEdit;
    m_manual->setObjectName(u"manualModels"_s);
    m_manual->setFixedHeight(m_manual->fontMetrics().lineSpacing() * 4 + 12);
    m_manualLabel = new QLabel;
    form->addRow(m_manualLabel, m_manual);
    m_test = new QPushButton;
    m_test->setObjectName(u"testConnection"_s);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        storeFields();
        m_currentId = m_list->item(row)->data(IdRole).toString();
        showProfile();
    });
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        for (const PresetInfo &info : PresetInfo::all()) {
            if (info.preset == ProviderPreset::Demo)
                continue;
            addMenu->addAction(info.label(), this,
                               [this, preset = int(info.preset)] { addProfile(preset); });
        }
    });
    connect(m_duplicate, &QPushButton::clicked, this, &ProvidersPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ProvidersPage::deleteCurrent);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_refresh, &QPushButton::clicked, this, &ProvidersPage::refreshModels);
    connect(m_forgetKey, &QPushButton::clicked, this, [this] {
        if (ProviderProfile *p = current()) {
            m_draft->removeSecret(p->secretName());
            m_key->clear();
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
    for (QLineEdit *line : {m_name, m_url, m_key, m_env})
        connect(line, &QLineEdit::textEdited, this, edit);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(m_name->text());
    });
    for (QPlainTextEdit *text : {m_headers, m_manual})
        connect(text, &QPlainTextEdit::textChanged, this, edit);
    connect(m_defaultModel, &QComboBox::currentTextChanged, this, edit);
    connect(m_concurrency, &QSpinBox::valueChanged, this, edit);
    retranslate();
}

ProvidersPage::~ProvidersPage() = default;

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::retranslate()
{
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a provider from a preset"));
    m_duplicate->setText(tr("Duplicate"));
    m_delete->setText(tr("Delete"));
    m_nameLabel->setText(tr("Name:"));
    m_presetLabel->setText(tr("Type:"));
    m_urlLabel->setText(tr("Base URL:"));
    m_keyLabel->setText(tr("API key:"));
    m_forgetKey->setText(tr("Remove stored key"));
    m_envLabel->setText(tr("Or key from variable:"));
    m_env->setPlaceholderText(tr("e.g. OPENAI_API_KEY (optional)"));
    m_headersLabel->setText(tr("Extra headers:"));
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_headersHint->setText(tr("Saved in the settings file. For a header that carries the key "
                              "(api-key, x-api-key), write {key} as its value."));
    m_defaultModelLabel->setText(tr("Default model:"));
    m_concurrencyLabel->setText(tr("Replies at once:"));
    m_fetchedLabel->setText(tr("Models from the provider:"));
    m_refresh->setText(tr("Refresh"));
    m_manualLabel->setText(tr("Models added by hand:"));
    m_manual->setPlaceholderText(tr("One model name per line"));
    m_test->setText(tr("Test connection"));
    m_demoNote->setText(tr("The built-in demo provider answers offline with sample replies. It "
                           "is always here and cannot be changed or deleted."));
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
    m_list->clear();
    for (const ProviderProfile &p : m_draft->profiles) {
        QString text = p.isDemo() ? tr("Built-in demo provider") : p.name;
        if (m_needingKeys.contains(p.id))
            text = tr("%1 (needs a key)").arg(text);
        auto *item = new QListWidgetItem(text);
        item->setData(IdRole, p.id);
        m_list->addItem(item);
        if (p.id == m_currentId)
            m_list->setCurrentItem(item);
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
    m_name->setText(p->isDemo() ? tr("Built-in demo provider") : p->name);
    const PresetInfo *info = PresetInfo::find(p->preset);
    m_preset->setText(info ? info->label() : QString());
    m_url->setText(p->baseUrl);
    m_key->setText(m_draft->secretWrites.value(p->secretName()));
    m_env->setText(p->apiKeyEnv);
    m_headers->setPlainText(headersToText(p->extraHeaders));
    m_defaultModel->clear();
    m_defaultModel->addItems(p->models());
    m_defaultModel->setCurrentText(p->defaultModel);
    m_concurrency->setValue(p->maxConcurrentStreams);
    m_fetched->setText(p->fetchedModels.isEmpty() ? tr("None fetched yet.")
                                                  : tr("%n model(s), kept for offline use.",
                                                       nullptr, int(p->fetchedModels.size())));
    m_fetched->setToolTip(SafeText::toolTip(p->fetchedModels.join(u'\n')));
    m_manual->setPlainText(p->manualModels.join(u'\n'));
    if (!m_job && p->id != m_shownId)
        m_testResult->clear(); // a result is about the profile it tested
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
        m_keyStatusLabel->clear();
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
    m_keyStatusLabel->setText(text);
    m_key->setPlaceholderText(stored ? tr("•••••••• (stored)") : QString());
    m_forgetKey->setEnabled(stored && !m_draft->secretRemovals.contains(name));
}

void ProvidersPage::updateEnabled()
{
    const ProviderProfile *p = current();
    const bool editable = p && !p->isDemo();
    m_demoNote->setVisible(p && p->isDemo());
    // The demo has no key, headers or limits to set: those rows are not shown for it.
    auto *form = static_cast<QFormLayout *>(m_form->layout());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_key, m_env, m_headers, m_concurrency, m_defaultModel})
        for (QWidget *field = w; field; field = field->parentWidget())
            if (form->indexOf(field) >= 0) {
                form->setRowVisible(field, editable);
                break;
            }
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_key, m_forgetKey, m_env,
                                                       m_headers, m_defaultModel, m_concurrency,
                                                       m_manual, m_duplicate, m_delete})
        w->setEnabled(editable);
    m_test->setEnabled(p && !m_job);
    m_refresh->setEnabled(editable && !m_job);
    if (editable)
        updateKeyStatus();
}

void ProvidersPage::storeFields()
{
    ProviderProfile *p = current();
    if (!p || p->isDemo() || m_loading)
        return;
    p->name = m_name->text().trimmed();
    p->baseUrl = m_url->text().trimmed();
    const QString key = m_key->text().trimmed();
    if (!key.isEmpty()) {
        m_draft->writeSecret(p->secretName(), key);
        p->keyOnHold = false; // a key typed for it now is meant for where it goes now
    } else
        m_draft->secretWrites.remove(p->secretName());
    p->apiKeyEnv = m_env->text().trimmed();
    QString badLine;
    QList<std::pair<QString, QString>> headers;
    if (headersFromText(m_headers->toPlainText(), &headers, &badLine))
        p->extraHeaders = headers;
    p->defaultModel = m_defaultModel->currentText().trimmed();
    p->maxConcurrentStreams = m_concurrency->value();
    p->manualModels = linesOf(m_manual->toPlainText());
}

QWidget *ProvidersPage::validateFields()
{
    const ProviderProfile *p = current();
    for (QLabel *label : {m_nameError, m_urlError, m_envError, m_headersError})
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
    if (!headersFromText(m_headers->toPlainText(), &headers, &badLine))
        flag(m_headersError, m_headers,
             tr("Write each header as Name: value. This line has no colon: %1").arg(badLine));
    for (const ProviderProfile::Problem &problem : p->problems()) {
        switch (problem.field) {
        case ProviderProfile::Field::Name:
            flag(m_nameError, m_name, problem.text);
            break;
        case ProviderProfile::Field::BaseUrl:
            flag(m_urlError, m_url, problem.text);
            break;
        case ProviderProfile::Field::Headers:
            if (!m_headersError->isVisible() || m_headersError->text().isEmpty())
                flag(m_headersError, m_headers, problem.text);
            break;
        case ProviderProfile::Field::KeyEnvironment:
            flag(m_envError, m_env, problem.text);
            break;
        case ProviderProfile::Field::Concurrency:
            break; // the spin box cannot leave its range
        }
    }
    for (const ProviderProfile &other : m_draft->profiles)
        if (other.id != p->id && !other.isDemo()
            && other.name.compare(p->name, Qt::CaseInsensitive) == 0 && !p->name.isEmpty())
            flag(m_nameError, m_name,
                 tr("Another provider is called %1. Names must differ, so that parley-cli "
                    "--profile finds the right one.")
                         .arg(p->name));
    const QUrl url = Endpoint::normalizeBaseUrl(p->baseUrl);
    m_urlHint->setText(
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
    m_name->setFocus();
    m_name->selectAll();
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

// The same question as the window's, before a key goes over plain http; remembered per host and
// key for the session, by the client both share.
void ProvidersPage::confirmKeyInClear(const ProviderAccess::Result &result,
                                      const std::function<void(const ProviderConfig &)> &start)
{
    QMessageBox *box = keyInClearPrompt(this, result);
    connect(box, &QMessageBox::finished, this, [this, box, result, start](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            m_testResult->setText(tr("Not tested: the key is not sent over plain http without "
                                     "your yes."));
            updateEnabled();
            return;
        }
        m_client->allowKeyInClear(result.config);
        ProviderConfig config = result.config;
        config.keyInClearAllowed = true;
        start(config);
    });
    box->open();
}

void ProvidersPage::testConnection()
{
    runModelsJob(true);
}

void ProvidersPage::refreshModels()
{
    runModelsJob(false);
}

void ProvidersPage::runModelsJob(bool test)
{
    storeFields();
    const ProviderProfile *p = current();
    if (!p || m_job)
        return;
    if (validateFields()) {
        m_testResult->setText(tr("Correct the fields marked in red first."));
        return;
    }
    const ProviderProfile profile = *p;
    auto start = [this, profile, test](const ProviderConfig &config) {
        StreamSettings settings;
        settings.connectTimeoutMs = 10000;
        settings.firstByteTimeoutMs = 20000;
        settings.retry.maxRetries = 0;
        m_job = m_client->listModels(config, settings, this);
        connect(m_job, &ModelsJob::finished, this,
                [this, profile, test, job = m_job.data()](const ModelsJob::Result &r) {
                    job->deleteLater();
                    QString text;
                    using Category = ReplyError::Category;
                    if (!r.error.isError() && !r.fromManualList) {
                        if (ProviderProfile *target = m_draft->profile(profile.id)) {
                            target->fetchedModels = r.models; // kept for offline use
                            Q_EMIT edited();
                        }
                        text = test ? tr("Connected. The provider lists %n model(s).", nullptr,
                                         int(r.models.size()))
                                    : tr("Fetched %n model(s).", nullptr, int(r.models.size()));
                    } else if (r.fromManualList
                               && (!r.error.isError() || r.error.category == Category::NotFound)) {
                        text = tr("Connected, but the provider has no model list. Add its models "
                                  "by hand.");
                    } else if (r.error.category == Category::InvalidKey) {
                        text = tr("Invalid key. %1").arg(r.error.message);
                    } else if (r.error.category == Category::Tls) {
                        text = tr("TLS problem. %1").arg(r.error.message);
                    } else if (r.error.category == Category::Network
                               || r.error.category == Category::Timeout) {
                        text = tr("Unreachable. %1").arg(r.error.message);
                    } else {
                        text = r.error.message;
                    }
                    m_job.clear();
                    if (profile.id == m_currentId)
                        showProfile(); // the fetched models
                    m_testResult->setText(text);
                    updateEnabled();
                });
        updateEnabled();
    };
    m_testResult->setText(tr("Testing…"));
    // The key as the window would send it, or the one typed here and not yet applied.
    const QString name = profile.secretName();
    std::optional<QString> typed;
    if (m_draft->secretWrites.contains(name))
        typed = m_draft->secretWrites.value(name);
    else if (m_draft->secretRemovals.contains(name))
        typed = QString();
    m_test->setEnabled(false);
    m_access->resolve(
            profile, this,
            [this, start](const ProviderAccess::Result &r) {
                using Status = ProviderAccess::Status;
                if (r.status == Status::Ready) {
                    start(r.config);
                } else if (r.status == Status::PlainHttpNotConfirmed) {
                    confirmKeyInClear(r, start);
                } else {
                    m_testResult->setText(r.message());
                    updateEnabled();
                }
            },
            typed);
}
