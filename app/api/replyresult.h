#pragma once

#include "replyerror.h"
#include "streamchunk.h"

#include <QtCore/QStringList>

// How a reply ended. Every reply ends in exactly one of these, with its partial text.
enum class EndState {
    Completed, // [DONE] or a finish_reason was seen
    Stopped, // the user (or quitting the app) stopped it
    Incomplete, // the stream ended early, without [DONE] or a finish_reason
    Failed, // see error
};

struct ReplyResult
{
    EndState end = EndState::Failed;
    QString content;
    QString reasoning;
    QString finishReason;
    QString model;
    Usage usage;
    ReplyError error; // the failure; for Incomplete, what cut the stream (may be empty)
    int malformedEvents = 0; // events that were not valid JSON, skipped
    int retries = 0;
    int contentDeltas = 0;
    qint64 timeToFirstTokenMs = -1; // from the start to the first content or reasoning token
    qint64 totalMs = 0;
    QStringList notes; // status notes from named events (info, warning ...)

    // Output tokens per second after the first token, from usage when the provider gave it,
    // else from the number of deltas (one token each, as most servers send them).
    double tokensPerSecond() const
    {
        const qint64 tokens = usage.completionTokens >= 0 ? usage.completionTokens : contentDeltas;
        const qint64 ms = totalMs - qMax<qint64>(0, timeToFirstTokenMs);
        return ms > 0 && tokens > 0 ? double(tokens) * 1000.0 / double(ms) : 0.0;
    }
};
