#include "common/json_writer.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include "common/escape.h"
#include "common/utf8.h"

namespace newsfacts::common {

void JsonWriter::Separate() {
  if (need_comma_) out_->push_back(',');
  need_comma_ = true;
}

JsonWriter& JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  need_comma_ = false;
  return *this;
}
JsonWriter& JsonWriter::EndObject() {
  out_->push_back('}');
  need_comma_ = true;
  return *this;
}
JsonWriter& JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  need_comma_ = false;
  return *this;
}
JsonWriter& JsonWriter::EndArray() {
  out_->push_back(']');
  need_comma_ = true;
  return *this;
}
JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  AppendEscaped(key, out_);
  out_->push_back(':');
  need_comma_ = false;
  return *this;
}
JsonWriter& JsonWriter::String(std::string_view s) {
  Separate();
  AppendEscaped(s, out_);
  return *this;
}
JsonWriter& JsonWriter::StringOrNull(std::string_view s) {
  return s.empty() ? Null() : String(s);
}

JsonWriter& JsonWriter::Number(double v) {
  if (!std::isfinite(v)) return Null();
  Separate();
  char buf[64];
  out_->append(buf, FormatNumber(v, buf, buf + sizeof buf));
  return *this;
}

char* JsonWriter::FormatNumber(double v, char* first, char* last) {
  if (std::fabs(v) < 9007199254740992.0 && v == std::trunc(v)) {
    return std::to_chars(first, last, static_cast<int64_t>(v)).ptr;
  }
  // Shortest decimal that reads back to the same double ...
  char* shortest = std::to_chars(first, last, v).ptr;
  const size_t n = static_cast<size_t>(shortest - first);
  if (n <= 16) return shortest;
  // ... unless that is float noise of arithmetic on a decimal (0.1 * 3 = 0.30000000000000004):
  // a 15-significant-digit form that reads back within 2 ulps wins (1.7, 0.3).
  char alt[32];
  char* ae = std::to_chars(alt, alt + sizeof alt, v, std::chars_format::general, 15).ptr;
  double back = 0;
  if (std::from_chars(alt, ae, back).ec != std::errc()) return shortest;
  double lo = v, hi = v;
  for (int i = 0; i < 2; ++i) {
    lo = std::nextafter(lo, -INFINITY);
    hi = std::nextafter(hi, INFINITY);
  }
  if (back < lo || back > hi) return shortest;
  // Re-print the 15-digit value shortest (drops trailing zeros, keeps exponent form short).
  return std::to_chars(first, last, back).ptr;
}
JsonWriter& JsonWriter::Int(int64_t v) {
  Separate();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, r.ptr);
  return *this;
}
JsonWriter& JsonWriter::Bool(bool v) {
  Separate();
  out_->append(v ? "true" : "false");
  return *this;
}
JsonWriter& JsonWriter::Null() {
  Separate();
  out_->append("null");
  return *this;
}

void JsonWriter::AppendEscaped(std::string_view s, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
      case '\r':
      case '\t':
        out->append(ShortEscape(c));
        break;
      default:
        if (c < 0x20) {
          AppendHexEscape("\\u", c, 4, out);
        } else if (c < 0x80) {
          out->push_back(static_cast<char>(c));
        } else {  // a sequence, or U+FFFD for a byte that starts no UTF-8 sequence
          const Utf8Piece piece = ValidUtf8PieceAt(s, i);
          out->append(piece.bytes);
          i += piece.consumed - 1;
        }
    }
  }
  out->push_back('"');
}

}  // namespace newsfacts::common
