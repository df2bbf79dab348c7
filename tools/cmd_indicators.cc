// newsfacts indicators: the live market indicators (ingest/indicators.h) as a table or JSONL.
// Opens the DB as a RocksDB secondary instance, so it runs while `newsfacts ingest` writes;
// --watch re-reads every --interval seconds and redraws the table when a value changed.
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "common/json_writer.h"
#include "common/table.h"
#include "common/terminal.h"
#include "common/time.h"
#include "ingest/alerts.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "ingest/indicators.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

const std::atomic<bool> kNeverStop{false};

struct IndicatorsArgs {
  std::string db;
  std::string name;
  std::string entity;
  std::string format;
  std::string config;
  bool watch = false;
  double interval_s = 1;
};

// 12000000000 -> "12,000,000,000"; 6.2 -> "6.2".
std::string Human(double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    std::string digits = fmt::format("{:.0f}", std::fabs(v));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return (v < 0 ? "-" : "") + out;
  }
  return fmt::format("{:.4g}", v);
}

std::string Change(const ingest::IndicatorRow& r) {
  if (!r.previous) return "";
  if (*r.previous == 0) return r.value == 0 ? "0" : "new";
  return fmt::format("{:+.1f}%", (r.value - *r.previous) / std::fabs(*r.previous) * 100);
}

std::string Table(const std::vector<ingest::IndicatorRow>& rows) {
  common::TextTable table(
      {"INDICATOR", "ENTITY", "PERIOD", "VALUE", "PREVIOUS", "CHANGE", "UNIT", "AS OF", "ARTICLE"});
  for (size_t numeric = 3; numeric <= 5; ++numeric) {
    table.SetAlign(numeric, common::TextTable::Align::kRight);
  }
  for (const auto& r : rows) {
    table.AddRow({r.name, r.entity.empty() ? "-" : r.entity, r.period.empty() ? "-" : r.period,
                  Human(r.value), r.previous ? Human(*r.previous) : "-", Change(r), r.unit,
                  common::FormatRfc3339Ms(r.time_ms, common::Millis::kAlways).substr(0, 16),
                  r.article_id});
  }
  std::string out;
  table.Render(&out);
  if (rows.empty()) out += "(no indicator values)\n";
  return out;
}

std::string Jsonl(const std::vector<ingest::IndicatorRow>& rows) {
  std::string out;
  for (const auto& r : rows) {
    common::JsonWriter w(&out);
    w.BeginObject();
    w.Key("indicator").String(r.name);
    w.Key("entity").StringOrNull(r.entity);
    w.Key("period").StringOrNull(r.period);
    w.Key("value").Number(r.value);
    w.Key("previous");
    if (r.previous) {
      w.Number(*r.previous);
    } else {
      w.Null();
    }
    w.Key("unit").StringOrNull(r.unit);
    w.Key("time").String(common::FormatRfc3339Ms(r.time_ms, common::Millis::kAlways));
    w.Key("article_id").StringOrNull(r.article_id);
    w.Key("sentence").StringOrNull(r.sentence);
    w.EndObject();
    out.push_back('\n');
  }
  return out;
}

int RunIndicators(const IndicatorsArgs& args) {
  bool table = StdoutIsTerminal();
  if (!args.format.empty()) {
    if (args.format != "table" && args.format != "jsonl") {
      throw UsageError("--format must be table or jsonl");
    }
    table = args.format == "table";
  }
  if (args.watch && !table) throw UsageError("--watch shows a table (--format table)");
  if (!(args.interval_s > 0)) throw UsageError("--interval must be positive");
  ingest::IndicatorConfig config = ingest::IndicatorConfig::Default();
  if (!args.config.empty()) {
    auto c = ingest::IndicatorConfig::Load(args.config);
    if (!c.ok()) throw UsageError(c.status().message());
    config = std::move(c).value();
  }
  if (!args.name.empty()) {
    bool known = config.Find(args.name) != nullptr;
    for (const auto& d : config.indicators) {
      if (d.type == ingest::IndicatorType::kMentions && args.name.rfind(d.name + "_", 0) == 0) {
        known = true;
      }
    }
    if (!known) throw UsageError("unknown indicator '" + args.name + "'");
  }
  store::OpenOptions o;
  o.read_only = true;
  auto db = store::Store::Open(args.db, o);
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts indicators: %s\n",
                 common::TerminalSafe(db.status().message()).c_str());
    return kExitRuntime;
  }
  const ingest::Clock& clock = ingest::SystemClock::Get();
  const auto& stop = args.watch ? InstallStopSignals() : kNeverStop;
  std::string shown;
  while (true) {
    auto rows = ingest::ReadIndicators(**db, config, clock, {args.name, args.entity});
    if (!rows.ok()) {
      std::fprintf(stderr, "newsfacts indicators: %s\n",
                   common::TerminalSafe(rows.status().ToString()).c_str());
      return kExitRuntime;
    }
    std::string text = table ? Table(*rows) : Jsonl(*rows);
    if (!args.watch) return WriteStdout(text) ? kExitOk : kExitRuntime;
    if (text != shown) {
      shown = text;
      const std::string screen =
          "\x1b[H\x1b[2J" + std::string("newsfacts indicators  ") +
          common::FormatRfc3339Ms(clock.NowMs(), common::Millis::kAlways).substr(0, 19) +
          "Z  (Ctrl-C to stop)\n\n" + text;
      if (!WriteStdout(screen)) return kExitOk;
    }
    if (!SleepUnlessStopped(stop, args.interval_s)) return kExitOk;
    common::Status s = (*db)->CatchUp();
    if (!s.ok()) {
      std::fprintf(stderr, "newsfacts indicators: %s\n",
                   common::TerminalSafe(s.ToString()).c_str());
      return kExitRuntime;
    }
  }
}

}  // namespace

Command AddIndicatorsCommand(CLI::App& app) {
  auto args = std::make_shared<IndicatorsArgs>();
  Command c;
  c.app = app.add_subcommand("indicators",
                             "Show live market indicators (works while an ingest is running)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--name", args->name,
                    "Only this indicator (e.g. ai_budget_usd, market_share, mentions_24h)");
  c.app->add_option("--entity", args->entity, "Only this entity (canonical name)");
  c.app->add_option("--format", args->format, "table or jsonl (default: table on a terminal)");
  c.app->add_flag("--watch", args->watch, "Redraw the table whenever a value changes");
  c.app->add_option("--interval", args->interval_s, "--watch refresh interval, seconds")
      ->capture_default_str();
  c.app->add_option("--indicators-config", args->config,
                    "Indicator config (TOML; default: the built-in set)");
  c.run = [args] { return RunIndicators(*args); };
  return c;
}

}  // namespace newsfacts::tools
