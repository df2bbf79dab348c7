// newsfacts produce: loads articles from a JSONL file (or stdin) into a Kafka topic, one
// message per non-empty line, unchanged. Used by the quickstart, tests and benchmarks.
// --rate paces the messages (per second) for latency measurements; --stamp-ids appends
// "@<send time ms>" to each article's "id" value so end-to-end latency can be measured
// from the store (see tools/bench/kafka_e2e.sh).
// Each message is keyed by the line's --key-field (default "id", the article id), so the
// default partitioner spreads articles over the partitions and keeps every version of one
// article on one partition, in order. Lines without that field are sent without a key
// (counted in the summary). --key-field "" sends no keys.
#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/terminal.h"
#include "ingest/kafka_client.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/kafka_flags.h"

namespace newsfacts::tools {

namespace {

struct ProduceArgs {
  KafkaFlags kafka;  // -b, -t, -X, -F
  std::string file;
  int timeout_s = 60;
  double rate = 0;
  bool stamp_ids = false;
  std::string key_field = "id";
  bool quiet = false;
};

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Appends "@<ms>" inside the first "id" string value of a JSON line; false if none found.
bool StampId(std::string* line, int64_t ms) {
  size_t p = line->find("\"id\"");
  if (p == std::string::npos) return false;
  p = line->find('"', line->find(':', p + 4));
  if (p == std::string::npos) return false;
  size_t end = p + 1;
  while (end < line->size() && (*line)[end] != '"') end += (*line)[end] == '\\' ? 2 : 1;
  if (end >= line->size()) return false;
  line->insert(end, "@" + std::to_string(ms));
  return true;
}

int RunProduce(const ProduceArgs& args) {
  if (args.kafka.topic.empty()) throw UsageError("-t/--topic is required");
  if (args.file.empty()) throw UsageError("FILE (or -) is required");
  if (!args.kafka.HasBroker()) {
    throw UsageError(
        "no broker: give -b HOST:PORT (or bootstrap.servers in -F FILE, -X or "
        "$NEWSFACTS_CONFIG)");
  }
  if (args.timeout_s <= 0) throw UsageError("--timeout must be positive");
  const ingest::KafkaProperties props = args.kafka.ProducerProperties();
  const std::string& topic = args.kafka.topic;
  std::FILE* in = args.file == "-" ? stdin : std::fopen(args.file.c_str(), "rb");
  if (in == nullptr) {
    CliError("produce", "cannot open " + args.file + ": " + std::strerror(errno));
    return kExitRuntime;
  }
  auto producer = ingest::KafkaProducer::Open(props);
  if (!producer.ok()) {
    CliError("produce", producer.status().ToString());
    if (in != stdin) std::fclose(in);
    return kExitRuntime;
  }
  char* buf = nullptr;
  size_t cap = 0;
  ssize_t n;
  uint64_t sent = 0;
  uint64_t unkeyed = 0;
  const auto start = std::chrono::steady_clock::now();
  int rc = kExitOk;
  while ((n = getline(&buf, &cap, in)) >= 0) {
    std::string line(buf, static_cast<size_t>(n));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    if (line.empty()) continue;
    if (args.rate > 0) {
      const auto due = start + std::chrono::microseconds(static_cast<int64_t>(
                                   static_cast<double>(sent) * 1e6 / args.rate));
      std::this_thread::sleep_until(due);
    }
    std::string key;  // before stamping: all versions of an article share one partition
    if (!args.key_field.empty()) {
      key = ingest::JsonKeyField(line, args.key_field);
      if (key.empty()) ++unkeyed;
    }
    if (args.stamp_ids) StampId(&line, NowMs());
    common::Status s = (*producer)->Produce(topic, key, line);
    if (!s.ok()) {
      CliError("produce", s.ToString());
      rc = kExitRuntime;
      break;
    }
    ++sent;
    (*producer)->Poll();
  }
  std::free(buf);
  if (in != stdin) std::fclose(in);
  common::Status flushed = (*producer)->Flush(std::chrono::seconds(args.timeout_s));
  const uint64_t delivered = (*producer)->delivered();
  if (!flushed.ok() || delivered < sent) {
    // Failed = the broker refused them; the rest were still queued when --timeout ran out.
    const uint64_t failed = (*producer)->failed();
    CliError("produce",
             fmt::format("{} of {} messages delivered to {}; {} failed, {} still undelivered "
                         "after {} s: {}",
                         delivered, sent, topic, failed,
                         sent - delivered - std::min(failed, sent - delivered), args.timeout_s,
                         (*producer)->last_error().empty() ? flushed.message()
                                                           : (*producer)->last_error()));
    return kExitRuntime;
  }
  if (!args.quiet) {
    CliReport("produce", fmt::format("{} messages delivered to {}", delivered, topic));
  }
  if (unkeyed > 0) {
    CliReport("produce",
              fmt::format("{} messages had no string field '{}' (sent without a key)", unkeyed,
                          args.key_field),
              ingest::LogLevel::kWarn);
  }
  return rc;
}

}  // namespace

Command AddProduceCommand(CLI::App& app) {
  auto args = std::make_shared<ProduceArgs>();
  Command c;
  c.app = app.add_subcommand("produce", "Load articles from a JSONL file into a Kafka topic");
  args->kafka.Register(c.app, "Topic to write to");
  c.app
      ->add_option("--timeout", args->timeout_s,
                   "Seconds to wait for every message to be delivered")
      ->capture_default_str();
  c.app->add_option("--rate", args->rate, "Messages per second (0 = as fast as possible)");
  c.app->add_flag("--stamp-ids", args->stamp_ids,
                  "Append @<send time ms> to each article id (latency benchmarks)");
  c.app
      ->add_option("--key-field", args->key_field,
                   "Key each message by this top-level string field of the line (\"\" = no key)")
      ->capture_default_str();
  c.app->add_flag("-q,--quiet", args->quiet, "No summary line");
  c.app->add_option("FILE", args->file, "JSONL file, or - for stdin");
  c.run = [args] { return RunProduce(*args); };
  return c;
}

}  // namespace newsfacts::tools
