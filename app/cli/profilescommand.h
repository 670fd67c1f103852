#pragma once

#include <QtCore/QStringList>

// `parley-cli profiles` lists the provider profiles; `parley-cli key set|delete PROFILE` manages
// a profile's key in the OS keychain (read from standard input, never echoed, never an argument).
namespace ProfilesCommand {

int listProfiles(const QStringList &arguments);
int key(const QStringList &arguments);

} // namespace ProfilesCommand
