#pragma once

#include <QtCore/QUrl>

// Which links in a reply may be opened, and how to name where they go: only http and https, and
// the host in its ASCII (punycode) form, so a look-alike name cannot hide the real one.
namespace LinkPolicy {

bool mayOpen(const QUrl &url);
QString realHost(const QUrl &url);

} // namespace LinkPolicy
