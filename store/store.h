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
#include <unordered_set>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::store {

using common::Result;
using common::Status;

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
  uint32_t index = 0;                    // position of the figure in the article's extraction
  uint32_t extractor_version = 0;        // extract::Extractor::kVersion that produced it
  std::optional<int64_t> event_time_ms;  // the article's published_at
  extract::Figure figure;
};

struct StoredArticle {
  extract::Article article;
  extract::Lang detected_lang = extract::Lang::kUnknown;
  uint32_t extractor_version = 0;
  int64_t ingested_at_ms = 0;
  SourcePosition position;  // where it was read from
  uint32_t fact_count = 0;
};

struct DeadLetter {
  SourcePosition position;  // the offending message's own position
  std::string reason;       // "invalid JSON at byte 17", "missing field 'body'", ...
  std::string payload;      // original bytes, unchanged
  int64_t at_ms = 0;        // when it was rejected
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
  // The same, taking the article and its extraction over instead of copying them (the
  // pipeline's hand-over: no copy of the body, figures and mentions per article).
  void PutArticle(extract::Article&& article, extract::Extraction&& extraction,
                  const SourcePosition& position, uint32_t extractor_version,
                  int64_t ingested_at_ms);
  // The i-th article put into the batch (call order, duplicates included) and its
  // extraction: what pre-write stages read (pipeline.h). REQUIRES: i < article_count();
  // the references are valid until the next PutArticle.
  [[nodiscard]] const extract::Article& article(size_t i) const {
    return articles_[i].record.article;
  }
  [[nodiscard]] const extract::Extraction& extraction(size_t i) const {
    return articles_[i].extraction;
  }
  void PutDeadLetter(DeadLetter dead_letter);
  // Records that everything before `position.offset` (exclusive: offset = next to read) of
  // that source partition is processed. The last call per (source, partition) wins.
  void SetNextOffset(const SourcePosition& position);
  // Sets the value of one indicator bucket (indicators column family; the encoding of
  // `value` is the indicator module's). The last put per (name, entity, bucket) wins.
  void PutIndicator(std::string name, std::string entity, int64_t bucket_start_ms,
                    std::string value);
  // Removes one indicator bucket (no-op when absent). Puts and deletes of the same key in
  // one batch apply in call order (the last one wins).
  void DeleteIndicator(std::string name, std::string entity, int64_t bucket_start_ms);

  size_t article_count() const { return articles_.size(); }
  size_t dead_letter_count() const { return dead_letters_.size(); }
  bool empty() const {
    return articles_.empty() && dead_letters_.empty() && positions_.empty() && indicators_.empty();
  }

 private:
  friend class Store;
  struct ArticleItem {
    StoredArticle record;
    extract::Extraction extraction;
  };
  std::vector<ArticleItem> articles_;
  std::vector<DeadLetter> dead_letters_;
  std::vector<SourcePosition> positions_;
  struct IndicatorItem {
    std::string name, entity;
    int64_t bucket_start_ms = 0;
    std::string value;
    bool erase = false;  // DeleteIndicator
  };
  std::vector<IndicatorItem> indicators_;
};

// When a Write is durable (Store::Write).
enum class Durability {
  kAsOpened,  // as OpenOptions::sync_writes says: with it, the WAL is fsynced before Write returns
  kDeferred,  // the WAL record is written but not fsynced; Store::SyncDeferred makes it durable
};

struct OpenOptions {
  bool create_if_missing = true;
  // Read-only: open as a RocksDB secondary instance so a running writer is not blocked;
  // call Store::CatchUp() to see its newer writes.
  bool read_only = false;
  bool sync_writes = false;  // fsync the WAL on each Write (WAL is always on)
};

struct FactFilter {
  std::string entity;  // canonical name (aliases are resolved by the caller)
  std::string metric;
  std::optional<extract::FigureKind> kind;
  std::optional<int64_t> since_ms;  // event time, inclusive
  std::optional<int64_t> until_ms;  // event time, exclusive
  std::string article_id;
  size_t limit = 0;  // 0 = no limit
};

// Counts over the whole DB (Store::Stats, `newsfacts query --stats`).
struct StoreStats {
  uint32_t schema_version = 0;
  uint64_t articles = 0;
  uint64_t facts = 0;
  uint64_t entity_mentions = 0;
  uint64_t dead_letters = 0;
  struct Group {
    std::string entity;  // "" = facts without an attributed entity
    std::string metric;  // "" = no metric
    uint64_t facts = 0;
  };
  std::vector<Group> groups;  // sorted by entity, then metric
};

// Outcome of one Write: how many articles were new, replaced or unchanged.
struct WriteResult {
  size_t articles_new = 0;
  size_t articles_replaced = 0;
  size_t articles_unchanged = 0;
  size_t facts_written = 0;
  size_t dead_letters = 0;            // stored now
  size_t dead_letters_unchanged = 0;  // already stored (same source position and payload)
};

class Store {
 public:
  static constexpr uint32_t kSchemaVersion = 4;

