#pragma once
// The CLI's output formats and the small renderers around them: OutputFormat, a figure's
// value for people (HumanValue), RFC 4180 CSV quoting and `query --stats` (FormatStats).
// Listings of records (facts, aggregates, dead letters) are store/record_listing.h.
// No I/O. Pure functions; thread-safe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/figure.h"
#include "store/store.h"

namespace newsfacts::store {

// kJson: one JSON array (store/record_listing.h); FormatStats prints it like kJsonl.
enum class OutputFormat : uint8_t { kTable = 0, kJsonl, kCsv, kJson };

// "table", "jsonl", "csv", "json" -> format; nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(std::string_view s);

// A figure's value for people: "12.0 bn USD", "45 %", "2.5 pp", "1.2 m chip", "88-99 %".
std::string HumanValue(const extract::Figure& f);

// Appends `s` as one RFC 4180 CSV field (quoted when it holds , " CR or LF).
void AppendCsvField(std::string_view s, std::string* out);

// Renders StoreStats (`query --stats`) in the given format.
std::string FormatStats(const StoreStats& stats, OutputFormat format);

}  // namespace newsfacts::store
