#include "networkpage.h"

#include "api/proxyfactory.h"
#include "settings/secretstore.h"
#include "settingsdraft.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QSpinBox *spin(const QString &name, int low, int high)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(low, high);
    box->setMinimumWidth(120);
    box->setMaximumWidth(200);
    return box;
}

} // namespace

NetworkPage::NetworkPage(SettingsDraft *draft, SecretStore *secrets, QWidget *parent)
    : SettingsPage(draft, parent)
    , m_secrets(secrets)
{
    setObjectName(u"networkPage"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_connect = spin(u"connectTimeout"_s, 1, 600);
    m_connectLabel = new QLabel;
    form->addRow(m_connectLabel, m_connect);
    m_firstByte = spin(u"firstByteTimeout"_s, 1, 3600);
    m_firstByteLabel = new QLabel;
    form->addRow(m_firstByteLabel, m_firstByte);
    m_idle = spin(u"idleTimeout"_s, 1, 3600);
    m_idleLabel = new QLabel;
    form->addRow(m_idleLabel, m_idle);
    m_retries = spin(u"retries"_s, 0, 10);
    m_retriesLabel = new QLabel;
    form->addRow(m_retriesLabel, m_retries);
    m_concurrency = spin(u"concurrency"_s, 1, 16);
    m_concurrencyLabel = new QLabel;
    form->addRow(m_concurrencyLabel, m_concurrency);

    m_mode = new QComboBox;
    m_mode->setObjectName(u"proxyMode"_s);
    for (const char *mode : {"system", "none", "http", "socks5"})
        m_mode->addItem(QString(), QString::fromLatin1(mode));
    m_proxyLabel = new QLabel;
    form->addRow(m_proxyLabel, m_mode);
    m_host = new QLineEdit;
    m_host->setObjectName(u"proxyHost"_s);
    m_hostError = makeErrorLabel();
    m_hostError->setObjectName(u"proxyHostError"_s);
    m_hostLabel = new QLabel;
    form->addRow(m_hostLabel, withNotes(m_host, m_hostError));
    m_port = spin(u"proxyPort"_s, 1, 65535);
    m_portLabel = new QLabel;
    form->addRow(m_portLabel, m_port);
    m_user = new QLineEdit;
    m_user->setObjectName(u"proxyUser"_s);
    m_userLabel = new QLabel;
    form->addRow(m_userLabel, m_user);
    m_password = new QLineEdit;
    m_password->setObjectName(u"proxyPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint = makeHint();
    m_passwordLabel = new QLabel;
    form->addRow(m_passwordLabel, withNotes(m_password, nullptr, m_passwordHint));
    m_bypass = new QLineEdit;
    m_bypass->setObjectName(u"proxyBypass"_s);
    m_bypassError = makeErrorLabel();
    m_bypassError->setObjectName(u"proxyBypassError"_s);
    m_bypassHint = makeHint();
    m_bypassLabel = new QLabel;
    form->addRow(m_bypassLabel, withNotes(m_bypass, m_bypassError, m_bypassHint));

    auto edit = [this] {
        if (m_loading)
            return;
        updateEnabled();
        validate();
        Q_EMIT edited();
    };
    for (QSpinBox *box : {m_connect, m_firstByte, m_idle, m_retries, m_concurrency, m_port})
        connect(box, &QSpinBox::valueChanged, this, edit);
    connect(m_mode, &QComboBox::currentIndexChanged, this, edit);
    for (QLineEdit *line : {m_host, m_user, m_password, m_bypass})
        connect(line, &QLineEdit::textEdited, this, edit);
    retranslate();
}

QString NetworkPage::title() const
{
    return tr("Network");
}

void NetworkPage::retranslate()
{
    m_connectLabel->setText(tr("Connect timeout:"));
    m_firstByteLabel->setText(tr("First reply timeout:"));
    m_idleLabel->setText(tr("Idle timeout:"));
    for (QSpinBox *box : {m_connect, m_firstByte, m_idle})
        box->setSuffix(tr(" s"));
    m_connect->setToolTip(tr("How long to wait for the connection and the request to be sent "
                             "(1 to 600 seconds)."));
    m_firstByte->setToolTip(tr("How long the provider may think before its first byte (1 to "
                               "3600 seconds)."));
    m_idle->setToolTip(tr("How long a reply may pause once it has started (1 to 3600 "
                          "seconds)."));
    m_retriesLabel->setText(tr("Retries:"));
    m_retries->setToolTip(tr("Retries after a network error, a rate limit or a server error, "
                             "before the first token only (0 to 10)."));
    m_concurrencyLabel->setText(tr("Replies at once per provider:"));
    m_proxyLabel->setText(tr("Proxy:"));
    m_mode->setItemText(0, tr("The system's settings"));
    m_mode->setItemText(1, tr("No proxy"));
    m_mode->setItemText(2, tr("HTTP proxy"));
    m_mode->setItemText(3, tr("SOCKS5 proxy"));
    m_hostLabel->setText(tr("Proxy host:"));
    m_portLabel->setText(tr("Port:"));
    m_userLabel->setText(tr("User (optional):"));
    m_passwordLabel->setText(tr("Password:"));
    m_bypassLabel->setText(tr("Go direct to:"));
    m_bypassHint->setText(tr("Hosts, *.domains and subnets such as 10.0.0.0/8, separated by "
                             "commas. Keep localhost here for servers on this computer."));
    updateEnabled();
}

void NetworkPage::load()
{
    m_loading = true;
    const Preferences &p = m_draft->preferences;
    m_connect->setValue(p.connectTimeoutS);
    m_firstByte->setValue(p.firstByteTimeoutS);
    m_idle->setValue(p.idleTimeoutS);
    m_retries->setValue(p.retries);
    m_concurrency->setValue(p.maxConcurrentStreams);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(p.proxyMode)));
    m_host->setText(p.proxyHost);
    m_port->setValue(p.proxyPort > 0 ? p.proxyPort : 8080);
    m_user->setText(p.proxyUser);
    m_password->setText(m_draft->secretWrites.value(Preferences::proxySecretName()));
    m_bypass->setText(p.proxyBypass);
    m_loading = false;
    m_passwordStored = false;
    if (!p.proxyUser.isEmpty())
        m_secrets->read(Preferences::proxySecretName(), this, [this](const SecretStore::Result &r) {
            m_passwordStored = r.status == SecretStore::Status::Ok;
            updateEnabled();
        });
    updateEnabled();
    validate();
}

