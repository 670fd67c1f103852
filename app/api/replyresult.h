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

// When a reply's moments happened, in ms after its job started (-1: not yet, or never). The
// metrics of the chat footer, the CLI and the comparison lanes are all read from these.
struct ReplyTimings
{
    qint64 sentMs = -1; // the request of the answering attempt was on its way
    qint64 firstByteMs = -1; // its response headers arrived
    qint64 firstTokenMs = -1; // the first content or reasoning token
    qint64 lastTokenMs = -1;
    qint64 endMs = -1; // finished, however it ended

    qint64 timeToFirstTokenMs() const { return firstTokenMs; }
    // Output tokens per second from the first token on: the tokens after the first delta over
    // the time from the first token to the last (tokens spread evenly over the deltas).
    double tokensPerSecond(qint64 tokens, int deltas) const
    {
        const qint64 span = lastTokenMs - firstTokenMs;
        if (firstTokenMs < 0 || span <= 0 || tokens <= 0 || deltas < 2)
            return 0.0;
        return double(tokens) * double(deltas - 1) / double(deltas) * 1000.0 / double(span);
    }
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
    int reasoningDeltas = 0;
    ReplyTimings timings;
    qint64 totalMs = 0;
    QStringList notes; // status notes from named events (info, warning ...)

    qint64 timeToFirstTokenMs() const { return timings.firstTokenMs; }
    // Output tokens, from usage when the provider gave it, else one per delta (as most servers
    // send them).
    qint64 outputTokens() const
    {
        return usage.completionTokens >= 0 ? usage.completionTokens
                                           : contentDeltas + reasoningDeltas;
    }
    bool outputTokensCounted() const { return usage.completionTokens < 0; }
    double tokensPerSecond() const
    {
        return timings.tokensPerSecond(outputTokens(), contentDeltas + reasoningDeltas);
    }
};
