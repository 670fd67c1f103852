#include "replyaccumulator.h"

void ReplyAccumulator::tokenArrived(qint64 atMs)
{
    ReplyTimings &t = m_result->timings;
    // Reasoning is output too: the first token is the first of either, whichever path it took.
    if (t.firstTokenMs < 0)
        t.firstTokenMs = atMs;
    t.lastTokenMs = atMs;
}

ReplyAccumulator::Added ReplyAccumulator::add(const StreamChunk &chunk, qint64 atMs)
{
    Added added;
    if (!chunk.model.isEmpty())
        m_result->model = chunk.model;
    if (!chunk.reasoning.isEmpty()) {
        tokenArrived(atMs);
        m_result->reasoning += chunk.reasoning;
        ++m_result->reasoningDeltas;
        added.reasoning = chunk.reasoning;
    }
    if (!chunk.content.isEmpty()) {
        tokenArrived(atMs);
        m_result->content += chunk.content;
        ++m_result->contentDeltas;
        added.content = chunk.content;
    }
    if (!chunk.finishReason.isEmpty())
        m_result->finishReason = chunk.finishReason;
    if (chunk.usage.isValid()) {
        m_result->usage = chunk.usage;
        added.usage = true;
    }
    return added;
}
