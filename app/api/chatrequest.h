#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;
};

// What to ask: the model, the conversation, and the sampling settings that are set.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages; // system prompt first, if any, then the history
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;

    // The JSON body of POST /chat/completions. Unset options are left out.
    QByteArray toJson(bool stream, bool includeUsage) const;
};
