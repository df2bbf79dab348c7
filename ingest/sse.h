#pragma once
// Server-Sent Events change feeds of the API: /api/v1/alerts/stream and
// /api/v1/indicators/stream, woken by a ChangeWatcher that polls the store.
//
// Alert order: (detected_at, id). Each event's `id:` is the alert id; a client reconnecting
// with Last-Event-ID (header, or ?last_event_id=) gets every alert detected at or after that
// alert's detection time except that alert itself — at least once (an alert of the same
// millisecond may come again; deduplicate on id), never a gap as long as the writer's clock
// does not step back. Internal to ingest/.
//
// Thread-safety: ChangeWatcher is shared by all streams (atomic generation + condition
// variable). Ownership: borrows the store; owns its polling thread.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "ingest/clock.h"
#include "ingest/http_server.h"
#include "ingest/indicator_config.h"
#include "store/store.h"

namespace newsfacts::ingest {

class ChangeWatcher {
 public:
  // REQUIRES: store outlives the watcher. `catch_up`: call store->CatchUp() every poll.
  ChangeWatcher(store::Store* store, int poll_ms, bool catch_up);
  ~ChangeWatcher();  // Stop()
  void Stop();
  // Counts the store changes seen so far.
  uint64_t generation() const;
  // Waits until the generation differs from `seen`, `timeout` passed or Stop(); returns the
  // generation then.
  uint64_t WaitForChange(uint64_t seen, std::chrono::milliseconds timeout) const;

 private:
  void Run();
  store::Store* store_;
  int poll_ms_;
  bool catch_up_;
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  uint64_t generation_ = 0;
  bool stop_ = false;
  std::thread thread_;
};

// What the stream handlers read. Borrowed pointers; they outlive the server.
struct StreamContext {
  const store::Store* store = nullptr;
  const IndicatorConfig* config = nullptr;
  const Clock* clock = nullptr;
  const ChangeWatcher* watcher = nullptr;
};

// Registers GET /api/v1/alerts/stream and GET /api/v1/indicators/stream on `server`.
// REQUIRES: before server->Start(); `server` and the context outlive the routes.
void AddStreamRoutes(HttpServer* server, const StreamContext& context);

}  // namespace newsfacts::ingest
