#include "endpoint.h"

#include <QtNetwork/QHostAddress>

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

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Endpoint
