// The JSON pull reader and the chunk decoder on arbitrary input (made valid UTF-8 first, as the
// SSE parser does): nothing crashes or hangs, and whatever the reader accepts as an object or
// array, Qt's own parser accepts too (Qt is the laxer of the two), so decoding never invents
// structure.
#include "api/chunkdecoder.h"
#include "api/jsonreader.h"
#include "sse/utf8.h"

#include <QtCore/QJsonDocument>

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string text;
    Utf8::appendSanitized(text, reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayView view(text.data(), qsizetype(text.size()));

    ChunkDecoder::decodeEvent(view);
    ChunkDecoder::decodeError(view);

    JsonReader reader(view);
    const JsonReader::Type top = reader.peek();
    const bool accepted = reader.skipValue() && reader.finish();
    if (accepted && (top == JsonReader::Type::Object || top == JsonReader::Type::Array)) {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())), &error);
        // Qt also refuses numbers beyond the range of a double (RFC 8259 lets a parser limit
        // range); that is no difference in structure, so it is not a failure here.
        if (error.error != QJsonParseError::NoError
            && error.error != QJsonParseError::IllegalNumber)
            std::abort();
    }
    return 0;
}
