// newsfacts ingest: flag parsing for the ingestion daemon (its assembly is ingest/daemon.h).
// Reads articles from Kafka (--brokers/--topic, a
// consumer-group member that runs until SIGINT/SIGTERM) or from a JSONL file or stdin
// (--input, ends at end of file), decodes, extracts and stores them in RocksDB (--db), batch
// by batch. Bad messages become dead letters (stored with their reason, and in Kafka mode
// published to --dlq-topic) and the rest goes on.
#include <atomic>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/time.h"
#include "ingest/daemon.h"
#include "ingest/kafka_client.h"
#include "ingest/pipeline.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/extractor_factory.h"
#include "tools/kafka_flags.h"
#include "tools/threads_flag.h"

namespace newsfacts::tools {

namespace {

struct IngestArgs {
  std::string input;
  std::string db;
  std::string entities_file;
  size_t batch_size = 500;
  std::string threads;  // --threads (tools/threads_flag.h)
  int64_t linger_ms = 100;
  bool quiet = false;
  // Kafka mode.
  KafkaFlags kafka;  // -b, -t (repeatable), -X, -F
  std::string group = "newsfacts";
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
  // Scale-out (README "Scale-out").
  std::string facts_topic;  // extract stage: produce facts records here
  bool no_store = false;    // extract stage: no DB
  std::string from_facts;   // store stage: consume this facts topic
  bool partial_indicators = false;
  bool group_given = false;  // --group was on the command line
  // Kafka start position and backfill end.
  bool from_beginning = false;
  std::optional<int64_t> offset;
  std::string offset_time;
  bool exit_at_end = false;
};

// --from-beginning | --offset N | --offset-time T (at most one; Kafka mode only).
ingest::StartPosition StartOf(const IngestArgs& args, bool kafka) {
  const int given =
      (args.from_beginning ? 1 : 0) + (args.offset ? 1 : 0) + (args.offset_time.empty() ? 0 : 1);
  if (given == 0) return {};
  if (given > 1) throw UsageError("use one of --from-beginning, --offset, --offset-time");
  if (!kafka) {
    throw UsageError(
        "--from-beginning/--offset/--offset-time are for Kafka (-b/-t); with --input, use "
        "--resume");
  }
  ingest::StartPosition start;
  if (args.from_beginning) {
    start.kind = ingest::StartPosition::Kind::kBeginning;
  } else if (args.offset) {
    if (*args.offset < 0) throw UsageError("--offset must not be negative");
    start.kind = ingest::StartPosition::Kind::kOffset;
    start.value = *args.offset;
  } else {
    start.kind = ingest::StartPosition::Kind::kTime;
    const std::string& t = args.offset_time;
    int64_t ms = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), ms);
    if (ec == std::errc() && end == t.data() + t.size()) {
      start.value = ms;
    } else if (auto parsed = common::ParseRfc3339Ms(t)) {
      start.value = *parsed;
    } else {
      throw UsageError(
          "--offset-time must be an RFC 3339 time, a date or ms since the epoch, got '" + t + "'");
    }
  }
  return start;
}

