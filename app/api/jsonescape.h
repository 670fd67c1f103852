#pragma once

#include <QtCore/QByteArrayView>

#include <string>

// Writes a JSON string literal. The input must be valid UTF-8 (the SSE parser guarantees that for
// stream data); it is written as is, with only what JSON requires escaped.
namespace JsonEscape {

void appendString(std::string &out, QByteArrayView utf8);

} // namespace JsonEscape
