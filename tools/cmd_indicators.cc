// newsfacts indicators: the live market indicators (ingest/indicators.h) in the output contract
// (README "Output contract"; the records of GET /api/v1/indicators, ingest/api_records.h).
// Opens the DB as a RocksDB secondary instance, so it runs while `newsfacts ingest` writes.
// --watch re-reads every --interval seconds: a table is redrawn when a value changed; JSONL
// and CSV stream one record per changed indicator (a change of value, previous value, unit
// or evidence article; a mention window sliding by without a new count is no change).
#include <atomic>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "common/time.h"
#include "ingest/api_records.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "ingest/indicators.h"
#include "store/fact_query.h"
#include "store/record_listing.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

const std::atomic<bool> kNeverStop{false};
constexpr std::string_view kCommand = "indicators";

struct IndicatorsArgs {
  std::string db;
  std::string name;
  std::string entity;
  std::string format;
  std::string config;
  bool watch = false;
  double interval_s = 1;
};

// The columns a reader scans; the other formats carry every field.
std::vector<std::string> TableColumns() {
  return {"name",   "entity", "period",       "value",     "previous",
          "change", "unit",   "published_at", "article_id"};
}

// An indicator row's identity and the parts whose change --watch reports.
using RowKey = std::tuple<std::string, std::string, std::string>;  // name, entity, period
using RowState = std::tuple<double, std::optional<double>, std::string, std::string>;

RowKey KeyOf(const ingest::IndicatorRow& r) {
  return {r.name, r.entity, r.period};
}
RowState StateOf(const ingest::IndicatorRow& r) {
  return {r.value, r.previous, r.unit, r.article_id};
}

std::string Listing(store::OutputFormat format, const std::vector<ingest::IndicatorRow>& rows) {
  store::RecordListing out(format, TableColumns());
  for (const auto& r : rows) out.Add(ingest::IndicatorRecord(r));
  std::string text = out.Take() + out.Finish();
  if (rows.empty() && format == store::OutputFormat::kTable) text += "(no indicator values)\n";
  return text;
}

int RunIndicators(const IndicatorsArgs& args) {
  const store::OutputFormat format = ListingFormat(args.format);
  if (args.watch && format == store::OutputFormat::kJson)
    throw UsageError("--watch streams: use --format table, jsonl or csv");
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
  ingest::IndicatorQuery query;
  query.name = args.name;
  if (!args.entity.empty()) query.entity = store::ResolveEntity(args.entity).entity;
  std::unique_ptr<store::Store> db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  const ingest::Clock& clock = ingest::SystemClock::Get();
  const auto& stop = args.watch ? InstallStopSignals() : kNeverStop;
  const bool stream = args.watch && format != store::OutputFormat::kTable;
  store::RecordListing streamed(format);  // --watch jsonl/csv: one listing, header once
  std::map<RowKey, RowState> seen;        // --watch jsonl/csv: last state streamed per row
  std::string shown;                      // --watch table: the table on screen
  while (true) {
    auto rows = ingest::ReadIndicators(*db, config, clock, query);
    if (!rows.ok()) return Failed(kCommand, rows.status());
    if (!args.watch) return WriteStdout(Listing(format, *rows)) ? kExitOk : kExitRuntime;
    if (stream) {
      for (const auto& r : *rows) {
        auto [it, added] = seen.try_emplace(KeyOf(r), StateOf(r));
        if (!added && it->second == StateOf(r)) continue;
        it->second = StateOf(r);
        streamed.Add(ingest::IndicatorRecord(r));
      }
      if (const std::string text = streamed.Take(); !text.empty()) {
        if (!WriteStdout(text)) return kExitOk;
        std::fflush(stdout);
      }
    } else if (std::string text = Listing(format, *rows); text != shown) {
      shown = text;
      const std::string screen =
          "\x1b[H\x1b[2J" + std::string("newsfacts indicators  ") +
          common::FormatRfc3339Ms(clock.NowMs(), common::Millis::kAlways).substr(0, 19) +
          "Z  (Ctrl-C to stop)\n\n" + text;
      if (!WriteStdout(screen)) return kExitOk;
      std::fflush(stdout);
    }
    if (!SleepUnlessStopped(stop, args.interval_s)) return kExitOk;
    if (common::Status s = db->CatchUp(); !s.ok()) return Failed(kCommand, s);
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
  c.app->add_option("--entity", args->entity,
                    "Only this entity: canonical name or any alias (as in query)");
  AddFormatOption(c.app, &args->format);
  c.app->add_flag("--watch", args->watch,
                  "Keep reading: redraw the table when a value changes; with --format jsonl or "
                  "csv, print one record per changed indicator (until Ctrl-C)");
  c.app->add_option("--interval", args->interval_s, "--watch refresh interval, seconds")
      ->capture_default_str();
  c.app->add_option("--indicators-config", args->config,
                    "Indicator config (TOML; default: the built-in set)");
  c.run = [args] { return RunIndicators(*args); };
  return c;
}

}  // namespace newsfacts::tools
