#pragma once

#include <QtCore/QString>

// Token counts a provider reports; -1 where it said nothing.
struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 reasoningTokens = -1;

    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0; }
};

// An error object as a provider sends it, in a response body or inside a stream.
struct ProviderError
{
    QString message;
    QString type;
    QString code;
    int status = 0; // a numeric code that looks like an HTTP status (vLLM sends one)

    bool isEmpty() const { return message.isEmpty() && type.isEmpty() && code.isEmpty(); }
};

// What one stream event (or a whole non-streaming completion) says.
struct StreamChunk
{
    enum class Kind {
        Delta, // content, reasoning, a finish reason and/or usage (any may be empty)
        Done, // [DONE]
        Error, // the provider reports an error
        Malformed, // not JSON, or JSON that is not an object
    };

    Kind kind = Kind::Delta;
    QString content;
    QString reasoning;
    QString finishReason;
    QString model;
    Usage usage;
    ProviderError error;
    bool hasToolCalls = false;
};
