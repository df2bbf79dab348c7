#include "common/terminal.h"

#include "common/escape.h"
#include "common/utf8.h"

namespace newsfacts::common {
namespace {

bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

void AppendTerminalSafe(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c < 0x80) {  // C0 control or DEL: "\n", "\r", "\t", others "\x1b"-style
      if (const std::string_view e = ShortEscape(c); !e.empty()) {
        out->append(e);
      } else {
        AppendHexEscape("\\x", c, 2, out);
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) {
      AppendHexEscape("\\x", c, 2, out);
      ++i;
    } else if (cp <= 0x9F || IsBidiControl(cp)) {
      AppendHexEscape("\\u", static_cast<unsigned>(cp), 4, out);
      i += len;
    } else {
      out->append(s.substr(i, len));
      i += len;
    }
  }
}

std::string TerminalSafe(std::string_view s) {
  std::string out;
  AppendTerminalSafe(s, &out);
  return out;
}

}  // namespace newsfacts::common
