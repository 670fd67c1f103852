#include "endpoint.h"

#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Endpoint {

QUrl normalizeBaseUrl(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString()); // never sent: credentials go in the keychain
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QLatin1StringView suffix :
         {"/chat/completions"_L1, "/completions"_L1, "/models"_L1}) {
        if (path.endsWith(suffix, Qt::CaseInsensitive)) {
            path.chop(suffix.size());
            break;
        }
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = u"/v1"_s;
    url.setPath(path);
    return url;
}

static QUrl withSuffix(const QUrl &base, QLatin1StringView suffix)
{
    QUrl url = base;
    url.setPath(base.path() + suffix);
    return url;
}

QUrl chatCompletionsUrl(const QUrl &base)
{
    return withSuffix(base, "/chat/completions"_L1);
}

QUrl modelsUrl(const QUrl &base)
{
    return withSuffix(base, "/models"_L1);
}

namespace {

bool credentialName(const QString &name)
{
    static const QLatin1StringView names[] = {
            "key"_L1,  "api-key"_L1, "api_key"_L1,  "apikey"_L1, "token"_L1,     "access_token"_L1,
            "auth"_L1, "secret"_L1,  "password"_L1, "sig"_L1,    "signature"_L1, "code"_L1,
    };
    for (const QLatin1StringView candidate : names)
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool hasCredentials(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.userInfo().isEmpty())
        return true;
    const auto items = QUrlQuery(url).queryItems();
    return std::any_of(items.cbegin(), items.cend(),
                       [](const auto &item) { return credentialName(item.first); });
}

QString withoutCredentials(const QString &text)
{
    if (!hasCredentials(text))
        return text;
    QUrl url = QUrl::fromUserInput(text.trimmed());
    url.setUserInfo(QString());
    QUrlQuery query(url);
    const auto items = query.queryItems();
    for (const auto &item : items)
        if (credentialName(item.first))
            query.removeAllQueryItems(item.first);
    url.setQuery(query);
    return url.toString();
}

bool keyWouldTravelInClear(const QUrl &baseUrl)
{
    return baseUrl.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0 && !isLoopback(baseUrl);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Endpoint
