#pragma once
// Article: one news article, the unit that flows through the pipeline.
//
// Plain value type, no invariants beyond those documented per field; the decoder in
// ingest/ guarantees `id` and `body` are non-empty and every string is valid UTF-8.
// Thread-safety: a value; safe to share const between threads.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsfacts::extract {

enum class Lang : uint8_t { kUnknown = 0, kDe, kEs, kEn };

// "de", "es", "en", or "unknown".
std::string_view LangName(Lang lang);
// Parses "de"/"es"/"en" (case-insensitive); nullopt for anything else.
std::optional<Lang> ParseLang(std::string_view s);

struct Article {
  std::string id;              // required, non-empty
  Lang lang = Lang::kUnknown;  // kUnknown: detect from the text
  std::string title;
  std::string body;  // required, non-empty
  std::string source;
  std::string url;
  std::string published_at;                // RFC 3339 as given; empty when absent
  std::optional<int64_t> published_at_ms;  // parsed published_at (common::ParseRfc3339Ms)
};

}  // namespace newsfacts::extract
