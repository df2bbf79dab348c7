#include "ingest/api.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>

#include "common/json_writer.h"
#include "common/time.h"
#include "extract/gazetteer.h"
#include "ingest/alerts.h"
#include "ingest/api_records.h"
#include "ingest/http_server.h"
#include "ingest/indicators.h"
#include "ingest/ingest_metrics.h"
#include "ingest/openapi.h"
#include "ingest/sse.h"
#include "ingest/web_assets.h"
#include "store/fact_query.h"
#include "store/record.h"

namespace newsfacts::ingest {

using common::Result;
using common::Status;

struct ApiServer::Impl {
  store::Store* store = nullptr;
  ApiOptions options;
  std::unique_ptr<HttpServer> http;
  std::unique_ptr<ChangeWatcher> watcher;
};

namespace {

enum class Format : uint8_t { kJson, kNdjson, kCsv };

// ?format=json|ndjson|csv, else the Accept header (application/x-ndjson, text/csv), else JSON.
Result<Format> PickFormat(const httplib::Request& req) {
  const std::string f = req.get_param_value("format");
  if (f == "json") return Format::kJson;
  if (f == "ndjson" || f == "jsonl") return Format::kNdjson;
  if (f == "csv") return Format::kCsv;
  if (!f.empty())
    return Status::InvalidArgument("format must be json, ndjson or csv, got '" + f + "'");
  const std::string accept = req.get_header_value("Accept");
  if (accept.find("application/x-ndjson") != std::string::npos) return Format::kNdjson;
  if (accept.find("text/csv") != std::string::npos) return Format::kCsv;
  return Format::kJson;
}

void SendJson(httplib::Response& res, std::string body) {
  body.push_back('\n');
  res.set_content(body, "application/json");
}

void SendStatus(httplib::Response& res, const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
      SendError(res, 400, ErrorCodeOf(400), s.message());
      return;
    case Status::Code::kNotFound:
      SendError(res, 404, ErrorCodeOf(404), s.message());
      return;
    default:
      SendError(res, 500, "internal", s.ToString());
  }
}

// A listing in the chosen format. JSON: {"data":[...],"next_cursor":...}; NDJSON and CSV: one
// record per line, the cursor in the X-Next-Cursor header.
void SendListing(httplib::Response& res, Format format, const std::vector<store::Record>& records,
                 const std::string& next_cursor) {
  std::string body;
  if (!next_cursor.empty()) res.set_header("X-Next-Cursor", next_cursor);
  switch (format) {
    case Format::kJson: {
      body = "{\"data\":[";
      for (size_t i = 0; i < records.size(); ++i) {
        if (i) body.push_back(',');
        records[i].AppendJson(&body);
      }
      body += "],\"next_cursor\":";
      if (next_cursor.empty()) {
        body += "null";
      } else {
        common::JsonWriter::AppendEscaped(next_cursor, &body);
      }
      body += "}\n";
      res.set_content(body, "application/json");
      return;
    }
    case Format::kNdjson:
      for (const auto& r : records) {
        r.AppendJson(&body);
        body.push_back('\n');
      }
      res.set_content(body, "application/x-ndjson");
      return;
    case Format::kCsv:
      if (!records.empty()) records.front().AppendCsvHeader(&body);
      for (const auto& r : records) r.AppendCsvRow(&body);
      res.set_content(body, "text/csv; charset=utf-8");
      return;
  }
}

// Rejects parameters a route does not know (a typo must not silently widen a query).
Status CheckParams(const httplib::Request& req, std::initializer_list<std::string_view> known) {
  for (const auto& [k, v] : req.params) {
    if (k == "format" || k == "access_token") continue;
    if (std::find(known.begin(), known.end(), k) == known.end()) {
      std::string list;
      for (std::string_view n : known) list += (list.empty() ? "" : ", ") + std::string(n);
      return Status::InvalidArgument("unknown parameter '" + k + "'" +
                                     (list.empty() ? "" : " (known: " + list + ")"));
    }
    if (req.get_param_value_count(k) > 1)
      return Status::InvalidArgument("parameter '" + k + "' given more than once");
  }
  return Status::Ok();
}

Result<std::optional<int64_t>> TimeParam(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name)) return std::optional<int64_t>();
  const std::string v = req.get_param_value(name);
  auto ms = common::ParseRfc3339Ms(v);
  if (!ms)
    return Status::InvalidArgument(
        name + " must be an RFC 3339 time or a date (2024-09-30), got '" + v + "'");
  return std::optional<int64_t>(*ms);
}

