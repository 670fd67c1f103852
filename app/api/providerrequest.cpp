#include "providerrequest.h"

#include "parleyversion.h"

using namespace Qt::Literals::StringLiterals;

namespace ProviderRequest {

QNetworkRequest make(const ProviderConfig &provider, const QUrl &url, const QByteArray &accept)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Parley/" PARLEY_VERSION_STRING ""_s);
    request.setRawHeader("Accept", accept);
    if (!provider.apiKey.isEmpty() && provider.bearerAuthorization)
        request.setRawHeader("Authorization", "Bearer " + provider.apiKey.toUtf8());
    for (const auto &[name, value] : provider.extraHeaders)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace ProviderRequest
