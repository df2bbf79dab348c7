#include "store/fact_query.h"

#include <algorithm>
#include <cstring>
#include <queue>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "common/bytes.h"
#include "common/escape.h"
#include "common/time.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"

namespace newsfacts::store {

namespace {

// The non-empty items of a comma-separated list, each parsed by `parse`; repeats dropped.
template <typename T, typename Parse>
Result<std::vector<T>> ParseList(std::string_view list, Parse parse, std::string_view takes) {
  std::vector<T> out;
  size_t start = 0;
  while (start <= list.size()) {
    const size_t comma = std::min(list.find(',', start), list.size());
    const std::string_view item = list.substr(start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    const std::optional<T> v = parse(item);
    if (!v)
      return Status::InvalidArgument("takes " + std::string(takes) + "; got '" + std::string(item) +
                                     "'");
    if (std::find(out.begin(), out.end(), *v) == out.end()) out.push_back(*v);
  }
  return out;
}

}  // namespace

Result<std::vector<GroupField>> ParseGroupFields(std::string_view list) {
  return ParseList<GroupField>(list, ParseGroupField, "entity, metric, period, kind, unit");
}

Result<std::vector<AggFn>> ParseAggFns(std::string_view list) {
  return ParseList<AggFn>(list, ParseAggFn, "count, latest, max, min, sum_usd");
}

EntityRef ResolveEntity(std::string_view name) {
  const extract::Gazetteer& g = extract::Gazetteer::Default();
  EntityRef r;
  std::string country = extract::CanonicalCountry(name);
  if (!country.empty()) {
    r.known = true;
    r.entity = std::move(country);
    r.names.push_back(r.entity);
    for (std::string& n : extract::CountryNames(r.entity)) {
      if (n != r.entity) r.names.push_back(std::move(n));
    }
    return r;
  }
  std::optional<std::string> c = g.Resolve(name);
  if (!c) {
    r.entity = name;
    r.names = {r.entity};
    return r;
  }
  r.known = true;
  const std::string_view maker = g.MakerOf(*c);
  if (maker.empty()) {
    r.entity = *c;
    r.names = {r.entity};
    return r;
  }
  std::string_view prod = *c;
  if (prod.size() > maker.size() + 1 && prod.substr(0, maker.size()) == maker &&
      (prod[maker.size()] == ' ' || prod[maker.size()] == '-'))
    prod.remove_prefix(maker.size() + 1);
  r.entity = maker;
  r.product = prod;
  r.names = {r.entity};
  return r;
}

namespace {

// Loads each article once per query.
class ArticleCache {
 public:
  explicit ArticleCache(const Store& store) : store_(store) {}
  Result<std::shared_ptr<const StoredArticle>> Get(const std::string& id) {
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
    Result<std::optional<StoredArticle>> a = store_.GetArticle(id);
    if (!a.ok()) return a.status();
    std::shared_ptr<const StoredArticle> p;
    if (*a) p = std::make_shared<const StoredArticle>(std::move(**a));
    cache_.emplace(id, p);
    return p;
  }

