#include "replyerror.h"

#include "chunkdecoder.h"
#include "redact.h"

#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxSummary = 300;

QString oneLine(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    text.replace(space, u" "_s);
    text = text.trimmed();
    if (text.size() > MaxSummary)
        text = text.left(MaxSummary - 1) + u'…';
    return text;
}

QString withProvider(const QString &message, const QString &provider)
{
    return provider.isEmpty() ? message
                              : ReplyError::tr("%1 The provider said: %2").arg(message, provider);
}

} // namespace

ReplyError ReplyError::redacted(const QStringList &secrets) const
{
    ReplyError e = *this;
    e.message = Redact::secrets(message, secrets);
    e.providerMessage = Redact::secrets(providerMessage, secrets);
    e.redirectHost = Redact::secrets(redirectHost, secrets);
    return e;
}

ReplyError ReplyError::fromHttpStatus(int status, const QString &providerMessage)
{
    ReplyError e;
    e.httpStatus = status;
    e.providerMessage = providerMessage;
    QString what;
    if (status == 401 || status == 403) {
        e.category = Category::InvalidKey;
        what = status == 401 ? tr("The provider rejected the API key (HTTP 401). Check the key in "
                                  "the provider's settings.")
                             : tr("The provider refused access (HTTP 403). Check that the API key "
                                  "is valid and allowed to use this model.");
    } else if (status == 407) {
        e.category = Category::Network;
        what = tr("The proxy server did not accept the user name and password (HTTP 407). Check "
                  "the proxy in Settings, Network.");
    } else if (status == 404) {
        e.category = Category::NotFound;
        what = tr(
                "Not found (HTTP 404): the model or the endpoint does not exist at this provider. "
                "Check the model name and the base URL.");
    } else if (status == 400 || status == 422) {
        e.category = Category::BadRequest;
        what = tr("The provider rejected the request (HTTP %1). Check the model and the request "
                  "settings.")
                       .arg(status);
    } else if (status == 429) {
        e.category = Category::RateLimited;
        what = tr(
                "Rate limited (HTTP 429): too many requests or tokens for now, or no credit left. "
                "Wait a moment and retry, or check the plan.");
    } else if (status == 529) {
        e.category = Category::Overloaded;
        what = tr("The provider is overloaded (HTTP 529). Retry in a little while.");
    } else if (status >= 500) {
        e.category = Category::ServerError;
        what = tr("The provider had a server error (HTTP %1). Retry later; if it persists, the "
                  "service may be down.")
                       .arg(status);
    } else {
        e.category = Category::ServerError;
        what = tr("The provider answered with an unexpected HTTP status %1.").arg(status);
    }
    e.message = withProvider(what, providerMessage);
    return e;
}

ReplyError ReplyError::fromProviderError(const ProviderError &error)
{
    const QString words = oneLine(Redact::secrets(
            error.message.isEmpty() ? (error.type.isEmpty() ? error.code : error.type)
                                    : error.message));
    const QString kind = error.type + u' ' + error.code;
    ReplyError e;
    if (kind.contains("overloaded"_L1, Qt::CaseInsensitive) || error.status == 529) {
        e = fromHttpStatus(529, words);
    } else if (kind.contains("rate_limit"_L1, Qt::CaseInsensitive) || error.status == 429) {
        e = fromHttpStatus(429, words);
    } else if (kind.contains("authentication"_L1, Qt::CaseInsensitive)
               || kind.contains("invalid_api_key"_L1, Qt::CaseInsensitive)) {
        e = fromHttpStatus(401, words);
    } else if (error.status >= 400) {
        e = fromHttpStatus(error.status, words);
    } else {
        e.category = Category::ServerError;
        e.providerMessage = words;
        e.message = withProvider(tr("The provider reported an error during the reply."), words);
    }
    e.httpStatus = 0; // reported inside a 200 stream
    return e;
}

ReplyError ReplyError::timedOut(TimeoutKind kind, int seconds)
{
    ReplyError e;
    e.category = Category::Timeout;
    e.timeout = kind;
    switch (kind) {
    case TimeoutKind::Connect:
        e.message = tr("Timed out connecting to the provider after %n second(s). Check the base "
                       "URL and the network, or raise the connect timeout.",
                       nullptr, seconds);
        break;
    case TimeoutKind::FirstByte:
        e.message =
                tr("The provider accepted the request but sent nothing for %n second(s). It may "
                   "be overloaded; retry, or raise the first-byte timeout.",
                   nullptr, seconds);
        break;
    case TimeoutKind::Idle:
    case TimeoutKind::None:
        e.message = tr("The reply stalled: nothing arrived for %n second(s). Retry, or raise the "
                       "idle timeout.",
                       nullptr, seconds);
        break;
    }
    return e;
}

