#pragma once

#include "replyresult.h"

// The one place a reply grows: the chunks of an event stream, or the single chunk of a JSON
// completion, are added here with the time they arrived, so both paths keep the same books
// (text, model, finish reason, usage, and the timestamps the metrics come from).
class ReplyAccumulator final
{
public:
    explicit ReplyAccumulator(ReplyResult *result)
        : m_result(result)
    { }

    // What a chunk added, for the job's signals.
    struct Added
    {
        QString content;
        QString reasoning;
        bool usage = false;
    };
    // Adds a Delta chunk that arrived atMs after the job started.
    Added add(const StreamChunk &chunk, qint64 atMs);

private:
    void tokenArrived(qint64 atMs);

    ReplyResult *m_result;
};
