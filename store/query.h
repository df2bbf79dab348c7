#pragma once
// RunQuery: the engine of `newsfacts query` — resolves an entity alias, scans the matching
// facts and renders them (store/fact_format.h), or renders StoreStats for --stats.
// The CLI (tools/cmd_query.cc) only parses flags and opens the Store read-only.
//
// Thread-safety: RunQuery only reads `store`; it may run concurrently with writers.

#include <functional>
#include <string>
#include <string_view>

#include "store/fact_format.h"
#include "store/store.h"

namespace newsfacts::store {

// Maps a name the user typed (canonical name or any alias) to the canonical entity name;
// returns "" when the name is unknown (the name is then used as typed).
using EntityResolver = std::function<std::string(std::string_view)>;

struct QueryRequest {
  FactFilter filter;
  OutputFormat format = OutputFormat::kTable;
  bool explain = false;  // evidence sentence + source article per fact
  bool stats = false;    // counts per entity and metric instead of facts
};

// Runs the query and passes the rendered text to `write` in pieces (streamed for JSONL/CSV).
// `resolve` may be empty (no alias resolution).
// Errors: those of Store::ScanFacts / GetArticle / Stats (IoError, Corruption).
[[nodiscard]] Status RunQuery(const Store& store, const QueryRequest& request,
                              const EntityResolver& resolve,
                              const std::function<void(std::string_view)>& write);

}  // namespace newsfacts::store
