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

    // Whether the streaming body asks for usage at the end (stream_options), which some
    // providers refuse.
    enum class UsageReport {
        Requested,
        NotRequested,
    };
    // The JSON body of a streaming POST /chat/completions. Unset options are left out.
    QByteArray toStreamingJson(UsageReport usage) const;
};
