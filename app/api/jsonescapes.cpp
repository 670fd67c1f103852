#include "jsonescapes.h"

#include <cstring>

namespace {

unsigned hexValue(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v = v * 16 + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

void appendUtf8(std::string *out, char32_t cp)
{
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool JsonEscapes::decode(const char *begin, const char *end, std::string *out)
{
    const char *p = begin;
    while (p != end) {
        const char *q = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!q) {
            out->append(p, size_t(end - p));
            break;
        }
        out->append(p, size_t(q - p));
        ++q;
        switch (*q) {
        case 'b':
            out->push_back('\b');
            break;
        case 'f':
            out->push_back('\f');
            break;
        case 'n':
            out->push_back('\n');
            break;
        case 'r':
            out->push_back('\r');
            break;
        case 't':
            out->push_back('\t');
            break;
        case 'u': {
            char32_t cp = hexValue(q + 1);
            q += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (end - q >= 7 && q[1] == '\\' && q[2] == 'u') {
                    const char32_t low = hexValue(q + 3);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        q += 6;
                    } else {
                        cp = 0xFFFD;
                    }
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out->push_back(*q);
        }
        p = q + 1;
    }
    return true;
}
