#pragma once

#include <string>

// The escapes of a JSON string body (\n, \", \uXXXX with surrogate pairs) turned into UTF-8,
// for JsonReader. The body was already scanned and checked: every escape is complete.
namespace JsonEscapes {

// Appends the decoded body [begin, end) to out. A lone surrogate escape becomes U+FFFD.
bool decode(const char *begin, const char *end, std::string *out);

} // namespace JsonEscapes
