#include "replymetrics.h"

ReplyMetrics ReplyMetrics::of(const ReplyResult &result, const QList<ModelPrice> &prices)
{
    ReplyMetrics m;
    m.timeToFirstTokenMs = result.timeToFirstTokenMs();
    m.tokensPerSecond = result.tokensPerSecond();
    m.elapsedMs = result.totalMs;
    m.promptTokens = result.usage.promptTokens;
    m.completionCounted = result.outputTokensCounted();
    m.completionTokens =
            result.outputTokens() > 0 || !m.completionCounted ? result.outputTokens() : -1;
    m.finishReason = result.finishReason;
    if (const std::optional<ModelPrice> price = priceFor(result.model, prices);
        price && m.completionTokens >= 0) {
        // Without a prompt count the cost would be a guess: only a reported usage prices both.
        if (m.promptTokens >= 0)
            m.costUsd = (double(m.promptTokens) * price->inputPerMillion
                         + double(m.completionTokens) * price->outputPerMillion)
                    / 1e6;
    }
    return m;
}

std::optional<ModelPrice> ReplyMetrics::priceFor(const QString &model,
                                                 const QList<ModelPrice> &prices)
{
    std::optional<ModelPrice> best;
    for (const ModelPrice &price : prices) {
        if (price.model.compare(model, Qt::CaseInsensitive) == 0)
            return price;
        if (model.startsWith(price.model, Qt::CaseInsensitive)
            && (!best || price.model.size() > best->model.size()))
            best = price;
    }
    return best;
}
