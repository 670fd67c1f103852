#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

// Keeps secrets out of everything a person or a log sees. First the exact secrets the caller
// knows (the key sent on a request, the keys stored for its profile), then anything shaped like a
// credential that a server echoes back: API keys of the common providers (OpenAI-style "sk-",
// Groq "gsk_", Google "AIza", xAI, Hugging Face, GitHub, AWS, 32-hex Azure keys, JWTs), bearer
// tokens, "api_key=..." pairs, and a URL's user info and query values.
namespace Redact {

QString secrets(QString text, const QStringList &knownSecrets = {});

// A URL as it may be shown or printed: no user name or password, every query value elided.
QString url(const QUrl &url);

} // namespace Redact
