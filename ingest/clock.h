#pragma once
// Clock: the source of "now" for anything time-based in ingest (ingestion timestamps,
// windows, stats intervals). Injected so tests can use FakeClock.
// Thread-safety: SystemClock and FakeClock are safe to read from many threads.

#include <atomic>
#include <chrono>
#include <cstdint>

namespace newsfacts::ingest {

class Clock {
 public:
  virtual ~Clock() = default;
  // Wall-clock time, UTC milliseconds since the epoch.
  virtual int64_t NowMs() const = 0;
};

class SystemClock final : public Clock {
 public:
  int64_t NowMs() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  // A process-wide instance.
  static const SystemClock& Get() {
    static const SystemClock clock;
    return clock;
  }
};

// A clock that only moves when told to.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t now_ms = 0) : now_ms_(now_ms) {}
  int64_t NowMs() const override { return now_ms_.load(); }
  void Set(int64_t now_ms) { now_ms_.store(now_ms); }
  void Advance(int64_t delta_ms) { now_ms_.fetch_add(delta_ms); }

 private:
  std::atomic<int64_t> now_ms_;
};

}  // namespace newsfacts::ingest
