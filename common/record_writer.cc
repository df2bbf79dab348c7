#include "common/record_writer.h"

#include <cassert>
#include <cmath>

#include "common/json_writer.h"
#include "common/table.h"
#include "common/time.h"

namespace newsfacts::common {

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::optional<RecordFormat> ParseRecordFormat(std::string_view s) {
  if (s == "table") return RecordFormat::kTable;
  if (s == "jsonl") return RecordFormat::kJsonl;
  if (s == "csv") return RecordFormat::kCsv;
  if (s == "json") return RecordFormat::kJson;
  return std::nullopt;
}

Value Value::StrOrNull(std::string s) {
  if (s.empty()) return Null();
  return Str(std::move(s));
}

Value Value::Int(int64_t v) {
  return Value(Kind::kNumber, std::to_string(v));
}

Value Value::Num(double v) {
  if (!std::isfinite(v)) return Null();
  char buf[64];
  char* end = JsonWriter::FormatNumber(v, buf, buf + sizeof buf);
  return Value(Kind::kNumber, std::string(buf, end));
}

Value Value::Bool(bool v) {
  return Value(Kind::kBool, v ? "true" : "false");
}

Value Value::TimeMs(int64_t ms_since_epoch) {
  return Str(FormatRfc3339Ms(ms_since_epoch, Millis::kAlways));
}

Value Value::OptTimeMs(std::optional<int64_t> ms) {
  return ms ? TimeMs(*ms) : Null();
}

void Value::AppendJson(std::string* out) const {
  switch (kind_) {
    case Kind::kNull:
      out->append("null");
      return;
    case Kind::kString:
      JsonWriter::AppendEscaped(text_, out);
      return;
    case Kind::kNumber:
    case Kind::kBool:
      out->append(text_);
      return;
  }
}

void Value::AppendText(std::string_view null_text, std::string* out) const {
  if (kind_ == Kind::kNull) {
    out->append(null_text);
  } else {
    out->append(text_);
  }
}

RecordWriter::RecordWriter(RecordFormat format, std::vector<std::string> columns)
    : format_(format), columns_(std::move(columns)), right_(columns_.size(), false) {
  assert(!columns_.empty());
}

void RecordWriter::Add(const std::vector<Value>& values) {
  assert(values.size() == columns_.size());
  ++rows_;
  switch (format_) {
    case RecordFormat::kTable: {
      std::vector<std::string> cells(values.size());
      for (size_t i = 0; i < values.size(); ++i) {
        values[i].AppendText("-", &cells[i]);
        if (values[i].right_aligned()) right_[i] = true;
      }
      table_.push_back(std::move(cells));
      return;
    }
    case RecordFormat::kCsv:
      if (!started_) {
        for (size_t i = 0; i < columns_.size(); ++i) {
          if (i) out_.push_back(',');
          AppendCsvField(columns_[i], &out_);
        }
        out_ += "\r\n";
        started_ = true;
      }
      for (size_t i = 0; i < values.size(); ++i) {
        if (i) out_.push_back(',');
        std::string text;
        values[i].AppendText("", &text);
        AppendCsvField(text, &out_);
      }
      out_ += "\r\n";
      return;
    case RecordFormat::kJson:
      out_ += started_ ? ",\n" : "[\n";
      started_ = true;
      [[fallthrough]];
    case RecordFormat::kJsonl:
      out_.push_back('{');
      for (size_t i = 0; i < values.size(); ++i) {
        if (i) out_.push_back(',');
        JsonWriter::AppendEscaped(columns_[i], &out_);
        out_.push_back(':');
        values[i].AppendJson(&out_);
      }
      out_.push_back('}');
      if (format_ == RecordFormat::kJsonl) out_.push_back('\n');
      return;
  }
}

std::string RecordWriter::Take() {
  std::string text;
  text.swap(out_);
  return text;
}

std::string RecordWriter::Finish() {
  switch (format_) {
    case RecordFormat::kTable: {
      TextTable table(columns_);
      for (size_t i = 0; i < right_.size(); ++i) {
        if (right_[i]) table.SetAlign(i, TextTable::Align::kRight);
      }
      for (auto& row : table_) table.AddRow(std::move(row));
      table_.clear();
      table.Render(&out_);
      break;
    }
    case RecordFormat::kCsv:
      if (!started_) {
        for (size_t i = 0; i < columns_.size(); ++i) {
          if (i) out_.push_back(',');
          AppendCsvField(columns_[i], &out_);
        }
        out_ += "\r\n";
        started_ = true;
      }
      break;
    case RecordFormat::kJson:
      out_ += started_ ? "\n]\n" : "[]\n";
      started_ = true;
      break;
    case RecordFormat::kJsonl:
      break;
  }
  return Take();
}

}  // namespace newsfacts::common
