#include "utf8.h"

namespace Utf8 {

namespace {

// One step of the WHATWG UTF-8 decoder over p[0..length): returns the length of the valid
// sequence starting at p, or, negated, the length of the maximal invalid subpart to replace.
qsizetype sequenceAt(const unsigned char *p, qsizetype length)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return 1;
    int needed;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        needed = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        needed = 2;
        if (lead == 0xE0)
            lower = 0xA0;
        else if (lead == 0xED)
            upper = 0x9F; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        needed = 3;
        if (lead == 0xF0)
            lower = 0x90;
        else if (lead == 0xF4)
            upper = 0x8F; // nothing above U+10FFFF
    } else {
        return -1;
    }
    qsizetype i = 1;
    for (; i <= needed; ++i) {
        if (i >= length || p[i] < lower || p[i] > upper)
            return -i; // the lead and the continuation bytes that were fine so far
        lower = 0x80;
        upper = 0xBF;
    }
    return i;
}

} // namespace

bool isValid(const char *p, qsizetype length)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    qsizetype i = 0;
    while (i < length) {
        if (u[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype n = sequenceAt(u + i, length - i);
        if (n < 0)
            return false;
        i += n;
    }
    return true;
}

void appendRepaired(std::string &out, const char *p, qsizetype length)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    qsizetype i = 0;
    qsizetype runStart = 0;
    while (i < length) {
        if (u[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype n = sequenceAt(u + i, length - i);
        if (n > 0) {
            i += n;
            continue;
        }
        out.append(p + runStart, size_t(i - runStart));
        out.append("\xEF\xBF\xBD", 3);
        i += -n;
        runStart = i;
    }
    out.append(p + runStart, size_t(length - runStart));
}

void appendSanitized(std::string &out, const char *p, qsizetype length)
{
    if (isValid(p, length))
        out.append(p, size_t(length));
    else
        appendRepaired(out, p, length);
}

} // namespace Utf8
