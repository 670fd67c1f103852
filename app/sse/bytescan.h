#pragma once

#include <QtCore/qalgorithms.h>
#include <QtCore/qglobal.h>

#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define PARLEY_HAVE_SSE2 1
#endif

// Byte scanning for the SSE parser's hot path. Line ends are CR or LF; the same pass notes whether
// any byte >= 0x80 was seen, so pure-ASCII lines (nearly all JSON chunks) skip UTF-8 validation.
namespace ByteScan {

struct LineEnd
{
    const char *end; // first CR or LF, or the end of the range
    bool nonAscii; // a byte >= 0x80 was seen before it
};

inline LineEnd findLineEnd(const char *p, const char *last)
{
    bool nonAscii = false;
#ifdef PARLEY_HAVE_SSE2
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    auto lineEnds = [&](__m128i v) {
        return _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf));
    };
    // 64 bytes per step while no line end is in sight; the 16-byte loop below locates it. (An
    // out-of-line AVX2 variant was measured slower: this loop's value is in being inlined.)
    while (last - p >= 64) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
        const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 32));
        const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 48));
        const __m128i ends = _mm_or_si128(_mm_or_si128(lineEnds(v0), lineEnds(v1)),
                                          _mm_or_si128(lineEnds(v2), lineEnds(v3)));
        if (_mm_movemask_epi8(ends))
            break;
        nonAscii = nonAscii
                || _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v0, v1), _mm_or_si128(v2, v3))) != 0;
        p += 64;
    }
    while (last - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int eol =
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        const int high = _mm_movemask_epi8(v);
        if (eol) {
            const int index = qCountTrailingZeroBits(quint32(eol));
            nonAscii = nonAscii || (high & ((1 << index) - 1)) != 0;
            return {p + index, nonAscii};
        }
        nonAscii = nonAscii || high != 0;
        p += 16;
    }
#else
    // Eight bytes at a time: a byte equals c exactly when (x ^ c) has a zero byte.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (last - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 a = w ^ (ones * '\r');
        const quint64 b = w ^ (ones * '\n');
        if (((a - ones) & ~a & highs) | ((b - ones) & ~b & highs))
            break; // finish this word bytewise below
        nonAscii = nonAscii || (w & highs) != 0;
        p += 8;
    }
#endif
    while (p < last && *p != '\r' && *p != '\n') {
        nonAscii = nonAscii || static_cast<unsigned char>(*p) >= 0x80;
        ++p;
    }
    return {p, nonAscii};
}

} // namespace ByteScan
