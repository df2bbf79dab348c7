#include "store/record_listing.h"

#include <algorithm>

#include "common/table.h"

namespace newsfacts::store {

void RecordListing::Add(const Record& record) {
  const bool first = rows_++ == 0;
  switch (format_) {
    case OutputFormat::kTable: {
      std::vector<Record::FlatField> flat = record.Flatten("-");
      if (!table_columns_.empty()) {  // pick and order the table's columns
        std::vector<Record::FlatField> picked;
        for (const std::string& name : table_columns_) {
          auto it = std::find_if(flat.begin(), flat.end(),
                                 [&](const Record::FlatField& f) { return f.name == name; });
          picked.push_back(it != flat.end() ? std::move(*it) : Record::FlatField{name, "-", false});
        }
        flat = std::move(picked);
      }
      std::vector<std::string> cells;
      cells.reserve(flat.size());
      if (first) numeric_.assign(flat.size(), false);
      for (size_t i = 0; i < flat.size(); ++i) {
        if (first) header_.push_back(flat[i].name);
        if (flat[i].number && i < numeric_.size()) numeric_[i] = true;
        cells.push_back(std::move(flat[i].text));
      }
      cells.resize(header_.size());
      table_.push_back(std::move(cells));
      return;
    }
    case OutputFormat::kCsv:
      if (first) record.AppendCsvHeader(&out_);
      record.AppendCsvRow(&out_);
      return;
    case OutputFormat::kJson:
      out_ += first ? "[\n" : ",\n";
      record.AppendJson(&out_);
      return;
    case OutputFormat::kJsonl:
      record.AppendJson(&out_);
      out_.push_back('\n');
      return;
  }
}

std::string RecordListing::Take() {
  std::string text;
  text.swap(out_);
  return text;
}

std::string RecordListing::Finish() {
  if (format_ == OutputFormat::kTable && !header_.empty()) {
    common::TextTable table(header_);
    for (size_t i = 0; i < numeric_.size(); ++i) {
      if (numeric_[i]) table.SetAlign(i, common::TextTable::Align::kRight);
    }
    for (auto& row : table_) table.AddRow(std::move(row));
    table_.clear();
    table.Render(&out_);
  }
  if (format_ == OutputFormat::kJson) out_ += rows_ == 0 ? "[]\n" : "\n]\n";
  return Take();
}

}  // namespace newsfacts::store
