#pragma once
// RecordListing: a listing of Records (store/record.h) in one of the CLI's output formats —
// the same field names, times, numbers and nulls as the HTTP API:
//   table  aligned columns (common::TextTable; nulls "-", cells terminal-safe)
//   jsonl  one JSON object per line (nulls null)
//   csv    RFC 4180 with a header row (nulls empty)
//   json   one JSON array of objects
// The columns are those of the first record; every record of a listing has the same fields.
// No I/O: Take() returns text ready now (JSONL, CSV and JSON stream row by row), Finish() the
// rest (the table waits for every row to align its columns; JSON closes its array).
// Thread-safety: a value; one owner.

#include <string>
#include <vector>

#include "store/fact_format.h"
#include "store/record.h"

namespace newsfacts::store {

class RecordListing {
 public:
  // `table_columns`: the fields a table shows, in this order (others are left out; a name the
  // records lack shows "-"); empty = every field. Other formats always carry every field.
  explicit RecordListing(OutputFormat format, std::vector<std::string> table_columns = {})
      : format_(format), table_columns_(std::move(table_columns)) {}

  void Add(const Record& record);
  [[nodiscard]] std::string Take();
  // Call once, after the last Add. With no record at all, JSON prints "[]" and the other
  // formats print nothing (there are no columns to name).
  [[nodiscard]] std::string Finish();
  size_t rows() const { return rows_; }

 private:
  OutputFormat format_;
  std::vector<std::string> table_columns_;
  size_t rows_ = 0;
  std::string out_;
  std::vector<std::string> header_;              // table
  std::vector<bool> numeric_;                    // table: right-aligned columns
  std::vector<std::vector<std::string>> table_;  // table rows, kept until Finish
};

}  // namespace newsfacts::store
