// newsfacts ingest: the ingestion daemon. Reads articles from Kafka (--brokers/--topic, a
// consumer-group member that runs until SIGINT/SIGTERM) or from a JSONL file or stdin
// (--input, ends at end of file), decodes, extracts and stores them in RocksDB (--db), batch
// by batch. Bad messages become dead letters (stored with their reason, and in Kafka mode
// published to --dlq-topic) and the rest goes on.
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/terminal.h"
#include "ingest/api.h"
#include "ingest/clock.h"
#include "ingest/dead_letter_topic.h"
#include "ingest/file_source.h"
#include "ingest/hot_backup.h"
#include "ingest/indicator_feed.h"
#include "ingest/ingest_metrics.h"
#include "ingest/kafka_client.h"
#include "ingest/kafka_source.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/extractor_factory.h"

namespace newsfacts::tools {

namespace {

// How long the Kafka clients get to commit, leave the group and shut down after the loop
// ended (within ShutdownWatchdog::kShutdownBound of the signal).
constexpr std::chrono::milliseconds kCloseBound{7000};

struct IngestArgs {
  std::string input;
  std::string db;
  std::string entities_file;
  size_t batch_size = 500;
  bool quiet = false;
  // Kafka mode.
  std::string brokers;
  std::vector<std::string> topics;
  std::string group = "newsfacts";
  std::vector<std::string> properties;  // -X key=value
  std::string config_file;
  std::string dlq_topic;
  std::string metrics_address;
  std::string http_address;  // --http: the API of ingest/api.h
  std::string metrics_token;
  bool insecure_public = false;
  double stats_interval_s = 10;
  size_t max_message_bytes = ingest::ArticleDecoder::kDefaultMaxBytes;
  size_t max_batch_bytes = 32 << 20;
  size_t max_facts_per_article = ingest::PipelineOptions().max_facts_per_article;
  bool resume = false;
  bool no_sync = false;
  // Live indicators and the alert feed (ingest/indicator_feed.h).
  std::string indicators_config;
  std::string alerts_file;
  std::string alerts_topic;
  bool no_indicators = false;
};

void PrintRejections(const ingest::BatchOutcome& outcome) {
  for (const auto& r : outcome.rejected) {
    if (r.position.source.rfind("file:", 0) == 0) {
      std::fprintf(stderr, "newsfacts ingest: %s line %lld: %s\n",
                   common::TerminalSafe(r.position.source.substr(5)).c_str(),
                   static_cast<long long>(r.position.offset) + 1,
                   common::TerminalSafe(r.reason).c_str());
    } else {
      std::fprintf(stderr, "newsfacts ingest: dead letter %s/%d@%lld: %s\n",
                   common::TerminalSafe(r.position.source).c_str(), r.position.partition,
                   static_cast<long long>(r.position.offset),
                   common::TerminalSafe(r.reason).c_str());
    }
  }
}

// Properties for librdkafka, lowest precedence first: --config file, -X, then the explicit
// --brokers / --group flags.
ingest::KafkaProperties CollectProperties(const IngestArgs& args, bool consumer) {
  ingest::KafkaProperties props;
  if (!args.config_file.empty()) {
    auto file = ingest::ReadKafkaPropertiesFile(args.config_file);
    if (!file.ok()) throw UsageError(file.status().message());
    props = std::move(file).value();
  }
  for (const auto& kv : args.properties) {
    auto p = ingest::ParseKafkaProperty(kv);
    if (!p.ok()) throw UsageError(p.status().message());
    props.push_back(std::move(p).value());
  }
  if (!args.brokers.empty()) props.emplace_back("bootstrap.servers", args.brokers);
  if (consumer) props.emplace_back("group.id", args.group);
  return props;
}

// Consumer-only properties that a producer sharing the same -X/--config must not get
// (librdkafka would warn about each).
ingest::KafkaProperties ProducerProperties(const ingest::KafkaProperties& all) {
  static const char* const kConsumerOnly[] = {"group.id",
                                              "group.instance.id",
                                              "session.timeout.ms",
                                              "heartbeat.interval.ms",
                                              "partition.assignment.strategy",
                                              "auto.offset.reset",
                                              "enable.auto.commit",
                                              "auto.commit.interval.ms",
                                              "enable.auto.offset.store",
                                              "max.poll.interval.ms",
                                              "queued.min.messages",
                                              "queued.max.messages.kbytes",
                                              "fetch.wait.max.ms",
                                              "fetch.message.max.bytes",
                                              "max.partition.fetch.bytes",
                                              "fetch.max.bytes",
                                              "fetch.min.bytes",
                                              "fetch.error.backoff.ms",
                                              "isolation.level",
                                              "enable.partition.eof",
                                              "check.crcs",
                                              "coordinator.query.interval.ms",
                                              "group.protocol.type"};
  ingest::KafkaProperties out;
  for (const auto& kv : all) {
    bool skip = false;
    for (const char* c : kConsumerOnly) skip |= kv.first == c;
    if (!skip) out.push_back(kv);
  }
  return out;
}

// Attaches live indicators and the alert feed to `pipeline` (unless --no-indicators), after
// re-sending alerts a previous run left unpublished. Returns false (after printing) when the
// config, the alerts file or the alerts producer cannot be set up.
bool AttachIndicators(const IngestArgs& args, store::Store* db, const ingest::Clock& clock,
                      const ingest::KafkaProperties& producer_props, ingest::Pipeline* pipeline,
                      std::unique_ptr<ingest::IndicatorFeed>* feed) {
  if (args.no_indicators) return true;
  ingest::IndicatorFeedOptions fo;
  fo.config_path = args.indicators_config;
  fo.alerts_file = args.alerts_file;
  fo.alerts_topic = args.alerts_topic;
  fo.producer_properties = producer_props;
  auto f = ingest::IndicatorFeed::Create(db, clock, fo);
  if (!f.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n",
                 common::TerminalSafe(f.status().ToString()).c_str());
    return false;
  }
  *feed = std::move(f).value();
  common::Status s = (*feed)->PublishOutbox();
  if (!s.ok()) {
    std::fprintf(stderr, "newsfacts ingest: unpublished alerts kept for later: %s\n",
                 common::TerminalSafe(s.ToString()).c_str());
  }
  (*feed)->Attach(pipeline, [](const common::Status& e) {
    std::fprintf(stderr, "newsfacts ingest: alerts kept for a retry: %s\n",
                 common::TerminalSafe(e.ToString()).c_str());
  });
  return true;
}

// Bounds shutdown: kShutdownBound after the first SIGINT/SIGTERM the process ends whatever
// is still running (a librdkafka call waiting for a broker, a blocked read of stdin, ...).
// Before that it makes the store's completed writes durable (Store::SyncWal, which waits
// for a write in flight), so the positions stored with them are not lost, and says so.
// Thread-safety: SetStore/SetExitCode from the command's thread; the watchdog thread only
// reads them under the mutex.
class ShutdownWatchdog {
 public:
  static constexpr std::chrono::seconds kShutdownBound{10};

