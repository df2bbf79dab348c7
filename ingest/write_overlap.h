#pragma once
// WriteOverlap: the one implementation of "apply batch N+1 on the pool's writer thread while
// batch N is made durable on this thread", shared by ingest::Run (every ingest topology) and
// `newsfacts reindex`.
//
//   Next(apply N+1, complete):  wait until N is applied -> start apply(N+1) on the writer
//                               thread -> complete(N) here (the WAL fsync, observers,
//                               commit), while N+1 is applied
//   Finish(complete):           wait until the last batch is applied -> complete it
//
// A batch is applied by `apply` (e.g. Store::Write with Durability::kDeferred: in the WAL and
// the memtable, readable, not yet fsynced) and made durable by `complete` (e.g.
// Store::SyncDeferred, which runs alongside the next apply). Batches are applied one at a
// time and in order, completed one at a time and in order, and a batch is completed only
// after every batch before it completed. When the apply of N failed, N+1 is not started; when
// complete(N) failed, N+1's apply is waited for and N+1 is never completed: the caller stops.
// Memory: at most the batch being applied plus the one being prepared by the caller.
// With a pool of one thread (WorkerPool::Submit runs inline) the same calls run everything in
// order on the calling thread.
// Thread-safety: one owner thread calls every method; `apply` runs on the pool's writer
// thread, `complete` and `between` on the owner's. Ownership: borrows the pool (must outlive
// this object); the destructor waits for an apply in flight.

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <utility>

#include "common/status.h"
#include "ingest/worker_pool.h"

namespace newsfacts::ingest {

template <typename T>
class WriteOverlap {
 public:
  using Apply = std::function<common::Result<T>()>;
  using Complete = std::function<common::Status(T applied)>;

  // REQUIRES: pool outlives this object.
  explicit WriteOverlap(WorkerPool* pool) : pool_(pool) {}
  ~WriteOverlap() { (void)TakeApplied(); }
  WriteOverlap(const WriteOverlap&) = delete;
  WriteOverlap& operator=(const WriteOverlap&) = delete;

  // True while a batch is applied or applied and not yet completed.
  [[nodiscard]] bool in_flight() const { return done_.valid(); }

  // Waits until the batch in flight is applied; if that failed, returns its error (the caller
  // stops; `apply` is not started). Otherwise runs `between` (nothing is being applied at that
  // moment), starts `apply` on the writer thread and, while it runs, completes the previous
  // batch here. When complete fails, waits for `apply` (its batch is never completed) and
  // returns the error. Errors: those of the previous apply and of complete.
  [[nodiscard]] common::Status Next(Apply apply, const Complete& complete,
                                    const std::function<void()>& between = {}) {
    std::optional<common::Result<T>> previous = TakeApplied();
    if (previous && !previous->ok()) return previous->status();
    if (between) between();
    Submit(std::move(apply));
    if (!previous) return common::Status::Ok();
    common::Status s = complete(std::move(*previous).value());
    if (!s.ok()) (void)TakeApplied();
    return s;
  }

  // Waits until the batch in flight (if any) is applied and completes it.
  // Errors: those of its apply and of complete.
  [[nodiscard]] common::Status Finish(const Complete& complete) {
    std::optional<common::Result<T>> applied = TakeApplied();
    if (!applied) return common::Status::Ok();
    if (!applied->ok()) return applied->status();
    return complete(std::move(*applied).value());
  }

  // Waits until the batch in flight is applied and returns its result without completing it
  // (nullopt: none in flight). For a caller that must stop: its batch is never completed.
  std::optional<common::Result<T>> TakeApplied() {
    if (!done_.valid()) return std::nullopt;
    done_.get();
    std::optional<common::Result<T>> out = std::move(*result_);
    result_.reset();
    return out;
  }

 private:
  void Submit(Apply apply) {
    done_ = pool_->Submit([this, apply = std::move(apply)]() mutable {
      result_.emplace(apply());
      apply = nullptr;  // free what the task captured (the batch) on the writer thread
    });
  }

  WorkerPool* pool_;
  std::future<void> done_;
  // Written by the writer thread, read after done_ is ready.
  std::optional<common::Result<T>> result_;
};

}  // namespace newsfacts::ingest
