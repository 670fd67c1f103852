#include "jsonreader.h"

#include "jsonescapes.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

JsonReader::JsonReader(QByteArrayView text)
    : m_p(text.data())
    , m_end(text.data() + text.size())
{ }

bool JsonReader::fail()
{
    m_failed = true;
    m_p = m_end;
    return false;
}

void JsonReader::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonReader::expect(char c)
{
    skipSpace();
    if (m_failed || m_p == m_end || *m_p != c)
        return fail();
    ++m_p;
    return true;
}

JsonReader::Type JsonReader::peek()
{
    if (m_failed)
        return Type::Invalid;
    skipSpace();
    if (m_p == m_end)
        return Type::Invalid;
    switch (*m_p) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? Type::Number : Type::Invalid;
    }
}

bool JsonReader::beginObject()
{
    if (!expect('{'))
        return false;
    if (++m_depth > MaxDepth)
        return fail();
    m_first = true;
    return true;
}

// nextMember() and nextElement() repeat their comma and closing-bracket steps on purpose: with
// them folded into one shared helper, nextMember() ran 6 % more instructions (callgrind on
// bench_chunkdecoder), on the path every decoded member takes.
bool JsonReader::nextMember(QByteArrayView *key)
{
    skipSpace();
    if (m_failed || m_p == m_end)
        return fail();
    if (*m_p == '}') {
        ++m_p;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    skipSpace();
    const char *begin;
    const char *end;
    bool escaped;
    if (!scanString(&begin, &end, &escaped))
        return false;
    if (escaped) {
        m_keyBuffer.clear();
        if (!JsonEscapes::decode(begin, end, &m_keyBuffer))
            return false;
        *key = QByteArrayView(m_keyBuffer.data(), qsizetype(m_keyBuffer.size()));
    } else {
        *key = QByteArrayView(begin, end - begin);
    }
    return expect(':');
}

bool JsonReader::beginArray()
{
    if (!expect('['))
        return false;
    if (++m_depth > MaxDepth)
        return fail();
    m_first = true;
    return true;
}

bool JsonReader::nextElement()
{
    skipSpace();
    if (m_failed || m_p == m_end)
        return fail();
    if (*m_p == ']') {
        ++m_p;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

bool JsonReader::afterValue()
{
    m_first = false;
    return !m_failed;
}

// Finds the string that starts at m_p ('"'), checks it, and leaves m_p after the closing quote.
bool JsonReader::scanString(const char **begin, const char **end, bool *escaped)
{
    if (m_failed || m_p == m_end || *m_p != '"')
        return fail();
    const char *p = ++m_p;
    bool sawEscape = false;
    for (;;) {
        // Raw control characters are let through, as Qt's parser does: a sloppy server's text is
        // worth more than the letter of RFC 8259.
        const char *q = p;
        while (q != m_end && *q != '"' && *q != '\\')
            ++q;
        if (q == m_end)
            return fail();
        if (*q == '"') {
            *begin = m_p;
            *end = q;
            *escaped = sawEscape;
            m_p = q + 1;
            return true;
        }
        sawEscape = true;
        ++q; // the backslash
        if (q == m_end)
            return fail();
        switch (*q) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p = q + 1;
            break;
        case 'u':
            if (m_end - q < 5)
                return fail();
            for (int i = 1; i <= 4; ++i) {
                if (!std::isxdigit(static_cast<unsigned char>(q[i])))
                    return fail();
            }
            p = q + 5;
            break;
        default:
            return fail();
        }
    }
}

bool JsonReader::readStringUtf8(std::string *out)
{
    skipSpace();
    const char *begin;
    const char *end;
    bool escaped;
    if (!scanString(&begin, &end, &escaped))
        return false;
    out->clear();
    if (escaped)
        JsonEscapes::decode(begin, end, out);
    else
        out->assign(begin, size_t(end - begin));
    return afterValue();
}

bool JsonReader::readString(QString *out)
{
    skipSpace();
    const char *begin;
    const char *end;
    bool escaped;
    if (!scanString(&begin, &end, &escaped))
        return false;
    if (escaped) {
        std::string decoded;
        JsonEscapes::decode(begin, end, &decoded);
        *out = QString::fromUtf8(decoded.data(), qsizetype(decoded.size()));
    } else {
        *out = QString::fromUtf8(begin, end - begin);
    }
    return afterValue();
}

bool JsonReader::readStringOrNull(QString *out, bool *wasNull)
{
    const Type type = peek();
    if (wasNull)
        *wasNull = type == Type::Null;
    if (type == Type::Null) {
        out->clear();
        return readNull();
    }
    return readString(out);
}

bool JsonReader::scanNumber(const char **begin, const char **end)
{
    skipSpace();
    const char *p = m_p;
    *begin = p;
    if (p != m_end && *p == '-')
        ++p;
    if (p == m_end)
        return fail();
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    } else {
        return fail();
    }
    if (p != m_end && *p == '.') {
        ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return fail();
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p != m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return fail();
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    *end = p;
    m_p = p;
    return true;
}

bool JsonReader::readDouble(double *out)
{
    const char *begin;
    const char *end;
    if (!scanNumber(&begin, &end))
        return false;
    *out = QByteArrayView(begin, end - begin).toDouble();
    return afterValue();
}

bool JsonReader::readInt(std::int64_t *out)
{
    const char *begin;
    const char *end;
    if (!scanNumber(&begin, &end))
        return false;
    std::int64_t value = 0;
    const char *p = begin;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    bool simple = true;
    for (; p != end; ++p) {
        if (*p < '0' || *p > '9') {
            simple = false;
            break;
        }
        if (value > (INT64_MAX - (*p - '0')) / 10)
            return fail();
        value = value * 10 + (*p - '0');
    }
    if (!simple) {
        const double d = QByteArrayView(begin, end - begin).toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e18)
            return fail();
        *out = std::int64_t(d);
        return afterValue();
    }
    *out = negative ? -value : value;
    return afterValue();
}

bool JsonReader::readBool(bool *out)
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
        m_p += 4;
        *out = true;
        return afterValue();
    }
    if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
        m_p += 5;
        *out = false;
        return afterValue();
    }
    return fail();
}