  explicit ShutdownWatchdog(const std::atomic<bool>& stop)
      : thread_([this, &stop] { Watch(stop); }) {}
  ~ShutdownWatchdog() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // The store to sync before a forced exit (nullptr before it is closed).
  void SetStore(store::Store* db) {
    std::lock_guard<std::mutex> lock(mu_);
    db_ = db;
  }
  void SetExitCode(int rc) {
    std::lock_guard<std::mutex> lock(mu_);
    exit_code_ = rc;
  }

 private:
  void Watch(const std::atomic<bool>& stop) {
    std::unique_lock<std::mutex> lock(mu_);
    while (!done_ && !stop.load()) cv_.wait_for(lock, std::chrono::milliseconds(50));
    if (done_) return;
    if (cv_.wait_for(lock, kShutdownBound, [this] { return done_; })) return;
    std::string synced = "nothing to sync";
    if (db_ != nullptr) {
      common::Status s = db_->SyncWal();
      synced = s.ok() ? "the DB is durable, positions included"
                      : "syncing the DB failed: " + s.ToString();
    }
    std::fprintf(stderr,
                 "newsfacts ingest: shutdown did not finish within %lld s (a Kafka client "
                 "call did not return); exiting anyway: %s\n",
                 static_cast<long long>(kShutdownBound.count()), synced.c_str());
    std::fflush(stderr);
    std::_Exit(exit_code_);
  }

  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  store::Store* db_ = nullptr;
  int exit_code_ = kExitOk;
  std::thread thread_;
};

// Clears the watchdog's store pointer before the store it points to is destroyed.
struct WatchedStore {
  ShutdownWatchdog* watchdog;
  WatchedStore(ShutdownWatchdog* w, store::Store* db) : watchdog(w) { w->SetStore(db); }
  ~WatchedStore() { watchdog->SetStore(nullptr); }
};

int OpenStoreOrFail(const IngestArgs& args, bool sync, std::unique_ptr<store::Store>* out) {
  store::OpenOptions options;
  options.sync_writes = sync;
  auto db = store::Store::Open(args.db, options);
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n",
                 common::TerminalSafe(db.status().ToString()).c_str());
    return kExitRuntime;
  }
  *out = std::move(db).value();
  return kExitOk;
}

