#pragma once
// ApiServer: `newsfacts serve` and `newsfacts ingest --http` — the HTTP API over a store
// (/api/v1: facts, aggregates, entities, articles, indicators, alerts, dead letters, their
// SSE change feeds, the OpenAPI document), /healthz, /readyz, /metrics and the dashboard's
// static files (ingest/web_assets.h). Routes and the output contract: README.md ("HTTP API",
// "Output contract"); bounds: ingest/http_options.h.
//
// A change watcher thread polls the store's sequence number every `poll_ms` (a read-only
// store first catches up with its writer) and wakes the SSE streams when it moved.
//
// Thread-safety: requests are served concurrently on the server's worker pool; Stop() may be
// called from any thread. Ownership: borrows the store, config, clock (they must outlive the
// server); owns its threads.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "common/status.h"
#include "ingest/clock.h"
#include "ingest/http_options.h"
#include "ingest/indicator_config.h"
#include "store/store.h"

namespace newsfacts::ingest {

class IngestMetrics;

struct Readiness {
  bool ready = true;
  std::string reason;  // why not ready ("not assigned", "lag 12000 > 10000")
};

struct ApiOptions {
  HttpServerOptions http;
  const IndicatorConfig* config = nullptr;  // nullptr = IndicatorConfig::Default()
  const Clock* clock = nullptr;             // nullptr = SystemClock
  // Prometheus text for /metrics; empty = the route answers 404.
  std::function<std::string()> metrics;
  // Extra readiness condition (the daemon: partitions assigned, lag bounded); empty = the
  // open store is enough.
  std::function<Readiness()> ready;
  int poll_ms = 50;  // change watcher period (SSE latency)
  // Read-only store (a RocksDB secondary): catch up with the writer on every poll.
  bool catch_up = false;
};

class ApiServer {
 public:
  // Binds `address` (HOST:PORT; port 0 = any free port) and starts serving.
  // REQUIRES: store (and options.config / options.clock) outlive the server.
  // Errors: InvalidArgument (bad address, or non-loopback without token/insecure_public),
  // IoError (cannot bind).
  [[nodiscard]] static common::Result<std::unique_ptr<ApiServer>> Start(store::Store* store,
                                                                        const std::string& address,
                                                                        ApiOptions options);
  ~ApiServer();  // Stop()
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  int port() const;
  // Stops accepting, ends open streams (within one poll) and joins every thread.
  void Stop();

  struct Impl;

 private:
  explicit ApiServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// `newsfacts ingest --http ADDR`: the same API over the daemon's own (writable) store, with
// /metrics rendered from `metrics` (may be null: file mode). With metrics (Kafka mode),
// /readyz answers 503 until partitions are assigned, while brokers are unreachable, and while
// a partition lags more than 10000 messages. `config` may be null (the default set).
// REQUIRES: store, metrics and config outlive the server. Errors: as ApiServer::Start.
[[nodiscard]] common::Result<std::unique_ptr<ApiServer>> StartIngestApi(
    store::Store* store, const std::string& address, const IngestMetrics* metrics,
    const IndicatorConfig* config, const std::string& token, bool insecure_public);

}  // namespace newsfacts::ingest
