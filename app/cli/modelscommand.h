#pragma once

#include <QtCore/QStringList>

class QNetworkAccessManager;

// `parley-cli models`: lists a provider's model ids, one per line.
namespace ModelsCommand {

int run(const QStringList &arguments, QNetworkAccessManager *manager);

} // namespace ModelsCommand
