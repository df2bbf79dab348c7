#pragma once
// FactPrinter: renders stored facts for people and tools — the output of
// `newsfacts query` (aligned table, JSON lines, RFC 4180 CSV) and of `query --stats`.
// Lives in store/ so it is unit-tested with the store; it does no I/O itself. Tables are
// common::TextTable (control characters in cells and explain lines are printed escaped),
// times common::FormatRfc3339Ms.
//
// Thread-safety: a FactPrinter is owned by one thread. Pure functions otherwise.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/figure.h"
#include "store/store.h"

namespace newsfacts::store {

// kJson: one JSON array (listings rendered by store/record_listing.h; the fact printer and
// FormatStats treat it like kJsonl).
enum class OutputFormat : uint8_t { kTable = 0, kJsonl, kCsv, kJson };

// "table", "jsonl", "csv", "json" -> format; nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(std::string_view s);

// A figure's value for people: "12.0 bn USD", "45 %", "2.5 pp", "1.2 m chip", "88-99 %".
std::string HumanValue(const extract::Figure& f);

// Appends `s` as one RFC 4180 CSV field (quoted when it holds , " CR or LF).
void AppendCsvField(std::string_view s, std::string* out);

class FactPrinter {
 public:
  // `explain`: also print each fact's evidence sentence and source article.
  FactPrinter(OutputFormat format, bool explain);

  // Adds one fact. `article` is the fact's stored article (used by explain; may be null).
  void Add(const Fact& fact, const StoredArticle* article);

  // Text ready to be written now (JSONL/CSV stream row by row; the table waits for Finish).
  std::string Take();
  // The remaining text (the whole table, or the CSV header when no row was added).
  std::string Finish();

 private:
  struct Row {
    std::vector<std::string> cells;
    std::string evidence;  // explain lines, already formatted
  };
  void AppendCsvHeader();
  OutputFormat format_;
  bool explain_;
  bool header_done_ = false;
  std::string out_;
  std::vector<Row> rows_;  // table only
};

// Renders StoreStats (`query --stats`) in the given format.
std::string FormatStats(const StoreStats& stats, OutputFormat format);

}  // namespace newsfacts::store
