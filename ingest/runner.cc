#include "ingest/runner.h"

#include <algorithm>
#include <thread>

namespace newsfacts::ingest {

Status Run(Source& source, Pipeline& pipeline, const std::atomic<bool>& stop,
           const RunOptions& options, RunTotals* totals,
           const std::function<void(const BatchOutcome&)>& on_batch) {
  std::vector<Message> batch;
  batch.reserve(options.batch_size);
  std::chrono::milliseconds backoff{100};
  while (!stop.load(std::memory_order_relaxed) && !source.AtEnd()) {
    batch.clear();
    Status polled = source.Poll(options.batch_size, options.poll_timeout, &batch);
    if (options.on_poll) options.on_poll();
    if (!polled.ok()) {
      if (polled.code() != Status::Code::kUnavailable) return polled;
      // Wait in short steps so a stop request is honoured promptly.
      const auto until = std::chrono::steady_clock::now() + backoff;
      while (!stop.load(std::memory_order_relaxed) && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      backoff = std::min(backoff * 2, options.max_backoff);
      if (batch.empty()) continue;
    } else {
      backoff = std::chrono::milliseconds(100);
    }
    if (batch.empty()) continue;
    const auto started = std::chrono::steady_clock::now();
    auto outcome = pipeline.ProcessBatch(batch);
    if (!outcome.ok()) return outcome.status();
    totals->last_batch_micros = std::chrono::duration_cast<std::chrono::microseconds>(
                                    std::chrono::steady_clock::now() - started)
                                    .count();
    totals->batch_micros_total += totals->last_batch_micros;
    NEWSFACTS_RETURN_IF_ERROR(source.Commit(outcome->next_offsets));
    ++totals->batches;
    totals->messages += outcome->messages;
    totals->articles += outcome->articles;
    totals->facts += outcome->facts;
    totals->dead_letters += outcome->rejected.size();
    if (on_batch) on_batch(*outcome);
  }
  return Status::Ok();
}

}  // namespace newsfacts::ingest
