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
//
// With a `sync` step (the second constructor) the fsync leaves the owner's thread too, for
// a pipeline three batches deep: N is made durable by `sync` on the pool's sync thread while
// N+1 is applied on the writer thread and N+2 polled and prepared by the owner, who then only
// runs complete(N) (observers, commit: no fsync wait):
//
//   Next(apply N+1, complete):  wait until N is applied -> start apply(N+1) -> wait for
//                               sync(N-1) (normally done long ago) and complete(N-1) here ->
//                               start sync(N) on the sync thread
//   Poll(complete):             complete the batch whose sync finished, without waiting
//   Finish(complete):           apply, sync and complete everything in flight
//
// `sync` makes every batch applied so far durable (Store::SyncDeferred, RocksDB's SyncWAL:
// it runs alongside writes); it starts only after its batch was applied, so a batch is
// completed only once it is durable, and still one at a time and in order. When sync(N)
// fails, N and every batch after it are never completed (the caller stops). Memory: one
// more batch's outcome (not its WriteBatch: applied batches keep only their outcome).
//
// With a pool of one thread (WorkerPool::Submit runs inline) the same calls run everything in
// order on the calling thread.
// Thread-safety: one owner thread calls every method; `apply` runs on the pool's writer
// thread, `sync` on its sync thread, `complete` and `between` on the owner's. Ownership:
// borrows the pool (must outlive this object); the destructor waits for an apply and a sync
// in flight.

#include <chrono>
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
  using Sync = std::function<common::Status()>;

  // REQUIRES: pool outlives this object.
  explicit WriteOverlap(WorkerPool* pool) : pool_(pool) {}
  // Three stages: `sync` makes the applied batches durable on the pool's sync thread.
  // REQUIRES: pool outlives this object; sync is not empty.
  WriteOverlap(WorkerPool* pool, Sync sync) : pool_(pool), sync_(std::move(sync)) {}
  ~WriteOverlap() {
    (void)TakeApplied();
    if (sync_done_.valid()) sync_done_.get();
  }
  WriteOverlap(const WriteOverlap&) = delete;
  WriteOverlap& operator=(const WriteOverlap&) = delete;

  // True while a batch is applied, or applied (and synced) and not yet completed.
  [[nodiscard]] bool in_flight() const { return done_.valid() || sync_done_.valid(); }

  // Waits until the batch in flight is applied; if that failed, returns its error (the caller
  // stops; `apply` is not started). Otherwise runs `between` (nothing is being applied at that
  // moment), starts `apply` on the writer thread and, while it runs, completes the previous
  // batch here. When complete fails, waits for `apply` (its batch is never completed) and
  // returns the error. Errors: those of the previous apply and of complete.
  [[nodiscard]] common::Status Next(Apply apply, const Complete& complete,
                                    const std::function<void()>& between = {}) {
    std::optional<common::Result<T>> previous = TakeApplied();
    if (previous && !previous->ok()) {
      (void)CompleteSynced(complete);  // the batch before it is durable: commit it
      return previous->status();
    }
    if (between) between();
    Submit(std::move(apply));
    common::Status s = CompleteSynced(complete);  // with a sync step: the batch before
    if (s.ok() && previous) {
      if (sync_) {
        StartSync(std::move(*previous).value());
        return common::Status::Ok();
      }
      s = complete(std::move(*previous).value());
    }
    if (!s.ok()) (void)TakeApplied();
    return s;
  }

  // With a sync step: completes the batch whose sync has finished, if any, without waiting.
  // Errors: those of its sync (then the caller stops) and of complete.
  [[nodiscard]] common::Status Poll(const Complete& complete) {
    if (!sync_done_.valid() ||
        sync_done_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      return common::Status::Ok();
    }
    return CompleteSynced(complete);
  }

  // Waits until the batch in flight (if any) is applied (and synced) and completes it.
  // Errors: those of its apply, of sync and of complete.
  [[nodiscard]] common::Status Finish(const Complete& complete) {
    std::optional<common::Result<T>> applied = TakeApplied();
    common::Status s = CompleteSynced(complete);
    if (!applied) return s;
    if (!applied->ok()) return applied->status();
    if (!s.ok()) return s;
    if (sync_) {
      StartSync(std::move(*applied).value());
      return CompleteSynced(complete);
    }
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

  // Makes `applied` durable on the sync thread (sync_ syncs everything applied so far).
  void StartSync(T applied) {
    syncing_.emplace(std::move(applied));
    sync_done_ = pool_->SubmitSync([this] { sync_status_ = sync_(); });
  }

  // Waits for the sync in flight (if any) and completes its batch.
  common::Status CompleteSynced(const Complete& complete) {
    if (!sync_done_.valid()) return common::Status::Ok();
    sync_done_.get();
    T synced = std::move(*syncing_);
    syncing_.reset();
    if (!sync_status_.ok()) return sync_status_;
    return complete(std::move(synced));
  }

  WorkerPool* pool_;
  Sync sync_;  // empty: complete runs the fsync itself (two stages)
  std::future<void> done_;
  // Written by the writer thread, read after done_ is ready.
  std::optional<common::Result<T>> result_;
  // The batch being synced, and the outcome (written by the sync thread, read after
  // sync_done_ is ready).
  std::future<void> sync_done_;
  std::optional<T> syncing_;
  common::Status sync_status_ = common::Status::Ok();
};

}  // namespace newsfacts::ingest