void NetworkPage::updateEnabled()
{
    const QString mode = m_mode->currentData().toString();
    const bool manual = mode == "http"_L1 || mode == "socks5"_L1;
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password})
        w->setEnabled(manual);
    m_password->setEnabled(manual && !m_user->text().trimmed().isEmpty());
    m_bypass->setEnabled(mode != "none"_L1);
    m_password->setPlaceholderText(m_passwordStored ? tr("•••••••• (stored)") : QString());
    m_passwordHint->setText(tr("Kept only in the keychain."));
}

QWidget *NetworkPage::validate()
{
    QWidget *first = nullptr;
    setError(m_hostError, {});
    setError(m_bypassError, {});
    const QString mode = m_mode->currentData().toString();
    if ((mode == "http"_L1 || mode == "socks5"_L1)) {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty()) {
            setError(m_hostError, tr("Enter the proxy's host name or address."));
            first = m_host;
        } else if (host.contains(u"://"_s) || host.contains(u'/') || host.contains(u' ')) {
            setError(m_hostError,
                     tr("Only the host name or address, such as proxy.example.com; "
                        "the port goes in its own field."));
            first = m_host;
        }
    }
    QStringList bad;
    for (const QString &entry : ProxySettings::parseBypass(m_bypass->text()))
        if (!ProxySettings::checkBypassEntry(entry).isEmpty())
            bad.append(entry);
    if (!bad.isEmpty()) {
        setError(m_bypassError, tr("Not a host, domain or subnet: %1").arg(bad.join(u", "_s)));
        if (!first)
            first = m_bypass;
    }
    return first;
}

QWidget *NetworkPage::commit()
{
    if (QWidget *bad = validate())
        return bad;
    Preferences &p = m_draft->preferences;
    p.connectTimeoutS = m_connect->value();
    p.firstByteTimeoutS = m_firstByte->value();
    p.idleTimeoutS = m_idle->value();
    p.retries = m_retries->value();
    p.maxConcurrentStreams = m_concurrency->value();
    p.proxyMode = m_mode->currentData().toString();
    p.proxyHost = m_host->text().trimmed();
    p.proxyPort = m_port->value();
    p.proxyUser = m_user->text().trimmed();
    p.proxyBypass = m_bypass->text().trimmed();
    const QString name = Preferences::proxySecretName();
    if (p.proxyUser.isEmpty()) {
        if (m_passwordStored)
            m_draft->removeSecret(name);
        else
            m_draft->secretWrites.remove(name);
    } else if (!m_password->text().isEmpty()) {
        m_draft->writeSecret(name, m_password->text());
    }
    return nullptr;
}