 private:
  const Store& store_;
  std::unordered_map<std::string, std::shared_ptr<const StoredArticle>> cache_;
};

bool NeedsArticle(const FactQuery& q) {
  return q.ingested_since_ms || q.ingested_until_ms || q.lang ||
         q.sort.key == FactSortKey::kIngestedAt;
}

// The filters ScanFacts does not apply itself. `article` may be null when !NeedsArticle.
bool Keep(const FactQuery& q, const Fact& f, const StoredArticle* article) {
  const extract::Figure& g = f.figure;
  if (!q.product.empty() && g.product != q.product) return false;
  if (q.exact_entity && q.product.empty() && !g.product.empty()) return false;
  if (q.has_entity && g.entity.empty() == *q.has_entity) return false;
  if (!q.period_prefix.empty() && g.period.compare(0, q.period_prefix.size(), q.period_prefix) != 0)
    return false;
  if (!NeedsArticle(q)) return true;
  if (article == nullptr) return false;
  if (q.lang && article->detected_lang != *q.lang) return false;
  if (q.ingested_since_ms && article->ingested_at_ms < *q.ingested_since_ms) return false;
  if (q.ingested_until_ms && article->ingested_at_ms >= *q.ingested_until_ms) return false;
  return true;
}

// Runs the cheapest store scan that covers `q`, calling `visit(fact, article)` for every
// fact passing all filters (article null unless NeedsArticle(q)).
Status ScanMatching(const Store& store, const FactQuery& q, ArticleCache* cache,
                    const std::function<void(const Fact&, const StoredArticle*)>& visit) {
  FactFilter filter;
  filter.metric = q.metric;
  filter.kind = q.kind;
  filter.since_ms = q.published_since_ms;
  filter.until_ms = q.published_until_ms;
  filter.article_id = q.article_id;
  const bool need_article = NeedsArticle(q);
  Status inner;
  auto on_fact = [&](const Fact& f) {
    std::shared_ptr<const StoredArticle> article;
    if (need_article) {
      Result<std::shared_ptr<const StoredArticle>> a = cache->Get(f.article_id);
      if (!a.ok()) {
        inner = a.status();
        return false;
      }
      article = *a;
    }
    if (Keep(q, f, article.get())) visit(f, article.get());
    return true;
  };
  std::vector<std::string> entities = q.entities;
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  if (entities.empty() || !q.article_id.empty()) {
    if (!q.article_id.empty() && !entities.empty()) {
      std::unordered_set<std::string> wanted(entities.begin(), entities.end());
      NEWSFACTS_RETURN_IF_ERROR(store.ScanFacts(
          filter, [&](const Fact& f) { return wanted.count(f.figure.entity) == 0 || on_fact(f); }));
    } else {
      NEWSFACTS_RETURN_IF_ERROR(store.ScanFacts(filter, on_fact));
    }
    return inner;
  }
  for (const std::string& e : entities) {
    filter.entity = e;
    NEWSFACTS_RETURN_IF_ERROR(store.ScanFacts(filter, on_fact));
    NEWSFACTS_RETURN_IF_ERROR(inner);
  }
  return Status::Ok();
}

// A fact's position in a sort order.
struct SortPos {
  bool null = true;
  double num = 0;
  std::string str;
  std::string article_id;
  uint32_t index = 0;
};

bool NumericKey(FactSortKey k) {
  return k == FactSortKey::kPublishedAt || k == FactSortKey::kIngestedAt ||
         k == FactSortKey::kValue;
}

SortPos PosOf(const FactSort& sort, const Fact& f, const StoredArticle* article) {
  SortPos p;
  p.article_id = f.article_id;
  p.index = f.index;
  switch (sort.key) {
    case FactSortKey::kPublishedAt:
      if (f.event_time_ms) p.null = false, p.num = static_cast<double>(*f.event_time_ms);
      break;
    case FactSortKey::kIngestedAt:
      if (article) p.null = false, p.num = static_cast<double>(article->ingested_at_ms);
      break;
    case FactSortKey::kValue:
      p.null = false, p.num = f.figure.value;
      break;
    case FactSortKey::kEntity:
      if (!f.figure.entity.empty()) p.null = false, p.str = f.figure.entity;
      break;
    case FactSortKey::kMetric:
      if (!f.figure.metric.empty()) p.null = false, p.str = f.figure.metric;
      break;
    case FactSortKey::kPeriod:
      if (!f.figure.period.empty()) p.null = false, p.str = f.figure.period;
      break;
    case FactSortKey::kArticleId:
      break;  // the tie-break is the whole order
  }
  return p;
}

// True when `a` comes before `b` in page order: non-null keys first in the requested
// direction, nulls last, ties by (article_id, index) ascending.
bool Before(const FactSort& sort, const SortPos& a, const SortPos& b) {
  if (a.null != b.null) return !a.null;
  if (!a.null) {
    if (NumericKey(sort.key)) {
      if (a.num != b.num) return sort.descending ? a.num > b.num : a.num < b.num;
    } else if (a.str != b.str) {
      return sort.descending ? a.str > b.str : a.str < b.str;
    }
  }
  if (a.article_id != b.article_id) {
    const bool less = a.article_id < b.article_id;
    return sort.key == FactSortKey::kArticleId && sort.descending ? !less : less;
  }
  return sort.key == FactSortKey::kArticleId && sort.descending ? a.index > b.index
                                                                : a.index < b.index;
}

constexpr uint8_t kCursorVersion = 1;

std::string EncodeCursor(const FactSort& sort, const SortPos& p) {
  std::string bin;
  bin.push_back(static_cast<char>(kCursorVersion));
  bin.push_back(static_cast<char>(sort.key));
  bin.push_back(static_cast<char>(sort.descending ? 1 : 0));
  bin.push_back(static_cast<char>(p.null ? 1 : 0));
  common::PutDouble(p.num, &bin);
  common::PutBytes(p.str, &bin);
  common::PutBytes(p.article_id, &bin);
  common::PutVarint(p.index, &bin);
  std::string out;
  out.reserve(bin.size() * 2);
  for (unsigned char c : bin) common::AppendHexEscape("", c, 2, &out);
  return out;
}

Result<SortPos> DecodeCursor(const FactSort& sort, std::string_view text) {
  const Status bad = Status::InvalidArgument("cursor is malformed");
  if (text.size() % 2 != 0 || text.size() > 8192) return bad;
  std::string bin;
  for (size_t i = 0; i < text.size(); i += 2) {
    int v = 0;
    for (size_t j = 0; j < 2; ++j) {
      const char c = text[i + j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (d < 0) return bad;
      v = v * 16 + d;
    }
    bin.push_back(static_cast<char>(v));
  }
  common::ByteReader r(bin);
  uint8_t version = 0, key = 0, desc = 0, null = 0;
  SortPos p;
  uint64_t index = 0;
  if (!r.GetByte(&version) || version != kCursorVersion || !r.GetByte(&key) || !r.GetByte(&desc) ||
      !r.GetByte(&null) || !r.GetDouble(&p.num) || !r.GetBytes(&p.str) ||
      !r.GetBytes(&p.article_id) || !r.GetVarint(&index) || !r.empty() || index > UINT32_MAX)
    return bad;
  if (key != static_cast<uint8_t>(sort.key) || (desc != 0) != sort.descending)
    return Status::InvalidArgument("cursor was made for another sort order");
  p.null = null != 0;
  p.index = static_cast<uint32_t>(index);
  return p;
}

// Newest by published_at, ties by (article id, index): the order of indicators' IsNewer.
bool Newer(const Fact& a, const Fact& b) {
  const int64_t ta = a.event_time_ms.value_or(INT64_MIN), tb = b.event_time_ms.value_or(INT64_MIN);
  if (ta != tb) return ta > tb;
  if (a.article_id != b.article_id) return a.article_id > b.article_id;
  return a.index > b.index;
}

}  // namespace

std::optional<FactSort> ParseFactSort(std::string_view s) {
  FactSort sort;
  sort.descending = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  if (s == "published_at") {
    sort.key = FactSortKey::kPublishedAt;
  } else if (s == "ingested_at") {
    sort.key = FactSortKey::kIngestedAt;
  } else if (s == "value") {
    sort.key = FactSortKey::kValue;
  } else if (s == "entity") {
    sort.key = FactSortKey::kEntity;
  } else if (s == "metric") {
    sort.key = FactSortKey::kMetric;
  } else if (s == "period") {
    sort.key = FactSortKey::kPeriod;
  } else if (s == "article_id") {
    sort.key = FactSortKey::kArticleId;
  } else {
    return std::nullopt;
  }
  return sort;
}

Result<FactPage> QueryFacts(const Store& store, const FactQuery& query) {
  const size_t limit = std::max<size_t>(1, query.limit);
  std::optional<SortPos> after;
  if (!query.cursor.empty()) {
    Result<SortPos> c = DecodeCursor(query.sort, query.cursor);
    if (!c.ok()) return c.status();
    after = std::move(c).value();
  }
  ArticleCache cache(store);
  // The limit + 1 first rows after the cursor: a max-heap on page order (top = last row).
  struct Item {
    SortPos pos;
    Fact fact;
  };
  const FactSort sort = query.sort;
  auto later = [&sort](const Item& a, const Item& b) { return Before(sort, a.pos, b.pos); };
  std::priority_queue<Item, std::vector<Item>, decltype(later)> heap(later);
  NEWSFACTS_RETURN_IF_ERROR(
      ScanMatching(store, query, &cache, [&](const Fact& f, const StoredArticle* article) {
        SortPos pos = PosOf(sort, f, article);
        if (after && !Before(sort, *after, pos)) return;
        if (heap.size() == limit + 1) {
          if (!Before(sort, pos, heap.top().pos)) return;
          heap.pop();
        }
        heap.push(Item{std::move(pos), f});
      }));
  std::vector<Item> items;
  items.reserve(heap.size());
  while (!heap.empty()) {
    items.push_back(heap.top());
    heap.pop();
  }
  std::reverse(items.begin(), items.end());
  FactPage page;
  const bool more = items.size() > limit;
  if (more) items.resize(limit);
  for (Item& it : items) {
    Result<std::shared_ptr<const StoredArticle>> a = cache.Get(it.fact.article_id);
    if (!a.ok()) return a.status();
    page.rows.push_back(FactRow{std::move(it.fact), *a});
  }
  if (more) page.next_cursor = EncodeCursor(sort, items.back().pos);
  return page;
}

std::optional<GroupField> ParseGroupField(std::string_view s) {
  for (GroupField g : {GroupField::kEntity, GroupField::kMetric, GroupField::kPeriod,
                       GroupField::kKind, GroupField::kUnit}) {
    if (GroupFieldName(g) == s) return g;
  }
  return std::nullopt;
}

std::optional<AggFn> ParseAggFn(std::string_view s) {
  for (AggFn a : {AggFn::kCount, AggFn::kLatest, AggFn::kMax, AggFn::kMin, AggFn::kSumUsd}) {
    if (AggFnName(a) == s) return a;
  }
  return std::nullopt;
}

std::string_view GroupFieldName(GroupField g) {
  switch (g) {
    case GroupField::kEntity:
      return "entity";
    case GroupField::kMetric:
      return "metric";
    case GroupField::kPeriod:
      return "period";
    case GroupField::kKind:
      return "kind";
    case GroupField::kUnit:
      return "unit";
  }
  return "";
}

std::string_view AggFnName(AggFn a) {
  switch (a) {
    case AggFn::kCount:
      return "count";
    case AggFn::kLatest:
      return "latest";
    case AggFn::kMax:
      return "max";
    case AggFn::kMin:
      return "min";
    case AggFn::kSumUsd:
      return "sum_usd";
  }
  return "";
}

Result<AggregateResult> AggregateFacts(const Store& store, const AggregateQuery& q) {
  struct Acc {
    uint64_t count = 0;
    std::optional<Fact> latest;
    std::optional<double> max, min, sum_usd;
  };
  std::map<std::vector<std::string>, Acc> groups;
  ArticleCache cache(store);
  std::vector<std::string> key;
  NEWSFACTS_RETURN_IF_ERROR(
      ScanMatching(store, q.filter, &cache, [&](const Fact& f, const StoredArticle*) {
        const extract::Figure& g = f.figure;
        key.clear();
        for (GroupField field : q.group_by) {
          switch (field) {
            case GroupField::kEntity:
              key.push_back(g.entity);
              break;
            case GroupField::kMetric:
              key.push_back(g.metric);
              break;
            case GroupField::kPeriod:
              key.push_back(g.period);
              break;
            case GroupField::kKind:
              key.emplace_back(extract::FigureKindName(g.kind));
              break;
            case GroupField::kUnit:
              key.push_back(g.unit);
              break;
          }
        }
        Acc& acc = groups[key];
        ++acc.count;
        if (!acc.latest || Newer(f, *acc.latest)) acc.latest = f;
        acc.max = std::max(acc.max.value_or(g.value), g.value);
        acc.min = std::min(acc.min.value_or(g.value), g.value);
        if (g.kind == extract::FigureKind::kMoney && !g.unit.empty()) {
          std::optional<double> usd;
          if (g.unit == "USD") {
            usd = g.value;
          } else if (q.to_usd) {
            usd = q.to_usd(g.value, g.unit);
          }
          if (usd) acc.sum_usd = acc.sum_usd.value_or(0) + *usd;
        }
      }));
  AggregateResult result;
  result.groups = groups.size();
  std::vector<std::pair<const std::vector<std::string>*, Acc*>> order;
  order.reserve(groups.size());
  for (auto& [k, acc] : groups) order.emplace_back(&k, &acc);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
  if (order.size() > q.limit) order.resize(q.limit);
  for (auto& [k, acc] : order) {
    AggregateRow row;
    row.key = *k;
    row.count = acc->count;
    row.max = acc->max;
    row.min = acc->min;
    row.sum_usd = acc->sum_usd;
    if (acc->latest) {
      Result<std::shared_ptr<const StoredArticle>> a = cache.Get(acc->latest->article_id);
      if (!a.ok()) return a.status();
      row.latest = FactRow{std::move(*acc->latest), *a};
    }
    result.rows.push_back(std::move(row));
  }
  return result;
}

Status ListEntityNames(const Store& store, const std::function<bool(std::string_view)>& visit) {
  return store.ScanEntityNames(visit);
}

Result<EntitySummary> SummarizeEntity(const Store& store, std::string_view entity) {
  const std::string name(entity);
  return SummarizeEntity(store, std::span<const std::string>(&name, 1));
}

Result<EntitySummary> SummarizeEntity(const Store& store, std::span<const std::string> names,
                                      const std::function<bool(const Fact&)>& keep) {
  EntitySummary s;
  s.entity = names.empty() ? std::string() : names.front();
  std::unordered_set<std::string> articles;
  std::map<std::string, Fact> latest;
  // (metric, period, unit) -> value -> newest fact with that value
  std::map<std::tuple<std::string, std::string, std::string>, std::map<double, Fact>> reports;
  FactFilter filter;
  auto visit = [&](const Fact& f) {
    if (keep && !keep(f)) return true;
    ++s.facts;
    articles.insert(f.article_id);
    const extract::Figure& g = f.figure;
    if (!g.metric.empty()) {
      auto it = latest.find(g.metric);
      if (it == latest.end() || Newer(f, it->second)) latest[g.metric] = f;
      if (!g.period.empty()) {
        auto& values = reports[{g.metric, g.period, g.unit}];
        auto v = values.find(g.value);
        if (v == values.end() || Newer(f, v->second)) values[g.value] = f;
      }
    }
    if (f.event_time_ms) ++s.facts_per_day[common::FormatRfc3339Ms(*f.event_time_ms).substr(0, 10)];
    return true;
  };
  for (const std::string& entity : names) {
    filter.entity = entity;
    NEWSFACTS_RETURN_IF_ERROR(store.ScanFacts(filter, visit));
  }
  s.articles = articles.size();
  ArticleCache cache(store);
  auto row = [&](Fact f) -> Result<FactRow> {
    Result<std::shared_ptr<const StoredArticle>> a = cache.Get(f.article_id);
    if (!a.ok()) return a.status();
    return FactRow{std::move(f), *a};
  };
  for (auto& [metric, f] : latest) {
    Result<FactRow> r = row(std::move(f));
    if (!r.ok()) return r.status();
    s.latest_by_metric.emplace(metric, std::move(r).value());
  }
  for (auto& [k, values] : reports) {
    if (values.size() < 2) continue;
    EntitySummary::Conflict c;
    std::tie(c.metric, c.period, c.unit) = k;
    std::vector<Fact> facts;
    for (auto& [v, f] : values) facts.push_back(std::move(f));
    std::sort(facts.begin(), facts.end(), Newer);
    for (Fact& f : facts) {
      Result<FactRow> r = row(std::move(f));
      if (!r.ok()) return r.status();
      c.values.push_back(std::move(r).value());
    }
    s.conflicts.push_back(std::move(c));
  }
  return s;
}

}  // namespace newsfacts::store
