// newsfacts alerts: the stored alert feed (ingest/alerts.h) in the output contract (README
// "Output contract"; the records of GET /api/v1/alerts, ingest/api_records.h), newest first
// by event time, filtered by rule, entity (any alias), severity, event time and detection
// time. --follow keeps reading (RocksDB secondary instance) and prints new alerts as
// `newsfacts ingest` stores them, in detection order.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "common/time.h"
#include "ingest/alerts.h"
#include "ingest/api_records.h"
#include "store/fact_query.h"
#include "store/record_listing.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

const std::atomic<bool> kNeverStop{false};
constexpr std::string_view kCommand = "alerts";

struct AlertsArgs {
  std::string db;
  std::string rule, entity, severity, format;
  std::string since, until, detected_since;
  size_t limit = 0;
  bool follow = false;
  double interval_s = 1;
};

// The columns a reader scans; the other formats carry every field.
std::vector<std::string> TableColumns() {
  return {"published_at", "severity",  "rule", "entity",     "period",     "metric",
          "value",        "old_value", "unit", "article_id", "detected_at"};
}

int RunAlerts(const AlertsArgs& args) {
  ingest::AlertQuery query;
  query.rule = args.rule;
  if (!args.entity.empty()) query.entity = store::ResolveEntity(args.entity).entity;
  if (!args.severity.empty() && args.severity != "info" && args.severity != "warning" &&
      args.severity != "critical") {
    throw UsageError("--severity must be info, warning or critical, got '" + args.severity + "'");
  }
  query.severity = args.severity;
  query.since_ms = TimeFlag("--since", args.since);
  query.until_ms = TimeFlag("--until", args.until);
  query.detected_since_ms = TimeFlag("--detected-since", args.detected_since);
  if (query.since_ms && query.until_ms && *query.until_ms <= *query.since_ms)
    throw UsageError("--until must be later than --since");
  if (!(args.interval_s > 0)) throw UsageError("--interval must be positive");
  store::OutputFormat format;
  if (args.follow) {  // a stream: one record as soon as it is stored
    format = args.format.empty() ? store::OutputFormat::kJsonl : ListingFormat(args.format);
    if (format != store::OutputFormat::kJsonl && format != store::OutputFormat::kCsv)
      throw UsageError("--follow streams --format jsonl or csv");
    if (args.limit > 0) throw UsageError("--limit lists the newest alerts: not with --follow");
  } else {
    format = ListingFormat(args.format);
  }
  std::unique_ptr<store::Store> db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  const auto& stop = args.follow ? InstallStopSignals() : kNeverStop;
  store::RecordListing out(format, TableColumns());
  std::set<std::string> printed;  // ids already shown (--follow)
  bool first = true;
  while (true) {
    auto alerts = ingest::QueryAlerts(*db, query);
    if (!alerts.ok()) return Failed(kCommand, alerts.status());
    if (args.follow && !first) {  // new alerts in the order they were detected
      std::sort(alerts->begin(), alerts->end(), [](const ingest::Alert& a, const ingest::Alert& b) {
        return std::tie(a.detected_at_ms, a.id) < std::tie(b.detected_at_ms, b.id);
      });
    }
    size_t shown = 0;
    for (const auto& a : *alerts) {
      if (args.limit > 0 && shown >= args.limit) break;
      if (!printed.insert(a.id).second) continue;
      out.Add(ingest::AlertRecord(a));
      ++shown;
    }
    if (!args.follow) return WriteStdout(out.Take() + out.Finish()) ? kExitOk : kExitRuntime;
    if (const std::string text = out.Take(); !text.empty() && !WriteStdout(text)) return kExitOk;
    std::fflush(stdout);
    first = false;
    // Later rounds only need alerts detected since the newest seen (ids dedupe the overlap).
    for (const auto& a : *alerts) {
      if (!query.detected_since_ms || a.detected_at_ms > *query.detected_since_ms)
        query.detected_since_ms = a.detected_at_ms;
    }
    if (!SleepUnlessStopped(stop, args.interval_s)) return kExitOk;
    if (common::Status s = db->CatchUp(); !s.ok()) return Failed(kCommand, s);
  }
}

}  // namespace

Command AddAlertsCommand(CLI::App& app) {
  auto args = std::make_shared<AlertsArgs>();
  Command c;
  c.app = app.add_subcommand(
      "alerts", "List the stored alerts, newest first by event time (works while an ingest runs)");
  CLI::App* a = c.app;
  a->add_option("--db", args->db, "Database directory")->required();
  a->add_option("--rule", args->rule, "Only alerts of this rule (e.g. ai_budget_over_10bn)");
  a->add_option("--entity", args->entity,
                "Only alerts about this entity (canonical name or alias)");
  a->add_option("--severity", args->severity, "Only this severity: info, warning, critical");
  a->add_option("--since", args->since,
                "Event time (published_at of the cause) from (inclusive; RFC 3339 or a date)");
  a->add_option("--until", args->until, "Event time to (exclusive)");
  a->add_option("--detected-since", args->detected_since,
                "Only alerts detected at or after this time (detected_at)");
  a->add_option("--limit", args->limit, "At most the N newest alerts (0 = all)");
  AddFormatOption(a, &args->format, "--follow: jsonl or csv");
  a->add_flag("--follow", args->follow,
              "After the listing, keep printing new alerts as they are stored (until Ctrl-C)");
  a->add_option("--interval", args->interval_s, "--follow poll interval, seconds")
      ->capture_default_str();
  c.run = [args] { return RunAlerts(*args); };
  return c;
}

}  // namespace newsfacts::tools
