#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

// Keeps secrets out of everything a person or a log sees: the known keys of this request, and
// anything shaped like an API key ("sk-...", "Bearer ...") that a server echoes back.
namespace Redact {

QString secrets(QString text, const QStringList &knownSecrets = {});

} // namespace Redact
