#include "ingest/daemon.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/terminal.h"
#include "ingest/api.h"
#include "ingest/clock.h"
#include "ingest/dead_letter_topic.h"
#include "ingest/facts_topic.h"
#include "ingest/file_source.h"
#include "ingest/hot_backup.h"
#include "ingest/indicator_feed.h"
#include "ingest/ingest_metrics.h"
#include "ingest/kafka_source.h"
#include "ingest/log.h"
#include "ingest/runner.h"

namespace newsfacts::ingest {

namespace {

// How long the Kafka clients get to commit, leave the group and shut down after the loop
// ended (within ShutdownWatchdog::kShutdownBound of the signal).
constexpr std::chrono::milliseconds kCloseBound{7000};

void PrintRejections(const BatchOutcome& outcome) {
  for (const auto& r : outcome.rejected) {
    if (r.position.source.rfind("file:", 0) == 0) {
      LogF(LogLevel::kInfo, "ingest", "%s line %lld: %s\n",
           common::TerminalSafe(r.position.source.substr(5)).c_str(),
           static_cast<long long>(r.position.offset) + 1, common::TerminalSafe(r.reason).c_str());
    } else {
      LogF(LogLevel::kInfo, "ingest", "dead letter %s/%d@%lld: %s\n",
           common::TerminalSafe(r.position.source).c_str(), r.position.partition,
           static_cast<long long>(r.position.offset), common::TerminalSafe(r.reason).c_str());
    }
  }
}

}  // namespace

namespace {

// Attaches live indicators and the alert feed to `pipeline` (unless --no-indicators), after
// re-sending alerts a previous run left unpublished. Returns false (after printing) when the
// config, the alerts file or the alerts producer cannot be set up.
bool AttachIndicators(const DaemonOptions& args, store::Store* db, const Clock& clock,
                      const KafkaProperties& producer_props, Pipeline* pipeline,
                      std::unique_ptr<IndicatorFeed>* feed, std::function<bool()> paused = {},
                      IngestMetrics* metrics = nullptr) {
  if (!args.indicators) return true;
  IndicatorFeedOptions fo;
  fo.config_path = args.indicators_config;
  fo.alerts_file = args.alerts_file;
  fo.alerts_topic = args.alerts_topic;
  fo.producer_properties = producer_props;
  auto f = IndicatorFeed::Create(db, clock, fo);
  if (!f.ok()) {
    LogF(LogLevel::kInfo, "ingest", "%s\n", common::TerminalSafe(f.status().ToString()).c_str());
    return false;
  }
  *feed = std::move(f).value();
  common::Status s = (*feed)->PublishOutbox();
  if (!s.ok()) {
    LogF(LogLevel::kInfo, "ingest", "unpublished alerts kept for later: %s\n",
         common::TerminalSafe(s.ToString()).c_str());
  }
  std::function<void(const std::vector<Alert>&)> count_alerts;
  if (metrics != nullptr) {
    count_alerts = [metrics](const std::vector<Alert>& alerts) {
      for (const Alert& a : alerts) metrics->RecordAlert(a.rule);
    };
  }
  (*feed)->Attach(
      pipeline,
      [](const common::Status& e) {
        LogF(LogLevel::kWarn, "ingest", "alerts kept for a retry: %s\n",
             common::TerminalSafe(e.ToString()).c_str());
      },
      std::move(paused), std::move(count_alerts));
  return true;
}

bool OpenStoreOrFail(const DaemonOptions& args, bool sync, std::unique_ptr<store::Store>* out) {
  store::OpenOptions options;
  options.sync_writes = sync;
  auto db = store::Store::Open(args.db, options);
  if (!db.ok()) {
    LogF(LogLevel::kInfo, "ingest", "%s\n", common::TerminalSafe(db.status().ToString()).c_str());
    return false;
  }
  *out = std::move(db).value();
  return true;
}

}  // namespace

ShutdownWatchdog::ShutdownWatchdog(const std::atomic<bool>& stop)
    : thread_([this, &stop] { Watch(stop); }) {}

ShutdownWatchdog::~ShutdownWatchdog() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void ShutdownWatchdog::SetStore(store::Store* db) {
  std::lock_guard<std::mutex> lock(mu_);
  db_ = db;
}

void ShutdownWatchdog::SetExitCode(int rc) {
  std::lock_guard<std::mutex> lock(mu_);
  exit_code_ = rc;
}

void ShutdownWatchdog::Watch(const std::atomic<bool>& stop) {
  std::unique_lock<std::mutex> lock(mu_);
  while (!done_ && !stop.load()) cv_.wait_for(lock, std::chrono::milliseconds(50));
  if (done_) return;
  if (cv_.wait_for(lock, kShutdownBound, [this] { return done_; })) return;
  std::string synced = "nothing to sync";
  if (db_ != nullptr) {
    common::Status s = db_->SyncWal();
    synced =
        s.ok() ? "the DB is durable, positions included" : "syncing the DB failed: " + s.ToString();
  }
  LogF(LogLevel::kInfo, "ingest",
       "shutdown did not finish within %lld s (a Kafka client "
       "call did not return); exiting anyway: %s\n",
       static_cast<long long>(kShutdownBound.count()), synced.c_str());
  std::fflush(stderr);
  std::_Exit(exit_code_);
}

namespace {

// Clears the watchdog's store pointer before the store it points to is destroyed.
struct WatchedStore {
  ShutdownWatchdog* watchdog;
  WatchedStore(ShutdownWatchdog* w, store::Store* db) : watchdog(w) { w->SetStore(db); }
  ~WatchedStore() { watchdog->SetStore(nullptr); }
  WatchedStore(const WatchedStore&) = delete;
  WatchedStore& operator=(const WatchedStore&) = delete;
};

MetricsServerOptions MetricsOptionsOf(const DaemonOptions& args) {
  MetricsServerOptions mopts;
  mopts.token = args.metrics_token;
  mopts.insecure_public = args.insecure_public;
  return mopts;
}

// Starts the daemon's servers: the place for every endpoint the daemon serves (today the
// Prometheus /metrics endpoint, --metrics). A bad address is a usage error.
DaemonOutcome StartServers(const DaemonOptions& args, MetricsServer* metrics_server) {
  if (!args.metrics_address.empty()) {
    common::Status s = metrics_server->Start(args.metrics_address);
    if (!s.ok()) {
      LogF(LogLevel::kError, "ingest", "%s\n", common::TerminalSafe(s.ToString()).c_str());
      return s.code() == common::Status::Code::kInvalidArgument ? DaemonOutcome::Usage(s.message())
                                                                : DaemonOutcome::Runtime();
    }
  }
  return DaemonOutcome::Ok();
}

// --http: the HTTP API (ingest/api.h) over this daemon's store, /metrics included (from
// `metrics`, may be null). Started after the indicators are attached (it serves their config).
DaemonOutcome StartApi(const DaemonOptions& args, store::Store* db, const IngestMetrics* metrics,
                       const IndicatorFeed* feed, std::unique_ptr<ApiServer>* out) {
  if (args.http_address.empty()) return DaemonOutcome::Ok();
  if (db == nullptr) return DaemonOutcome::Usage("--http needs a store (not with --no-store)");
  auto api = StartIngestApi(db, args.http_address, metrics, feed ? &feed->config() : nullptr,
                            args.metrics_token, args.insecure_public);
  if (!api.ok()) {
    LogF(LogLevel::kInfo, "ingest", "--http: %s\n",
         common::TerminalSafe(api.status().ToString()).c_str());
    return api.status().code() == common::Status::Code::kInvalidArgument
               ? DaemonOutcome::Usage(api.status().message())
               : DaemonOutcome::Runtime();
  }
  *out = std::move(api).value();
  return DaemonOutcome::Ok();
}

}  // namespace

DaemonOutcome RunKafkaDaemon(const DaemonOptions& args, const extract::Extractor& extractor,
                             const std::atomic<bool>& stop, ShutdownWatchdog* watchdog) {
  const bool extract_stage = args.role == DaemonOptions::Role::kExtractStage;
  const bool store_stage = args.role == DaemonOptions::Role::kStoreStage;
  if (args.topics.empty()) return DaemonOutcome::Usage("--topic is required with --brokers");
  if (extract_stage && (args.facts_topic.empty() || args.dlq_topic.empty())) {
    return DaemonOutcome::Usage(
        "the extract stage (--no-store) needs --facts-topic T and --dlq-topic T (its dead "
        "letters have no store)");
  }
  const KafkaProperties& props = args.properties;
  bool has_servers = false;
  for (const auto& kv : props) {
    has_servers |= kv.first == "bootstrap.servers" || kv.first == "metadata.broker.list";
  }
  if (!has_servers)
    return DaemonOutcome::Usage("--brokers (or bootstrap.servers in --config/-X) is required");

  if (!args.metrics_address.empty()) {  // a bad or unprotected address is a usage error
    std::string host;
    int port = 0;
    common::Status a = ParseHostPort(args.metrics_address, &host, &port);
    if (!a.ok()) return DaemonOutcome::Usage(a.message());
    if (!IsLoopbackHost(host) && args.metrics_token.empty() && !args.insecure_public)
      return DaemonOutcome::Usage("--metrics " + args.metrics_address +
                                  " is reachable from other hosts: add --metrics-token TOKEN or "
                                  "--insecure-public");
  }
  std::unique_ptr<store::Store> db;  // none in the extract stage
  if (!extract_stage && !OpenStoreOrFail(args, !args.no_sync, &db)) return DaemonOutcome::Runtime();
  WatchedStore watched(watchdog, db.get());

  KafkaSourceOptions kopts;
  kopts.topics = args.topics;
  kopts.start = args.start;
  kopts.stop_at_end = args.exit_at_end;
  kopts.max_message_bytes = args.max_message_bytes;
  kopts.max_batch_bytes = args.max_batch_bytes;
  // Bounded memory whatever the lag: at most this much prefetched (overridable with -X).
  kopts.properties.emplace_back("queued.max.messages.kbytes", "32768");
  for (const auto& kv : props) kopts.properties.push_back(kv);
  auto opened = KafkaSource::Open(std::move(kopts), db.get());
  if (!opened.ok()) {
    if (opened.status().code() == common::Status::Code::kInvalidArgument)
      return DaemonOutcome::Usage(opened.status().message());  // printed once, by the CLI
    LogF(LogLevel::kError, "ingest", "%s\n",
         common::TerminalSafe(opened.status().ToString()).c_str());
    return DaemonOutcome::Runtime();
  }
  std::unique_ptr<KafkaSource> source = std::move(opened).value();

  std::unique_ptr<KafkaProducer> dlq_producer;  // also the facts producer of the extract stage
  std::unique_ptr<DeadLetterTopic> dlq;
  std::unique_ptr<FactsTopicSink> facts_sink;
  if (!args.dlq_topic.empty()) {
    auto p = KafkaProducer::Open(ProducerProperties(props));
    if (!p.ok()) {
      LogF(LogLevel::kInfo, "ingest", "%s\n", common::TerminalSafe(p.status().ToString()).c_str());
      return DaemonOutcome::Runtime();
    }
    dlq_producer = std::move(p).value();
    if (extract_stage) {
      facts_sink =
          std::make_unique<FactsTopicSink>(dlq_producer.get(), args.facts_topic, args.dlq_topic);
    } else {
      dlq = std::make_unique<DeadLetterTopic>(dlq_producer.get(), args.dlq_topic);
    }
  }

  IngestMetrics metrics;
  metrics.SetBuildInfo(args.build_version, extract::Extractor::kVersion,
                       store::Store::kSchemaVersion);
  MetricsServer server(&metrics, MetricsOptionsOf(args));
  if (DaemonOutcome started = StartServers(args, &server); started.exit != DaemonOutcome::Exit::kOk)
    return started;

  WorkerPool pool(args.threads);
  PipelineOptions popts;
  popts.max_message_bytes = args.max_message_bytes;
  popts.max_facts_per_article = args.max_facts_per_article;
  popts.pool = &pool;
  popts.sink = facts_sink.get();
  if (store_stage) popts.input = PipelineInput::kFactRecords;
  const Clock& clock = SystemClock::Get();
  Pipeline pipeline(extractor, db.get(), clock, popts);
  KafkaSource& kafka = *source;
  // The guard rail: indicators need every article. A member holding only some partitions of
  // its topics (others share the group) sees a share of them, so its indicators and alerts
  // would be wrong: it says so, and pauses them unless --partial-indicators.
  std::vector<std::string> last_unassigned;
  bool indicators_paused = false;
  auto paused = [&] {
    std::vector<std::string> missing = kafka.UnassignedPartitions();
    if (missing != last_unassigned) {
      last_unassigned = missing;
      indicators_paused = !missing.empty() && !args.partial_indicators;
      if (!missing.empty()) {
        LogF(LogLevel::kWarn, "ingest",
             "WARNING: this member is not assigned %zu partition(s) "
             "of its topics (%s): other members of group '%s' consume them, so the "
             "indicators and alerts of any one member are built from a share of the "
             "articles. %s Fix: run the two-stage setup (ingest --no-store "
             "--facts-topic T as the shared group, and every indicator store as "
             "ingest --from-facts T --group <own id>; see README \"Scale-out\"), or "
             "run a single member.\n",
             missing.size(), fmt::format("{}", fmt::join(missing, ",")).c_str(), args.group.c_str(),
             args.partial_indicators
                 ? "--partial-indicators: updating them anyway."
                 : "Indicators and alerts are PAUSED (facts are still stored; after "
                   "the fix, `newsfacts reindex` rebuilds the indicators).");
      } else {
        LogF(LogLevel::kInfo, "ingest",
             "this member holds every partition again: indicators "
             "and alerts resume.\n");
      }
      metrics.SetIndicatorCoverage(missing.size(), indicators_paused);
    }
    return indicators_paused;
  };
  std::unique_ptr<IndicatorFeed> feed;
  if (!extract_stage && !AttachIndicators(args, db.get(), clock, ProducerProperties(props),
                                          &pipeline, &feed, paused, &metrics)) {
    return DaemonOutcome::Runtime();
  }
  std::unique_ptr<ApiServer> api;
  if (DaemonOutcome started = StartApi(args, db.get(), &metrics, feed.get(), &api);
      started.exit != DaemonOutcome::Exit::kOk)
    return started;
  if (dlq) {
    pipeline.AddObserver([&](const BatchOutcome& outcome) {
      for (const auto& d : outcome.dead_letters) {
        if (!dlq->Publish(d).ok()) metrics.RecordDlqFailure();
      }
    });
  }

  RunOptions options;
  options.batch_size = args.batch_size;
  // Batch N+1 is polled and extracted while batch N is written (--threads >= 2). A rebalance
  // inside Poll first waits for that write and commits it (the runner's barrier), so revoked
  // partitions are handed over with positions that cover everything stored. The pre-write
  // stages (indicators, alerts) run on the pool's writer thread, one batch at a time; the
  // observers (alert publishing, DLQ) on this thread once the batch is durable, while the
  // next batch is applied (runner.h); on_poll runs only while no batch is being applied.
  options.overlap = true;
  int64_t last_refresh = clock.NowMs();
  int64_t last_line = last_refresh;
  (void)metrics.StatsLine(last_line);  // starts the rate window
  RunTotals totals;
  auto progress = [&](bool final) {
    if (!args.on_progress || !args.exit_at_end) return;
    const KafkaSource::Progress p = kafka.BackfillProgress();
    args.on_progress({totals.articles, p.done, p.total, final});
  };
  options.on_poll = [&] {
    progress(false);
    if (db && args.backup_requested && args.backup_requested->exchange(false))
      (void)ServeHotBackup(db.get(), args.db);
    if (dlq_producer) dlq_producer->Poll();
    if (feed) (void)paused();  // the guard rail's log and metrics follow rebalances at once
    const int64_t now = clock.NowMs();
    if (now - last_refresh >= 1000) {
      metrics.SetLag(kafka.Lag());
      metrics.SetBrokerState(kafka.brokers_down(), kafka.broker_errors(), kafka.rebalances(),
                             kafka.uncommitted_handovers());
      last_refresh = now;
    }
    if (args.stats_interval_s > 0 && now - last_line >= args.stats_interval_s * 1000) {
      metrics.SetLag(kafka.Lag());
      LogF(LogLevel::kInfo, "ingest", "%s\n", metrics.StatsLine(now).c_str());
      last_line = now;
    }
  };
  if (!args.quiet) {
    LogF(LogLevel::kInfo, "ingest", "consuming %s as group '%s' %s %s\n",
         fmt::format("{}", fmt::join(args.topics, ",")).c_str(), args.group.c_str(),
         extract_stage ? "as the extract stage, facts to" : "into",
         extract_stage ? args.facts_topic.c_str() : args.db.c_str());
  }
  common::Status s = Run(kafka, pipeline, stop, options, &totals, [&](const BatchOutcome& outcome) {
    PrintRejections(outcome);
    metrics.RecordBatch(outcome, totals.last_batch_micros, clock.NowMs());
  });
  progress(true);
  watchdog->SetExitCode(s.ok() ? 0 : 1);
  // Shutdown: the batch in flight is stored. Publish pending dead letters, commit, leave the
  // group and destroy the Kafka clients — on a helper thread, bounded: with the brokers gone
  // (or after outages) these librdkafka calls can wait for minutes. Past the bound we exit
  // without them; nothing is lost (the positions are in the DB, made durable first; the
  // next start resumes from it). The ShutdownWatchdog bounds everything else.
  std::atomic<bool> closed_done{false};
  common::Status closed;
  std::thread closer([&] {
    if (dlq_producer && !dlq_producer->Flush(std::chrono::milliseconds(1500)).ok()) {
      LogF(LogLevel::kInfo, "ingest",
           "some dead letters were not published to %s (they are in "
           "the DB)\n",
           args.dlq_topic.c_str());
    }
    closed = kafka.Close();
    source.reset();  // rd_kafka_destroy
    dlq.reset();
    dlq_producer.reset();
    closed_done.store(true);
  });
  const auto close_deadline = std::chrono::steady_clock::now() + kCloseBound;
  while (!closed_done.load() && std::chrono::steady_clock::now() < close_deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!closed_done.load()) {
    common::Status synced = db ? db->SyncWal() : common::Status::Ok();
    LogF(LogLevel::kInfo, "ingest",
         "Kafka client did not shut down within %lld ms: exiting "
         "without the final commit (%s); stopped after %zu messages\n",
         static_cast<long long>(kCloseBound.count()),
         synced.ok() ? "positions are durable in the DB"
                     : ("syncing the DB failed: " + synced.ToString()).c_str(),
         totals.messages);
    std::fflush(stderr);
    std::_Exit(s.ok() && synced.ok() ? 0 : 1);
  }
  closer.join();
  if (!closed.ok())
    LogF(LogLevel::kError, "ingest", "%s\n", common::TerminalSafe(closed.ToString()).c_str());
  server.Stop();
  if (!args.quiet || !s.ok()) {
    LogF(LogLevel::kInfo, "ingest", "%s\n", metrics.StatsLine(clock.NowMs()).c_str());
    LogF(LogLevel::kInfo, "ingest",
         "stopped after %zu messages, %zu articles, %zu facts, "
         "%zu dead letters\n",
         totals.messages, totals.articles, totals.facts, totals.dead_letters);
  }
  if (!s.ok()) {
    LogF(LogLevel::kError, "ingest", "%s\n", common::TerminalSafe(s.ToString()).c_str());
    return DaemonOutcome::Runtime();
  }
  return DaemonOutcome::Ok();
}

DaemonOutcome RunFileIngest(const DaemonOptions& args, const extract::Extractor& extractor,
                            const std::atomic<bool>& stop, ShutdownWatchdog* watchdog) {
  if (args.resume && args.input == "-")
    return DaemonOutcome::Usage("--resume needs a file, not stdin");
  std::unique_ptr<store::Store> db;
  if (!OpenStoreOrFail(args, false, &db)) return DaemonOutcome::Runtime();
  WatchedStore watched(watchdog, db.get());
  FileSourceOptions fopts;
  fopts.max_line_bytes = args.max_message_bytes;
  fopts.max_batch_bytes = args.max_batch_bytes;
  fopts.linger = std::chrono::milliseconds(args.linger_ms);
  if (args.resume) {
    auto next = db->GetNextOffset(FileSource::SourceName(args.input), 0);
    if (!next.ok()) {
      LogF(LogLevel::kInfo, "ingest", "%s\n",
           common::TerminalSafe(next.status().ToString()).c_str());
      return DaemonOutcome::Runtime();
    }
    fopts.start_line = next->value_or(0);
    if (!args.quiet && fopts.start_line > 0) {
      LogF(LogLevel::kInfo, "ingest", "resuming %s after line %lld (stored position)\n",
           args.input.c_str(), static_cast<long long>(fopts.start_line));
    }
  }
  auto source = FileSource::Open(args.input, fopts);
  if (!source.ok()) {
    LogF(LogLevel::kInfo, "ingest", "%s\n",
         common::TerminalSafe(source.status().message()).c_str());
    return DaemonOutcome::Runtime();
  }
  WorkerPool pool(args.threads);
  PipelineOptions popts;
  popts.max_message_bytes = args.max_message_bytes;
  popts.max_facts_per_article = args.max_facts_per_article;
  popts.pool = &pool;
  Pipeline pipeline(extractor, db.get(), SystemClock::Get(), popts);
  std::unique_ptr<IndicatorFeed> feed;
  if (!AttachIndicators(
          args, db.get(), SystemClock::Get(),
          args.alerts_topic.empty() ? KafkaProperties{} : ProducerProperties(args.properties),
          &pipeline, &feed)) {
    return DaemonOutcome::Runtime();
  }
  std::unique_ptr<ApiServer> api;
  if (DaemonOutcome started = StartApi(args, db.get(), nullptr, feed.get(), &api);
      started.exit != DaemonOutcome::Exit::kOk)
    return started;
  RunOptions options;
  options.batch_size = args.batch_size;
  options.overlap = true;  // a file has no rebalances: batch N+1 is extracted while N is written
  options.on_poll = [&] {
    if (args.backup_requested && args.backup_requested->exchange(false))
      (void)ServeHotBackup(db.get(), args.db);
  };
  RunTotals totals;
  std::error_code size_error;
  const auto file_size = args.input == "-" ? 0 : std::filesystem::file_size(args.input, size_error);
  const int64_t total_bytes = size_error ? 0 : static_cast<int64_t>(file_size);
  const FileSource& file = **source;
  auto progress = [&](bool final) {
    if (args.on_progress)
      args.on_progress(
          {totals.articles, static_cast<int64_t>(file.bytes_consumed()), total_bytes, final});
  };
  store::WriteResult written;
  common::Status s =
      Run(**source, pipeline, stop, options, &totals, [&](const BatchOutcome& outcome) {
        progress(false);
        PrintRejections(outcome);
        written.articles_new += outcome.write.articles_new;
        written.articles_replaced += outcome.write.articles_replaced;
        written.articles_unchanged += outcome.write.articles_unchanged;
      });
  progress(true);
  if (!args.quiet || !s.ok()) {
    Log(LogLevel::kInfo, "ingest",
        fmt::format("{} lines, {} articles ({} new, {} replaced, "
                    "{} unchanged), {} facts, {} bad lines (stored as dead letters)",
                    totals.messages, totals.articles, written.articles_new,
                    written.articles_replaced, written.articles_unchanged, totals.facts,
                    totals.dead_letters)
            .c_str());
  }
  if (!s.ok()) {
    watchdog->SetExitCode(1);
    LogF(LogLevel::kError, "ingest", "%s\n", common::TerminalSafe(s.ToString()).c_str());
    return DaemonOutcome::Runtime();
  }
  return DaemonOutcome::Ok();
}

}  // namespace newsfacts::ingest
