#pragma once

#include "streamchunk.h"

#include <QtCore/QByteArrayView>

// Decodes OpenAI-compatible chat completion chunks with the JSON pull reader: no document is built,
// unknown members are skipped (and still validated), and every shape real servers send is taken:
// content or reasoning (reasoning_content, reasoning) that is null or missing, several choices
// (index 0 is used), tool-call fragments, usage on a chunk with empty choices, error objects in the
// OpenAI, vLLM and Anthropic styles.
namespace ChunkDecoder {

// The data of one `message` event of a stream.
StreamChunk decodeEvent(QByteArrayView data);
// A whole `chat.completion` object, as a proxy that strips streaming sends it.
StreamChunk decodeCompletion(QByteArrayView json);
// The provider's error in an error response body or an `event: error` payload; empty when the
// body is not a JSON error object.
ProviderError decodeError(QByteArrayView json);
// The human part of a named event's data (info, warning ...): its "message", "text" or "msg"
// member, or the data itself.
QString decodeNote(QByteArrayView data);

} // namespace ChunkDecoder
