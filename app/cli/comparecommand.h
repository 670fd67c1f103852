#pragma once

#include <QtCore/QStringList>

class QNetworkAccessManager;

// parley-cli compare: one prompt to several models at once (--model M, or M@PROFILE to mix
// providers), each through the client's per-provider and per-host limits; when all have ended, a
// table (or with --json one JSON object per lane per line) of how each did.
namespace CompareCommand {

int run(const QStringList &arguments, QNetworkAccessManager *manager);

} // namespace CompareCommand
