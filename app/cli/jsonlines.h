#pragma once

#include <QtCore/QByteArrayView>

#include <string>

// Output helpers for the CLI's JSON lines. Input is valid UTF-8 (the SSE parser guarantees that);
// it is written as is, with only what JSON requires escaped.
namespace JsonLines {

void appendString(std::string &out, QByteArrayView utf8);

} // namespace JsonLines
