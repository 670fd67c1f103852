#include "connectiontest.h"

#include "api/chatclient.h"
#include "api/modelsjob.h"
#include "keyinclearprompt.h"

#include <QtWidgets/QMessageBox>

ConnectionTest::ConnectionTest(SecretStore *secrets, ChatClient *client, QWidget *parent)
    : QObject(parent)
    , m_client(client)
    , m_parent(parent)
    , m_access(secrets, client)
{ }

void ConnectionTest::start(const ProviderProfile &profile, std::optional<QString> typedKey,
                           Purpose purpose)
{
    if (m_running)
        return;
    m_running = true;
    m_profileId = profile.id;
    m_purpose = purpose;
    m_access.resolve(
            profile, this, [this](const ProviderAccess::Result &r) { resolved(r); }, typedKey);
}

void ConnectionTest::resolved(const ProviderAccess::Result &r)
{
    using Status = ProviderAccess::Status;
    if (r.status == Status::Ready)
        list(r.config);
    else if (r.status == Status::PlainHttpNotConfirmed)
        confirmKeyInClear(r);
    else
        end(r.message());
}

// The same question as the window's, before a key goes over plain http; remembered per host and
// key for the session, by the client both share.
void ConnectionTest::confirmKeyInClear(const ProviderAccess::Result &result)
{
    QMessageBox *box = keyInClearPrompt(m_parent, result);
    connect(box, &QMessageBox::finished, this, [this, box, result](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            end(tr("Not tested: the key is not sent over plain http without your yes."));
            return;
        }
        m_client->allowKeyInClear(result.config);
        ProviderConfig config = result.config;
        config.keyInClearAllowed = true;
        list(config);
    });
    box->open();
}

void ConnectionTest::list(const ProviderConfig &config)
{
    StreamSettings settings;
    settings.connectTimeoutMs = 10000;
    settings.firstByteTimeoutMs = 20000;
    settings.retry.maxRetries = 0;
    ModelsJob *job = m_client->listModels(config, settings, this);
    connect(job, &ModelsJob::finished, this, [this, job](const ModelsJob::Result &r) {
        job->deleteLater();
        using Category = ReplyError::Category;
        const int count = int(r.models.size());
        if (!r.error.isError() && !r.fromManualList) {
            end(m_purpose == Purpose::Test
                        ? tr("Connected. The provider lists %n model(s).", nullptr, count)
                        : tr("Fetched %n model(s).", nullptr, count),
                r.models);
        } else if (r.fromManualList
                   && (!r.error.isError() || r.error.category == Category::NotFound)) {
            end(tr("Connected, but the provider has no model list. Add its models by hand."));
        } else if (r.error.category == Category::InvalidKey) {
            end(tr("Invalid key. %1").arg(r.error.message));
        } else if (r.error.category == Category::Tls) {
            end(tr("TLS problem. %1").arg(r.error.message));
        } else if (r.error.category == Category::Network || r.error.category == Category::Timeout) {
            end(tr("Unreachable. %1").arg(r.error.message));
        } else {
            end(r.error.message);
        }
    });
}

void ConnectionTest::end(const QString &text, const std::optional<QStringList> &models)
{
    m_running = false;
    Q_EMIT finished(m_profileId, text, models);
}
