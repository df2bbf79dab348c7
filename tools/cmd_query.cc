// newsfacts query: analyst questions over stored facts — filters, sort, paging, grouping —
// printed in the output contract (README "Output contract"; the same records as
// GET /api/v1/facts and /api/v1/facts/aggregate), or --stats.
// Opens the DB as a RocksDB secondary instance, so it runs while `newsfacts ingest` writes.
#include <cstdio>
#include <string>
#include <vector>

#include "common/terminal.h"
#include "common/time.h"
#include "extract/article.h"
#include "ingest/indicator_config.h"
#include "store/fact_format.h"
#include "store/fact_query.h"
#include "store/record.h"
#include "store/record_listing.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct QueryArgs {
  std::string db;
  std::string entity, metric, kind, period, lang, article, format, sort, cursor, has_entity;
  bool exact_entity = false;
  std::string published_since, published_until, ingested_since, ingested_until;
  std::string group_by, agg;
  size_t limit = 0;
  bool explain = false;
  bool stats = false;
};

store::FactQuery Filter(const QueryArgs& args) {
  store::FactQuery q;
  if (!args.entity.empty()) {
    store::EntityRef r = store::ResolveEntity(args.entity);
    q.entities = r.names;  // every name the entity is stored under
    q.product = r.product;
  }
  if (args.exact_entity) {
    if (args.entity.empty()) throw UsageError("--exact-entity needs --entity");
    q.exact_entity = true;
  }
  q.metric = args.metric;
  if (!args.kind.empty()) {
    q.kind = extract::ParseFigureKind(args.kind);
    if (!q.kind) throw UsageError("--kind must be money, percent, count or quantity");
  }
  q.period_prefix = args.period;
  if (!args.lang.empty()) {
    q.lang = extract::ParseLang(args.lang);
    if (!q.lang) throw UsageError("--lang must be de, es or en");
  }
  if (!args.has_entity.empty()) {
    if (args.has_entity != "true" && args.has_entity != "false")
      throw UsageError("--has-entity must be true or false");
    q.has_entity = args.has_entity == "true";
  }
  q.article_id = args.article;
  q.published_since_ms = TimeFlag("--published-since", args.published_since);
  q.published_until_ms = TimeFlag("--published-until", args.published_until);
  q.ingested_since_ms = TimeFlag("--ingested-since", args.ingested_since);
  q.ingested_until_ms = TimeFlag("--ingested-until", args.ingested_until);
  if (q.published_since_ms && q.published_until_ms &&
      *q.published_until_ms <= *q.published_since_ms)
    throw UsageError("--published-until must be later than --published-since");
  if (q.ingested_since_ms && q.ingested_until_ms && *q.ingested_until_ms <= *q.ingested_since_ms)
    throw UsageError("--ingested-until must be later than --ingested-since");
  if (!args.sort.empty()) {
    auto sort = store::ParseFactSort(args.sort);
    if (!sort) {
      throw UsageError(
          "--sort takes [-]published_at, ingested_at, value, entity, metric, "
          "period or article_id; got '" +
          args.sort + "'");
    }
    q.sort = *sort;
  }
  q.cursor = args.cursor;
  return q;
}

constexpr std::string_view kCommand = "query";

int Failed(const common::Status& s) {
  return tools::Failed(kCommand, s);
}

// The table shows the fields a reader scans; the other formats carry every field.
std::vector<std::string> TableColumns(bool explain) {
  std::vector<std::string> c = {"article_id", "published_at", "entity",    "metric", "kind",
                                "value",      "unit",         "qualifier", "period", "surface"};
  if (explain) c.emplace_back("evidence");
  return c;
}

int RunGrouped(const store::Store& db, const QueryArgs& args, store::OutputFormat format) {
  store::AggregateQuery q;
  q.filter = Filter(args);
  auto fields = store::ParseGroupFields(args.group_by);
  if (!fields.ok()) throw UsageError("--group-by " + fields.status().message());
  q.group_by = std::move(fields).value();
  auto fns = store::ParseAggFns(args.agg.empty() ? "count" : args.agg);
  if (!fns.ok()) throw UsageError("--agg " + fns.status().message());
  q.aggs = std::move(fns).value();
  if (args.limit > 0) q.limit = args.limit;
  const ingest::IndicatorConfig& config = ingest::IndicatorConfig::Default();
  q.to_usd = [&config](double v, std::string_view currency) { return config.ToUsd(v, currency); };
  auto result = store::AggregateFacts(db, q);
  if (!result.ok()) return Failed(result.status());
  store::RecordListing out(format);
  for (const auto& row : result->rows) out.Add(store::AggregateRecord(row, q.group_by, q.aggs));
  (void)WriteStdout(out.Take() + out.Finish());
  return kExitOk;
}

