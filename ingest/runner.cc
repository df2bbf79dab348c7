#include "ingest/runner.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "ingest/write_overlap.h"

namespace newsfacts::ingest {

namespace {

int64_t MicrosSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t)
      .count();
}

}  // namespace

Status Run(Source& source, Pipeline& pipeline, const std::atomic<bool>& stop,
           const RunOptions& options, RunTotals* totals,
           const std::function<void(const BatchOutcome&)>& on_batch) {
  WorkerPool* pool = pipeline.pool();
  const bool overlap = options.overlap && pool != nullptr && pool->threads() >= 2;

  // A batch is durable: commit its positions, count it, tell the caller.
  auto committed = [&](const BatchOutcome& outcome, int64_t micros) -> Status {
    totals->last_batch_micros = micros;
    totals->batch_micros_total += micros;
    NEWSFACTS_RETURN_IF_ERROR(source.Commit(outcome.next_offsets));
    ++totals->batches;
    totals->messages += outcome.messages;
    totals->articles += outcome.articles;
    totals->facts += outcome.facts;
    totals->dead_letters += outcome.rejected.size();
    if (on_batch) on_batch(outcome);
    return Status::Ok();
  };
  // The batches in flight (overlap only): applied on the pool's writer thread
  // (Pipeline::Apply), made durable on its sync thread (Pipeline::Sync: the fsync), and
  // observed and committed here (write_overlap.h). So this thread never waits in the fsync:
  // it polls and prepares batch N+2 while N+1 is applied and N is fsynced.
  struct Applied {
    BatchOutcome outcome;
    int64_t micros = 0;  // Prepare + Apply
  };
  int64_t sync_micros = 0;  // of the last Sync (written on the sync thread before its batch
                            // is completed here)
  std::optional<WriteOverlap<Applied>> writes;
  if (overlap) {
    writes.emplace(pool, [&pipeline, &sync_micros]() -> Status {
      const auto started = std::chrono::steady_clock::now();
      Status s = pipeline.Sync();
      sync_micros = MicrosSince(started);
      return s;
    });
  }
  // Runs the observers of a batch made durable, then commits its positions and counts it.
  auto finish = [&](Applied applied) -> Status {
    const auto started = std::chrono::steady_clock::now();
    common::Result<BatchOutcome> durable = pipeline.CompleteSynced(std::move(applied.outcome));
    if (!durable.ok()) return durable.status();
    return committed(*durable, applied.micros + sync_micros + MicrosSince(started));
  };
  // Waits for the batch in flight, then makes it durable and commits it.
  auto complete = [&]() -> Status { return writes ? writes->Finish(finish) : Status::Ok(); };

  // Rebalances inside Poll wait for the write in flight and commit it (Source.h); its error,
  // if any, is returned after that Poll. Removed before Run returns (it captures locals).
  Status barrier_status = Status::Ok();
  struct BarrierGuard {
    explicit BarrierGuard(Source& s) : source(s) {}
    ~BarrierGuard() { source.SetRebalanceBarrier({}); }
    BarrierGuard(const BarrierGuard&) = delete;
    BarrierGuard& operator=(const BarrierGuard&) = delete;
    Source& source;
  };
  std::optional<BarrierGuard> barrier_guard;
  if (overlap) {
    source.SetRebalanceBarrier([&] {
      Status s = complete();
      if (!s.ok() && barrier_status.ok()) barrier_status = s;
    });
    barrier_guard.emplace(source);
  }

  std::vector<Message> batch;
  batch.reserve(options.batch_size);
  std::chrono::milliseconds backoff{100};
  while (!stop.load(std::memory_order_relaxed) && !source.AtEnd()) {
    batch.clear();
    Status polled = source.Poll(options.batch_size, options.poll_timeout, &batch);
    if (!barrier_status.ok()) return barrier_status;  // a write failed during a rebalance
    // Commit what is durable by now (its fsync ran on the sync thread).
    if (writes) NEWSFACTS_RETURN_IF_ERROR(writes->Poll(finish));
    if (overlap && batch.empty()) NEWSFACTS_RETURN_IF_ERROR(complete());  // idle: commit now
    if (options.on_poll && (!overlap || batch.empty())) options.on_poll();
    if (!polled.ok()) {
      if (polled.code() != Status::Code::kUnavailable) {
        (void)complete();  // the batch before is still stored and committed
        return polled;
      }
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
    if (!overlap) {
      const auto started = std::chrono::steady_clock::now();
      auto outcome = pipeline.ProcessBatch(batch);
      if (!outcome.ok()) return outcome.status();
      NEWSFACTS_RETURN_IF_ERROR(committed(*outcome, MicrosSince(started)));
      continue;
    }
    // Overlap: prepare this batch while the previous one is applied and the one before it
    // fsynced; once the previous one is applied (not yet durable), hand this one to the writer
    // thread, complete the one before (durable by now: observers, commit) and start the
    // previous one's fsync on the sync thread. Batches are applied, made durable and
    // committed in order; a batch is committed only once it is durable.
    PreparedBatch prepared = pipeline.Prepare(batch);
    const int64_t prepare_micros = prepared.prepare_micros;
    NEWSFACTS_RETURN_IF_ERROR(writes->Next(
        [&pipeline, prepare_micros,
         p = std::make_shared<PreparedBatch>(std::move(prepared))]() -> common::Result<Applied> {
          const auto started = std::chrono::steady_clock::now();
          common::Result<BatchOutcome> applied = pipeline.Apply(std::move(*p));
          if (!applied.ok()) return applied.status();
          return Applied{std::move(applied).value(), prepare_micros + MicrosSince(started)};
        },
        finish, options.on_poll));  // on_poll: between batches, nothing is being applied
  }
  return complete();
}

}  // namespace newsfacts::ingest
