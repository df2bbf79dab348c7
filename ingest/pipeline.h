#pragma once
// Pipeline: the one place where a batch of raw messages becomes durable facts.
//
//   messages -> ArticleDecoder -> Extractor -> store::Batch (articles, facts, dead letters,
//   next offsets) -> Store::Write (one atomic RocksDB WriteBatch) -> observers
//
// Bad input never stops the pipeline: a message that does not decode, or that the extractor
// rejects, becomes a dead letter (stored in the same batch, with its reason) and processing
// goes on. Observers (dead-letter topic, indicators, alerts) run only after the batch is
// durable.
//
// A batch is processed in two steps, ProcessBatch = Write(Prepare(messages)):
//   Prepare  decode + extract every message, on the worker pool (PipelineOptions::pool) when
//            there is one, then build the store::Batch in input order. No store access.
//   Write    pre-write stages (indicators, alerts), Store::Write (one WriteBatch: articles,
//            facts, dead letters, offsets, indicators), applied hooks, observers.
// Write may itself be split in two, Write = Complete(Apply(prepared)), so that the fsync of
// batch N (Complete, on one thread) runs while batch N+1 is applied (Apply, on another):
//   Apply     pre-write stages, Store::Write with Durability::kDeferred (applied, visible to
//             reads, not yet fsynced), applied hooks.
//   Complete  Store::SyncDeferred (the batch is durable), then the observers.
// Complete may be split once more, Complete = CompleteSynced after Sync, so that the fsync runs
// on a thread of its own (runner.h: N synced while N+1 is applied and N+2 prepared):
//   Sync           Store::SyncDeferred: every batch applied so far is durable.
//   CompleteSynced the observers of a batch a Sync made durable.
// The result does not depend on the number of threads: items are assembled in input order.
// Thread-safety: one thread calls Prepare and one thread calls Write / Apply (they may be
// different threads and run at the same time: Prepare of batch N+1 while batch N is written,
// see runner.h); never two Prepare or two Write / Apply calls at once. Complete(N) may run on
// a third thread while Apply(N+1) runs; the Completes run one at a time, in the order of the
// Applies, and Apply(N+1) starts only after Apply(N) returned. Likewise Sync may run on a
// thread of its own while Apply runs, one Sync at a time, and CompleteSynced(N) on the thread
// of the Completes once a Sync that started after Apply(N) returned. Stages and applied hooks run
// on the thread that calls Write / Apply; observers on the thread that calls Write / Complete.
// Ownership: borrows the Extractor, Store, Clock and pool; they must outlive the Pipeline.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/article_decoder.h"
#include "ingest/clock.h"
#include "ingest/fact_record.h"
#include "ingest/source.h"
#include "ingest/worker_pool.h"
#include "store/store.h"

namespace newsfacts::ingest {

// A message that did not make it into the store as an article.
struct Rejection {
  store::SourcePosition position;
  std::string reason;
};

struct BatchOutcome {
  size_t messages = 0;
  size_t articles = 0;       // decoded and extracted (new + replaced + unchanged)
  size_t facts = 0;          // facts extracted from those articles
  store::WriteResult write;  // what the store did
  std::vector<Rejection> rejected;
  std::vector<store::DeadLetter> dead_letters;      // the same, with payloads (for a DLQ topic)
  std::vector<store::SourcePosition> next_offsets;  // per source partition, to commit
  std::vector<extract::Article> stored_articles;    // kept when keep_articles is set
  std::vector<extract::Extraction> extractions;     // parallel to stored_articles
};

// An article that is already decoded and extracted, and where it came from (input of
// Pipeline::StoreExtracted).
struct ExtractedArticle {
  extract::Article article;
  extract::Extraction extraction;
  store::SourcePosition position;
  uint32_t extractor_version = extract::Extractor::kVersion;
};

// Where an extract-stage pipeline hands its batches instead of a store (the facts topic,
// ingest/facts_topic.h). Deliver returns only once everything is acknowledged, so the source
// may commit after it. Thread-safety: called from the pipeline's thread.
class ExtractedSink {
 public:
  virtual ~ExtractedSink() = default;
  // REQUIRES: articles and extractions are parallel. Errors: Unavailable / IoError (nothing
  // may be committed then; a later re-send is absorbed downstream).
  [[nodiscard]] virtual Status Deliver(const std::vector<const extract::Article*>& articles,
                                       const std::vector<const extract::Extraction*>& extractions,
                                       const std::vector<store::DeadLetter>& dead_letters) = 0;
};

// What a message's payload is.
enum class PipelineInput {
  kArticles,     // an article (ArticleDecoder), extracted here
  kFactRecords,  // a facts record (ingest/fact_record.h): already extracted (store stage)
};

struct PipelineOptions {
  PipelineInput input = PipelineInput::kArticles;
  // Extract stage: batches go to this sink instead of the store (the Pipeline's store may be
  // null then; pre-write stages are not run).
  ExtractedSink* sink = nullptr;
  // Larger messages are dead letters that keep only their first kOversizedPrefixBytes,
  // their size and their XXH3 hash (in the reason), never the whole payload.
  size_t max_message_bytes = ArticleDecoder::kDefaultMaxBytes;
  // An article the extractor finds more facts in is a dead letter (0 = no limit): bounds
  // the memory and storage one article can take.
  size_t max_facts_per_article = 2000;
  // Keep decoded articles and their extractions in BatchOutcome (for observers); off saves
  // a copy of every article (pre-write stages read the batch's own).
  bool keep_articles = false;
  // Decode and extract on this pool (borrowed; null = on the calling thread).
  WorkerPool* pool = nullptr;
};

// A batch after Prepare: decoded, extracted, assembled in input order, not yet written.
struct PreparedBatch {
  BatchOutcome outcome;
  store::Batch batch;
  int64_t now_ms = 0;  // the batch's ingestion time
  int64_t prepare_micros = 0;
};

class Pipeline {
 public:
  // Called after a batch is durable, in registration order.
  using Observer = std::function<void(const BatchOutcome&)>;
  // Called before the batch is written, in registration order, with the batch's decoded
  // articles and their extractions (parallel vectors; pointers valid during the call only),
  // the batch's ingestion time, and the batch itself: a stage may add writes (indicators,
  // alert outbox) that become durable atomically with the articles, but no articles (the
  // pointers are the batch's own: store::Batch::article). A non-OK status aborts the batch
  // (nothing is written) and is returned by ProcessBatch.
  using Stage = std::function<Status(const std::vector<const extract::Article*>& articles,
                                     const std::vector<const extract::Extraction*>& extractions,
                                     int64_t now_ms, store::Batch* batch)>;

