#pragma once
// Run: the ingest loop shared by every source.
//
//   loop: Poll a batch -> Pipeline::ProcessBatch (durable) -> Source::Commit -> on_batch
//
// With RunOptions::overlap, batch N+1 is polled and prepared (decoded and extracted on the
// pool) while batch N is applied on the pool's writer thread (Pipeline::Apply: stages and
// the store write without its fsync). Once N is applied, N+1 goes to the writer and N to
// the pool's sync thread (Pipeline::Sync: the WAL fsync), and this thread goes on polling
// and preparing N+2; it runs N's observers and commits it (Pipeline::CompleteSynced) as soon
// as the fsync returned (checked after every Poll, at the latest before N+2 is handed to the
// writer). So N's fsync overlaps N+1's apply and N+2's extraction, and no thread of the
// pipeline waits for it. Batches are applied one at a time and in order; each is one
// WriteBatch; a batch is committed only once it is durable, and when Apply or Sync of N
// fails, neither N nor a batch after it is committed. A source whose Poll
// rebalances (Kafka) gets a barrier (Source::SetRebalanceBarrier) that waits for the batch
// in flight, makes it durable and commits it before any partition changes hands; a failed
// write seen there ends the loop with its error after that Poll.
//
// Positions are committed only after the batch is durable. A source that reports
// Unavailable (broker down) is retried with exponential backoff (100 ms doubling to
// max_backoff), never in a busy loop. The loop ends when a finite source is exhausted, when
// `stop` becomes true (the batch in flight is finished and committed first), or on a store
// error (returned; nothing of that batch was stored or committed).
// Thread-safety: runs on the calling thread; `stop` may be set from a signal handler.

#include <atomic>
#include <chrono>
#include <functional>

#include "ingest/pipeline.h"
#include "ingest/source.h"

namespace newsfacts::ingest {

struct RunOptions {
  size_t batch_size = 500;
  std::chrono::milliseconds poll_timeout{100};
  std::chrono::milliseconds max_backoff{5000};
  // Called after every Poll (also when it returned nothing), on the loop's thread: the place
  // for periodic work such as stats lines. Must not block for long. Never runs while a
  // batch is being applied (with overlap it runs once the previous batch is applied, before
  // the next one is handed to the writer; that batch's fsync may still be pending).
  std::function<void()> on_poll;
  // Prepare the next batch while the previous one is written (needs pipeline.pool() with at
  // least 2 threads; otherwise ignored). Safe for every source: one whose Poll can commit
  // positions or give up partitions (Kafka) calls the rebalance barrier first, which
  // finishes and commits the write in flight.
  bool overlap = false;
};

struct RunTotals {
  size_t batches = 0;
  size_t messages = 0;
  size_t articles = 0;
  size_t facts = 0;
  size_t dead_letters = 0;
  // Wall time of Pipeline::ProcessBatch (decode + extract + durable store write; with
  // overlap the sum of the steps Prepare, Apply and Complete, which overlap between batches).
  int64_t last_batch_micros = 0;
  int64_t batch_micros_total = 0;
};

// Errors: the store's (IoError) or the source's non-retryable ones (IoError, Aborted).
[[nodiscard]] Status Run(Source& source, Pipeline& pipeline, const std::atomic<bool>& stop,
                         const RunOptions& options, RunTotals* totals,
                         const std::function<void(const BatchOutcome&)>& on_batch = {});

}  // namespace newsfacts::ingest