int RunIngest(IngestArgs args) {
  ingest::DaemonOptions::Role role = ingest::DaemonOptions::Role::kEmbedded;
  if (!args.facts_topic.empty() || args.no_store) {
    if (args.facts_topic.empty() || !args.no_store) {
      throw UsageError("the extract stage is --facts-topic T --no-store (both)");
    }
    if (!args.from_facts.empty()) throw UsageError("use either --no-store or --from-facts");
    if (!args.db.empty()) throw UsageError("--no-store keeps no DB: drop --db");
    role = ingest::DaemonOptions::Role::kExtractStage;
  }
  if (!args.from_facts.empty()) {
    if (!args.kafka.topics.empty()) throw UsageError("use either --topic or --from-facts");
    if (!args.input.empty()) throw UsageError("use either --input or --from-facts");
    if (!args.group_given) {
      throw UsageError(
          "--from-facts needs --group ID of its own: every store replica reads all of the facts "
          "topic in its own consumer group");
    }
    args.kafka.topics = {args.from_facts};
    role = ingest::DaemonOptions::Role::kStoreStage;
  }
  const bool kafka = !args.kafka.brokers.empty() || !args.kafka.topics.empty();
  if (kafka && !args.input.empty()) throw UsageError("use either --input or --brokers/--topic");
  if (!kafka && args.input.empty()) {
    throw UsageError("--input FILE|- or --brokers HOST:PORT --topic T is required");
  }
  if (args.db.empty() && role != ingest::DaemonOptions::Role::kExtractStage) {
    throw UsageError("--db DIR is required");
  }
  if (args.batch_size == 0) throw UsageError("--batch-size must be at least 1");
  const size_t threads = ThreadsFromFlag(args.threads);
  if (args.linger_ms < 0) throw UsageError("--linger-ms must not be negative");
  if (args.max_batch_bytes == 0) throw UsageError("--max-batch-bytes must be at least 1");
  if (args.resume && kafka) throw UsageError("--resume is for --input (Kafka always resumes)");
  // Broker-only flags in file mode are usage errors, never silently ignored.
  if (!kafka && !args.dlq_topic.empty()) {
    throw UsageError(
        "--dlq-topic needs Kafka mode (-b/-t); with --input, dead letters are "
        "stored in the DB (see `newsfacts dead-letters list`)");
  }
  if (!kafka && !args.alerts_topic.empty()) {
    if (!args.kafka.HasBroker()) {
      throw UsageError(
          "--alerts-topic needs a broker: add -b HOST:PORT (or bootstrap.servers "
          "in -F FILE / -X)");
    }
  }
  if (kafka && args.group.empty()) throw UsageError("--group must not be empty");
  const ingest::StartPosition start = StartOf(args, kafka);
  if (args.exit_at_end && !kafka) {
    throw UsageError("--exit-at-end is for Kafka (-b/-t); file ingest always ends at the end");
  }
  ingest::DaemonOptions o;
  o.role = role;
  o.facts_topic = args.facts_topic;
  o.partial_indicators = args.partial_indicators;
  o.db = args.db;
  o.quiet = args.quiet;
  o.batch_size = args.batch_size;
  o.threads = threads;
  o.linger_ms = args.linger_ms;
  o.backup_requested = &InstallBackupSignal();
  o.build_version = NEWSFACTS_VERSION;
  o.max_message_bytes = args.max_message_bytes;
  o.max_batch_bytes = args.max_batch_bytes;
  o.max_facts_per_article = args.max_facts_per_article;
  o.input = args.input;
  o.resume = args.resume;
  o.topics = args.kafka.topics;
  o.group = args.group;
  o.start = start;
  o.exit_at_end = args.exit_at_end;
  if (kafka || !args.alerts_topic.empty()) {
    o.properties = args.kafka.ConsumerProperties();  // -F/$NEWSFACTS_CONFIG, -X, -b
    if (kafka) o.properties.emplace_back("group.id", args.group);
  }
  o.dlq_topic = args.dlq_topic;
  o.metrics_address = args.metrics_address;
  o.http_address = args.http_address;
  o.metrics_token = args.metrics_token;
  o.insecure_public = args.insecure_public;
  o.stats_interval_s = args.stats_interval_s;
  o.no_sync = args.no_sync;
  o.indicators = !args.no_indicators;
  o.indicators_config = args.indicators_config;
  o.alerts_file = args.alerts_file;
  o.alerts_topic = args.alerts_topic;
  // Early, so a SIGTERM during start-up (loading the extractor, joining the group) still
  // means a clean stop with exit 0.
  const std::atomic<bool>& stop = InstallStopSignals();
  ingest::ShutdownWatchdog watchdog(stop);
  ExtractorHolder holder = MakeExtractor(args.entities_file);
  ProgressLine progress("ingest", kafka ? "messages" : "bytes", ProgressWanted(args.quiet));
  o.on_progress = [&progress](const ingest::DaemonOptions::Progress& p) {
    if (p.final) {
      progress.Finish();
    } else {
      progress.Update(p.articles, p.done, p.total);
    }
  };
  const ingest::DaemonOutcome outcome =
      kafka ? ingest::RunKafkaDaemon(o, *holder.extractor, stop, &watchdog)
            : ingest::RunFileIngest(o, *holder.extractor, stop, &watchdog);
  switch (outcome.exit) {
    case ingest::DaemonOutcome::Exit::kOk:
      return kExitOk;
    case ingest::DaemonOutcome::Exit::kUsage:
      throw UsageError(outcome.usage_message);
    case ingest::DaemonOutcome::Exit::kRuntime:
      break;
  }
  return kExitRuntime;
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
  c.app
      ->add_option("--linger-ms", args->linger_ms,
                   "stdin/pipe: store a batch after this much silence (ms)")
      ->capture_default_str();
  c.app->add_option("--batch-size", args->batch_size, "Messages per atomic write")
      ->capture_default_str();
  AddThreadsOption(c.app, &args->threads);
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
  c.app->add_flag("-q,--quiet", args->quiet,
                  "No summary line and no progress line (the progress line is drawn only when "
                  "stderr is a terminal: file ingest, and Kafka with --exit-at-end)");
  args->kafka.RegisterConsumer(c.app, "Kafka topic to consume (repeatable)");
  c.app->add_option("--group", args->group, "Kafka consumer group")->capture_default_str();
  c.app->add_flag("--from-beginning", args->from_beginning,
                  "Kafka: start every partition at its first offset");
  c.app->add_option("--offset", args->offset, "Kafka: start every partition at offset N");
  c.app->add_option("--offset-time", args->offset_time,
                    "Kafka: start every partition at the first message at or after T (RFC 3339, "
                    "a date, or ms since the epoch; needs Kafka >= 0.10.1). The start flags "
                    "override the stored position on each start of the process (never on a "
                    "rebalance); without them a partition resumes where the DB says");
  c.app->add_flag("--exit-at-end", args->exit_at_end,
                  "Kafka backfill: stop once every assigned partition reached the end offset it "
                  "had at start, print the summary and exit 0");
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
  c.app->add_option("--facts-topic", args->facts_topic,
                    "Extract stage (with --no-store): produce one facts record per article to "
                    "this topic (key = article id) instead of storing");
  c.app->add_flag("--no-store", args->no_store,
                  "Extract stage: no DB; offsets are committed once the facts topic acked");
  c.app->add_option("--from-facts", args->from_facts,
                    "Store stage: consume this facts topic (all partitions; give each replica "
                    "its own --group) and store facts, indicators and alerts");
  c.app->add_flag("--partial-indicators", args->partial_indicators,
                  "Keep updating indicators and alerts when this member lacks partitions of "
                  "its topics (otherwise they pause, with a warning)");
  auto* group = c.app->get_option("--group");
  c.run = [args, group] {
    IngestArgs a = *args;
    a.group_given = group->count() > 0;
    return RunIngest(std::move(a));
  };
  return c;
}

}  // namespace newsfacts::tools
