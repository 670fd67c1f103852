#pragma once

#include <QtCore/qglobal.h>

#include <string>

// UTF-8 decoding as the WHATWG Encoding standard does it, byte level: valid input is kept as it is,
// and every maximal invalid subsequence becomes U+FFFD (EF BF BD). The result is always valid
// UTF-8.
namespace Utf8 {

bool isValid(const char *p, qsizetype length);
void appendRepaired(std::string &out, const char *p, qsizetype length);
// Appends p as is when it is valid UTF-8, otherwise its repaired form.
void appendSanitized(std::string &out, const char *p, qsizetype length);

} // namespace Utf8
