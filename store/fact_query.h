#pragma once
// Analyst queries over stored facts, free of any transport: filtered, sorted, paged fact
// listings with an opaque stable cursor (QueryFacts), grouped aggregates (AggregateFacts),
// entity name listing (ListEntityNames) and the per-entity summary (SummarizeEntity).
// Used by the HTTP API (ingest/api.h); the CLI can use the same functions.
//
// Order is total: the sort key, then (article_id, index). A cursor holds the position of
// the last row of a page, so paging never repeats or skips a row that was stored before the
// first page was read, even while new facts arrive.
//
// Thread-safety: pure reads of a Store; safe to run concurrently with its writer.
// Ownership: results are values.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"
#include "store/store.h"

namespace newsfacts::store {

// What a name a user typed means: the canonical entity (any alias of the built-in gazetteer;
// an unknown name as typed) and, for a product, its maker as `entity` and the product name
// (facts about a product are stored under the maker with `product` set), and every name
// facts about it are stored under (`names`: query them all, FactQuery::entities). The one
// resolver of the CLI and the HTTP API.
//
// A country is stored under several names: the gazetteer's canonical (English: "Germany")
// where the gazetteer found it, and the country layer's name in the text's language where the
// tagger did ("Deutschland", "Alemania", "Österreich", the German press name "USA"; in English
// texts the short name "US"/"UK"): extract::CountryNames. Typed by any of them (in any case)
// or by a gazetteer alias, `names` lists them all and `entity` is the country's one canonical
// name, extract::CanonicalCountry (the gazetteer's canonical, else the English name:
// "Österreich" -> "Austria"): the name its indicators and alerts are keyed by. Cities and regions
// are not merged: their facts keep the text's spelling, and a name of one resolves as before
// (gazetteer canonical or as typed). Anything else: `names` = {entity}. Cost: the first call loads
// the default gazetteer and the country table (ICU display names, no model: a few milliseconds once
// per process).
struct EntityRef {
  std::string entity;
  std::string product;             // "" unless the name is a product with a maker
  bool known = false;              // in the gazetteer or a country
  std::vector<std::string> names;  // entity first, no repeats
};
[[nodiscard]] EntityRef ResolveEntity(std::string_view name);

enum class FactSortKey : uint8_t {
  kPublishedAt = 0,
  kIngestedAt,
  kValue,
  kEntity,
  kMetric,
  kPeriod,
  kArticleId
};
struct FactSort {
  FactSortKey key = FactSortKey::kPublishedAt;
  bool descending = true;
};
// "published_at", "-published_at", "value", "-ingested_at", ... ; nullopt when unknown.
std::optional<FactSort> ParseFactSort(std::string_view s);

struct FactQuery {
  // Canonical entity names (any of them matches); empty = any. Products are stored under
  // their maker (entity = maker, product = product name), so a maker matches its products.
  std::vector<std::string> entities;
  std::string product;  // only facts about this product ("" = any)
  // With `entities` and no `product`: only facts about the entity itself, not its products
  // (CLI --exact-entity, API exact_entity=true).
  bool exact_entity = false;
  std::string metric;
  std::optional<extract::FigureKind> kind;
  std::string period_prefix;  // "2024" matches 2024, 2024-Q3, 2024-03
  std::optional<int64_t> published_since_ms, published_until_ms;  // [since, until)
  std::optional<int64_t> ingested_since_ms, ingested_until_ms;    // [since, until)
  std::optional<extract::Lang> lang;  // the article's language (given or detected)
  std::optional<bool> has_entity;     // attributed to an entity or not
  std::string article_id;
  FactSort sort;
  size_t limit = 100;  // page size, >= 1
  std::string cursor;  // FactPage::next_cursor of the previous page; "" = first page
};

struct FactRow {
  Fact fact;
  std::shared_ptr<const StoredArticle> article;  // its article (null if missing)
};

struct FactPage {
  std::vector<FactRow> rows;
  std::string next_cursor;  // "" = no further rows
};

// One page of matching facts in `query.sort` order.
// Errors: InvalidArgument (a cursor that is malformed or made for another sort), IoError,
// Corruption.
[[nodiscard]] Result<FactPage> QueryFacts(const Store& store, const FactQuery& query);

enum class GroupField : uint8_t { kEntity = 0, kMetric, kPeriod, kKind, kUnit };
enum class AggFn : uint8_t { kCount = 0, kLatest, kMax, kMin, kSumUsd };
std::optional<GroupField> ParseGroupField(std::string_view s);
std::optional<AggFn> ParseAggFn(std::string_view s);
std::string_view GroupFieldName(GroupField g);
// Comma-separated lists ("entity,metric", "count,latest"; repeats dropped) for the CLI's
// --group-by/--agg and the API's group_by/agg. Errors: InvalidArgument "takes entity, metric,
// period, kind, unit; got 'x'" (the caller prefixes its parameter's name).
[[nodiscard]] Result<std::vector<GroupField>> ParseGroupFields(std::string_view list);
[[nodiscard]] Result<std::vector<AggFn>> ParseAggFns(std::string_view list);
std::string_view AggFnName(AggFn a);

// Converts an amount in an ISO 4217 currency to USD; nullopt when it cannot.
using UsdConverter = std::function<std::optional<double>(double value, std::string_view currency)>;

struct AggregateQuery {
  FactQuery filter;  // sort, limit and cursor are ignored
  std::vector<GroupField> group_by;
  std::vector<AggFn> aggs;
  UsdConverter to_usd;  // for kSumUsd (money facts only); empty = USD amounts only
  size_t limit = 1000;  // groups returned at most (largest count first)
};

struct AggregateRow {
  std::vector<std::string> key;  // one value per group_by field ("" = null)
  uint64_t count = 0;
  std::optional<FactRow> latest;  // newest by published_at (ties: article id, index)
  std::optional<double> max, min;
  std::optional<double> sum_usd;  // money facts convertible to USD
};

struct AggregateResult {
  std::vector<AggregateRow> rows;  // count descending, then key
  uint64_t groups = 0;             // before the limit
};

// Errors: IoError, Corruption.
[[nodiscard]] Result<AggregateResult> AggregateFacts(const Store& store, const AggregateQuery& q);

// Every distinct entity name that has a fact, in byte order, until `visit` returns false.
// One index seek per entity. Errors: IoError, Corruption.
[[nodiscard]] Status ListEntityNames(const Store& store,
                                     const std::function<bool(std::string_view)>& visit);

// "What do we know about X": every fact of one canonical entity, condensed.
struct EntitySummary {
  std::string entity;
  uint64_t facts = 0;
  uint64_t articles = 0;
  // Newest fact per metric (by published_at; ties: article id, index).
  std::map<std::string, FactRow> latest_by_metric;
  // (metric, period, unit) keys reported with different values: one row per value.
  struct Conflict {
    std::string metric, period, unit;
    std::vector<FactRow> values;  // one fact per distinct value, newest first
  };
  std::vector<Conflict> conflicts;
  std::map<std::string, uint64_t> facts_per_day;  // "2025-01-22" -> facts published that day
};

// Errors: IoError, Corruption.
[[nodiscard]] Result<EntitySummary> SummarizeEntity(const Store& store, std::string_view entity);
// The summary of the facts stored under any of `names` (EntityRef::names), merged; `entity`
// is names[0]; `keep` (if set) chooses among them (the API: those of one indicator series, a
// country's or a firm's named like it). REQUIRES: `names` is not empty and has no repeats.
// Errors: IoError, Corruption.
[[nodiscard]] Result<EntitySummary> SummarizeEntity(
    const Store& store, std::span<const std::string> names,
    const std::function<bool(const Fact&)>& keep = {});

}  // namespace newsfacts::store
