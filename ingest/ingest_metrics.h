#pragma once
// IngestMetrics: what the ingest daemon tells its operator — totals, rates, consumer lag per
// partition, dead letters and batch latency — as a one-line stats summary (stderr, every N
// seconds) and in the Prometheus text exposition format (served by MetricsServer on
// --metrics HOST:PORT at /metrics).
//
// Thread-safety: Record*/SetLag are called by the ingest loop; Prometheus() may be called
// concurrently from the HTTP thread (a mutex guards everything). StatsLine() is for the
// ingest loop only (it keeps the previous sample for rates).

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "ingest/kafka_source.h"
#include "ingest/pipeline.h"

namespace newsfacts::ingest {

class IngestMetrics {
 public:
  // One durable batch and the wall time it took (decode + extract + store write); `now_ms`
  // (from a Clock; -1 = unknown) becomes newsfacts_last_batch_timestamp_seconds.
  void RecordBatch(const BatchOutcome& outcome, int64_t batch_micros, int64_t now_ms = -1);
  // One alert published by rule `rule` (newsfacts_alerts_total{rule}).
  void RecordAlert(std::string_view rule);
  // newsfacts_build_info{version,extractor,schema} 1.
  void SetBuildInfo(std::string version, uint32_t extractor_version, uint32_t schema_version);
  void SetLag(std::vector<PartitionLag> lag);
  // `uncommitted_handovers`: KafkaSource::uncommitted_handovers() (articles another member may
  // store again).
  void SetBrokerState(bool brokers_down, uint64_t broker_errors, uint64_t rebalances,
                      uint64_t uncommitted_handovers);
  void RecordDlqFailure();
  // The guard rail (ingest/daemon.h): `missing` = partitions of the consumed topics this
  // member is not assigned; `paused` = indicators and alerts are not being updated.
  void SetIndicatorCoverage(size_t missing, bool paused);

  // "12345 articles (810.2/s), 40210 facts (2650.0/s), 3 dead letters, lag 0:12 1:0 ...,
  // batch p50 3.1 ms max 9.8 ms" — rates since the previous call, `now_ms` from a Clock.
  std::string StatsLine(int64_t now_ms);
  // Prometheus text format 0.0.4, with the process metrics of the Prometheus client
  // conventions (process_cpu_seconds_total, process_resident_memory_bytes,
  // process_start_time_seconds; read from /proc, left out where /proc is absent).
  std::string Prometheus() const;
  // The last SetLag / SetBrokerState values (for readiness checks; any thread).
  std::vector<PartitionLag> Lag() const;
  bool brokers_down() const;

 private:
  mutable std::mutex mu_;
  uint64_t messages_ = 0, articles_ = 0, facts_ = 0, dead_letters_ = 0, batches_ = 0;
  uint64_t articles_new_ = 0, articles_unchanged_ = 0;
  uint64_t dlq_failures_ = 0;
  uint64_t broker_errors_ = 0, rebalances_ = 0, uncommitted_handovers_ = 0;
  bool brokers_down_ = false;
  size_t partitions_missing_ = 0;
  bool indicators_paused_ = false;
  double batch_seconds_sum_ = 0;
  double batch_seconds_last_ = 0;
  // Latency histogram buckets (seconds) for batch wall time.
  static constexpr double kBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                        0.1,   0.25,   0.5,   1.0,  2.5};
  uint64_t bucket_counts_[sizeof(kBuckets) / sizeof(double)] = {};
  double window_max_seconds_ = 0;  // since the last StatsLine
  std::vector<PartitionLag> lag_;
  std::map<std::string, uint64_t, std::less<>> dead_letters_by_reason_;  // by DeadLetterReasonClass
  std::map<std::string, uint64_t, std::less<>> alerts_by_rule_;
  std::string build_version_;
  uint32_t build_extractor_ = 0, build_schema_ = 0;
  int64_t last_batch_ms_ = -1;
  int64_t last_line_ms_ = -1;
  uint64_t last_articles_ = 0, last_facts_ = 0;
};

// A dead letter's reason reduced to a small fixed set for metric labels: "oversized",
// "invalid_utf8", "invalid_json", "not_object", "missing_field", "wrong_type", "empty_field",
// "bad_lang", "bad_published_at", "too_many_facts", "extractor", "other".
std::string_view DeadLetterReasonClass(std::string_view reason);

struct MetricsServerOptions {
  // Required as "Authorization: Bearer <token>" when set (401 otherwise).
  std::string token;
  // Allow a non-loopback address without a token.
  bool insecure_public = false;
  // Bounds so slow or idle clients cannot starve scrapes: connections served at once (more
  // wait in the accept queue), seconds each read/write may wait, one request per connection.
  size_t max_connections = 32;
  int io_timeout_seconds = 1;
};

// HOST:PORT or [IPv6]:PORT split into host and port. Errors: InvalidArgument.
[[nodiscard]] common::Status ParseHostPort(const std::string& address, std::string* host,
                                           int* port);
// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

// A tiny HTTP server answering GET /metrics with IngestMetrics::Prometheus() on its own
// threads (a fixed pool of max_connections). Ownership: borrows the metrics (must outlive
// the server).
class MetricsServer {
 public:
  explicit MetricsServer(const IngestMetrics* metrics, MetricsServerOptions options = {});
  ~MetricsServer();  // stops the server
  // Binds HOST:PORT ("127.0.0.1:9464", "[::1]:9464") and starts serving.
  // Errors: InvalidArgument (bad address; a non-loopback address without a token or
  // insecure_public), IoError (cannot bind).
  [[nodiscard]] common::Status Start(const std::string& address);
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::ingest
