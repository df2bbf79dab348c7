#pragma once
// JsonWriter: appends compact JSON text to a caller-owned std::string.
//
// No I/O: it only builds a string. The caller is responsible for well-formedness of the
// call sequence (Key only inside an object, balanced Begin/End); commas are inserted
// automatically. Strings must be valid UTF-8; control characters, quotes and backslashes
// are escaped. Thread-safety: one writer per thread. Lifetime: `out` must outlive the writer.

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
  // Integral values up to 2^53 print without a fraction; non-finite values print null.
  JsonWriter& Number(double v);
  JsonWriter& Int(int64_t v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();

  // Appends `s` as a JSON string literal (with quotes) to `out`.
  static void AppendEscaped(std::string_view s, std::string* out);

 private:
  void Separate();
  std::string* out_;
  bool need_comma_ = false;
};

}  // namespace newsfacts::common