// --http: the HTTP API (ingest/api.h) over this daemon's store, /metrics included. An exit
// code: kExitOk, or (after printing why) kExitUsage for a bad address, kExitRuntime.
int StartHttp(const IngestArgs& args, store::Store* db, const ingest::IngestMetrics* metrics,
              const ingest::IndicatorFeed* feed, std::unique_ptr<ingest::ApiServer>* out) {
  if (args.http_address.empty()) return kExitOk;
  auto api =
      ingest::StartIngestApi(db, args.http_address, metrics, feed ? &feed->config() : nullptr,
                             args.metrics_token, args.insecure_public);
  if (!api.ok()) {
    std::fprintf(stderr, "newsfacts ingest: --http: %s\n",
                 common::TerminalSafe(api.status().ToString()).c_str());
    return api.status().code() == common::Status::Code::kInvalidArgument ? kExitUsage
                                                                         : kExitRuntime;
  }
  *out = std::move(api).value();
  return kExitOk;
}

int RunKafka(const IngestArgs& args, const ExtractorHolder& holder, ShutdownWatchdog* watchdog) {
  if (args.topics.empty()) throw UsageError("--topic is required with --brokers");
  if (args.group.empty()) throw UsageError("--group must not be empty");
  const ingest::KafkaProperties props = CollectProperties(args, /*consumer=*/true);
  bool has_servers = false;
  for (const auto& kv : props) {
    has_servers |= kv.first == "bootstrap.servers" || kv.first == "metadata.broker.list";
  }
  if (!has_servers) throw UsageError("--brokers (or bootstrap.servers in --config/-X) is required");

  if (!args.metrics_address.empty()) {  // a bad or unprotected address is a usage error
    std::string host;
    int port = 0;
    common::Status a = ingest::ParseHostPort(args.metrics_address, &host, &port);
    if (!a.ok()) throw UsageError(a.message());
    if (!ingest::IsLoopbackHost(host) && args.metrics_token.empty() && !args.insecure_public)
      throw UsageError("--metrics " + args.metrics_address +
                       " is reachable from other hosts: add --metrics-token TOKEN or "
                       "--insecure-public");
  }
  std::unique_ptr<store::Store> db;
  if (int rc = OpenStoreOrFail(args, !args.no_sync, &db); rc != kExitOk) return rc;
  WatchedStore watched(watchdog, db.get());

  ingest::KafkaSourceOptions kopts;
  kopts.topics = args.topics;
  kopts.max_message_bytes = args.max_message_bytes;
  kopts.max_batch_bytes = args.max_batch_bytes;
  // Bounded memory whatever the lag: at most this much prefetched (overridable with -X).
  kopts.properties.emplace_back("queued.max.messages.kbytes", "32768");
  for (const auto& kv : props) kopts.properties.push_back(kv);
  auto opened = ingest::KafkaSource::Open(std::move(kopts), db.get());
  if (!opened.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n",
                 common::TerminalSafe(opened.status().ToString()).c_str());
    return opened.status().code() == common::Status::Code::kInvalidArgument ? kExitUsage
                                                                            : kExitRuntime;
  }
  std::unique_ptr<ingest::KafkaSource> source = std::move(opened).value();

  std::unique_ptr<ingest::KafkaProducer> dlq_producer;
  std::unique_ptr<ingest::DeadLetterTopic> dlq;
  if (!args.dlq_topic.empty()) {
    auto p = ingest::KafkaProducer::Open(ProducerProperties(props));
    if (!p.ok()) {
      std::fprintf(stderr, "newsfacts ingest: %s\n",
                   common::TerminalSafe(p.status().ToString()).c_str());
      return kExitRuntime;
    }
    dlq_producer = std::move(p).value();
    dlq = std::make_unique<ingest::DeadLetterTopic>(dlq_producer.get(), args.dlq_topic);
  }

  ingest::IngestMetrics metrics;
  metrics.SetBuildInfo(NEWSFACTS_VERSION, extract::Extractor::kVersion,
                       store::Store::kSchemaVersion);
  ingest::MetricsServerOptions mopts;
  mopts.token = args.metrics_token;
  mopts.insecure_public = args.insecure_public;
  ingest::MetricsServer server(&metrics, mopts);
  if (!args.metrics_address.empty()) {
    common::Status s = server.Start(args.metrics_address);
    if (!s.ok()) {
      std::fprintf(stderr, "newsfacts ingest: %s\n", common::TerminalSafe(s.ToString()).c_str());
      return s.code() == common::Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime;
    }
  }

  ingest::PipelineOptions popts;
  popts.max_message_bytes = args.max_message_bytes;
  popts.max_facts_per_article = args.max_facts_per_article;
  const ingest::Clock& clock = ingest::SystemClock::Get();
  ingest::Pipeline pipeline(*holder.extractor, db.get(), clock, popts);
  std::unique_ptr<ingest::IndicatorFeed> feed;
  if (!AttachIndicators(args, db.get(), clock, ProducerProperties(props), &pipeline, &feed)) {
    return kExitRuntime;
  }
  std::unique_ptr<ingest::ApiServer> api;
  if (int rc = StartHttp(args, db.get(), &metrics, feed.get(), &api); rc != kExitOk) return rc;
  if (dlq) {
    pipeline.AddObserver([&](const ingest::BatchOutcome& outcome) {
      for (const auto& d : outcome.dead_letters) {
        if (!dlq->Publish(d).ok()) metrics.RecordDlqFailure();
      }
    });
  }

  ingest::KafkaSource& kafka = *source;
  ingest::RunOptions options;
  options.batch_size = args.batch_size;
  int64_t last_refresh = clock.NowMs();
  int64_t last_line = last_refresh;
  (void)metrics.StatsLine(last_line);  // starts the rate window
  std::atomic<bool>& backup = InstallBackupSignal();
  options.on_poll = [&] {
    if (backup.exchange(false)) (void)ingest::ServeHotBackup(db.get(), args.db);
    if (dlq_producer) dlq_producer->Poll();
    const int64_t now = clock.NowMs();
    if (now - last_refresh >= 1000) {
      metrics.SetLag(kafka.Lag());
      metrics.SetBrokerState(kafka.brokers_down(), kafka.broker_errors(), kafka.rebalances());
      last_refresh = now;
    }
    if (args.stats_interval_s > 0 && now - last_line >= args.stats_interval_s * 1000) {
      metrics.SetLag(kafka.Lag());
      std::fprintf(stderr, "newsfacts ingest: %s\n", metrics.StatsLine(now).c_str());
      last_line = now;
    }
  };
  ingest::RunTotals totals;
  if (!args.quiet) {
    std::fprintf(stderr, "newsfacts ingest: consuming %s as group '%s' into %s\n",
                 fmt::format("{}", fmt::join(args.topics, ",")).c_str(), args.group.c_str(),
                 args.db.c_str());
  }
  const auto& stop = InstallStopSignals();  // already installed by RunIngest: same flag
  common::Status s = ingest::Run(
      kafka, pipeline, stop, options, &totals, [&](const ingest::BatchOutcome& outcome) {
        PrintRejections(outcome);
        metrics.RecordBatch(outcome, totals.last_batch_micros, clock.NowMs());
      });
  watchdog->SetExitCode(s.ok() ? kExitOk : kExitRuntime);
  // Shutdown: the batch in flight is stored. Publish pending dead letters, commit, leave the
  // group and destroy the Kafka clients — on a helper thread, bounded: with the brokers gone
  // (or after outages) these librdkafka calls can wait for minutes. Past the bound we exit
  // without them; nothing is lost (the positions are in the DB, made durable first; the
  // next start resumes from it). The ShutdownWatchdog bounds everything else.
  std::atomic<bool> closed_done{false};
  common::Status closed;
  std::thread closer([&] {
    if (dlq_producer && !dlq_producer->Flush(std::chrono::milliseconds(1500)).ok()) {
      std::fprintf(stderr,
                   "newsfacts ingest: some dead letters were not published to %s (they are in "
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
    common::Status synced = db->SyncWal();
    std::fprintf(stderr,
                 "newsfacts ingest: Kafka client did not shut down within %lld ms: exiting "
                 "without the final commit (%s); stopped after %zu messages\n",
                 static_cast<long long>(kCloseBound.count()),
                 synced.ok() ? "positions are durable in the DB"
                             : ("syncing the DB failed: " + synced.ToString()).c_str(),
                 totals.messages);
    std::fflush(stderr);
    std::_Exit(s.ok() && synced.ok() ? kExitOk : kExitRuntime);
  }
  closer.join();
  if (!closed.ok())
    std::fprintf(stderr, "newsfacts ingest: %s\n", common::TerminalSafe(closed.ToString()).c_str());
  server.Stop();
  if (!args.quiet || !s.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n", metrics.StatsLine(clock.NowMs()).c_str());
    std::fprintf(stderr,
                 "newsfacts ingest: stopped after %zu messages, %zu articles, %zu facts, "
                 "%zu dead letters\n",
                 totals.messages, totals.articles, totals.facts, totals.dead_letters);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n", common::TerminalSafe(s.ToString()).c_str());
    return kExitRuntime;
  }
  return kExitOk;
}

int RunFile(const IngestArgs& args, const ExtractorHolder& holder, ShutdownWatchdog* watchdog) {
  if (args.resume && args.input == "-") throw UsageError("--resume needs a file, not stdin");
  std::unique_ptr<store::Store> db;
  if (int rc = OpenStoreOrFail(args, false, &db); rc != kExitOk) return rc;
  WatchedStore watched(watchdog, db.get());
  ingest::FileSourceOptions fopts;
  fopts.max_line_bytes = args.max_message_bytes;
  fopts.max_batch_bytes = args.max_batch_bytes;
  if (args.resume) {
    auto next = db->GetNextOffset(ingest::FileSource::SourceName(args.input), 0);
    if (!next.ok()) {
      std::fprintf(stderr, "newsfacts ingest: %s\n",
                   common::TerminalSafe(next.status().ToString()).c_str());
      return kExitRuntime;
    }
    fopts.start_line = next->value_or(0);
    if (!args.quiet && fopts.start_line > 0) {
      std::fprintf(stderr, "newsfacts ingest: resuming %s after line %lld (stored position)\n",
                   args.input.c_str(), static_cast<long long>(fopts.start_line));
    }
  }
  auto source = ingest::FileSource::Open(args.input, fopts);
  if (!source.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n",
                 common::TerminalSafe(source.status().message()).c_str());
    return kExitRuntime;
  }
  ingest::PipelineOptions popts;
  popts.max_message_bytes = args.max_message_bytes;
  popts.max_facts_per_article = args.max_facts_per_article;
  ingest::Pipeline pipeline(*holder.extractor, db.get(), ingest::SystemClock::Get(), popts);
  std::unique_ptr<ingest::IndicatorFeed> feed;
  if (!AttachIndicators(args, db.get(), ingest::SystemClock::Get(),
                        args.alerts_topic.empty()
                            ? ingest::KafkaProperties{}
                            : ProducerProperties(CollectProperties(args, /*consumer=*/false)),
                        &pipeline, &feed)) {
    return kExitRuntime;
  }
  std::unique_ptr<ingest::ApiServer> api;
  if (int rc = StartHttp(args, db.get(), nullptr, feed.get(), &api); rc != kExitOk) return rc;
  ingest::RunOptions options;
  options.batch_size = args.batch_size;
  std::atomic<bool>& backup = InstallBackupSignal();
  options.on_poll = [&] {
    if (backup.exchange(false)) (void)ingest::ServeHotBackup(db.get(), args.db);
  };
  ingest::RunTotals totals;
  store::WriteResult written;
  const auto& stop = InstallStopSignals();
  common::Status s = ingest::Run(**source, pipeline, stop, options, &totals,
                                 [&](const ingest::BatchOutcome& outcome) {
                                   PrintRejections(outcome);
                                   written.articles_new += outcome.write.articles_new;
                                   written.articles_replaced += outcome.write.articles_replaced;
                                   written.articles_unchanged += outcome.write.articles_unchanged;
                                 });
  if (!args.quiet || !s.ok()) {
    std::fprintf(stderr, "%s",
                 fmt::format("newsfacts ingest: {} lines, {} articles ({} new, {} replaced, "
                             "{} unchanged), {} facts, {} bad lines (stored as dead letters)\n",
                             totals.messages, totals.articles, written.articles_new,
                             written.articles_replaced, written.articles_unchanged, totals.facts,
                             totals.dead_letters)
                     .c_str());
  }
  if (!s.ok()) {
    watchdog->SetExitCode(kExitRuntime);
    std::fprintf(stderr, "newsfacts ingest: %s\n", common::TerminalSafe(s.ToString()).c_str());
    return kExitRuntime;
  }
  return kExitOk;
}

int RunIngest(const IngestArgs& args) {
  const bool kafka = !args.brokers.empty() || !args.topics.empty();
  if (kafka && !args.input.empty()) throw UsageError("use either --input or --brokers/--topic");
  if (!kafka && args.input.empty()) {
    throw UsageError("--input FILE|- or --brokers HOST:PORT --topic T is required");
  }
  if (args.db.empty()) throw UsageError("--db DIR is required");
  if (args.batch_size == 0) throw UsageError("--batch-size must be at least 1");
  if (args.max_batch_bytes == 0) throw UsageError("--max-batch-bytes must be at least 1");
  if (args.resume && kafka) throw UsageError("--resume is for --input (Kafka always resumes)");
  // Early, so a SIGTERM during start-up (loading the extractor, joining the group) still
  // means a clean stop with exit 0.
  ShutdownWatchdog watchdog(InstallStopSignals());
  ExtractorHolder holder = MakeExtractor(args.entities_file);
  return kafka ? RunKafka(args, holder, &watchdog) : RunFile(args, holder, &watchdog);
}

}  // namespace

