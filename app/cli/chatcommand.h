#pragma once

#include <QtCore/QStringList>

class QNetworkAccessManager;

// `parley-cli chat`: streams one reply to stdout as it arrives.
namespace ChatCommand {

int run(const QStringList &arguments, QNetworkAccessManager *manager);

} // namespace ChatCommand
