#pragma once
// JsonWriter: appends compact JSON text to a caller-owned std::string.
//
// No I/O: it only builds a string. The caller is responsible for well-formedness of the
// call sequence (Key only inside an object, balanced Begin/End); commas are inserted
// automatically. Control characters, quotes and backslashes are escaped; a byte that
// starts no well-formed UTF-8 sequence is written as U+FFFD, so the output is always valid
// UTF-8 (request text echoed back may be any bytes). Thread-safety: one writer per thread.
// Lifetime: `out` must outlive the writer.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsfacts::common {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  // Empty string -> null (the convention of our output formats for optional strings).
  JsonWriter& StringOrNull(std::string_view s);
  // Integral values up to 2^53 print without a fraction; non-finite values print null; other
  // values print as the shortest decimal that reads back to the same double, or, when that
  // needs 17 digits and a 15-digit decimal lies within 2 ulps, as that decimal (float noise
  // of decimal arithmetic: 1.7000000000000002 -> 1.7, 0.30000000000000004 -> 0.3).
  JsonWriter& Number(double v);
  JsonWriter& Int(int64_t v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();

  // Writes Number's text for finite `v` into [first, last) (>= 32 bytes); returns its end.
  [[nodiscard]] static char* FormatNumber(double v, char* first, char* last);

  // Appends `s` as a JSON string literal (with quotes) to `out`.
  static void AppendEscaped(std::string_view s, std::string* out);

 private:
  void Separate();
  std::string* out_;
  bool need_comma_ = false;
};

}  // namespace newsfacts::common
