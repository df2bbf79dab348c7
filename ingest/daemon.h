#pragma once
// The ingest daemon's assembly: the one place where sources, the pipeline, the store, the
// indicator feed, the dead-letter topic, the metrics server and the shutdown bounds are
// wired together, for every topology `newsfacts ingest` runs:
//
//   file / stdin   FileSource  -> Pipeline -> Store (+ indicators, alerts)      RunFileIngest
//   Kafka          KafkaSource -> Pipeline -> Store (+ indicators, alerts)      RunKafkaDaemon
//   extract stage  KafkaSource -> Pipeline -> FactsTopicSink (facts topic, DLQ) RunKafkaDaemon
//   store stage    KafkaSource -> Pipeline (facts records) -> Store (+ ind.)   RunKafkaDaemon
//
// tools/cmd_ingest.cc only parses flags into DaemonOptions and maps the outcome to an exit
// code. Servers (the metrics endpoint, and any other HTTP endpoint added later) are started
// in one place: StartServers() in daemon.cc.
//
// Thread-safety: a Run* function drives everything on the calling thread (plus the bounded
// shutdown helper thread and the extraction pool of `threads`); `stop` may be set from a
// signal handler. Ownership: the daemon
// owns every client and the store it opens; the extractor and the watchdog are borrowed.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "ingest/article_decoder.h"
#include "ingest/kafka_client.h"
#include "ingest/kafka_source.h"
#include "ingest/pipeline.h"
#include "ingest/worker_pool.h"
#include "store/store.h"

namespace newsfacts::ingest {

// Everything a daemon run needs (flags of `newsfacts ingest`). Add new options here, with
// their default; cmd_ingest.cc fills them.
struct DaemonOptions {
  // The topology this process plays (README "Scale-out"):
  //   kEmbedded     consume articles, extract, store, indicators (one process; the default)
  //   kExtractStage consume articles in a shared group, extract, produce facts records to
  //                 facts_topic (no store; dead letters to dlq_topic, which is required)
  //   kStoreStage   consume a facts topic (every partition: its own group), store,
  //                 indicators and alerts — one replica per group id
  enum class Role { kEmbedded, kExtractStage, kStoreStage };
  Role role = Role::kEmbedded;
  std::string facts_topic;  // kExtractStage: where facts records go
  // Keep updating indicators and alerts while this member lacks partitions of its topics
  // (the guard rail otherwise pauses them).
  bool partial_indicators = false;
  std::string db;
  bool quiet = false;
  size_t batch_size = 500;
  // Threads that decode and extract (ingest/worker_pool.h; 1 = all on the daemon's thread).
  // With >= 2, batch N is written while batch N+1 is polled and extracted (every topology).
  size_t threads = WorkerPool::DefaultThreads();
  // File/stdin: a batch from a pipe ends after this much silence (FileSourceOptions::linger).
  int64_t linger_ms = 100;
  // Set (by tools/, from its SIGUSR1 handler) when `newsfacts backup` asks this writer for a
  // hot checkpoint (ingest/hot_backup.h); served and cleared between batches. May be null.
  std::atomic<bool>* backup_requested = nullptr;
  std::string build_version;  // newsfacts_build_info{version}
  size_t max_message_bytes = ArticleDecoder::kDefaultMaxBytes;
  size_t max_batch_bytes = 32 << 20;
  size_t max_facts_per_article = PipelineOptions().max_facts_per_article;
  // File mode.
  std::string input;  // path, or "-" for stdin
  bool resume = false;
  // Kafka mode.
  std::vector<std::string> topics;
  // librdkafka properties (lowest precedence first: --config, -X, --brokers, --group); for
  // the consumer. Producers get them without the consumer-only keys (ProducerProperties).
  KafkaProperties properties;
  std::string group;  // for messages only (group.id is in `properties`)
  // Where partitions start (KafkaSource's StartPosition: --from-beginning, --offset,
  // --offset-time) and --exit-at-end (stop once every assigned partition reached the end
  // offset it had at start, with the summary, exit 0).
  StartPosition start;
  bool exit_at_end = false;
  // Progress of a run with an end (file ingest; Kafka with exit_at_end), for the caller's
  // progress line: called on the daemon's thread after every batch and poll (often: the
  // callee throttles), and once with `final` set before the summary is logged. May be empty.
  struct Progress {
    uint64_t articles = 0;  // stored so far
    int64_t done = 0;       // of `total`, in bytes (file) or messages (Kafka)
    int64_t total = 0;      // 0 = unknown (stdin)
    bool final = false;
  };
  std::function<void(const Progress&)> on_progress;
  std::string dlq_topic;
  std::string metrics_address;
  std::string http_address;  // --http: the HTTP API and dashboard (ingest/api.h)
  std::string metrics_token;
  bool insecure_public = false;
  double stats_interval_s = 10;
  bool no_sync = false;
  // Live indicators and the alert feed (ingest/indicator_feed.h).
  bool indicators = true;
  std::string indicators_config;
  std::string alerts_file;
  std::string alerts_topic;
};

// How a run ended: the process exit class and, for a usage error, its message.
struct DaemonOutcome {
  enum class Exit { kOk, kRuntime, kUsage };
  Exit exit = Exit::kOk;
  std::string usage_message;  // set with kUsage
  static DaemonOutcome Ok() { return {}; }
  static DaemonOutcome Runtime() { return {Exit::kRuntime, {}}; }
  static DaemonOutcome Usage(std::string m) { return {Exit::kUsage, std::move(m)}; }
};

// Bounds shutdown: kShutdownBound after `stop` is set the process ends whatever is still
// running (a librdkafka call waiting for a broker, a blocked read of stdin, ...). Before
// that it makes the store's completed writes durable (Store::SyncWal, which waits for a
// write in flight), so the positions stored with them are not lost, and says so.
// Thread-safety: SetStore/SetExitCode from the daemon's thread; the watchdog thread only
// reads them under the mutex. Ownership: borrows `stop` and the store.
class ShutdownWatchdog {
 public:
  static constexpr std::chrono::seconds kShutdownBound{10};

  explicit ShutdownWatchdog(const std::atomic<bool>& stop);
  ~ShutdownWatchdog();
  ShutdownWatchdog(const ShutdownWatchdog&) = delete;
  ShutdownWatchdog& operator=(const ShutdownWatchdog&) = delete;
  // The store to sync before a forced exit (nullptr before it is closed).
  void SetStore(store::Store* db);
  // The exit code of a forced exit.
  void SetExitCode(int rc);

 private:
  void Watch(const std::atomic<bool>& stop);
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  store::Store* db_ = nullptr;
  int exit_code_ = 0;
  std::thread thread_;
};

// Kafka daemon: consumes `options.topics` in a consumer group until `stop` is set.
// REQUIRES: options.properties hold bootstrap.servers and group.id; extractor and watchdog
// outlive the call.
[[nodiscard]] DaemonOutcome RunKafkaDaemon(const DaemonOptions& options,
                                           const extract::Extractor& extractor,
                                           const std::atomic<bool>& stop,
                                           ShutdownWatchdog* watchdog);

// File mode: ingests options.input (a JSONL file or "-") until its end or `stop`.
// REQUIRES: extractor and watchdog outlive the call.
[[nodiscard]] DaemonOutcome RunFileIngest(const DaemonOptions& options,
                                          const extract::Extractor& extractor,
                                          const std::atomic<bool>& stop,
                                          ShutdownWatchdog* watchdog);

}  // namespace newsfacts::ingest
