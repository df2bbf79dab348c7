#pragma once
// The escapes the JSON writer (common/json_writer.h) and terminal-safe text
// (common/terminal.h) write alike: the two-character escapes of newline, carriage return and
// tab, and hex escapes ("\u001b" in JSON, "\x1b" or "\u202e" on a terminal). Each caller
// decides which bytes to escape. Pure functions; thread-safe.

#include <string>
#include <string_view>

namespace newsfacts::common {

// "\\n", "\\r" or "\\t" (backslash and a letter) for a newline, carriage return or tab; empty
// for any other byte.
constexpr std::string_view ShortEscape(unsigned char c) {
  switch (c) {
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return {};
  }
}

// Appends `prefix` and then `v` as `digits` lower-case hex digits: ("\\x", 0x1b, 2) writes
// "\x1b", ("\\u", 0x1b, 4) writes "\u001b".
inline void AppendHexEscape(std::string_view prefix, unsigned v, int digits, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->append(prefix);
  for (int i = digits - 1; i >= 0; --i) out->push_back(kHex[(v >> (4 * i)) & 15]);
}

}  // namespace newsfacts::common