Command AddIngestCommand(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  Command c;
  c.app = app.add_subcommand(
      "ingest",
      "Ingest articles into a RocksDB fact store: from Kafka (a consumer-group daemon that runs "
      "until SIGINT/SIGTERM) or from a JSONL file or stdin");
  c.app->add_option("--input", args->input, "JSONL file of articles, or - for stdin");
  c.app->add_option("--db", args->db, "Database directory (created if missing)");
  c.app->add_option("--batch-size", args->batch_size, "Messages per atomic write")
      ->capture_default_str();
  c.app->add_option("--entities-file", args->entities_file,
                    "Extra gazetteer entries merged over the default");
  c.app
      ->add_option("--max-message-bytes", args->max_message_bytes,
                   "Larger messages are dead letters keeping their first 4 KiB, size and hash")
      ->capture_default_str();
  c.app
      ->add_option("--max-batch-bytes", args->max_batch_bytes,
                   "A batch ends once its messages hold this many bytes")
      ->capture_default_str();
  c.app
      ->add_option("--max-facts-per-article", args->max_facts_per_article,
                   "An article yielding more facts is a dead letter (0 = no limit)")
      ->capture_default_str();
  c.app->add_flag("--resume", args->resume,
                  "File mode: skip the lines before the position stored for --input in the DB");
  c.app->add_flag("-q,--quiet", args->quiet, "No summary line");
  c.app->add_option("--brokers", args->brokers, "Kafka bootstrap servers HOST:PORT[,...]");
  c.app->add_option("--topic", args->topics, "Kafka topic to consume (repeatable)")
      ->allow_extra_args(false);
  c.app->add_option("--group", args->group, "Kafka consumer group")->capture_default_str();
  c.app
      ->add_option("-X", args->properties,
                   "librdkafka property key=value (repeatable; overrides --config)")
      ->allow_extra_args(false);
  c.app->add_option("--config", args->config_file, "librdkafka properties file (key=value lines)");
  c.app->add_option("--dlq-topic", args->dlq_topic,
                    "Kafka topic for dead letters (JSON envelope, payload base64)");
  c.app->add_option("--metrics", args->metrics_address,
                    "Serve Prometheus metrics on HOST:PORT/metrics (e.g. 127.0.0.1:9464, "
                    "[::1]:9464)");
  c.app->add_option("--http", args->http_address,
                    "Serve the HTTP API and dashboard on HOST:PORT (as `newsfacts serve`; "
                    "/metrics included); --metrics-token and --insecure-public apply");
  c.app->add_option("--metrics-token", args->metrics_token,
                    "Require 'Authorization: Bearer TOKEN' on /metrics (needed for a "
                    "non-loopback --metrics address)");
  c.app->add_flag("--insecure-public", args->insecure_public,
                  "Allow a non-loopback --metrics address without --metrics-token");
  c.app
      ->add_option("--stats-interval", args->stats_interval_s,
                   "Seconds between stats lines on stderr (0 = none)")
      ->capture_default_str();
  c.app->add_option("--indicators-config", args->indicators_config,
                    "Indicator and alert rules (TOML; default: the built-in set)");
  c.app->add_option("--alerts-file", args->alerts_file, "Append alerts as JSON lines to FILE");
  c.app->add_option("--alerts-topic", args->alerts_topic,
                    "Publish alerts to this Kafka topic (key = alert id)");
  c.app->add_flag("--no-indicators", args->no_indicators,
                  "Do not maintain indicators or raise alerts");
  c.app->add_flag("--no-sync", args->no_sync,
                  "Kafka mode: do not fsync the WAL per batch (survives a process crash, not a "
                  "power loss)");
  c.run = [args] { return RunIngest(*args); };
  return c;
}

}  // namespace newsfacts::tools
