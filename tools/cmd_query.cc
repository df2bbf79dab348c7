// newsfacts query: read stored facts (filters, table/JSONL/CSV, --explain, --stats).
// Opens the DB as a RocksDB secondary instance, so it runs while `newsfacts ingest` writes.
#include <cstdio>
#include <string>

#include "common/terminal.h"
#include "common/time.h"
#include "extract/article.h"
#include "extract/gazetteer.h"
#include "store/query.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct QueryArgs {
  std::string db;
  std::string entity, metric, kind, since, until, article, format;
  size_t limit = 0;
  bool explain = false;
  bool stats = false;
};

// Alias -> canonical entity name for --entity, from the built-in gazetteer
// ("NVIDIA", "Bytedance", "Tiktok" -> canonical); unknown names are matched as typed.
store::EntityResolver QueryEntityResolver() {
  return [](std::string_view name) {
    auto canonical = extract::Gazetteer::Default().Resolve(name);
    return canonical ? *canonical : std::string(name);
  };
}

int64_t ParseTimeFlag(const std::string& flag, const std::string& value) {
  auto ms = common::ParseRfc3339Ms(value);
  if (!ms)
    throw UsageError(flag + " must be an RFC 3339 time or a date (2024-09-30), got '" + value +
                     "'");
  return *ms;
}

int RunQuery(const QueryArgs& args) {
  store::QueryRequest req;
  req.explain = args.explain;
  req.stats = args.stats;
  if (args.format.empty()) {
    req.format = StdoutIsTerminal() ? store::OutputFormat::kTable : store::OutputFormat::kJsonl;
  } else {
    auto f = store::ParseOutputFormat(args.format);
    if (!f) throw UsageError("--format must be table, jsonl or csv");
    req.format = *f;
  }
  store::FactFilter& filter = req.filter;
  filter.entity = args.entity;
  filter.metric = args.metric;
  filter.article_id = args.article;
  filter.limit = args.limit;
  if (!args.kind.empty()) {
    filter.kind = extract::ParseFigureKind(args.kind);
    if (!filter.kind) throw UsageError("--kind must be money, percent, count or quantity");
  }
  if (!args.since.empty()) filter.since_ms = ParseTimeFlag("--since", args.since);
  if (!args.until.empty()) filter.until_ms = ParseTimeFlag("--until", args.until);
  if (filter.since_ms && filter.until_ms && *filter.until_ms <= *filter.since_ms)
    throw UsageError("--until must be later than --since");

  store::OpenOptions o;
  o.read_only = true;
  auto db = store::Store::Open(args.db, o);
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts query: %s\n",
                 common::TerminalSafe(db.status().message()).c_str());
    return kExitRuntime;
  }
  bool closed = false;
  common::Status s = store::RunQuery(**db, req, QueryEntityResolver(), [&](std::string_view t) {
    if (!closed && !WriteStdout(std::string(t))) closed = true;
  });
  if (!s.ok()) {
    std::fprintf(stderr, "newsfacts query: %s\n", common::TerminalSafe(s.ToString()).c_str());
    return kExitRuntime;
  }
  return kExitOk;
}

}  // namespace

Command AddQueryCommand(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  Command c;
  c.app = app.add_subcommand("query", "Query stored facts (works while an ingest is running)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--entity", args->entity, "Entity: canonical name or any alias");
  c.app->add_option("--metric", args->metric, "Metric, e.g. revenue, market_share");
  c.app->add_option("--kind", args->kind, "Figure kind: money, percent, count, quantity");
  c.app->add_option("--since", args->since, "Event time (published_at) from, inclusive");
  c.app->add_option("--until", args->until, "Event time (published_at) to, exclusive");
  c.app->add_option("--article", args->article, "Only facts of this article id");
  c.app->add_option("--limit", args->limit, "At most N facts (0 = all)");
  c.app->add_option("--format", args->format,
                    "table, jsonl or csv (default: table on a terminal, else jsonl)");
  c.app->add_flag("--explain", args->explain, "Show the evidence sentence and source article");
  c.app->add_flag("--stats", args->stats, "Counts of articles, facts, and facts per entity/metric");
  c.run = [args] { return RunQuery(*args); };
  return c;
}

}  // namespace newsfacts::tools
