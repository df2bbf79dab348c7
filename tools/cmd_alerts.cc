// newsfacts alerts: the stored alert feed (ingest/alerts.h), one JSON object per line, in
// detection order. --follow keeps reading (RocksDB secondary instance) and prints new alerts
// as `newsfacts ingest` stores them.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <thread>

#include "common/terminal.h"
#include "common/time.h"
#include "ingest/alerts.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

const std::atomic<bool> kNeverStop{false};

struct AlertsArgs {
  std::string db;
  std::string since;
  bool follow = false;
  double interval_s = 1;
};

int RunAlerts(const AlertsArgs& args) {
  std::optional<int64_t> since;
  if (!args.since.empty()) {
    since = common::ParseRfc3339Ms(args.since);
    if (!since) {
      throw UsageError("--since must be an RFC 3339 time or a date (2024-09-30), got '" +
                       args.since + "'");
    }
  }
  if (!(args.interval_s > 0)) throw UsageError("--interval must be positive");
  store::OpenOptions o;
  o.read_only = true;
  auto db = store::Store::Open(args.db, o);
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts alerts: %s\n",
                 common::TerminalSafe(db.status().message()).c_str());
    return kExitRuntime;
  }
  const auto& stop = args.follow ? InstallStopSignals() : kNeverStop;
  std::set<std::string> printed;  // ids already shown (--follow)
  while (true) {
    auto alerts = ingest::ReadAlerts(**db, since);
    if (!alerts.ok()) {
      std::fprintf(stderr, "newsfacts alerts: %s\n",
                   common::TerminalSafe(alerts.status().ToString()).c_str());
      return kExitRuntime;
    }
    std::string out;
    for (const auto& a : *alerts) {
      if (!printed.insert(a.id).second) continue;
      out += a.json;
      out.push_back('\n');
    }
    if (!out.empty() && !WriteStdout(out)) return kExitOk;
    if (!args.follow) return kExitOk;
    if (!alerts->empty()) since = alerts->back().detected_at_ms;  // ids dedupe the overlap
    if (!SleepUnlessStopped(stop, args.interval_s)) return kExitOk;
    common::Status s = (*db)->CatchUp();
    if (!s.ok()) {
      std::fprintf(stderr, "newsfacts alerts: %s\n", common::TerminalSafe(s.ToString()).c_str());
      return kExitRuntime;
    }
  }
}

}  // namespace

Command AddAlertsCommand(CLI::App& app) {
  auto args = std::make_shared<AlertsArgs>();
  Command c;
  c.app = app.add_subcommand("alerts", "Read the alert feed (JSONL; works while an ingest runs)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--since", args->since, "Only alerts detected at or after this time");
  c.app->add_flag("--follow", args->follow, "Keep printing new alerts as they are stored");
  c.app->add_option("--interval", args->interval_s, "--follow poll interval, seconds")
      ->capture_default_str();
  c.run = [args] { return RunAlerts(*args); };
  return c;
}

}  // namespace newsfacts::tools
