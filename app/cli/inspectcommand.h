#pragma once

#include <QtCore/QStringList>

class QNetworkAccessManager;

// `parley-cli inspect [FILE|-]` or `--url URL`: prints every event of an event stream as one
// JSON line.
namespace InspectCommand {

int run(const QStringList &arguments, QNetworkAccessManager *manager);

} // namespace InspectCommand
