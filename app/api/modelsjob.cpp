#include "modelsjob.h"

#include "endpoint.h"
#include "jsonreader.h"
#include "providerrequest.h"
#include "redact.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ModelsJob::ModelsJob(QNetworkAccessManager *manager, const ProviderConfig &provider,
                     const StreamSettings &settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_provider(provider)
    , m_settings(settings)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finishWith(ReplyError::timedOut(
                           ReplyError::TimeoutKind::FirstByte,
                           (m_settings.connectTimeoutMs + m_settings.firstByteTimeoutMs) / 1000),
                   true);
    });
}

ModelsJob::~ModelsJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelsJob::start()
{
    if (m_done || m_reply)
        return; // started once only: a second request would take the first one's place
    if (m_provider.keyWouldTravelInClear()) {
        finishWith(ReplyError::insecureHttp(m_provider.baseUrl.host()), true);
        return;
    }
    const QNetworkRequest request = ProviderRequest::make(
            m_provider, Endpoint::modelsUrl(m_provider.baseUrl), "application/json");
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ModelsJob::onFinished);
    m_timeout.start(m_settings.connectTimeoutMs + m_settings.firstByteTimeoutMs);
}

void ModelsJob::cancel()
{
    finishWith({}, true);
}

void ModelsJob::onFinished()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    if (status >= 200 && status < 300) {
        QStringList models;
        if (parseModelList(body, &models)) {
            m_result.models = models;
            finishWith({}, false);
        } else {
            finishWith({}, true); // not a model list: treat as no endpoint
        }
        return;
    }
    if (status == 404 || status == 405 || status == 501) {
        finishWith({}, true); // this provider has no /models
        return;
    }
    if (status >= 300 && status < 400) {
        finishWith(ReplyError::redirectedReply(m_reply), true);
        return;
    }
    if (status >= 400) {
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        finishWith(ReplyError::fromHttpStatus(
                           status, ReplyError::summarizeBody(body, type, m_provider.secrets())),
                   true);
        return;
    }
    finishWith(m_reply->error() == QNetworkReply::SslHandshakeFailedError
                       ? ReplyError::tls(m_reply->errorString())
                       : ReplyError::network(m_reply->errorString()),
               true);
}

void ModelsJob::finishWith(ReplyError error, bool useManual)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    // Every text that leaves the network layer: without the key sent, whatever the server echoed.
    const QStringList secrets = m_provider.secrets();
    m_result.error = error.redacted(secrets);
    if (useManual) {
        m_result.models = m_provider.manualModels;
        m_result.fromManualList = true;
    } else {
        // A model id is one short line of text; anything else is not an id (and never shown).
        QStringList ids;
        for (const QString &id : std::as_const(m_result.models)) {
            const bool control = std::any_of(id.cbegin(), id.cend(), [](QChar c) {
                return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
            });
            if (!id.isEmpty() && id.size() <= 256 && !control)
                ids.append(Redact::secrets(id, secrets));
        }
        m_result.models = ids;
    }
    m_result.models.removeDuplicates();
    m_result.models.sort(Qt::CaseInsensitive);
    Q_EMIT finished(m_result);
}

bool ModelsJob::parseModelList(QByteArrayView body, QStringList *models)
{
    using Type = JsonReader::Type;
    JsonReader json(body);
    // Reads an array of ids or of objects with "id" (or "name", "model").
    auto readArray = [&](JsonReader &r) {
        r.beginArray();
        while (r.nextElement()) {
            if (r.peek() == Type::String) {
                QString id;
                if (r.readString(&id) && !id.isEmpty())
                    models->append(id);
                continue;
            }
            if (r.peek() != Type::Object) {
                r.skipValue();
                continue;
            }
            r.beginObject();
            QByteArrayView key;
            QString id;
            QString name;
            while (r.nextMember(&key)) {
                if (key == "id" && r.peek() == Type::String)
                    r.readString(&id);
                else if ((key == "name" || key == "model") && r.peek() == Type::String)
                    r.readString(&name);
                else
                    r.skipValue();
            }
            if (id.isEmpty())
                id = name;
            if (!id.isEmpty())
                models->append(id);
        }
        return r.isValid();
    };
    bool found = false;
    if (json.peek() == Type::Array) {
        found = readArray(json);
    } else if (json.peek() == Type::Object) {
        json.beginObject();
        QByteArrayView key;
        while (json.nextMember(&key)) {
            if ((key == "data" || key == "models") && json.peek() == Type::Array)
                found = readArray(json) || found;
            else
                json.skipValue();
        }
    }
    return found && json.finish();
}