int RunQuery(const QueryArgs& args) {
  const store::OutputFormat format = ListingFormat(args.format);
  if (!args.agg.empty() && args.group_by.empty()) throw UsageError("--agg needs --group-by");
  store::FactQuery query = Filter(args);  // usage errors before the DB is opened
  std::unique_ptr<store::Store> db = OpenReadOnly(kCommand, args.db);
  if (!db) return kExitRuntime;
  if (args.stats) {
    auto st = db->Stats();
    if (!st.ok()) return Failed(st.status());
    (void)WriteStdout(store::FormatStats(*st, format));
    return kExitOk;
  }
  if (!args.group_by.empty()) return RunGrouped(*db, args, format);

  // Pages of facts; --limit N stops after N rows and names the cursor of the next page.
  store::RecordListing out(format, TableColumns(args.explain));
  size_t printed = 0;
  constexpr size_t kPage = 1000;
  while (true) {
    query.limit = args.limit > 0 ? std::min(kPage, args.limit - printed) : kPage;
    auto page = store::QueryFacts(*db, query);
    if (!page.ok()) return Failed(page.status());
    for (const auto& row : page->rows) out.Add(store::FactRecord(row.fact, row.article.get()));
    printed += page->rows.size();
    if (const std::string text = out.Take(); !text.empty() && !WriteStdout(text)) return kExitOk;
    if (page->next_cursor.empty()) break;
    if (args.limit > 0 && printed >= args.limit) {
      CliReport("query", "more rows: --cursor " + page->next_cursor);
      break;
    }
    query.cursor = page->next_cursor;
  }
  (void)WriteStdout(out.Finish());
  return kExitOk;
}

}  // namespace

Command AddQueryCommand(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  Command c;
  c.app = app.add_subcommand("query", "Query stored facts (works while an ingest is running)");
  CLI::App* q = c.app;
  q->add_option("--db", args->db, "Database directory")->required();
  q->add_option("--entity", args->entity,
                "Entity: canonical name or any alias (a maker includes its products; a "
                "product name selects that product; a country by any of its de/es/en names "
                "finds its facts under all of them)");
  q->add_option("--metric", args->metric, "Metric label (extract/METRICS.md), e.g. revenue");
  q->add_option("--kind", args->kind, "Figure kind: money, percent, count, quantity");
  q->add_option("--period", args->period, "The fact's own period, by prefix: 2024, 2024-Q3");
  q->add_option("--lang", args->lang, "Article language: de, es, en");
  q->add_flag("--exact-entity", args->exact_entity,
              "With --entity: the entity's own facts, not those of its products");
  q->add_option("--has-entity", args->has_entity, "true: attributed facts only; false: the rest");
  q->add_option("--published-since,--since", args->published_since,
                "published_at from (inclusive; RFC 3339 or a date)");
  q->add_option("--published-until,--until", args->published_until, "published_at to (exclusive)");
  q->add_option("--ingested-since", args->ingested_since, "ingested_at from (inclusive)");
  q->add_option("--ingested-until", args->ingested_until, "ingested_at to (exclusive)");
  q->add_option("--article", args->article, "Only facts of this article id");
  q->add_option("--sort", args->sort,
                "[-]published_at (default -published_at), ingested_at, value, entity, metric, "
                "period, article_id");
  q->add_option("--limit", args->limit, "At most N facts (0 = all); prints the next --cursor");
  q->add_option("--cursor", args->cursor, "Continue after the page that printed this cursor");
  q->add_option("--group-by", args->group_by,
                "Group facts: entity,metric,period,kind,unit (comma-separated)");
  q->add_option("--agg", args->agg, "With --group-by: count,latest,min,max,sum_usd");
  AddFormatOption(q, &args->format);
  q->add_flag("--explain", args->explain, "Table: add the evidence sentence");
  q->add_flag("--stats", args->stats, "Counts of articles, facts, and facts per entity/metric");
  c.run = [args] { return RunQuery(*args); };
  return c;
}

}  // namespace newsfacts::tools