Result<size_t> LimitParam(const httplib::Request& req, size_t def, size_t max) {
  if (!req.has_param("limit")) return def;
  const std::string v = req.get_param_value("limit");
  size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 1 || n > max)
    return Status::InvalidArgument("limit must be an integer from 1 to " + std::to_string(max) +
                                   ", got '" + v + "'");
  return n;
}

Result<store::FactQuery> ParseFactFilter(const httplib::Request& req) {
  store::FactQuery q;
  if (req.has_param("entity")) {
    const std::string e = req.get_param_value("entity");
    if (e.empty()) return Status::InvalidArgument("entity must not be empty");
    store::EntityRef r = store::ResolveEntity(e);
    q.entities = r.names;  // every name the entity is stored under
    q.product = r.product;
  }
  q.metric = req.get_param_value("metric");
  if (req.has_param("kind")) {
    q.kind = extract::ParseFigureKind(req.get_param_value("kind"));
    if (!q.kind)
      return Status::InvalidArgument("kind must be money, percent, count or quantity, got '" +
                                     req.get_param_value("kind") + "'");
  }
  q.period_prefix = req.get_param_value("period");
  auto time = [&](const char* name, std::optional<int64_t>* out) -> Status {
    Result<std::optional<int64_t>> t = TimeParam(req, name);
    if (!t.ok()) return t.status();
    *out = *t;
    return Status::Ok();
  };
  NEWSFACTS_RETURN_IF_ERROR(time("published_since", &q.published_since_ms));
  NEWSFACTS_RETURN_IF_ERROR(time("published_until", &q.published_until_ms));
  NEWSFACTS_RETURN_IF_ERROR(time("ingested_since", &q.ingested_since_ms));
  NEWSFACTS_RETURN_IF_ERROR(time("ingested_until", &q.ingested_until_ms));
  if (q.published_since_ms && q.published_until_ms &&
      *q.published_until_ms <= *q.published_since_ms)
    return Status::InvalidArgument("published_until must be later than published_since");
  if (q.ingested_since_ms && q.ingested_until_ms && *q.ingested_until_ms <= *q.ingested_since_ms)
    return Status::InvalidArgument("ingested_until must be later than ingested_since");
  if (req.has_param("lang")) {
    q.lang = extract::ParseLang(req.get_param_value("lang"));
    if (!q.lang)
      return Status::InvalidArgument("lang must be de, es or en, got '" +
                                     req.get_param_value("lang") + "'");
  }
  if (req.has_param("has_entity")) {
    const std::string v = req.get_param_value("has_entity");
    if (v != "true" && v != "false")
      return Status::InvalidArgument("has_entity must be true or false, got '" + v + "'");
    q.has_entity = v == "true";
  }
  if (req.has_param("exact_entity")) {
    const std::string v = req.get_param_value("exact_entity");
    if (v != "true" && v != "false")
      return Status::InvalidArgument("exact_entity must be true or false, got '" + v + "'");
    if (!req.has_param("entity")) return Status::InvalidArgument("exact_entity needs entity");
    q.exact_entity = v == "true";
  }
  q.article_id = req.get_param_value("article_id");
  return q;
}

std::vector<store::Record> FactRecords(const std::vector<store::FactRow>& rows) {
  std::vector<store::Record> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(store::FactRecord(r.fact, r.article.get()));
  return out;
}

// ---- routes ------------------------------------------------------------------------------

