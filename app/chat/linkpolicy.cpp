#include "linkpolicy.h"

#include "api/endpoint.h"

using namespace Qt::Literals::StringLiterals;

namespace LinkPolicy {

bool mayOpen(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == "http"_L1 || scheme == "https"_L1);
}

QString realHost(const QUrl &url)
{
    return QString::fromLatin1(QUrl::toAce(url.host()));
}

} // namespace LinkPolicy
