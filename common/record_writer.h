#pragma once
// RecordWriter: the one renderer of listings in newsfacts' output contract (README.md,
// "Output contract"): a fixed list of named columns, rows of typed values, four formats.
//
//   format  null   time                       number                     layout
//   table   "-"    2024-09-30T12:00:00.000Z   shortest round-trip        aligned columns
//   jsonl   null   "2024-09-30T12:00:00.000Z" shortest round-trip        one object per line
//   csv     ""     2024-09-30T12:00:00.000Z   shortest round-trip        RFC 4180, header row
//   json    null   "2024-09-30T12:00:00.000Z" shortest round-trip        one array of objects
//
// Times are RFC 3339 UTC with millisecond precision (common/time.h); numbers use
// JsonWriter::FormatNumber (so 1.7 prints 1.7, never 1.7000000000000002).
// No I/O: Take() returns text ready now (JSONL and CSV stream row by row), Finish() the rest
// (the table waits for every row to align its columns; JSON closes its array).
// Thread-safety: a value; one owner.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace newsfacts::common {

enum class RecordFormat : uint8_t { kTable = 0, kJsonl, kCsv, kJson };

// Appends `s` as one RFC 4180 CSV field (quoted when it holds , " CR or LF).
void AppendCsvField(std::string_view s, std::string* out);

// "table" | "jsonl" | "csv" | "json" -> format; nullopt otherwise.
[[nodiscard]] std::optional<RecordFormat> ParseRecordFormat(std::string_view s);

// One cell. Build with the static functions; a default Value is null.
class Value {
 public:
  Value() = default;
  static Value Null() { return {}; }
  static Value Str(std::string s) { return Value(Kind::kString, std::move(s)); }
  // Empty string -> null (the contract's rendering of an absent optional string).
  static Value StrOrNull(std::string s);
  static Value Int(int64_t v);
  static Value Num(double v);
  static Value Bool(bool v);
  static Value TimeMs(int64_t ms_since_epoch);
  static Value OptTimeMs(std::optional<int64_t> ms);
  template <typename T>
  static Value OptNum(const std::optional<T>& v) {
    return v ? Num(static_cast<double>(*v)) : Null();
  }

  bool is_null() const { return kind_ == Kind::kNull; }
  // The value as JSON text (null, a number, true/false, or a quoted string).
  void AppendJson(std::string* out) const;
  // The value as plain text; nulls render as `null_text`.
  void AppendText(std::string_view null_text, std::string* out) const;
  bool right_aligned() const { return kind_ == Kind::kNumber; }

 private:
  enum class Kind : uint8_t { kNull, kString, kNumber, kBool };
  Value(Kind kind, std::string text) : kind_(kind), text_(std::move(text)) {}
  Kind kind_ = Kind::kNull;
  std::string text_;  // strings as given; numbers and bools already formatted
};

class RecordWriter {
 public:
  // REQUIRES: `columns` non-empty, names unique.
  RecordWriter(RecordFormat format, std::vector<std::string> columns);

  // REQUIRES: values.size() == columns().size().
  void Add(const std::vector<Value>& values);

  // Text ready to be written now.
  [[nodiscard]] std::string Take();
  // The rest; call once, after the last Add. An empty listing still prints the table or CSV
  // header and, for JSON, "[]".
  [[nodiscard]] std::string Finish();

  const std::vector<std::string>& columns() const { return columns_; }
  size_t rows() const { return rows_; }

 private:
  RecordFormat format_;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> table_;  // table cells, kept until Finish
  std::vector<bool> right_;                      // table: column holds numbers
  bool started_ = false;
  size_t rows_ = 0;
  std::string out_;
};

}  // namespace newsfacts::common