ReplyError ReplyError::redirected(int status, const QString &host)
{
    ReplyError e;
    e.category = Category::Redirected;
    e.httpStatus = status;
    e.redirectHost = host;
    e.message = host.isEmpty()
            ? tr("The provider redirected the request (HTTP %1). Parley does not follow redirects "
                 "with your key; check the base URL.")
                      .arg(status)
            : tr("The provider redirected the request to %1 (HTTP %2). Parley does not follow "
                 "redirects with your key; if %1 is right, use it as the base URL.")
                      .arg(host)
                      .arg(status);
    return e;
}

ReplyError ReplyError::redirectedReply(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QUrl target = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (target.isRelative())
        target = reply->url().resolved(target);
    const QString host = target.port() > 0 ? target.host() + u':' + QString::number(target.port())
                                           : target.host();
    return redirected(status, host);
}

ReplyError ReplyError::network(const QString &detail)
{
    ReplyError e;
    e.category = Category::Network;
    e.providerMessage = oneLine(Redact::secrets(detail));
    e.message = tr("Could not reach the provider: %1. Check the network connection and the base "
                   "URL.")
                        .arg(e.providerMessage);
    return e;
}

ReplyError ReplyError::tls(const QString &detail)
{
    ReplyError e;
    e.category = Category::Tls;
    e.providerMessage = oneLine(Redact::secrets(detail));
    e.message = tr("The secure connection failed: %1. Parley never sends a key over a connection "
                   "it cannot verify; check the base URL, the system's certificates and the clock.")
                        .arg(e.providerMessage);
    return e;
}

ReplyError ReplyError::protocol(const QString &detail)
{
    ReplyError e;
    e.category = Category::Protocol;
    e.providerMessage = oneLine(Redact::secrets(detail));
    e.message = tr("The provider's response could not be read: %1.").arg(e.providerMessage);
    return e;
}

ReplyError ReplyError::insecureHttp(const QString &host)
{
    ReplyError e;
    e.category = Category::InsecureHttp;
    e.message =
            tr("Not sent: the API key would cross the network unencrypted over plain http:// to "
               "%1, which is not this computer. Use https:// if the provider offers it, or "
               "confirm that the key may be sent this way.")
                    .arg(host);
    return e;
}

QString ReplyError::summarizeBody(QByteArrayView body, QByteArrayView contentType,
                                  const QStringList &secrets)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{')) {
        const ProviderError error = ChunkDecoder::decodeError(trimmed);
        if (!error.isEmpty()) {
            const QString text =
                    error.message.isEmpty() ? error.type + u' ' + error.code : error.message;
            return oneLine(Redact::secrets(text, secrets));
        }
    }
    QString text = QString::fromUtf8(trimmed);
    const bool html = contentType.contains("html") || trimmed.startsWith('<');
    if (html) {
        // A load balancer's or CDN's page: its title says it all; never render it.
        static const QRegularExpression title(
                u"<title[^>]*>(.*?)</title>"_s,
                QRegularExpression::CaseInsensitiveOption
                        | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression heading(
                u"<h1[^>]*>(.*?)</h1>"_s,
                QRegularExpression::CaseInsensitiveOption
                        | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression noise(
                u"<(script|style)[^>]*>.*?</\\1>"_s,
                QRegularExpression::CaseInsensitiveOption
                        | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        QRegularExpressionMatch m = title.match(text);
        if (!m.hasMatch())
            m = heading.match(text);
        if (m.hasMatch())
            text = m.captured(1);
        else
            text.remove(noise);
        text.remove(tags);
        text.replace("&nbsp;"_L1, " "_L1)
                .replace("&amp;"_L1, "&"_L1)
                .replace("&lt;"_L1, "<"_L1)
                .replace("&gt;"_L1, ">"_L1)
                .replace("&quot;"_L1, "\""_L1)
                .replace("&#39;"_L1, "'"_L1);
    } else {
        const qsizetype newline = text.indexOf(u'\n');
        if (newline > 0)
            text.truncate(newline);
    }
    return oneLine(Redact::secrets(text, secrets));
}

QString ReplyError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return u"none"_s;
    case Category::InvalidKey:
        return u"invalid-key"_s;
    case Category::NotFound:
        return u"not-found"_s;
    case Category::BadRequest:
        return u"bad-request"_s;
    case Category::RateLimited:
        return u"rate-limited"_s;
    case Category::Overloaded:
        return u"overloaded"_s;
    case Category::ServerError:
        return u"server-error"_s;
    case Category::Timeout:
        return u"timeout"_s;
    case Category::Network:
        return u"network"_s;
    case Category::Tls:
        return u"tls"_s;
    case Category::Redirected:
        return u"redirected"_s;
    case Category::Protocol:
        return u"protocol"_s;
    case Category::InsecureHttp:
        return u"insecure-http"_s;
    }
    return {};
}
