#pragma once

#include "api/replyresult.h"
#include "settings/providerprofile.h"

#include <optional>

// What a reply's numbers say, worked out in one place for the chat view's footer, the comparison
// lanes and parley-cli compare: time to first token, tokens per second from the first token on,
// elapsed time, output tokens (the provider's usage when reported, else counted, and then marked
// approximate), the cost from the price table, the finish reason.
struct ReplyMetrics
{
    qint64 timeToFirstTokenMs = -1;
    double tokensPerSecond = 0;
    qint64 elapsedMs = 0;
    qint64 promptTokens = -1; // -1: unknown
    qint64 completionTokens = -1;
    bool completionCounted = false; // not reported: counted from the stream, approximate
    std::optional<double> costUsd; // unset when there is no price or no token count
    QString finishReason;

    static ReplyMetrics of(const ReplyResult &result, const QList<ModelPrice> &prices);
    // The price for a model: the exact name, else the longest listed name it starts with
    // ("gpt-4.1-mini-2025-04-14" is priced as "gpt-4.1-mini").
    static std::optional<ModelPrice> priceFor(const QString &model,
                                              const QList<ModelPrice> &prices);
};
