#pragma once
// WorkerPool: a small fixed set of threads for the CPU-bound part of ingest (extraction), and
// the one place that decides how many threads `--threads N` means. Used by the pipeline
// (Kafka and file/stdin ingest), `newsfacts extract --jsonl` and `newsfacts reindex`.
//
//   ParallelFor(n, fn)  fn(i, slot) for every i in [0, n); the caller takes part, so
//                       threads() threads work at most; returns when every i is done.
//   Submit(task)        runs `task` on the pool's writer thread, in submission order
//                       (inline when N = 1); used to write batch N while batch N+1 is
//                       extracted.
//   SubmitSync(task)    runs `task` on the pool's sync thread, in submission order (inline
//                       when N = 1); used to fsync batch N while batch N+1 is written and
//                       batch N+2 extracted (write_overlap.h).
//
// A pool of N threads owns N-1 extraction workers (the calling thread is the N-th) and, with
// N >= 2, one writer thread of its own for Submit. The writer is not one of the N: a write
// spends much of its time blocked (the store's fsync of each batch), and an extraction worker
// that took the write would leave its core idle for that long while the next batch waits
// for it. So a ParallelFor always has N threads, also while a write is in flight; when the
// write is on the CPU, the OS shares the cores among the N + 1 threads. Likewise the fsync
// has a thread of its own (SubmitSync, nf:sync): it is almost all waiting, and on the
// caller's thread it held up the next batch's poll and extraction. With N = 1 there are
// no threads and everything runs inline, in order, on the caller (the serial behaviour).
// Work is handed out index by index (an atomic counter), so slow items do not stall a
// partition of the range.
// Thread-safety: ParallelFor, Submit and SubmitSync may be called from one thread at a time
// (the owner's); `fn` runs concurrently on up to threads() threads and must be safe for that;
// `slot` (in [0, threads())) is unique among the threads running one ParallelFor at the same
// moment, so per-slot scratch needs no lock. Ownership: the pool owns its threads (joined on
// destruction, after the queued tasks ran).

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace newsfacts::ingest {

class WorkerPool {
 public:
  // The default of --threads: the number of hardware threads (at least 1).
  [[nodiscard]] static size_t DefaultThreads();
  // Parses the value of --threads: an integer in [1, kMaxThreads]; nullopt otherwise (the
  // caller reports a usage error).
  static constexpr size_t kMaxThreads = 256;
  [[nodiscard]] static std::optional<size_t> ParseThreads(const std::string& text);

  // REQUIRES: threads >= 1.
  explicit WorkerPool(size_t threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  [[nodiscard]] size_t threads() const { return workers_.size() + 1; }

  // Runs fn(i, slot) for every i in [0, n) and returns when all have returned.
  // REQUIRES: fn does not throw; not called from inside a pool task.
  void ParallelFor(size_t n, const std::function<void(size_t i, size_t slot)>& fn);

  // Runs `task` on the writer thread after the tasks submitted before it, or inline before
  // returning when threads() == 1. The future becomes ready when the task returned.
  [[nodiscard]] std::future<void> Submit(std::function<void()> task);
  // The same on the sync thread (its own FIFO, independent of Submit's).
  [[nodiscard]] std::future<void> SubmitSync(std::function<void()> task);

 private:
  // A FIFO of tasks and the threads serving it.
  struct Queue {
    std::mutex mu;
    std::condition_variable_any cv;
    std::deque<std::packaged_task<void()>> tasks;
    void Push(std::packaged_task<void()> task);
    // Runs tasks until `stop` is requested and the queue is empty.
    void Serve(const std::stop_token& stop);
  };

  Queue helpers_;    // ParallelFor's helper tasks, served by workers_
  Queue submitted_;  // Submit's tasks, served by writer_
  Queue synced_;     // SubmitSync's tasks, served by syncer_
  std::vector<std::jthread> workers_;
  std::jthread writer_;  // only with threads >= 2
  std::jthread syncer_;  // only with threads >= 2
};

}  // namespace newsfacts::ingest
