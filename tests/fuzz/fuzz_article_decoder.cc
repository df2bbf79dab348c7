// libFuzzer harness: ArticleDecoder::Decode on arbitrary bytes (a Kafka message value or a
// JSONL line). It must never crash or hit UB, and a decoded article has the required fields.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/article_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsfacts::ingest::ArticleDecoder decoder(1 << 20);
  // data may be nullptr when size == 0 (an empty Kafka value).
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  auto article = decoder.Decode(json);
  if (article.ok() && (article->id.empty() || article->body.empty())) std::abort();
  return 0;
}
