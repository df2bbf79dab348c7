#pragma once
// Facts record: what the extract stage produces to the facts topic for one article, and the
// store stage decodes (the scale-out topology, ingest/README.md "Scale-out"). One JSON object,
// Kafka key = article id:
//
//   {"schema":"newsfacts.facts","version":1,"extractor_version":2,
//    "article":{"id","lang","title","body","source","url","published_at"},  // "" / null = absent
//    "lang":"de",                                       // the language the extractor used
//    "figures":[{"kind","value","value_high","unit","unit_source","qualifier","vague","field",
//                "start","end","surface","period","same_as","entity","counterpart",
//                "entity_type","entity_surface","entity_start","entity_end","entity_field",
//                "product","metric","sentence"}],      // extract::Figure, every field
//    "entities":[{"entity","type","field","start","end","surface"}]}   // extract::EntityMention
//
// The article carries its title and body (the evidence sentences and offsets point into
// them, and the store keeps the article). Numbers are written as the shortest decimal that
// reads back to the same double, so a decoded record stores byte-identical facts. The content
// is a pure function of the article and the extractor: a re-sent record is identical.
// A reader accepts exactly the versions it knows (kFactRecordVersion); any other version is
// an error naming it (the store stage makes it a dead letter with that reason).
// Thread-safety: EncodeFactRecord is reentrant; a FactRecordDecoder is for one thread.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::ingest {

inline constexpr int64_t kFactRecordVersion = 1;
inline constexpr std::string_view kFactRecordSchema = "newsfacts.facts";

struct FactRecord {
  extract::Article article;
  extract::Extraction extraction;
  uint32_t extractor_version = 0;
};

// The JSON record of one extracted article.
std::string EncodeFactRecord(const extract::Article& article, const extract::Extraction& extraction,
                             uint32_t extractor_version);

class FactRecordDecoder {
 public:
  FactRecordDecoder();
  ~FactRecordDecoder();
  FactRecordDecoder(const FactRecordDecoder&) = delete;
  FactRecordDecoder& operator=(const FactRecordDecoder&) = delete;

  // Errors (InvalidArgument, message names the reason): "invalid JSON: ...",
  // "facts record: unknown schema ...", "facts record version 7 is not supported (this build
  // reads version 1)", "facts record: missing or mistyped field 'figures[3].value'", ...
  [[nodiscard]] common::Result<FactRecord> Decode(std::string_view json);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::ingest