void Facts(const ApiServer::Impl& im, const httplib::Request& req, httplib::Response& res) {
  Status p =
      CheckParams(req, {"entity", "metric", "kind", "period", "published_since", "published_until",
                        "ingested_since", "ingested_until", "lang", "has_entity", "exact_entity",
                        "article_id", "sort", "limit", "cursor"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  Result<store::FactQuery> q = ParseFactFilter(req);
  if (!q.ok()) return SendStatus(res, q.status());
  if (req.has_param("sort")) {
    auto sort = store::ParseFactSort(req.get_param_value("sort"));
    if (!sort)
      return SendError(res, 400, ErrorCodeOf(400),
                       "sort must be one of published_at, ingested_at, value, entity, metric, "
                       "period, article_id (prefix - for descending), got '" +
                           req.get_param_value("sort") + "'");
    q->sort = *sort;
  }
  Result<size_t> limit = LimitParam(req, 100, 1000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  q->limit = *limit;
  q->cursor = req.get_param_value("cursor");
  Result<store::FactPage> page = store::QueryFacts(*im.store, *q);
  if (!page.ok()) return SendStatus(res, page.status());
  SendListing(res, *format, FactRecords(page->rows), page->next_cursor);
}

void Aggregate(const ApiServer::Impl& im, const IndicatorConfig& config,
               const httplib::Request& req, httplib::Response& res) {
  Status p =
      CheckParams(req, {"entity", "metric", "kind", "period", "published_since", "published_until",
                        "ingested_since", "ingested_until", "lang", "has_entity", "exact_entity",
                        "article_id", "group_by", "agg", "limit"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  Result<store::FactQuery> f = ParseFactFilter(req);
  if (!f.ok()) return SendStatus(res, f.status());
  store::AggregateQuery q;
  q.filter = std::move(f).value();
  const std::string group_by =
      req.has_param("group_by") ? req.get_param_value("group_by") : "entity,metric";
  Result<std::vector<store::GroupField>> fields = store::ParseGroupFields(group_by);
  if (!fields.ok())
    return SendError(res, 400, ErrorCodeOf(400), "group_by " + fields.status().message());
  q.group_by = std::move(fields).value();
  const std::string agg = req.has_param("agg") ? req.get_param_value("agg") : "count";
  Result<std::vector<store::AggFn>> fns = store::ParseAggFns(agg);
  if (!fns.ok()) return SendError(res, 400, ErrorCodeOf(400), "agg " + fns.status().message());
  q.aggs = std::move(fns).value();
  if (q.aggs.empty()) return SendError(res, 400, ErrorCodeOf(400), "agg must not be empty");
  Result<size_t> limit = LimitParam(req, 1000, 100000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  q.limit = *limit;
  q.to_usd = [&config](double v, std::string_view currency) { return config.ToUsd(v, currency); };
  Result<store::AggregateResult> result = store::AggregateFacts(*im.store, q);
  if (!result.ok()) return SendStatus(res, result.status());
  std::vector<store::Record> records;
  for (const auto& row : result->rows)
    records.push_back(store::AggregateRecord(row, q.group_by, q.aggs));
  SendListing(res, *format, records, "");
}

void Entities(const ApiServer::Impl& im, const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(req, {"q", "limit"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  Result<size_t> limit = LimitParam(req, 20, 1000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  const std::string q = extract::AsciiLower(req.get_param_value("q"));
  struct Hit {
    int rank;  // 0 name prefix, 1 alias prefix, 2 substring
    std::string name, type, maker, matched;
  };
  std::map<std::string, Hit> hits;  // by lower-cased name
  const extract::Gazetteer& g = extract::Gazetteer::Default();
  for (const auto& e : g.entries()) {
    if (e.source) continue;
    int best = 3;
    std::string matched;
    for (const auto& a : e.aliases) {
      const std::string lower = extract::AsciiLower(a.text);
      const size_t at = lower.find(q);
      if (at == std::string::npos) continue;
      const int rank = at == 0 ? (a.text == e.name ? 0 : 1) : 2;
      if (rank < best) best = rank, matched = a.text;
    }
    const std::string lower_name = extract::AsciiLower(e.name);
    const size_t at = lower_name.find(q);
    if (at == 0) best = 0, matched = e.name;
    if (best == 3 && at != std::string::npos) best = 2, matched = e.name;
    if (best == 3) continue;
    hits[lower_name] =
        Hit{best, e.name, std::string(extract::EntityTypeName(e.type)), e.maker, matched};
  }
  // Names found only in articles (the name tagger's, beyond the gazetteer).
  Status s = store::ListEntityNames(*im.store, [&](std::string_view name) {
    std::string lower = extract::AsciiLower(name);
    const size_t at = lower.find(q);
    if (at != std::string::npos && !hits.count(lower))
      hits[lower] = Hit{at == 0 ? 0 : 2, std::string(name), "", "", std::string(name)};
    return hits.size() < 100000;
  });
  if (!s.ok()) return SendStatus(res, s);
  std::vector<const Hit*> order;
  order.reserve(hits.size());
  for (const auto& [k, h] : hits) order.push_back(&h);
  // Best match first; among equals a maker before its products, shorter names first.
  std::stable_sort(order.begin(), order.end(), [](const Hit* a, const Hit* b) {
    return std::make_tuple(a->rank, !a->maker.empty(), a->name.size()) <
           std::make_tuple(b->rank, !b->maker.empty(), b->name.size());
  });
  if (order.size() > *limit) order.resize(*limit);
  std::vector<store::Record> records;
  for (const Hit* h : order) {
    store::Record r;
    r.Str("entity", h->name)
        .Str("entity_type", h->type)
        .Str("maker", h->maker)
        .Str("matched", h->matched);
    records.push_back(std::move(r));
  }
  SendListing(res, *format, records, "");
}

// What a typed name names, for the entity routes: store::ResolveEntity's answer, except that a
// firm's series name ("Jordan (org)", the dashboard's link to its card) is the facts stored
// under the country's key with that type (`entity` the series key, `names` the stored name,
// `known` false: a firm, not the country, known by its stored facts). A pure function of the
// name (gazetteer and country table): it reads no store.
struct SeriesRef {
  store::EntityRef ref;                     // ref.entity: the series key (a product: its maker)
  std::optional<extract::EntityType> mark;  // the type of a marked series name
  const extract::GazetteerEntry* entry = nullptr;  // the gazetteer's entry of ref.entity
  // The entity's type: the mark's, else the gazetteer's, else "".
  std::string_view type_name() const {
    return mark    ? extract::EntityTypeName(*mark)
           : entry ? extract::EntityTypeName(entry->type)
                   : "";
  }
};
SeriesRef ResolveSeries(std::string_view name) {
  SeriesRef s;
  const auto marked = SplitTypeMark(name);
  s.ref = store::ResolveEntity(marked ? marked->first : name);
  if (marked) {
    s.mark = marked->second;
    s.ref.names = {s.ref.entity};
    s.ref.entity = SeriesEntity(name);
    s.ref.known = false;
  }
  s.entry = extract::Gazetteer::Default().Find(s.ref.entity);
  return s;
}

// GET /api/v1/resolve?name=: the series key(s) and stored names a typed name resolves to, as
// the summary route resolves it, without reading a fact (the dashboard's card search asks it
// on every pause in typing). A name neither in the gazetteer, nor a country, nor a marked
// series name: empty (its cards are the ones named as typed).
void Resolve(const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(req, {"name"});
  if (!p.ok()) return SendStatus(res, p);
  const std::string name = req.get_param_value("name");
  if (name.empty()) return SendError(res, 400, ErrorCodeOf(400), "name must not be empty");
  const SeriesRef s = ResolveSeries(name);
  const bool found = s.ref.known || s.mark;
  std::string body;
  common::JsonWriter w(&body);
  w.BeginObject();
  w.Key("name").String(name);
  w.Key("entity").StringOrNull(found ? std::string_view(s.ref.entity) : "");
  w.Key("entity_type").StringOrNull(found ? s.type_name() : "");
  w.Key("product").StringOrNull(found ? std::string_view(s.ref.product) : "");
  w.Key("series").BeginArray();  // the indicator series (cards) the name's facts feed
  if (found) w.String(s.ref.entity);
  w.EndArray();
  w.Key("names").BeginArray();  // every name its facts are stored under
  if (found) {
    for (const std::string& n : s.ref.names) w.String(n);
  }
  w.EndArray();
  w.EndObject();
  SendJson(res, std::move(body));
}

void Entity(const ApiServer::Impl& im, const IndicatorConfig& config, const std::string& name,
            const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(req, {});
  if (!p.ok()) return SendStatus(res, p);
  const extract::Gazetteer& g = extract::Gazetteer::Default();
  // A country's name: the facts typed as the country; a firm's series name: the firm's.
  const SeriesRef s = ResolveSeries(name);
  const store::EntityRef& r = s.ref;
  const bool marked = s.mark.has_value();
  const std::string& entity = r.entity;  // a product: its maker
  std::function<bool(const store::Fact&)> keep;
  if (marked || SeriesEntityAs(entity, extract::EntityType::kOrg) != entity) {
    keep = [&entity](const store::Fact& f) {
      return SeriesEntityAs(f.figure.entity, f.figure.entity_type) == entity;
    };
  }
  // Facts under every name the entity is stored under (a country's in each language).
  Result<store::EntitySummary> sum = store::SummarizeEntity(*im.store, r.names, keep);
  if (!sum.ok()) return SendStatus(res, sum.status());
  if (!r.known && sum->facts == 0)
    return SendError(res, 404, ErrorCodeOf(404), "unknown entity '" + name + "'");
  // Mentions per day from the mention indicators (articles mentioning the entity).
  std::map<std::string, int64_t> mentions;
  for (const IndicatorDef& def : config.indicators) {
    if (def.type != IndicatorType::kMentions) continue;
    Status s = im.store->ScanIndicators(
        def.name, entity, std::nullopt, std::nullopt, [&](int64_t bucket, std::string_view v) {
          int64_t n = 0;
          std::from_chars(v.data(), v.data() + v.size(), n);
          mentions[common::FormatRfc3339Ms(bucket).substr(0, 10)] += n;
          return true;
        });
    if (!s.ok()) return SendStatus(res, s);
    break;  // one mentions indicator is enough (they count the same articles)
  }
  std::string body;
  common::JsonWriter w(&body);
  const extract::GazetteerEntry* e = s.entry;
  w.BeginObject();
  w.Key("entity").String(entity);
  w.Key("entity_type").StringOrNull(s.type_name());
  w.Key("parent").StringOrNull(e ? std::string_view(e->parent) : "");
  w.Key("aliases").BeginArray();
  if (e) {
    std::set<std::string> seen;
    for (const auto& a : e->aliases) {
      if (seen.insert(a.text).second) w.String(a.text);
    }
  }
  w.EndArray();
  w.Key("names").BeginArray();  // every name the summary's facts are stored under
  for (const std::string& n : r.names) w.String(n);
  w.EndArray();
  w.Key("products").BeginArray();
  for (const auto& entry : g.entries()) {
    if (entry.maker == entity) w.String(entry.name);
  }
  w.EndArray();
  w.Key("facts").Int(static_cast<int64_t>(sum->facts));
  w.Key("articles").Int(static_cast<int64_t>(sum->articles));
  body += ",\"latest\":[";
  bool first = true;
  for (const auto& [metric, row] : sum->latest_by_metric) {
    if (!first) body.push_back(',');
    first = false;
    store::FactRecord(row.fact, row.article.get()).AppendJson(&body);
  }
  body += "],\"conflicts\":[";
  first = true;
  for (const auto& c : sum->conflicts) {
    if (!first) body.push_back(',');
    first = false;
    std::string head;
    common::JsonWriter cw(&head);
    cw.BeginObject();
    cw.Key("metric").StringOrNull(c.metric).Key("period").StringOrNull(c.period);
    cw.Key("unit").StringOrNull(c.unit);
    // The object stays open for the values.
    body += head;
    body += ",\"values\":[";
    for (size_t i = 0; i < c.values.size(); ++i) {
      if (i) body.push_back(',');
      store::FactRecord(c.values[i].fact, c.values[i].article.get()).AppendJson(&body);
    }
    body += "]}";
  }
  body += "],\"timeline\":[";
  std::set<std::string> days;
  for (const auto& [d, n] : sum->facts_per_day) days.insert(d);
  for (const auto& [d, n] : mentions) days.insert(d);
  first = true;
  for (const std::string& d : days) {
    if (!first) body.push_back(',');
    first = false;
    std::string item;
    common::JsonWriter iw(&item);
    auto f = sum->facts_per_day.find(d);
    auto m = mentions.find(d);
    iw.BeginObject()
        .Key("date")
        .String(d)
        .Key("facts")
        .Int(f == sum->facts_per_day.end() ? 0 : static_cast<int64_t>(f->second))
        .Key("mentions")
        .Int(m == mentions.end() ? 0 : m->second)
        .EndObject();
    body += item;
  }
  body += "]}";
  SendJson(res, std::move(body));
}

void Article(const ApiServer::Impl& im, const std::string& id, const httplib::Request& req,
             httplib::Response& res) {
  Status p = CheckParams(req, {});
  if (!p.ok()) return SendStatus(res, p);
  Result<std::optional<store::StoredArticle>> a = im.store->GetArticle(id);
  if (!a.ok()) return SendStatus(res, a.status());
  if (!*a) return SendError(res, 404, ErrorCodeOf(404), "no article with id '" + id + "'");
  const store::StoredArticle& sa = **a;
  std::vector<store::Record> figures;
  store::FactFilter filter;
  filter.article_id = id;
  Status s = im.store->ScanFacts(filter, [&](const store::Fact& f) {
    figures.push_back(store::FactRecord(f, &sa));
    return true;
  });
  if (!s.ok()) return SendStatus(res, s);
  Result<std::vector<extract::EntityMention>> mentions = im.store->GetMentions(id);
  if (!mentions.ok()) return SendStatus(res, mentions.status());
  std::string body;
  common::JsonWriter w(&body);
  w.BeginObject();
  w.Key("article_id").String(sa.article.id);
  w.Key("title").StringOrNull(sa.article.title);
  w.Key("body").String(sa.article.body);
  w.Key("source").StringOrNull(sa.article.source);
  w.Key("url").StringOrNull(sa.article.url);
  w.Key("lang").StringOrNull(extract::LangName(sa.detected_lang));
  w.Key("published_at");
  if (sa.article.published_at_ms) {
    w.String(common::FormatRfc3339Ms(*sa.article.published_at_ms, common::Millis::kAlways));
  } else {
    w.Null();
  }
  w.Key("ingested_at").String(common::FormatRfc3339Ms(sa.ingested_at_ms, common::Millis::kAlways));
  w.Key("extractor_version").Int(sa.extractor_version);
  w.Key("position").BeginObject();
  w.Key("source").String(sa.position.source).Key("partition").Int(sa.position.partition);
  w.Key("offset").Int(sa.position.offset).EndObject();
  w.Key("entities").BeginArray();
  for (const auto& m : *mentions) {
    w.BeginObject()
        .Key("entity")
        .String(m.entity)
        .Key("entity_type")
        .String(extract::EntityTypeName(m.type))
        .Key("field")
        .String(extract::FieldName(m.field))
        .Key("start")
        .Int(m.start)
        .Key("end")
        .Int(m.end)
        .Key("surface")
        .String(m.surface)
        .EndObject();
  }
  w.EndArray();
  body += ",\"figures\":[";
  for (size_t i = 0; i < figures.size(); ++i) {
    if (i) body.push_back(',');
    figures[i].AppendJson(&body);
  }
  body += "]}";
  SendJson(res, std::move(body));
}

void Indicators(const ApiServer::Impl& im, const IndicatorConfig& config, const Clock& clock,
                const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(req, {"name", "entity"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  IndicatorQuery q;
  q.name = req.get_param_value("name");
  if (req.has_param("entity"))
    q.entity = store::ResolveEntity(req.get_param_value("entity")).entity;
  Result<std::vector<IndicatorRow>> rows = ReadIndicators(*im.store, config, clock, q);
  if (!rows.ok()) return SendStatus(res, rows.status());
  std::vector<store::Record> records;
  for (const auto& row : *rows) records.push_back(IndicatorRecord(row));
  SendListing(res, *format, records, "");
}

// Alerts newest first by event time (ties: detection time, id); the cursor is the last
// row's (event time, detected_at, id).
void Alerts(const ApiServer::Impl& im, const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(
      req, {"rule", "entity", "severity", "since", "until", "detected_since", "limit", "cursor"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  Result<std::optional<int64_t>> since = TimeParam(req, "since");
  if (!since.ok()) return SendStatus(res, since.status());
  Result<std::optional<int64_t>> until = TimeParam(req, "until");
  if (!until.ok()) return SendStatus(res, until.status());
  Result<std::optional<int64_t>> detected_since = TimeParam(req, "detected_since");
  if (!detected_since.ok()) return SendStatus(res, detected_since.status());
  Result<size_t> limit = LimitParam(req, 100, 1000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  const std::string severity = req.get_param_value("severity");
  if (!severity.empty() && severity != "info" && severity != "warning" && severity != "critical")
    return SendError(res, 400, ErrorCodeOf(400),
                     "severity must be info, warning or critical, got '" + severity + "'");
  std::string entity;
  if (req.has_param("entity")) entity = store::ResolveEntity(req.get_param_value("entity")).entity;
  // Cursor: "<time>.<detected>.<id>" of the last row of the previous page.
  std::optional<std::tuple<int64_t, int64_t, std::string>> after;
  const std::string cursor = req.get_param_value("cursor");
  if (!cursor.empty()) {
    const size_t d1 = cursor.find('.'), d2 = cursor.find('.', d1 == std::string::npos ? 0 : d1 + 1);
    int64_t t = 0, d = 0;
    if (d1 == std::string::npos || d2 == std::string::npos ||
        std::from_chars(cursor.data(), cursor.data() + d1, t).ptr != cursor.data() + d1 ||
        std::from_chars(cursor.data() + d1 + 1, cursor.data() + d2, d).ptr != cursor.data() + d2)
      return SendError(res, 400, ErrorCodeOf(400), "cursor is malformed");
    after.emplace(t, d, cursor.substr(d2 + 1));
  }
  AlertQuery query;
  query.rule = req.get_param_value("rule");
  query.entity = entity;
  query.severity = severity;
  query.since_ms = *since;
  query.until_ms = *until;
  query.detected_since_ms = *detected_since;
  Result<std::vector<Alert>> found = QueryAlerts(*im.store, query);
  if (!found.ok()) return SendStatus(res, found.status());
  const std::vector<Alert>& alerts = *found;
  auto key = [](const Alert& a) { return std::make_tuple(a.time_ms, a.detected_at_ms, a.id); };
  std::vector<const Alert*> rest;
  for (const Alert& a : alerts) {
    if (!after || key(a) < *after) rest.push_back(&a);
  }
  const bool more = rest.size() > *limit;
  if (more) rest.resize(*limit);
  std::vector<store::Record> records;
  std::string next;
  for (const Alert* a : rest) {
    records.push_back(AlertRecord(*a));
    next = std::to_string(a->time_ms) + "." + std::to_string(a->detected_at_ms) + "." + a->id;
  }
  SendListing(res, *format, records, more ? next : "");
}

void DeadLetters(const ApiServer::Impl& im, const httplib::Request& req, httplib::Response& res) {
  Status p = CheckParams(req, {"limit", "reason"});
  if (!p.ok()) return SendStatus(res, p);
  Result<Format> format = PickFormat(req);
  if (!format.ok()) return SendStatus(res, format.status());
  Result<size_t> limit = LimitParam(req, 100, 1000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  const std::string reason = req.get_param_value("reason");
  // Newest first: keep the last `limit` of the time-ordered scan.
  std::vector<store::DeadLetter> last;
  Status s = im.store->ScanDeadLetters([&](const store::DeadLetter& d) {
    if (!reason.empty() && d.reason.find(reason) == std::string::npos) return true;
    last.push_back(d);
    if (last.size() > 2 * *limit) last.erase(last.begin(), last.end() - static_cast<long>(*limit));
    return true;
  });
  if (!s.ok()) return SendStatus(res, s);
  if (last.size() > *limit) last.erase(last.begin(), last.end() - static_cast<long>(*limit));
  std::vector<store::Record> records;
  for (auto it = last.rbegin(); it != last.rend(); ++it)
    records.push_back(store::DeadLetterRecord(*it, 1024));
  SendListing(res, *format, records, "");
}

void AddRoutes(ApiServer::Impl* impl) {
  HttpServer& http = *impl->http;
  const ApiServer::Impl& im = *impl;
  const IndicatorConfig& config = *im.options.config;
  const Clock& clock = *im.options.clock;
  auto& r = http.routes();
  r.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    SendJson(res, "{\"status\":\"ok\"}");
  });
  r.Get("/readyz", [&im](const httplib::Request&, httplib::Response& res) {
    if (im.options.ready) {
      Readiness ready = im.options.ready();
      if (!ready.ready) return SendError(res, 503, ErrorCodeOf(503), ready.reason);
    }
    SendJson(res, "{\"status\":\"ready\"}");
  });
  r.Get("/metrics", [&im](const httplib::Request&, httplib::Response& res) {
    if (!im.options.metrics)
      return SendError(res, 404, ErrorCodeOf(404),
                       "no metrics in this process (serve: see the daemon's)");
    res.set_content(im.options.metrics(), "text/plain; version=0.0.4");
  });
  r.Get("/api/v1/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(OpenApiDocument()), "application/json");
  });
  r.Get("/api/v1/facts",
        [&im](const httplib::Request& req, httplib::Response& res) { Facts(im, req, res); });
  r.Get("/api/v1/facts/aggregate",
        [&im, &config](const httplib::Request& req, httplib::Response& res) {
          Aggregate(im, config, req, res);
        });
  r.Get("/api/v1/entities",
        [&im](const httplib::Request& req, httplib::Response& res) { Entities(im, req, res); });
  r.Get("/api/v1/resolve",
        [](const httplib::Request& req, httplib::Response& res) { Resolve(req, res); });
  r.Get(R"(/api/v1/entities/(.+))",
        [&im, &config](const httplib::Request& req, httplib::Response& res) {
          Entity(im, config, req.matches[1], req, res);
        });
  r.Get(R"(/api/v1/articles/(.+))", [&im](const httplib::Request& req, httplib::Response& res) {
    Article(im, req.matches[1], req, res);
  });
  r.Get("/api/v1/indicators",
        [&im, &config, &clock](const httplib::Request& req, httplib::Response& res) {
          Indicators(im, config, clock, req, res);
        });
  r.Get("/api/v1/alerts",
        [&im](const httplib::Request& req, httplib::Response& res) { Alerts(im, req, res); });
  r.Get("/api/v1/dead-letters",
        [&im](const httplib::Request& req, httplib::Response& res) { DeadLetters(im, req, res); });
  StreamContext ctx;
  ctx.store = im.store;
  ctx.config = &config;
  ctx.clock = &clock;
  ctx.watcher = im.watcher.get();
  AddStreamRoutes(impl->http.get(), ctx);
  // The dashboard (static, compiled in).
  r.Get(R"(/|/ui(/.*)?)", [](const httplib::Request& req, httplib::Response& res) {
    const WebAsset* a = FindWebAsset(req.path);
    if (!a) return SendError(res, 404, ErrorCodeOf(404), "no such file: " + req.path);
    res.set_content(std::string(a->body), std::string(a->content_type));
  });
}

}  // namespace

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ApiServer::~ApiServer() {
  Stop();
}

int ApiServer::port() const {
  return impl_->http->port();
}

void ApiServer::Stop() {
  if (impl_->http) impl_->http->Stop();
  if (impl_->watcher) impl_->watcher->Stop();
}

Result<std::unique_ptr<ApiServer>> ApiServer::Start(store::Store* store, const std::string& address,
                                                    ApiOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->store = store;
  impl->options = std::move(options);
  if (!impl->options.config) impl->options.config = &IndicatorConfig::Default();
  if (!impl->options.clock) impl->options.clock = &SystemClock::Get();
  impl->http = std::make_unique<HttpServer>(impl->options.http);
  impl->watcher =
      std::make_unique<ChangeWatcher>(store, impl->options.poll_ms, impl->options.catch_up);
  AddRoutes(impl.get());
  Status s = impl->http->Start(address);
  if (!s.ok()) return s;
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

// Lag (messages per partition) beyond which a Kafka daemon's /readyz says not ready.
constexpr int64_t kMaxReadyLag = 10000;

Result<std::unique_ptr<ApiServer>> StartIngestApi(store::Store* store, const std::string& address,
                                                  const IngestMetrics* metrics,
                                                  const IndicatorConfig* config,
                                                  const std::string& token, bool insecure_public) {
  ApiOptions o;
  o.http.token = token;
  o.http.insecure_public = insecure_public;
  o.config = config;
  if (metrics) {
    o.metrics = [metrics] { return metrics->Prometheus(); };
    // Kafka daemon: ready when partitions are assigned, brokers reachable, lag bounded.
    o.ready = [metrics]() -> Readiness {
      if (metrics->brokers_down()) return {false, "brokers unreachable"};
      const std::vector<PartitionLag> lag = metrics->Lag();
      if (lag.empty()) return {false, "no partitions assigned (yet)"};
      for (const PartitionLag& p : lag) {
        if (p.lag() > kMaxReadyLag)
          return {false, p.topic + "/" + std::to_string(p.partition) + " lags " +
                             std::to_string(p.lag()) +
                             " messages (ready at <= " + std::to_string(kMaxReadyLag) + ")"};
      }
      return {};
    };
  }
  return ApiServer::Start(store, address, std::move(o));
}

}  // namespace newsfacts::ingest
