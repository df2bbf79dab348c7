#pragma once
// ArticleDecoder: one JSON article (a Kafka message value or one JSONL line) -> Article.
//
// Format: {"id": string (required, non-empty), "lang": "de"|"es"|"en" (optional),
//  "title": string, "body": string (required, non-empty), "source": string, "url": string,
//  "published_at": RFC 3339 string}. Unknown fields are ignored; null counts as absent for
//  optional fields.
// Thread-safety: NOT thread-safe (it reuses one simdjson parser); use one per thread.

#include <cstddef>
#include <memory>
#include <string_view>

#include "common/status.h"
#include "extract/article.h"

namespace newsfacts::ingest {

using common::Result;
using common::Status;

class ArticleDecoder {
 public:
  static constexpr size_t kDefaultMaxBytes = 8 << 20;

  explicit ArticleDecoder(size_t max_bytes = kDefaultMaxBytes);
  ~ArticleDecoder();
  ArticleDecoder(const ArticleDecoder&) = delete;
  ArticleDecoder& operator=(const ArticleDecoder&) = delete;

  // Decodes one article. Errors (all InvalidArgument, message names the field and reason):
  //  "message of N bytes exceeds the limit of M bytes", "invalid UTF-8 at byte N",
  //  "invalid JSON: <reason>", "not a JSON object", "missing required field 'id'",
  //  "field 'id' must be a string, got number", "field 'body' is empty",
  //  "field 'lang' must be one of de, es, en (got \"fr\")",
  //  "field 'published_at' is not an RFC 3339 timestamp".
  [[nodiscard]] Result<extract::Article> Decode(std::string_view json);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  size_t max_bytes_;
};

}  // namespace newsfacts::ingest
