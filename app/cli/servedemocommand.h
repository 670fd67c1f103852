#pragma once

#include <QtCore/QStringList>

// `parley-cli serve-demo [--port N]`: runs the built-in demo provider on its own.
namespace ServeDemoCommand {

int run(const QStringList &arguments);

} // namespace ServeDemoCommand