  // Opens (or creates) a newsfacts DB at `path`.
  // Errors: IoError (RocksDB could not open it, e.g. no space left on the device);
  // Incompatible (unknown schema version, or the directory is a RocksDB that is not a
  // newsfacts DB); Corruption (the MANIFEST does not match the table files present: a
  // listed file is missing or has another size, or a table file it should list is not
  // listed; see Repair); NotFound (missing and !create_if_missing). On error nothing on
  // disk is changed.
  [[nodiscard]] static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                                           const OpenOptions& options);
  // Rebuilds the metadata (MANIFEST) of the DB at `path` from the table files and WALs
  // present, with RocksDB's RepairDB: the way back from an Open refused with Corruption.
  // Works in place: callers wanting a safety net repair a copy. Records of damaged files
  // may be lost; RocksDB moves files it cannot use to <path>/lost/ instead of deleting them.
  // REQUIRES: no process has the DB open. Errors: NotFound (no RocksDB at path), IoError,
  // Corruption.
  // The pid of the process holding the DB's writer lock (RocksDB's fcntl lock on LOCK), or
  // nullopt when the DB is not open for writing (or the lock is held within this process).
  [[nodiscard]] static std::optional<int> LockHolder(const std::string& path);
  [[nodiscard]] static Status Repair(const std::string& path);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Applies the batch atomically (all or nothing) with the WAL on. Writes are serialised
  // (a Store-wide mutex) because replacing an article reads its old facts first.
  // An article that appears twice in one batch: the last one wins.
  // With Durability::kDeferred the batch is applied (visible to every read, of this process
  // and of readers) when Write returns, but a store opened with sync_writes has not fsynced
  // it yet: the caller calls SyncDeferred() before it reports the batch as stored. This lets
  // a writer apply batch N+1 while batch N's fsync is in flight on another thread; each
  // batch is still one WriteBatch, and the WAL keeps the order of the Writes, so a crash
  // recovers a prefix of them.
  // Errors: IoError; Corruption (an old record cannot be decoded); InvalidArgument on a
  // read-only store.
  [[nodiscard]] Result<WriteResult> Write(const Batch& batch,
                                          Durability durability = Durability::kAsOpened);

  // Makes durable every Write that returned before this call: fsyncs the WAL when the store
  // was opened with sync_writes (otherwise nothing to do). Unlike SyncWal it does not wait
  // for a Write in flight, so it may run on another thread while the next Write is applied.
  // Errors: IoError; InvalidArgument on a read-only store.
  [[nodiscard]] Status SyncDeferred();

  // The ids of the articles in `batch` that Write would leave unchanged now: a record of that
  // id is stored with the same content hash (article fields, language, extractor version,
  // facts and mentions; not ingest time or source position). This is the one definition of
  // "unchanged" (Write applies the same test); the indicator stage uses it to skip articles
  // it has already counted. When an id appears twice in the batch, the last one decides.
  // Errors: IoError; Corruption (a stored record cannot be decoded).
  [[nodiscard]] Result<std::unordered_set<std::string>> UnchangedArticles(const Batch& batch) const;

  // Next offset to read for a source partition; nullopt when never recorded.
  [[nodiscard]] Result<std::optional<int64_t>> GetNextOffset(std::string_view source,
                                                             int32_t partition) const;
  [[nodiscard]] Result<std::optional<StoredArticle>> GetArticle(std::string_view id) const;

  // Calls `visit` for each matching fact (index order when filtering by entity/metric,
  // else by article id) until it returns false or `limit` is reached.
  [[nodiscard]] Status ScanFacts(const FactFilter& filter,
                                 const std::function<bool(const Fact&)>& visit) const;
  [[nodiscard]] Status ScanArticles(const std::function<bool(const StoredArticle&)>& visit) const;
  // Every distinct entity that has a fact (the 'E' index), in byte order, until `visit`
  // returns false; one seek per entity. Errors: IoError, Corruption.
  [[nodiscard]] Status ScanEntityNames(const std::function<bool(std::string_view)>& visit) const;
  [[nodiscard]] Status ScanDeadLetters(const std::function<bool(const DeadLetter&)>& visit) const;

  // The entity mentions stored with an article, in text order (empty when none / unknown id).
  [[nodiscard]] Result<std::vector<extract::EntityMention>> GetMentions(std::string_view id) const;

  // Indicator buckets of (name, entity) with since_ms <= bucket start < until_ms, in time order.
  [[nodiscard]] Status ScanIndicators(
      std::string_view name, std::string_view entity, std::optional<int64_t> since_ms,
      std::optional<int64_t> until_ms,
      const std::function<bool(int64_t bucket_start_ms, std::string_view value)>& visit) const;
  // Every indicator bucket of `name` ("" = of every name), in key order (name, entity,
  // bucket start), until `visit` returns false. Errors: IoError, Corruption.
  [[nodiscard]] Status ScanAllIndicators(
      std::string_view name,
      const std::function<bool(std::string_view name, std::string_view entity,
                               int64_t bucket_start_ms, std::string_view value)>& visit) const;

  // Counts of articles, facts, mentions, dead letters, and facts per (entity, metric).
  // Reads every key of the DB once (seconds for millions of facts). Errors: IoError,
  // Corruption.
  [[nodiscard]] Result<StoreStats> Stats() const;

  // Writes a consistent RocksDB checkpoint (hard links where possible) to `dir`, which must
  // not exist. The checkpoint is itself a newsfacts DB that Open() accepts.
  // Errors: InvalidArgument (read-only store, or `dir` exists); IoError.
  [[nodiscard]] Status Backup(const std::string& dir);

  // Makes every completed Write durable (fsyncs the WAL); waits for a Write in flight first.
  // For a process that must exit without closing the store. Errors: IoError;
  // InvalidArgument on a read-only store.
  [[nodiscard]] Status SyncWal();

  // Read-only instances: catch up with the primary's latest writes.
  [[nodiscard]] Status CatchUp();

  // RocksDB's last sequence number (for a reader: as of the last CatchUp). It grows with
  // every Write, so a change means "new data": the API's change feeds poll it.
  uint64_t LatestSequenceNumber() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::store
