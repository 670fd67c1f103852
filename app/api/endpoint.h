#pragma once

#include <QtCore/QUrl>

// The one rule for turning what a user pastes as a base URL into request URLs. Accepted:
// "https://api.example.com", ".../v1", ".../v1/", ".../api/v1", and even the full
// ".../v1/chat/completions" or ".../v1/models". A base without a path gets "/v1" (the OpenAI
// layout); any other path is kept as the user gave it (OpenRouter's /api/v1, Gemini's
// /v1beta/openai), with trailing slashes and a pasted endpoint suffix removed.
namespace Endpoint {

// The normalised base, or an invalid QUrl when the text is not an http(s) URL with a host.
QUrl normalizeBaseUrl(const QString &text);
QUrl chatCompletionsUrl(const QUrl &base);
QUrl modelsUrl(const QUrl &base);
bool isLoopback(const QUrl &url);
// A key sent there would cross the network unencrypted: plain http to a host that is not this
// computer. No request carries a key there unless the user said yes for that host and key.
bool keyWouldTravelInClear(const QUrl &baseUrl);

// Whether a base URL as typed carries credentials: a user name or password ("user:secret@host"),
// or a query parameter named like a key ("?key=...", "api-key=", "token=" ...). Parley refuses
// them: keys belong in the keychain, and a URL ends up in files, logs and error messages.
bool hasCredentials(const QString &text);
// The same text with those credentials taken out.
QString withoutCredentials(const QString &text);

} // namespace Endpoint
