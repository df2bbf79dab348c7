#pragma once
// Internal to store/: the byte layouts of keys and values in the newsfacts RocksDB schema
// (store/README.md documents them). Not part of the public API; tests may use it.
//
// Keys are built so that lexicographic byte order is the order the queries need:
// strings inside composite keys use an order-preserving escape (0x00 -> 0x00 0xFF, then a
// 0x00 0x01 terminator), integers are big-endian, signed times are sign-flipped.
// Values are compact: varints, length-prefixed strings, one leading format byte. The
// primitives are common/bytes.h.
// Thread-safety: pure functions.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"
#include "extract/figure.h"
#include "store/store.h"

namespace newsfacts::store::codec {

// ---- primitives: the project's one binary codec (common/bytes.h) ---------------------
using common::PutBigEndian32;
using common::PutBigEndian64;
using common::PutBytes;
using common::PutKeyString;
using common::PutKeyTime;
using common::PutVarint;
using Reader = common::ByteReader;

// ---- keys ------------------------------------------------------------------------------
// facts CF (schema 4): KeyString(article_id) -> every fact of the article in one value
// (AppendFactListHead + each EncodeFact value length-prefixed); schema 3 wrote
// KeyString(article_id) BE32(index) -> one fact, which readers still accept (the migration
// to 4 does not rewrite them; FactKey is that key).
// mentions CF (schema 3): KeyString(article_id) -> every mention of the article in one value
// (EncodeMentionList); schema 2 wrote KeyString(article_id) BE32(i) -> one mention, which
// readers still accept (the migration to 3 does not rewrite them).
std::string ArticlePrefix(std::string_view article_id);
std::string FactKey(std::string_view article_id, uint32_t index);
void AppendArticlePrefix(std::string_view article_id, std::string* out);
void AppendFactKey(std::string_view article_id, uint32_t index, std::string* out);
// index CF, tag 'E': 'E' KeyString(entity) KeyString(metric) KeyTime(event) KeyString(id) BE32(i)
inline constexpr char kEntityTag = 'E';
// index CF, tag 'M': 'M' KeyString(metric) KeyTime(event) KeyString(id) BE32(i)
inline constexpr char kMetricTag = 'M';
// index CF, tag 'N' (schema 1 only, never read; deleted by the migration to schema 2):
// 'N' KeyString(entity) KeyTime(event) KeyString(id) -> varint mentions
inline constexpr char kLegacyMentionTag = 'N';
std::string EntityIndexKey(const Fact& f);
std::string MetricIndexKey(const Fact& f);
// The same keys from their parts, appended to *out (the write path builds them without a Fact).
void AppendEntityIndexKey(std::string_view entity, std::string_view metric,
                          std::optional<int64_t> event_time, std::string_view article_id,
                          uint32_t index, std::string* out);
void AppendMetricIndexKey(std::string_view metric, std::optional<int64_t> event_time,
                          std::string_view article_id, uint32_t index, std::string* out);
// Parses an 'E' or 'M' index key back into its parts (entity is empty for 'M').
struct IndexKey {
  char tag = 0;
  std::string entity, metric, article_id;
  std::optional<int64_t> event_time;
  uint32_t index = 0;
};
bool ParseIndexKey(std::string_view key, IndexKey* out);
// offsets CF: KeyString(source) BE32(partition) -> value BE64(next offset)
std::string OffsetKey(std::string_view source, int32_t partition);
// dead_letters CF: KeyTime(at) KeyString(source) BE32(partition) BE64(offset) BE64(seq)
std::string DeadLetterKey(const DeadLetter& d, uint64_t seq);
// indicators CF: KeyString(name) KeyString(entity) KeyTime(bucket_start)
std::string IndicatorKey(std::string_view name, std::string_view entity, int64_t bucket_ms);

// ---- values ----------------------------------------------------------------------------
void EncodeFigure(const extract::Figure& f, std::string* out);
// REQUIRES: the figure ends the value `r` reads (its last fields, the attribution evidence,
// product and unit source, are absent in values written before they were stored).
bool DecodeFigure(Reader* r, extract::Figure* f);
std::string EncodeFact(const Fact& f);
// EncodeFact of the fact (article_id, index, extractor_version, event_time, figure), appended
// to *out without building a Fact.
void AppendFact(std::string_view article_id, uint32_t index, uint32_t extractor_version,
                std::optional<int64_t> event_time, const extract::Figure& figure, std::string* out);
common::Status DecodeFact(std::string_view v, Fact* f);
std::string EncodeMention(const extract::EntityMention& m);
common::Status DecodeMention(std::string_view v, extract::EntityMention* m);
// All mentions of one article: format byte 1, varint count, then each EncodeMention value
// length-prefixed. Decoding appends to *out.
std::string EncodeMentionList(const std::vector<std::string>& encoded_mentions);
// The list's format byte and count; then PutBytes each encoded mention.
void AppendMentionListHead(size_t count, std::string* out);
common::Status DecodeMentionList(std::string_view v, std::vector<extract::EntityMention>* out);
// All facts of one article (schema 4), the same list layout as the mentions: format byte 1,
// varint count, then each EncodeFact value length-prefixed in index order.
void AppendFactListHead(size_t count, std::string* out);
// The encoded values of such a list (views into `v`), appended to *out.
common::Status SplitFactList(std::string_view v, std::vector<std::string_view>* out);
// Article record: the StoredArticle plus the content hash used for idempotent re-stores.
std::string EncodeArticle(const StoredArticle& a, uint64_t content_hash);
// EncodeArticle in two parts: head (format byte, hash, languages, extractor version, ingest
// time, fact count, source position) + tail (the Article's own fields). The write path
// encodes the tail once for both the content hash and the stored record.
void AppendArticleHead(const StoredArticle& a, uint64_t content_hash, std::string* out);
void AppendArticleTail(const extract::Article& a, std::string* out);
common::Status DecodeArticle(std::string_view v, StoredArticle* a, uint64_t* content_hash);
std::string EncodeDeadLetter(const DeadLetter& d);
common::Status DecodeDeadLetter(std::string_view v, DeadLetter* d);

}  // namespace newsfacts::store::codec
