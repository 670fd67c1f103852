#pragma once

#include "providerconfig.h"

#include <QtNetwork/QNetworkRequest>

// The one place where a request to a provider is made: its key as a Bearer token (only when set),
// its extra headers, and a redirect policy that never follows, because Qt's default policy would
// send the key and the body on to another host.
namespace ProviderRequest {

QNetworkRequest make(const ProviderConfig &provider, const QUrl &url, const QByteArray &accept);

} // namespace ProviderRequest
