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

} // namespace Endpoint
