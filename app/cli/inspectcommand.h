#pragma once

#include <QtCore/QStringList>

// `parley-cli inspect [FILE|-]`: prints every event of a raw event stream as one JSON line.
namespace InspectCommand {

int run(const QStringList &arguments);

} // namespace InspectCommand
