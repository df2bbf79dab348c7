#include "ingest/worker_pool.h"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <memory>

namespace newsfacts::ingest {

size_t WorkerPool::DefaultThreads() {
  const unsigned n = std::thread::hardware_concurrency();
  return std::clamp<size_t>(n, 1, kMaxThreads);
}

std::optional<size_t> WorkerPool::ParseThreads(const std::string& text) {
  size_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < 1 || value > kMaxThreads) {
    return std::nullopt;
  }
  return value;
}

WorkerPool::WorkerPool(size_t threads) {
  const size_t workers = std::max<size_t>(threads, 1) - 1;
  workers_.reserve(workers);
  // Thread names (top -H, perf, tools/bench/kafka_e2e.sh): "nf:extract", "nf:writer",
  // "nf:sync".
  for (size_t i = 0; i < workers; ++i) {
    workers_.emplace_back([this](const std::stop_token& stop) {
      pthread_setname_np(pthread_self(), "nf:extract");
      helpers_.Serve(stop);
    });
  }
  if (workers > 0) {
    writer_ = std::jthread([this](const std::stop_token& stop) {
      pthread_setname_np(pthread_self(), "nf:writer");
      submitted_.Serve(stop);
    });
    syncer_ = std::jthread([this](const std::stop_token& stop) {
      pthread_setname_np(pthread_self(), "nf:sync");
      synced_.Serve(stop);
    });
  }
}

WorkerPool::~WorkerPool() {
  // Joins every thread; queued tasks run first (Serve drains its queue).
  if (writer_.joinable()) {
    writer_.request_stop();
    writer_.join();
  }
  if (syncer_.joinable()) {
    syncer_.request_stop();
    syncer_.join();
  }
  for (auto& w : workers_) w.request_stop();
  workers_.clear();
}

void WorkerPool::Queue::Push(std::packaged_task<void()> task) {
  {
    std::lock_guard<std::mutex> lock(mu);
    tasks.push_back(std::move(task));
  }
  cv.notify_one();
}

void WorkerPool::Queue::Serve(const std::stop_token& stop) {
  for (;;) {
    std::packaged_task<void()> task;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, stop, [this] { return !tasks.empty(); });
      if (tasks.empty()) return;  // stop requested and nothing left
      task = std::move(tasks.front());
      tasks.pop_front();
    }
    task();
  }
}

std::future<void> WorkerPool::Submit(std::function<void()> task) {
  std::packaged_task<void()> packaged(std::move(task));
  std::future<void> done = packaged.get_future();
  if (!writer_.joinable()) {
    packaged();
    return done;
  }
  submitted_.Push(std::move(packaged));
  return done;
}

std::future<void> WorkerPool::SubmitSync(std::function<void()> task) {
  std::packaged_task<void()> packaged(std::move(task));
  std::future<void> done = packaged.get_future();
  if (!syncer_.joinable()) {
    packaged();
    return done;
  }
  synced_.Push(std::move(packaged));
  return done;
}

namespace {

// One ParallelFor call, shared with its helper tasks. A helper that starts after the caller
// closed the job (all indices done) returns at once without touching `fn`.
struct Job {
  std::atomic<size_t> next{0};
  size_t n = 0;
  const std::function<void(size_t, size_t)>* fn = nullptr;
  std::mutex mu;
  std::condition_variable cv;
  size_t active = 0;     // helpers inside the loop
  size_t next_slot = 1;  // slot 0 is the caller's
  bool closed = false;

  void Drain(size_t slot) {
    for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) (*fn)(i, slot);
  }
};

}  // namespace

void WorkerPool::ParallelFor(size_t n, const std::function<void(size_t, size_t)>& fn) {
  if (n == 0) return;
  const size_t helpers = std::min(workers_.size(), n - 1);
  if (helpers == 0) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  auto job = std::make_shared<Job>();
  job->n = n;
  job->fn = &fn;
  {
    std::lock_guard<std::mutex> lock(helpers_.mu);
    for (size_t h = 0; h < helpers; ++h) {
      helpers_.tasks.emplace_back([job] {
        size_t slot = 0;
        {
          std::lock_guard<std::mutex> l(job->mu);
          if (job->closed) return;
          ++job->active;
          slot = job->next_slot++;
        }
        job->Drain(slot);
        std::lock_guard<std::mutex> l(job->mu);
        if (--job->active == 0) job->cv.notify_all();
      });
    }
  }
  helpers_.cv.notify_all();
  job->Drain(0);
  std::unique_lock<std::mutex> lock(job->mu);
  job->closed = true;
  job->cv.wait(lock, [&] { return job->active == 0; });
}

}  // namespace newsfacts::ingest
