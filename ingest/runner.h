#pragma once
// Run: the ingest loop shared by every source.
//
//   loop: Poll a batch -> Pipeline::ProcessBatch (durable) -> Source::Commit -> on_batch
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
  // for periodic work such as stats lines. Must not block for long.
  std::function<void()> on_poll;
};

struct RunTotals {
  size_t batches = 0;
  size_t messages = 0;
  size_t articles = 0;
  size_t facts = 0;
  size_t dead_letters = 0;
  // Wall time of Pipeline::ProcessBatch (decode + extract + durable store write).
  int64_t last_batch_micros = 0;
  int64_t batch_micros_total = 0;
};

// Errors: the store's (IoError) or the source's non-retryable ones (IoError, Aborted).
[[nodiscard]] Status Run(Source& source, Pipeline& pipeline, const std::atomic<bool>& stop,
                         const RunOptions& options, RunTotals* totals,
                         const std::function<void(const BatchOutcome&)>& on_batch = {});

}  // namespace newsfacts::ingest