  // REQUIRES: extractor, store and clock outlive the Pipeline; store is writable (or null
  // when options.sink is set).
  Pipeline(const extract::Extractor& extractor, store::Store* store, const Clock& clock,
           PipelineOptions options = {});

  void AddObserver(Observer observer) { observers_.push_back(std::move(observer)); }
  // Called on the thread of Write / Apply right after the batch is applied to the store
  // (visible to reads; with Apply not yet durable), before the next batch's pre-write
  // stages, in registration order: for stage state that follows the store. What must wait
  // until the batch is durable (publishing alerts, committing) belongs in an observer.
  void AddAppliedHook(Observer hook) { applied_hooks_.push_back(std::move(hook)); }
  void AddPreWriteStage(Stage stage) { stages_.push_back(std::move(stage)); }

  // Decodes, extracts and stores `messages` as one atomic batch, including their dead
  // letters and the next offset of every source partition they came from.
  // Errors: store errors (IoError) and those of pre-write stages; nothing of the batch is
  // stored then, and the caller must not commit the source positions.
  [[nodiscard]] common::Result<BatchOutcome> ProcessBatch(const std::vector<Message>& messages);

  // The first step of ProcessBatch: decode and extract (in parallel on the pool), dead
  // letters and next offsets, all in input order. Touches no store.
  [[nodiscard]] PreparedBatch Prepare(const std::vector<Message>& messages);
  // The second step: pre-write stages, one Store::Write (or the sink), applied hooks,
  // observers. Errors: as ProcessBatch.
  [[nodiscard]] common::Result<BatchOutcome> Write(PreparedBatch prepared);
  // The second step without its fsync: pre-write stages, one Store::Write with
  // Durability::kDeferred (or the sink), applied hooks. The batch is not reported as stored
  // until Complete returned. Errors: as ProcessBatch (nothing of the batch is stored then).
  [[nodiscard]] common::Result<BatchOutcome> Apply(PreparedBatch prepared);
  // Makes an applied batch durable (Store::SyncDeferred), then runs the observers.
  // REQUIRES: `applied` is the result of the oldest Apply not yet completed.
  // Errors: IoError (the fsync failed: the batch and every batch applied after it must not
  // be committed; stop).
  [[nodiscard]] common::Result<BatchOutcome> Complete(BatchOutcome applied);
  // The fsync of Complete alone: makes every applied batch durable (Store::SyncDeferred;
  // nothing with a sink, whose Deliver is acknowledged). May run while Apply runs.
  // Errors: IoError (as Complete: no batch applied before it may be committed; stop).
  [[nodiscard]] Status Sync();
  // The rest of Complete: runs the observers of a batch a Sync made durable.
  // REQUIRES: `applied` is the result of the oldest Apply not yet completed, and a Sync that
  // started after that Apply returned has returned OK.
  [[nodiscard]] common::Result<BatchOutcome> CompleteSynced(BatchOutcome applied);

  // The pool Prepare uses (null when serial).
  [[nodiscard]] WorkerPool* pool() const { return options_.pool; }

  // Stores articles that are already extracted as one atomic batch, the way ProcessBatch
  // stores what it decoded and extracted (same batch, same pre-write stages, one Write, then
  // the observers), with the next offset of every source partition they came from. For
  // callers that hold extractions already (tests with exact figures, replays).
  // Errors: as ProcessBatch.
  [[nodiscard]] common::Result<BatchOutcome> StoreExtracted(std::vector<ExtractedArticle> items);

 private:
  // The common part of Write, Apply and StoreExtracted: pre-write stages (over the articles
  // `batch` holds), the store write (or the sink), applied hooks. With a sink, `outcome`
  // holds the batch's articles and extractions (stored_articles / extractions).
  [[nodiscard]] common::Result<BatchOutcome> ApplyBatch(BatchOutcome outcome, store::Batch* batch,
                                                        int64_t now, store::Durability durability);

  const extract::Extractor& extractor_;
  store::Store* store_;
  const Clock& clock_;
  PipelineOptions options_;
  // Per pool slot (WorkerPool::ParallelFor), so decoding needs no lock.
  std::vector<std::unique_ptr<ArticleDecoder>> decoders_;
  std::vector<std::unique_ptr<FactRecordDecoder>> records_;  // PipelineInput::kFactRecords
  std::vector<Observer> observers_;
  std::vector<Observer> applied_hooks_;
  std::vector<Stage> stages_;
};

}  // namespace newsfacts::ingest
