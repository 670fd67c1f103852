#include "linkpolicy.h"

#include "api/endpoint.h"

namespace LinkPolicy {

bool mayOpen(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString realHost(const QUrl &url)
{
    return QString::fromLatin1(QUrl::toAce(url.host()));
}

} // namespace LinkPolicy
