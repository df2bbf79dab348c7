#pragma once
// Store: the durable RocksDB home of articles, facts, source positions, dead letters and
// market indicators. Schema and key layouts: store/README.md.
//
// Thread-safety: a Store may be used from many threads at once (RocksDB is thread-safe);
// a Batch is a plain value owned by one thread until passed to Write().
// Ownership: Open() returns the only owner; closing = destroying it.
// Errors are values: nothing here throws.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"
#include "extract/status.h"

namespace newsfacts::store {

using extract::Result;
using extract::Status;

// Where a message came from. For Kafka: source = "kafka:<topic>", partition, offset.
// For a file: source = "file:<path>" (or "file:-" for stdin), partition 0, offset = 0-based
// line number.
struct SourcePosition {
  std::string source;
  int32_t partition = 0;
  int64_t offset = -1;
};

// One stored fact: a figure of an article plus its provenance.
struct Fact {
  std::string article_id;
  uint32_t index = 0;                   // position of the figure in the article's extraction
  uint32_t extractor_version = 0;       // extract::Extractor::kVersion that produced it
  std::optional<int64_t> event_time_ms; // the article's published_at
  extract::Figure figure;
};

struct StoredArticle {
  extract::Article article;
  extract::Lang detected_lang = extract::Lang::kUnknown;
  uint32_t extractor_version = 0;
  int64_t ingested_at_ms = 0;
  SourcePosition position;              // where it was read from
  uint32_t fact_count = 0;
};

struct DeadLetter {
  SourcePosition position;              // the offending message's own position
  std::string reason;                   // "invalid JSON at byte 17", "missing field 'body'", ...
  std::string payload;                  // original bytes, unchanged
  int64_t at_ms = 0;                    // when it was rejected
};

// A group of writes applied atomically by Store::Write (one RocksDB WriteBatch).
class Batch {
 public:
  // Adds (or replaces) an article and all its facts. An article whose id is already stored
  // with the same content is a no-op at Write time; with changed content its old facts and
  // index entries are removed in the same batch.
  void PutArticle(const extract::Article& article, const extract::Extraction& extraction,
                  const SourcePosition& position, uint32_t extractor_version,
                  int64_t ingested_at_ms);
  void PutDeadLetter(DeadLetter dead_letter);
  // Records that everything before `position.offset` (exclusive: offset = next to read) of
  // that source partition is processed. The last call per (source, partition) wins.
  void SetNextOffset(const SourcePosition& position);

  size_t article_count() const { return articles_.size(); }
  size_t dead_letter_count() const { return dead_letters_.size(); }
  bool empty() const { return articles_.empty() && dead_letters_.empty() && positions_.empty(); }

 private:
  friend class Store;
  struct ArticleItem {
    StoredArticle record;
    std::vector<extract::Figure> figures;
    std::vector<extract::EntityMention> entities;
  };
  std::vector<ArticleItem> articles_;
  std::vector<DeadLetter> dead_letters_;
  std::vector<SourcePosition> positions_;
};

struct OpenOptions {
  bool create_if_missing = true;
  // Read-only: open as a RocksDB secondary instance so a running writer is not blocked;
  // call Store::CatchUp() to see its newer writes.
  bool read_only = false;
  bool sync_writes = false;             // fsync the WAL on each Write (WAL is always on)
};

struct FactFilter {
  std::string entity;                   // canonical name (aliases are resolved by the caller)
  std::string metric;
  std::optional<extract::FigureKind> kind;
  std::optional<int64_t> since_ms;      // event time, inclusive
  std::optional<int64_t> until_ms;      // event time, exclusive
  std::string article_id;
  size_t limit = 0;                     // 0 = no limit
};

// Outcome of one Write: how many articles were new, replaced or unchanged.
struct WriteResult {
  size_t articles_new = 0;
  size_t articles_replaced = 0;
  size_t articles_unchanged = 0;
  size_t facts_written = 0;
  size_t dead_letters = 0;
};

class Store {
 public:
  static constexpr uint32_t kSchemaVersion = 1;

  // Opens (or creates) a newsfacts DB at `path`.
  // Errors: IoError (RocksDB could not open it); Incompatible (unknown schema version, or
  // the directory is a RocksDB that is not a newsfacts DB); NotFound (missing and
  // !create_if_missing). On error nothing on disk is changed.
  [[nodiscard]] static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                                           const OpenOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Applies the batch atomically (all or nothing) with the WAL on.
  // Errors: IoError; InvalidArgument on a read-only store.
  [[nodiscard]] Result<WriteResult> Write(const Batch& batch);

  // Next offset to read for a source partition; nullopt when never recorded.
  [[nodiscard]] Result<std::optional<int64_t>> GetNextOffset(std::string_view source,
                                                             int32_t partition) const;
  [[nodiscard]] Result<std::optional<StoredArticle>> GetArticle(std::string_view id) const;

  // Calls `visit` for each matching fact (index order when filtering by entity/metric,
  // else by article id) until it returns false or `limit` is reached.
  [[nodiscard]] Status ScanFacts(const FactFilter& filter,
                                 const std::function<bool(const Fact&)>& visit) const;
  [[nodiscard]] Status ScanArticles(const std::function<bool(const StoredArticle&)>& visit) const;
  [[nodiscard]] Status ScanDeadLetters(const std::function<bool(const DeadLetter&)>& visit) const;

  // Read-only instances: catch up with the primary's latest writes.
  [[nodiscard]] Status CatchUp();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::store
