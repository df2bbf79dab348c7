#pragma once
// Extractor: pure text -> facts. Finds figures (money, percentages, counts, quantities) and
// entity mentions in an article and attributes each figure to an entity and a metric.
//
// No I/O, no clocks. Construction is the expensive part (pattern compilation, gazetteer);
// build one Extractor per process and share it.
// Thread-safety: all const methods may be called concurrently from many threads.
// Ownership: the Extractor keeps no reference to the texts it is given; the Extraction it
// fills owns copies of everything it reports.

#include <cstdint>
#include <memory>
#include <string_view>

#include "extract/article.h"
#include "extract/figure.h"
#include "extract/status.h"

namespace newsfacts::extract {

class Gazetteer;

struct ExtractorOptions {
  bool entities = true;  // find entity mentions and attribute figures
  // Entities to use; nullptr = the built-in default gazetteer. REQUIRES: outlives the
  // Extractor when set.
  const Gazetteer* gazetteer = nullptr;
};

class Extractor {
 public:
  // Bumped whenever the output for the same input may change; stored with every fact so
  // `newsfacts reindex` can find facts made by older versions.
  static constexpr uint32_t kVersion = 1;
  // Longest title or body accepted, in bytes.
  static constexpr size_t kMaxFieldBytes = 4 << 20;

  explicit Extractor(ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts from the article's title and body (offsets per field). Clears *out first.
  // When article.lang is kUnknown the language is detected.
  // Errors: InvalidArgument when a field is not valid UTF-8 or longer than kMaxFieldBytes.
  [[nodiscard]] Status Extract(const Article& article, Extraction* out) const;

  // Extracts from one text and APPENDS to *out (figures and entities tagged with `field`).
  // lang kUnknown: detected from `text`. Errors: as Extract.
  [[nodiscard]] Status ExtractText(std::string_view text, Lang lang, Field field,
                                   Extraction* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Guesses de/es/en from function-word frequencies; kUnknown when there is no evidence.
Lang DetectLang(std::string_view text);

}  // namespace newsfacts::extract
