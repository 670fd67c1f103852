#include "chunkdecoder.h"

#include "jsonreader.h"

using namespace Qt::Literals::StringLiterals;

namespace ChunkDecoder {

namespace {

using Type = JsonReader::Type;

// Reads a string member leniently: null is empty, other types are skipped.
bool readText(JsonReader &json, QString *out)
{
    switch (json.peek()) {
    case Type::String:
        return json.readString(out);
    case Type::Null:
        out->clear();
        return json.readNull();
    default:
        return json.skipValue();
    }
}

bool readCount(JsonReader &json, qint64 *out)
{
    if (json.peek() != Type::Number)
        return json.skipValue();
    std::int64_t value = 0;
    if (!json.readInt(&value))
        return false;
    *out = value;
    return true;
}

bool readUsage(JsonReader &json, Usage *usage)
{
    if (json.peek() != Type::Object)
        return json.skipValue();
    json.beginObject();
    QByteArrayView key;
    while (json.nextMember(&key)) {
        if (key == "prompt_tokens" || key == "input_tokens") {
            readCount(json, &usage->promptTokens);
        } else if (key == "completion_tokens" || key == "output_tokens") {
            readCount(json, &usage->completionTokens);
        } else if (key == "total_tokens") {
            readCount(json, &usage->totalTokens);
        } else if (key == "completion_tokens_details" && json.peek() == Type::Object) {
            json.beginObject();
            QByteArrayView inner;
            while (json.nextMember(&inner)) {
                if (inner == "reasoning_tokens")
                    readCount(json, &usage->reasoningTokens);
                else
                    json.skipValue();
            }
        } else {
            json.skipValue();
        }
    }
    return json.isValid();
}

// The members of an error object: message, type, code (string or number), status.
bool readErrorObject(JsonReader &json, ProviderError *error)
{
    json.beginObject();
    QByteArrayView key;
    while (json.nextMember(&key)) {
        if (key == "message" || key == "msg") {
            readText(json, &error->message);
        } else if (key == "type") {
            readText(json, &error->type);
        } else if (key == "code" || key == "status") {
            if (json.peek() == Type::Number) {
                std::int64_t n = 0;
                if (json.readInt(&n)) {
                    if (key == "code")
                        error->code = QString::number(n);
                    if (n >= 400 && n <= 599)
                        error->status = int(n);
                }
            } else {
                QString text;
                readText(json, &text);
                if (key == "code")
                    error->code = text;
            }
        } else if (key == "error" && json.peek() == Type::Object) {
            readErrorObject(json, error); // {"error": {"error": {...}}} from some proxies
        } else {
            json.skipValue();
        }
    }
    return json.isValid();
}

struct Choice
{
    qint64 index = -1;
    QString content;
    QString reasoning;
    QString finishReason;
    bool hasToolCalls = false;
};

bool readMessage(JsonReader &json, Choice *choice)
{
    if (json.peek() != Type::Object)
        return json.skipValue();
    json.beginObject();
    QByteArrayView key;
    QString reasoningContent;
    QString reasoning;
    while (json.nextMember(&key)) {
        if (key == "content") {
            readText(json, &choice->content);
        } else if (key == "reasoning_content") {
            readText(json, &reasoningContent);
        } else if (key == "reasoning") {
            readText(json, &reasoning);
        } else if (key == "tool_calls") {
            choice->hasToolCalls = json.peek() == Type::Array;
            json.skipValue();
        } else {
            json.skipValue();
        }
    }
    // Some gateways send both names with the same text; show it once.
    choice->reasoning = reasoningContent.isEmpty() ? reasoning : reasoningContent;
    return json.isValid();
}

bool readChoice(JsonReader &json, Choice *choice)
{
    if (json.peek() != Type::Object)
        return json.skipValue();
    json.beginObject();
    QByteArrayView key;
    while (json.nextMember(&key)) {
        if (key == "delta" || key == "message") {
            readMessage(json, choice);
        } else if (key == "finish_reason") {
            readText(json, &choice->finishReason);
        } else if (key == "index") {
            readCount(json, &choice->index);
        } else if (key == "text") { // legacy completions-style streams
            readText(json, &choice->content);
        } else {
            json.skipValue();
        }
    }
    return json.isValid();
}

StreamChunk decode(QByteArrayView data, ProviderError *topLevelOut = nullptr)
{
    StreamChunk chunk;
    JsonReader json(data);
    if (json.peek() != Type::Object) {
        chunk.kind = StreamChunk::Kind::Malformed;
        return chunk;
    }
    json.beginObject();
    QByteArrayView key;
    bool objectIsError = false;
    bool typeIsError = false;
    ProviderError topLevel;
    Choice chosen;
    bool haveChoice = false;
    while (json.nextMember(&key)) {
        if (key == "choices") {
            if (json.peek() != Type::Array) {
                json.skipValue();
                continue;
            }
            json.beginArray();
            while (json.nextElement()) {
                Choice choice;
                readChoice(json, &choice);
                // Index 0 when the server numbers its choices, else the first one.
                if (choice.index == 0 || (!haveChoice && choice.index < 0)) {
                    chosen = std::move(choice);
                    haveChoice = true;
                }
            }
        } else if (key == "usage") {
            readUsage(json, &chunk.usage);
        } else if (key == "error") {
            if (json.peek() == Type::Object) {
                readErrorObject(json, &chunk.error);
                if (chunk.error.isEmpty())
                    chunk.error.message = u"error"_s;
            } else if (json.peek() == Type::String) {
                json.readString(&chunk.error.message);
            } else {
                json.skipValue();
            }
        } else if (key == "object") {
            QString object;
            readText(json, &object);
            objectIsError = object == "error"_L1;
        } else if (key == "type") {
            QString type;
            readText(json, &type);
            typeIsError = type == "error"_L1;
            topLevel.type = type;
        } else if (key == "detail" && json.peek() == Type::String) {
            readText(json, &topLevel.message); // FastAPI-style {"detail": "..."}
        } else if (key == "message" || key == "code") {
            // vLLM's {"object":"error","message":...,"code":400} keeps these at the top level.
            if (json.peek() == Type::Number) {
                std::int64_t n = 0;
                json.readInt(&n);
                topLevel.code = QString::number(n);
                if (n >= 400 && n <= 599)
                    topLevel.status = int(n);
            } else {
                readText(json, key == "message" ? &topLevel.message : &topLevel.code);
            }
        } else if (key == "model") {
            readText(json, &chunk.model);
        } else {
            json.skipValue();
        }
    }
    if (!json.finish()) {
        StreamChunk malformed;
        malformed.kind = StreamChunk::Kind::Malformed;
        return malformed;
    }
    if (topLevelOut)
        *topLevelOut = topLevel;
    if (!chunk.error.isEmpty()) {
        chunk.kind = StreamChunk::Kind::Error;
    } else if (objectIsError || (typeIsError && !topLevel.message.isEmpty())) {
        chunk.kind = StreamChunk::Kind::Error;
        chunk.error = topLevel;
        if (objectIsError && chunk.error.type == "error"_L1)
            chunk.error.type.clear();
    }
    chunk.content = std::move(chosen.content);
    chunk.reasoning = std::move(chosen.reasoning);
    chunk.finishReason = std::move(chosen.finishReason);
    chunk.hasToolCalls = chosen.hasToolCalls;
    return chunk;
}

} // namespace

StreamChunk decodeEvent(QByteArrayView data)
{
    if (data == "[DONE]") {
        StreamChunk done;
        done.kind = StreamChunk::Kind::Done;
        return done;
    }
    return decode(data);
}

StreamChunk decodeCompletion(QByteArrayView json)
{
    return decode(json);
}

ProviderError decodeError(QByteArrayView json)
{
    ProviderError topLevel;
    const StreamChunk chunk = decode(json, &topLevel);
    if (chunk.kind == StreamChunk::Kind::Error)
        return chunk.error;
    return topLevel.message.isEmpty() ? ProviderError{} : topLevel;
}

} // namespace ChunkDecoder

QString ChunkDecoder::decodeNote(QByteArrayView data)
{
    JsonReader json(data);
    if (json.peek() == JsonReader::Type::Object && json.beginObject()) {
        QByteArrayView key;
        while (json.nextMember(&key)) {
            if ((key == "message" || key == "text" || key == "msg")
                && json.peek() == JsonReader::Type::String) {
                QString text;
                if (json.readString(&text))
                    return text;
            } else {
                json.skipValue();
            }
        }
    }
    return QString::fromUtf8(data);
}
