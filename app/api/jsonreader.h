#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <cstdint>
#include <string>

// A validating pull reader over one JSON text (RFC 8259), for decoding stream chunks without
// building a document: the caller walks to the members it wants and skips the rest, and every
// skipped value is still checked. Errors are sticky: after the first one every call fails and
// isValid() is false. Strings must be valid UTF-8 (the SSE parser guarantees that). One leniency:
// raw control characters inside strings are accepted (as Qt's parser does), so no text is lost.
class JsonReader final
{
public:
    enum class Type {
        Invalid,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    static constexpr int MaxDepth = 256;

    explicit JsonReader(QByteArrayView text);

    // The type of the next value, without consuming it.
    Type peek();

    bool beginObject();
    // Reads the next member's key and the colon after it; false at the closing brace (consumed).
    // The key view is valid until the next call. Keys with escapes are decoded.
    bool nextMember(QByteArrayView *key);

    bool beginArray();
    // True when another element follows; false at the closing bracket (consumed).
    bool nextElement();

    bool readString(QString *out);
    bool readStringUtf8(std::string *out);
    bool readInt(std::int64_t *out); // integers only (also 12.0 and 1e3 forms that are whole)
    bool readDouble(double *out);
    bool readBool(bool *out);
    bool readNull();
    // Reads a string, or null as an empty string; other types are an error.
    bool readStringOrNull(QString *out, bool *wasNull = nullptr);
    bool skipValue();

    // Call after the top-level value: only whitespace may follow.
    bool finish();
    bool isValid() const { return !m_failed; }

private:
    void skipSpace();
    bool fail();
    bool expect(char c);
    bool scanString(const char **begin, const char **end, bool *escaped);
    bool scanNumber(const char **begin, const char **end);
    bool afterValue();

    const char *m_p;
    const char *m_end;
    std::string m_keyBuffer;
    int m_depth = 0;
    bool m_failed = false;
    // Container state: after '{' or '[' the next member/element is the first (no comma).
    bool m_first = false;
};