bool JsonReader::readNull()
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return afterValue();
    }
    return fail();
}

// Skips one value of any type without recursion, so hostile nesting cannot exhaust the stack.
bool JsonReader::skipValue()
{
    std::vector<char> stack; // the open containers, '{' or '['
    bool expectKey = false;
    for (;;) {
        if (expectKey) {
            QByteArrayView key;
            if (!nextMember(&key)) {
                if (m_failed)
                    return false;
                stack.pop_back();
            } else {
                expectKey = false;
                continue; // read the member's value
            }
        } else {
            switch (peek()) {
            case Type::Object:
                if (!beginObject())
                    return false;
                stack.push_back('{');
                expectKey = true;
                continue;
            case Type::Array:
                if (!beginArray())
                    return false;
                stack.push_back('[');
                if (!nextElement()) {
                    if (m_failed)
                        return false;
                    stack.pop_back();
                    break;
                }
                continue;
            case Type::String: {
                const char *b;
                const char *e;
                bool esc;
                skipSpace();
                if (!scanString(&b, &e, &esc))
                    return false;
                break;
            }
            case Type::Number: {
                const char *b;
                const char *e;
                if (!scanNumber(&b, &e))
                    return false;
                break;
            }
            case Type::Bool: {
                bool ignored;
                if (!readBool(&ignored))
                    return false;
                break;
            }
            case Type::Null:
                if (!readNull())
                    return false;
                break;
            case Type::Invalid:
                return fail();
            }
        }
        // A value (or a whole container) is done: continue in the enclosing container.
        expectKey = false;
        while (!stack.empty()) {
            if (stack.back() == '{') {
                expectKey = true;
                break;
            }
            if (nextElement())
                break;
            if (m_failed)
                return false;
            stack.pop_back();
        }
        if (stack.empty())
            return afterValue();
    }
}

bool JsonReader::finish()
{
    skipSpace();
    if (m_failed || m_p != m_end || m_depth != 0)
        return fail();
    return true;
}
