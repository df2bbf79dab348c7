// newsfacts dead-letters: the messages the pipeline rejected, with their reasons.
//   dead-letters list   --db DIR [--reason TEXT] [--limit N] [--format ...]
//   dead-letters show   --db DIR ID          (the whole payload, exactly as received)
//   dead-letters replay --db DIR -b BROKERS -t TOPIC [--reason TEXT]   (after a fix)
// An ID is "<source>:<partition>:<offset>", the message's own position, as `list` prints it.
// Opens the DB read-only (RocksDB secondary instance): works while `newsfacts ingest` runs.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "common/terminal.h"
#include "common/time.h"
#include "ingest/kafka_client.h"
#include "store/record.h"
#include "store/record_listing.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/kafka_flags.h"

namespace newsfacts::tools {

namespace {

constexpr size_t kPreviewBytes = 80;

struct DeadLettersArgs {
  std::string db;
  std::string reason;  // substring filter
  size_t limit = 0;
  std::string format;
  std::string id;    // show
  KafkaFlags kafka;  // replay
  int timeout_s = 30;
};

std::string DeadLetterId(const store::DeadLetter& d) {
  return d.position.source + ":" + std::to_string(d.position.partition) + ":" +
         std::to_string(d.position.offset);
}

bool Matches(const store::DeadLetter& d, const DeadLettersArgs& args) {
  return args.reason.empty() || d.reason.find(args.reason) != std::string::npos;
}

constexpr std::string_view kCommand = "dead-letters";

int Failed(const common::Status& s) {
  CliError(kCommand, s.ToString());
  return kExitRuntime;
}

int RunList(const DeadLettersArgs& args) {
  const store::OutputFormat format = ListingFormat(args.format);
  auto db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  store::RecordListing out(format);
  size_t shown = 0;
  bool closed = false;
  common::Status s = db->ScanDeadLetters([&](const store::DeadLetter& d) {
    if (!Matches(d, args)) return true;
    store::Record r;
    r.Str("id", DeadLetterId(d));
    // The same fields as GET /api/v1/dead-letters, plus the id `show` takes; the payload is
    // a preview (bytes that are not UTF-8 replaced; tables escape control characters).
    r.Extend(store::DeadLetterRecord(d, kPreviewBytes));
    out.Add(r);
    const std::string text = out.Take();
    if (!text.empty() && !WriteStdout(text)) closed = true;
    ++shown;
    return !closed && (args.limit == 0 || shown < args.limit);
  });
  if (!s.ok()) return Failed(s);
  if (!closed) (void)WriteStdout(out.Finish());
  return kExitOk;
}

int RunShow(const DeadLettersArgs& args) {
  auto db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  std::optional<store::DeadLetter> found;
  common::Status s = db->ScanDeadLetters([&](const store::DeadLetter& d) {
    if (DeadLetterId(d) != args.id) return true;
    found = d;
    return false;
  });
  if (!s.ok()) return Failed(s);
  if (!found) {
    CliError("dead-letters", "no dead letter " + args.id + " (see `dead-letters list`)");
    return kExitRuntime;
  }
  if (StdoutIsTerminal()) {
    std::string head =
        "id           " + DeadLetterId(*found) + "\nreason       " + found->reason +
        "\nrejected_at  " +
        (found->at_ms > 0 ? common::FormatRfc3339Ms(found->at_ms, common::Millis::kAlways)
                          : std::string("-")) +
        "\npayload      " + std::to_string(found->payload.size()) + " bytes:\n";
    (void)WriteStdout(common::TerminalSafe(head) + common::TerminalSafe(found->payload) + "\n");
  } else {
    (void)WriteStdout(found->payload);  // byte for byte: pipe it to a file or back to Kafka
  }
  return kExitOk;
}

int RunReplay(const DeadLettersArgs& args) {
  if (!args.kafka.HasBroker()) {
    throw UsageError("replay needs a broker: -b HOST:PORT (or bootstrap.servers in -F/-X)");
  }
  if (args.kafka.topic.empty()) throw UsageError("replay needs -t/--topic TOPIC");
  if (args.timeout_s <= 0) throw UsageError("--timeout must be positive");
  auto db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  auto producer = ingest::KafkaProducer::Open(args.kafka.ProducerProperties());
  if (!producer.ok()) return Failed(producer.status());
  uint64_t sent = 0;
  common::Status produced = common::Status::Ok();
  common::Status s = db->ScanDeadLetters([&](const store::DeadLetter& d) {
    if (!Matches(d, args)) return true;
    produced = (*producer)->Produce(args.kafka.topic, {}, d.payload);
    if (!produced.ok()) return false;
    ++sent;
    (*producer)->Poll();
    return true;
  });
  if (!s.ok()) return Failed(s);
  if (!produced.ok()) return Failed(produced);
  common::Status flushed = (*producer)->Flush(std::chrono::seconds(args.timeout_s));
  const uint64_t delivered = (*producer)->delivered();
  if (!flushed.ok() || delivered != sent) {
    CliError(
        "dead-letters",
        fmt::format("{} of {} dead letters delivered to {}: {}", delivered, sent, args.kafka.topic,
                    flushed.ok() ? (*producer)->last_error() : flushed.message()));
    return kExitRuntime;
  }
  CliReport("dead-letters", fmt::format("{} dead letters replayed to {}", sent, args.kafka.topic));
  return kExitOk;
}

}  // namespace

Command AddDeadLettersCommand(CLI::App& app) {
  auto args = std::make_shared<DeadLettersArgs>();
  Command c;
  c.app = app.add_subcommand(
      "dead-letters", "List, show and replay rejected messages (works while an ingest runs)");
  c.app->require_subcommand(1);
  CLI::App* list = c.app->add_subcommand("list", "List dead letters with reason and preview");
  CLI::App* show = c.app->add_subcommand("show", "Print one dead letter's payload");
  CLI::App* replay =
      c.app->add_subcommand("replay", "Send dead letters' payloads to a Kafka topic again");
  for (CLI::App* sub : {list, show, replay}) {
    sub->add_option("--db", args->db, "Database directory")->required();
  }
  for (CLI::App* sub : {list, replay}) {
    sub->add_option("--reason", args->reason, "Only dead letters whose reason contains TEXT");
  }
  list->add_option("--limit", args->limit, "At most N (0 = all)");
  AddFormatOption(list, &args->format);
  show->add_option("ID", args->id, "<source>:<partition>:<offset> as `list` prints it")->required();
  args->kafka.Register(replay, "Topic to replay into");
  replay->add_option("--timeout", args->timeout_s, "Seconds to wait for delivery")
      ->capture_default_str();
  c.run = [args, list, show] {
    if (list->parsed()) return RunList(*args);
    if (show->parsed()) return RunShow(*args);
    return RunReplay(*args);
  };
  return c;
}

}  // namespace newsfacts::tools
