// The HTTP API (ingest/api.h) as a client sees it: a real server on a free loopback port
// over a real store fed with the seed articles and a news sample through the real pipeline.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "api_test_util.h"
#include "common/time.h"
#include "ingest/ingest_metrics.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

// The seeds and a news sample, stored once per test process.
struct Env {
  Env() {
    REQUIRE(fed.Ingest(kSeedsJsonl, 2) == 4);
    REQUIRE(fed.Ingest(kNewsSample) > 50);
  }
  FedStore fed;
};

Env& Shared() {
  static Env env;
  return env;
}

// Every fact of a listing route, paging with `limit` until next_cursor is null.
std::vector<std::string> PageAll(const TestServer& server, const std::string& query, size_t limit,
                                 std::vector<std::string>* sort_values = nullptr,
                                 const char* sort_field = nullptr) {
  std::vector<std::string> ids;
  std::string cursor;
  for (int page = 0; page < 10000; ++page) {
    std::string path = "/api/v1/facts?" + query + "&limit=" + std::to_string(limit);
    if (!cursor.empty()) path += "&cursor=" + cursor;
    auto res = server.Get(path);
    INFO(path << " -> " << res->body.substr(0, 300));
    REQUIRE(res->status == 200);
    Json j(res->body);
    auto rows = Data(j);
    REQUIRE(rows.size() <= limit);
    for (auto r : rows) {
      ids.push_back(Str(r, "article_id") + "#" +
                    std::to_string(static_cast<int64_t>(Num(r, "index"))));
      if (sort_values) {
        simdjson::dom::element v;
        REQUIRE(r[sort_field].get(v) == simdjson::SUCCESS);
        sort_values->push_back(simdjson::to_string(v));
      }
    }
    if (IsNull(j.root, "next_cursor")) break;
    REQUIRE(rows.size() == limit);
    cursor = Str(j.root, "next_cursor");
    REQUIRE(res->get_header_value("X-Next-Cursor") == cursor);
  }
  return ids;
}

size_t CountFacts(store::Store* db) {
  size_t n = 0;
  REQUIRE(db->ScanFacts({}, [&](const store::Fact&) { return ++n, true; }).ok());
  return n;
}

}  // namespace

TEST_CASE("health, readiness and the OpenAPI document naming every route", "[api]") {
  TestServer server(Shared().fed.db());
  auto h = server.Get("/healthz");
  CHECK(h->status == 200);
  CHECK(Str(Json(h->body).root, "status") == "ok");
  CHECK(server.Get("/readyz")->status == 200);

  ApiOptions o;
  o.ready = [] { return Readiness{false, "partitions not assigned"}; };
  TestServer not_ready(Shared().fed.db(), o);
  auto r = not_ready.Get("/readyz");
  CHECK(r->status == 503);
  CHECK(ErrorMessage(r->body) == "partitions not assigned");

  auto doc = server.Get("/api/v1/openapi.json");
  REQUIRE(doc->status == 200);
  Json j(doc->body);
  CHECK(Str(j.root, "openapi").rfind("3.", 0) == 0);
  simdjson::dom::object paths;
  REQUIRE(j.root["paths"].get_object().get(paths) == simdjson::SUCCESS);
  for (const char* p :
       {"/api/v1/facts", "/api/v1/facts/aggregate", "/api/v1/entities", "/api/v1/entities/{name}",
        "/api/v1/resolve", "/api/v1/articles/{id}", "/api/v1/indicators",
        "/api/v1/indicators/stream", "/api/v1/alerts", "/api/v1/alerts/stream",
        "/api/v1/dead-letters", "/healthz", "/readyz", "/metrics", "/api/v1/openapi.json"}) {
    simdjson::dom::element e;
    CHECK(paths[p].get(e) == simdjson::SUCCESS);
  }
  // The fact routes document their filters, exact_entity included, and accept each one they
  // document (a parameter missing from the route's known list is refused as unknown).
  for (const char* route : {"/api/v1/facts", "/api/v1/facts/aggregate"}) {
    simdjson::dom::array params;
    REQUIRE(paths[route]["get"]["parameters"].get_array().get(params) == simdjson::SUCCESS);
    std::set<std::string> names;
    for (auto p : params) names.insert(Str(p, "name"));
    CHECK(names.count("exact_entity") == 1);
    for (const std::string& name : names) {
      INFO(route << " " << name);
      auto res = server.Get(std::string(route) + "?entity=Nvidia&" + name + "=x");
      if (res->status != 200)
        CHECK(ErrorMessage(res->body).find("unknown parameter") == std::string::npos);
    }
  }
  // The static-asset hook serves the dashboard's index at / and /ui/.
  auto index = server.Get("/");
  CHECK(index->status == 200);
  CHECK(index->get_header_value("Content-Type").rfind("text/html", 0) == 0);
  CHECK(server.Get("/ui/no-such-file.js")->status == 404);
}

TEST_CASE("facts: the output contract's fields, RFC 3339 millisecond times, null as null",
          "[api]") {
  TestServer server(Shared().fed.db());
  auto res = server.Get("/api/v1/facts?entity=ByteDance&metric=budget&period=2025&limit=5");
  REQUIRE(res->status == 200);
  Json j(res->body);
  auto rows = Data(j);
  REQUIRE(!rows.empty());
  bool found_12bn = false;
  for (auto r : rows) {
    for (const char* f : {"article_id", "published_at", "ingested_at", "entity", "entity_type",
                          "metric", "kind", "value", "unit", "period", "qualifier", "evidence"}) {
      simdjson::dom::element v;
      CHECK(r[f].get(v) == simdjson::SUCCESS);
    }
    CHECK(Str(r, "entity") == "ByteDance");
    CHECK(Str(r, "metric") == "budget");
    const std::string t = Str(r, "ingested_at");
    REQUIRE(t.size() == 24);  // 2026-12-01T15:20:32.378Z
    CHECK(t[19] == '.');
    CHECK(t.back() == 'Z');
    CHECK(common::ParseRfc3339Ms(t).has_value());
    CHECK(IsNull(r, "value_high"));  // absent values are JSON null, not "" or missing
    if (Num(r, "value") == 12e9 && Str(r, "unit") == "USD") found_12bn = true;
  }
  CHECK(found_12bn);
  // The exact decimal: 12 bn prints as an integer, not 1.2e10.
  CHECK(res->body.find("\"value\":12000000000") != std::string::npos);
}

TEST_CASE("facts: each filter narrows to exactly the matching facts", "[api]") {
  store::Store* db = Shared().fed.db();
  TestServer server(db);
  std::vector<store::Fact> all;
  REQUIRE(db->ScanFacts({}, [&](const store::Fact& f) { return all.push_back(f), true; }).ok());
  auto count = [&](const std::string& q) { return PageAll(server, q, 1000).size(); };
  auto expect = [&](auto pred) {
    return static_cast<size_t>(std::count_if(all.begin(), all.end(), pred));
  };
  // Entity by alias (case and spelling variants of the canonical name).
  const size_t bytedance =
      expect([](const store::Fact& f) { return f.figure.entity == "ByteDance"; });
  REQUIRE(bytedance > 0);
  CHECK(count("entity=ByteDance") == bytedance);
  CHECK(count("entity=bytedance") == bytedance);
  // A maker includes its products; a product alone narrows to it.
  const size_t nvidia = expect([](const store::Fact& f) { return f.figure.entity == "Nvidia"; });
  CHECK(count("entity=NVIDIA") == nvidia);
  CHECK(count("metric=market_share") ==
        expect([](const store::Fact& f) { return f.figure.metric == "market_share"; }));
  CHECK(count("kind=percent") == expect([](const store::Fact& f) {
          return f.figure.kind == extract::FigureKind::kPercent;
        }));
  CHECK(count("period=2024") ==
        expect([](const store::Fact& f) { return f.figure.period.rfind("2024", 0) == 0; }));
  CHECK(count("has_entity=false") ==
        expect([](const store::Fact& f) { return f.figure.entity.empty(); }));
  CHECK(count("has_entity=true") ==
        expect([](const store::Fact& f) { return !f.figure.entity.empty(); }));
  CHECK(count("lang=es") > 0);
  CHECK(count("lang=es") + count("lang=de") + count("lang=en") == all.size());
  // Published range: [since, until).
  const int64_t since = *common::ParseRfc3339Ms("2025-01-01");
  const int64_t until = *common::ParseRfc3339Ms("2025-02-01");
  CHECK(count("published_since=2025-01-01&published_until=2025-02-01") ==
        expect([&](const store::Fact& f) {
          return f.event_time_ms && *f.event_time_ms >= since && *f.event_time_ms < until;
        }));
  // Ingested range: everything was ingested in the last hour, nothing before 2020.
  CHECK(count("ingested_since=2020-01-01") == all.size());
  CHECK(count("ingested_until=2020-01-01") == 0);
  // Combined filters intersect.
  CHECK(count("entity=ByteDance&metric=budget&kind=money") == expect([](const store::Fact& f) {
          return f.figure.entity == "ByteDance" && f.figure.metric == "budget" &&
                 f.figure.kind == extract::FigureKind::kMoney;
        }));
}

TEST_CASE("facts and aggregate: exact_entity keeps a maker's own facts, without its products'",
          "[api]") {
  store::Store* db = Shared().fed.db();
  TestServer server(db);
  std::vector<store::Fact> all;
  REQUIRE(db->ScanFacts({}, [&](const store::Fact& f) { return all.push_back(f), true; }).ok());
  // Every maker with facts about one of its products, and its own facts.
  std::map<std::string, std::pair<size_t, size_t>> makers;  // entity -> (all, own)
  for (const store::Fact& f : all) {
    if (f.figure.entity.empty()) continue;
    auto& [total, own] = makers[f.figure.entity];
    ++total;
    if (f.figure.product.empty()) ++own;
  }
  size_t with_products = 0;
  for (const auto& [entity, counts] : makers) {
    if (counts.first == counts.second) continue;  // no product facts: nothing to tell apart
    ++with_products;
    INFO(entity);
    const std::string e = "entity=" + httplib::detail::encode_query_param(entity);
    CHECK(PageAll(server, e, 1000).size() == counts.first);
    CHECK(PageAll(server, e + "&exact_entity=false", 1000).size() == counts.first);
    CHECK(PageAll(server, e + "&exact_entity=true", 1000).size() == counts.second);
    // The aggregate route takes the same filter: one group per entity, counting its facts.
    auto agg = server.Get("/api/v1/facts/aggregate?" + e + "&exact_entity=true&group_by=entity");
    REQUIRE(agg->status == 200);
    Json j(agg->body);
    auto groups = Data(j);
    size_t counted = 0;
    for (auto g : groups) counted += static_cast<size_t>(Num(g, "count"));
    CHECK(counted == counts.second);
  }
  REQUIRE(with_products > 0);  // the sample must have a maker with product facts
}

TEST_CASE("facts: cursor paging returns every fact exactly once, in sort order", "[api]") {
  store::Store* db = Shared().fed.db();
  TestServer server(db);
  const size_t total = CountFacts(db);
  REQUIRE(total > 60);
  for (const char* sort : {"-published_at", "published_at", "value", "-value", "entity",
                           "-ingested_at", "period", "article_id", "-article_id"}) {
    for (size_t limit : {size_t{1}, size_t{7}, size_t{100}}) {
      if (limit == 1 && std::string(sort) != "value") continue;  // one slow walk is enough
      INFO("sort=" << sort << " limit=" << limit);
      std::vector<std::string> values;
      std::string field = sort[0] == '-' ? sort + 1 : sort;
      auto ids = PageAll(server, std::string("sort=") + sort, limit, &values, field.c_str());
      CHECK(ids.size() == total);
      std::set<std::string> unique(ids.begin(), ids.end());
      CHECK(unique.size() == total);  // no duplicates, hence no gaps
      // Numeric sorts: monotonic (nulls last).
      if (field == "value") {
        for (size_t i = 1; i < values.size(); ++i) {
          const double a = std::stod(values[i - 1]), b = std::stod(values[i]);
          CHECK((sort[0] == '-' ? a >= b : a <= b));
        }
      }
      if (field == "published_at") {
        bool seen_null = false;
        for (size_t i = 1; i < values.size(); ++i) {
          if (values[i] == "null") seen_null = true;
          if (seen_null)
            CHECK(values[i] == "null");  // nulls last
          else if (values[i - 1] != "null")
            CHECK((sort[0] == '-' ? values[i - 1] >= values[i] : values[i - 1] <= values[i]));
        }
      }
    }
  }
}

TEST_CASE("facts: a page boundary stays stable while new facts arrive", "[api]") {
  FedStore fed;
  REQUIRE(fed.Ingest(kSeedsJsonl) == 4);
  TestServer server(fed.db());
  const size_t before = CountFacts(fed.db());
  auto first = server.Get("/api/v1/facts?sort=-published_at&limit=10");
  Json j(first->body);
  std::set<std::string> seen;
  for (auto r : Data(j)) seen.insert(Str(r, "article_id") + "#" + std::to_string(Num(r, "index")));
  const std::string cursor = Str(j.root, "next_cursor");
  REQUIRE(!cursor.empty());
  // Newer articles land before the cursor in this order: the rest of the walk is unchanged.
  REQUIRE(
      fed.IngestText(
          R"({"id":"late-1","lang":"en","title":"","body":"Oracle will spend 41 billion US dollars on AI chips in 2026.","published_at":"2026-03-02T09:00:00Z"})"
          "\n") == 1);
  std::vector<std::string> rest;
  std::string c = cursor;
  while (!c.empty()) {
    auto res = server.Get("/api/v1/facts?sort=-published_at&limit=10&cursor=" + c);
    REQUIRE(res->status == 200);
    Json p(res->body);
    for (auto r : Data(p))
      rest.push_back(Str(r, "article_id") + "#" + std::to_string(Num(r, "index")));
    c = IsNull(p.root, "next_cursor") ? "" : Str(p.root, "next_cursor");
  }
  for (const auto& id : rest) CHECK(seen.count(id) == 0);
  CHECK(seen.size() + rest.size() == before);
}

TEST_CASE("bad parameters are refused with 400 and a reason", "[api]") {
  TestServer server(Shared().fed.db());
  struct Case {
    std::string path, reason_part;
  };
  const std::vector<Case> cases = {
      {"/api/v1/facts?entitty=Nvidia", "unknown parameter 'entitty'"},
      {"/api/v1/facts?kind=money2", "kind must be"},
      {"/api/v1/facts?sort=size", "sort must be"},
      {"/api/v1/facts?limit=0", "limit must be"},
      {"/api/v1/facts?limit=abc", "limit must be"},
      {"/api/v1/facts?limit=5000", "limit must be"},
      {"/api/v1/facts?published_since=2025-02-30", "published_since must be an RFC 3339"},
      {"/api/v1/facts?published_since=2025-02-01&published_until=2025-01-01", "later than"},
      {"/api/v1/facts?lang=fr", "lang must be"},
      {"/api/v1/facts?has_entity=yes", "has_entity must be"},
      {"/api/v1/facts?entity=Nvidia&exact_entity=1", "exact_entity must be"},
      {"/api/v1/facts?exact_entity=true", "exact_entity needs entity"},
      {"/api/v1/facts/aggregate?exact_entity=true", "exact_entity needs entity"},
      {"/api/v1/facts?cursor=zz", "cursor is malformed"},
      {"/api/v1/facts?entity=", "entity must not be empty"},
      {"/api/v1/facts?format=xml", "format must be"},
      {"/api/v1/facts?metric=a&metric=b", "more than once"},
      {"/api/v1/facts/aggregate?group_by=colour", "group_by takes"},
      {"/api/v1/facts/aggregate?agg=median", "agg takes"},
      {"/api/v1/alerts?severity=urgent", "severity must be"},
      {"/api/v1/alerts?since=yesterday", "since must be an RFC 3339"},
      {"/api/v1/alerts?cursor=x", "cursor is malformed"},
      {"/api/v1/entities?limit=-1", "limit must be"},
      {"/api/v1/alerts/stream?since=now", "since must be an RFC 3339"},
  };
  for (const Case& c : cases) {
    INFO(c.path);
    auto res = server.Get(c.path);
    CHECK(res->status == 400);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK(ErrorCode(res->body) == "bad_request");
    CHECK(ErrorMessage(res->body).find(c.reason_part) != std::string::npos);
  }
  // A cursor made for one sort order is refused for another.
  auto page = server.Get("/api/v1/facts?sort=value&limit=3");
  const std::string cursor = Str(Json(page->body).root, "next_cursor");
  REQUIRE(!cursor.empty());
  auto other = server.Get("/api/v1/facts?sort=-value&limit=3&cursor=" + cursor);
  CHECK(other->status == 400);
  CHECK(ErrorMessage(other->body).find("another sort order") != std::string::npos);
}

TEST_CASE("aggregate: groups add up to the filter's facts, latest, max and sum_usd", "[api]") {
  store::Store* db = Shared().fed.db();
  TestServer server(db);
  auto res = server.Get("/api/v1/facts/aggregate?group_by=entity,metric&agg=count&limit=100000");
  REQUIRE(res->status == 200);
  Json j(res->body);
  double sum = 0;
  for (auto r : Data(j)) sum += Num(r, "count");
  CHECK(static_cast<size_t>(sum) == CountFacts(db));

  auto bd = server.Get(
      "/api/v1/facts/aggregate?entity=bytedance&metric=budget&group_by=entity,metric,period&"
      "agg=count,latest,max,min,sum_usd");
  REQUIRE(bd->status == 200);
  Json b(bd->body);
  auto rows = Data(b);
  REQUIRE(!rows.empty());
  std::map<std::string, double> expected_sum, expected_max;
  std::map<std::string, size_t> expected_count;
  store::FactFilter f;
  f.entity = "ByteDance";
  f.metric = "budget";
  REQUIRE(db->ScanFacts(f, [&](const store::Fact& fact) {
              const std::string p = fact.figure.period;
              ++expected_count[p];
              expected_max[p] = std::max(
                  expected_max.count(p) ? expected_max[p] : fact.figure.value, fact.figure.value);
              if (fact.figure.unit == "USD") expected_sum[p] += fact.figure.value;
              return true;
            }).ok());
  for (auto r : rows) {
    const std::string p = IsNull(r, "period") ? "" : Str(r, "period");
    INFO("period " << p);
    CHECK(Str(r, "entity") == "ByteDance");
    CHECK(static_cast<size_t>(Num(r, "count")) == expected_count[p]);
    CHECK(Num(r, "max") == expected_max[p]);
    if (expected_sum.count(p)) CHECK(Num(r, "sum_usd") >= expected_sum[p]);
    simdjson::dom::element latest;
    REQUIRE(r["latest"].get(latest) == simdjson::SUCCESS);
    CHECK(Str(latest, "metric") == "budget");
  }
}

TEST_CASE("entities: search over names and aliases, products under their maker, summary, 404",
          "[api]") {
  TestServer server(Shared().fed.db());
  auto s = server.Get("/api/v1/entities?q=nvi");
  REQUIRE(s->status == 200);
  Json j(s->body);
  auto hits = Data(j);
  REQUIRE(!hits.empty());
  CHECK(Str(hits[0], "entity") == "Nvidia");  // the maker before its products
  bool product = false;
  for (auto h : hits) {
    if (Str(h, "entity_type") == "product") {
      CHECK(Str(h, "maker") == "Nvidia");
      product = true;
    }
  }
  CHECK(product);
  // Any alias finds the entity (case-insensitive substring).
  auto alias = server.Get("/api/v1/entities?q=BYTEDANCE");
  CHECK(Str(Data(Json(alias->body))[0], "entity") == "ByteDance");

  auto e = server.Get("/api/v1/entities/bytedance");
  REQUIRE(e->status == 200);
  Json ej(e->body);
  CHECK(Str(ej.root, "entity") == "ByteDance");
  CHECK(Num(ej.root, "facts") > 0);
  simdjson::dom::array latest, timeline, conflicts;
  REQUIRE(ej.root["latest"].get_array().get(latest) == simdjson::SUCCESS);
  REQUIRE(ej.root["timeline"].get_array().get(timeline) == simdjson::SUCCESS);
  REQUIRE(ej.root["conflicts"].get_array().get(conflicts) == simdjson::SUCCESS);
  std::set<std::string> metrics;
  for (auto l : latest) metrics.insert(Str(l, "metric"));
  CHECK(metrics.count("budget") == 1);
  CHECK(timeline.size() > 0);
  for (auto c : conflicts) {  // conflicting values: one metric+period, distinct values
    simdjson::dom::array values;
    REQUIRE(c["values"].get_array().get(values) == simdjson::SUCCESS);
    CHECK(values.size() >= 2);
  }

  auto missing = server.Get("/api/v1/entities/No%20Such%20Company%20Ltd");
  CHECK(missing->status == 404);
  CHECK(ErrorCode(missing->body) == "not_found");
}

TEST_CASE("articles: text, metadata, every figure and mention with byte offsets, 404", "[api]") {
  store::Store* db = Shared().fed.db();
  TestServer server(db);
  auto res = server.Get("/api/v1/articles/001_e914ad4db1b51880.txt");
  REQUIRE(res->status == 200);
  Json j(res->body);
  const std::string title = Str(j.root, "title"), body = Str(j.root, "body");
  REQUIRE(!body.empty());
  CHECK(Str(j.root, "published_at") == "2025-01-22T07:30:00.000Z");
  simdjson::dom::array figures, entities;
  REQUIRE(j.root["figures"].get_array().get(figures) == simdjson::SUCCESS);
  REQUIRE(j.root["entities"].get_array().get(entities) == simdjson::SUCCESS);
  size_t stored = 0;
  store::FactFilter f;
  f.article_id = "001_e914ad4db1b51880.txt";
  REQUIRE(db->ScanFacts(f, [&](const store::Fact&) { return ++stored, true; }).ok());
  CHECK(figures.size() == stored);
  REQUIRE(entities.size() > 0);
  auto text_of = [&](simdjson::dom::element e) {
    const std::string& text = Str(e, "field") == "title" ? title : body;
    const auto start = static_cast<size_t>(Num(e, "start")),
               end = static_cast<size_t>(Num(e, "end"));
    REQUIRE(end <= text.size());
    return text.substr(start, end - start);
  };
  for (auto fig : figures) CHECK(text_of(fig) == Str(fig, "surface"));
  for (auto m : entities) CHECK(text_of(m) == Str(m, "surface"));

  auto missing = server.Get("/api/v1/articles/no-such-id");
  CHECK(missing->status == 404);
  CHECK(ErrorCode(missing->body) == "not_found");
}

TEST_CASE("indicators, alerts (newest first by event time, filters, paging), dead letters",
          "[api]") {
  FedStore fed;
  REQUIRE(fed.Ingest(kSeedsJsonl, 1) == 4);
  REQUIRE(fed.IngestText("{\"id\": 7}\nnot json\n") == 0);  // two dead letters
  TestServer server(fed.db());

  auto ind = server.Get("/api/v1/indicators?entity=bytedance");
  REQUIRE(ind->status == 200);
  Json ij(ind->body);
  bool budget = false;
  for (auto r : Data(ij)) {
    CHECK(Str(r, "entity") == "ByteDance");
    if (Str(r, "name") == "ai_budget_usd" && Str(r, "period") == "2025" && Num(r, "value") == 12e9)
      budget = true;
  }
  CHECK(budget);

  auto al = server.Get("/api/v1/alerts?limit=1000");
  REQUIRE(al->status == 200);
  Json aj(al->body);
  auto alerts = Data(aj);
  REQUIRE(alerts.size() >= 3);
  for (size_t i = 1; i < alerts.size(); ++i)
    CHECK(Str(alerts[i - 1], "published_at") >= Str(alerts[i], "published_at"));
  // Paging: pages of 2 give the same list.
  std::vector<std::string> paged;
  std::string cursor;
  do {
    auto p = server.Get("/api/v1/alerts?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
    REQUIRE(p->status == 200);
    Json pj(p->body);
    for (auto a : Data(pj)) paged.push_back(Str(a, "id"));
    cursor = IsNull(pj.root, "next_cursor") ? "" : Str(pj.root, "next_cursor");
  } while (!cursor.empty());
  REQUIRE(paged.size() == alerts.size());
  for (size_t i = 0; i < paged.size(); ++i) CHECK(paged[i] == Str(alerts[i], "id"));
  // Filters.
  const std::string rule = Str(alerts[0], "rule");
  auto by_rule = server.Get("/api/v1/alerts?rule=" + rule);
  Json rule_json(by_rule->body);
  for (auto a : Data(rule_json)) CHECK(Str(a, "rule") == rule);
  auto warn = server.Get("/api/v1/alerts?severity=warning");
  Json warn_json(warn->body);
  for (auto a : Data(warn_json)) CHECK(Str(a, "severity") == "warning");
  auto ent = server.Get("/api/v1/alerts?entity=bytedance");
  size_t n_ent = 0;
  Json ent_json(ent->body);
  for (auto a : Data(ent_json)) {
    CHECK(Str(a, "entity") == "ByteDance");
    ++n_ent;
  }
  CHECK(n_ent > 0);
  auto late = server.Get("/api/v1/alerts?since=2100-01-01");
  CHECK(Data(Json(late->body)).empty());

  auto dl = server.Get("/api/v1/dead-letters");
  REQUIRE(dl->status == 200);
  Json dj(dl->body);
  auto letters = Data(dj);
  REQUIRE(letters.size() == 2);
  CHECK(Num(letters[0], "offset") == 1);  // newest first
  CHECK(Str(letters[0], "payload") == "not json");
  CHECK(!Str(letters[1], "reason").empty());
}

TEST_CASE("listings as NDJSON or CSV by Accept, with the same fields", "[api]") {
  TestServer server(Shared().fed.db());
  auto nd =
      server.Get("/api/v1/facts?entity=ByteDance&limit=3", {{"Accept", "application/x-ndjson"}});
  REQUIRE(nd->status == 200);
  CHECK(nd->get_header_value("Content-Type") == "application/x-ndjson");
  CHECK(std::count(nd->body.begin(), nd->body.end(), '\n') == 3);
  CHECK(!nd->get_header_value("X-Next-Cursor").empty());
  Json first(nd->body.substr(0, nd->body.find('\n')));
  CHECK(Str(first.root, "entity") == "ByteDance");

  auto csv = server.Get("/api/v1/facts?entity=ByteDance&limit=3", {{"Accept", "text/csv"}});
  REQUIRE(csv->status == 200);
  CHECK(csv->get_header_value("Content-Type").rfind("text/csv", 0) == 0);
  const std::string header = csv->body.substr(0, csv->body.find("\r\n"));
  CHECK(header.rfind("article_id,index,published_at,ingested_at,", 0) == 0);
  CHECK(header.find(",evidence,") != std::string::npos);
  size_t lines = 0;
  for (size_t p = 0; (p = csv->body.find("\r\n", p)) != std::string::npos; p += 2) ++lines;
  CHECK(lines == 4);

  auto ind = server.Get("/api/v1/indicators", {{"Accept", "text/csv"}});
  CHECK(ind->body.rfind("name,entity,period,value,previous,change,unit,published_at,", 0) == 0);
}

TEST_CASE("token rule: other addresses need a token, requests without it get 401", "[api]") {
  store::Store* db = Shared().fed.db();
  auto refused = ApiServer::Start(db, "0.0.0.0:0", ApiOptions{});
  REQUIRE(!refused.ok());
  CHECK(refused.status().code() == common::Status::Code::kInvalidArgument);
  CHECK(refused.status().message().find("token") != std::string::npos);

  ApiOptions o;
  o.http.token = "s3cret";
  auto s = ApiServer::Start(db, "0.0.0.0:0", o);
  REQUIRE(s.ok());
  httplib::Client c("127.0.0.1", (*s)->port());
  auto none = c.Get("/api/v1/facts?limit=1");
  REQUIRE(none);
  CHECK(none->status == 401);
  CHECK(ErrorCode(none->body) == "unauthorized");
  CHECK(none->get_header_value("WWW-Authenticate") == "Bearer");
  auto wrong = c.Get("/api/v1/facts?limit=1", {{"Authorization", "Bearer nope"}});
  CHECK(wrong->status == 401);
  auto ok = c.Get("/api/v1/facts?limit=1", {{"Authorization", "Bearer s3cret"}});
  CHECK(ok->status == 200);
  auto query_token = c.Get("/api/v1/alerts?limit=1&access_token=s3cret");  // EventSource
  CHECK(query_token->status == 200);
  CHECK(c.Get("/healthz")->status == 200);  // liveness probes need no token

  ApiOptions pub;
  pub.http.insecure_public = true;
  auto open = ApiServer::Start(db, "0.0.0.0:0", pub);
  CHECK(open.ok());
}

TEST_CASE("oversized and unsupported requests are refused with JSON errors", "[api]") {
  ApiOptions o;
  o.http.max_header_bytes = 4096;
  TestServer server(Shared().fed.db(), o);
  httplib::Client c = server.Client();
  // Headers beyond the bound: 431.
  httplib::Headers big;
  for (int i = 0; i < 8; ++i) big.emplace("X-Filler-" + std::to_string(i), std::string(1000, 'a'));
  auto h = c.Get("/api/v1/facts?limit=1", big);
  REQUIRE(h);
  CHECK(h->status == 431);
  CHECK(ErrorCode(h->body) == "request_header_fields_too_large");
  // A body beyond the bound: 413 (before any route runs).
  auto b = c.Post("/api/v1/facts", std::string(200 << 10, 'x'), "text/plain");
  REQUIRE(b);
  CHECK(b->status == 413);
  // A request line beyond the bound: 414.
  auto u = c.Get(("/api/v1/facts?entity=" + std::string(10000, 'a')).c_str());
  REQUIRE(u);
  CHECK(u->status == 414);
  CHECK(ErrorCode(u->body) == "uri_too_long");
  // Other methods: 405 with Allow.
  auto p = c.Post("/api/v1/facts", "{}", "application/json");
  REQUIRE(p);
  CHECK(p->status == 405);
  CHECK(p->get_header_value("Allow") == "GET, HEAD");
  CHECK(ErrorCode(p->body) == "method_not_allowed");
  // Unknown route: 404 JSON.
  auto n = c.Get("/api/v2/facts");
  CHECK(n->status == 404);
  CHECK(ErrorCode(n->body) == "not_found");
  // The server still answers after all that.
  CHECK(c.Get("/healthz")->status == 200);
}

TEST_CASE("ingest --http: /metrics from the daemon, /readyz follows assignment, brokers, lag",
          "[api]") {
  IngestMetrics metrics;
  auto s = StartIngestApi(Shared().fed.db(), "127.0.0.1:0", &metrics, nullptr, "", false);
  REQUIRE(s.ok());
  httplib::Client c("127.0.0.1", (*s)->port());
  auto m = c.Get("/metrics");
  REQUIRE(m);
  CHECK(m->status == 200);
  CHECK(m->body.find("newsfacts_") != std::string::npos);

  auto r = c.Get("/readyz");
  CHECK(r->status == 503);  // nothing assigned yet
  CHECK(ErrorMessage(r->body).find("no partitions assigned") != std::string::npos);
  PartitionLag p;
  p.topic = "articles";
  p.partition = 0;
  p.next_offset = 100;
  p.high_watermark = 105;
  metrics.SetLag({p});
  CHECK(c.Get("/readyz")->status == 200);
  p.high_watermark = 100 + 50000;
  metrics.SetLag({p});
  auto lagging = c.Get("/readyz");
  CHECK(lagging->status == 503);
  CHECK(ErrorMessage(lagging->body).find("articles/0 lags 50000") != std::string::npos);
  p.high_watermark = 105;
  metrics.SetLag({p});
  metrics.SetBrokerState(true, 1, 0, 0);
  CHECK(c.Get("/readyz")->status == 503);

  // File mode: no metrics; the open store is enough.
  auto file = StartIngestApi(Shared().fed.db(), "127.0.0.1:0", nullptr, nullptr, "", false);
  REQUIRE(file.ok());
  httplib::Client fc("127.0.0.1", (*file)->port());
  CHECK(fc.Get("/readyz")->status == 200);
  CHECK(fc.Get("/metrics")->status == 404);
}

TEST_CASE("a country typed in any language finds its facts under each stored name", "[api]") {
  ::newsfacts::testing::TempDir dir("api-country");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  // One invented revenue figure per article, stored under the name its text's layer gave.
  const std::pair<const char*, const char*> stored[] = {
      {"c-de", "Deutschland"},     {"c-es", "Alemania"}, {"c-en", "Germany"},
      {"c-at", "\u00d6sterreich"}, {"c-wien", "Wien"},   {"c-vienna", "Vienna"}};
  store::Batch b;
  int64_t t = 1727697600000;
  for (const auto& [id, name] : stored) {
    extract::Article a;
    a.id = id;
    a.lang = extract::Lang::kDe;
    a.body = "Kralmo setzte 12 Millionen Euro um.";
    a.published_at_ms = t += 1000;
    extract::Extraction x;
    extract::Figure f;
    f.kind = extract::FigureKind::kMoney;
    f.value = 1.2e7;
    f.unit = "EUR";
    f.metric = "revenue";
    f.period = "2024";
    f.entity = name;
    f.entity_type = extract::EntityType::kPlace;
    x.figures.push_back(f);
    b.PutArticle(a, x, {"file:x", 0, 0}, 1, t);
  }
  REQUIRE((*db)->Write(b).ok());
  TestServer server(db->get());
  auto ids = [&](const std::string& entity) {
    auto res = server.Get("/api/v1/facts?entity=" + entity);
    REQUIRE(res->status == 200);
    const Json j(res->body);
    std::set<std::string> out;
    for (auto r : Data(j)) out.insert(Str(r, "article_id"));
    return out;
  };
  const std::set<std::string> germany = {"c-de", "c-es", "c-en"};
  CHECK(ids("Deutschland") == germany);
  CHECK(ids("Germany") == germany);
  CHECK(ids("Alemania") == germany);
  CHECK(ids("Austria") == std::set<std::string>{"c-at"});
  // A city keeps the text's spelling: each name finds its own facts only.
  CHECK(ids("Vienna") == std::set<std::string>{"c-vienna"});
  CHECK(ids("Wien") == std::set<std::string>{"c-wien"});

  // The entity summary merges the names; the display name is the gazetteer's canonical.
  auto e = server.Get("/api/v1/entities/Alemania");
  REQUIRE(e->status == 200);
  Json ej(e->body);
  CHECK(Str(ej.root, "entity") == "Germany");
  CHECK(Num(ej.root, "facts") == 3);
  simdjson::dom::array names;
  REQUIRE(ej.root["names"].get_array().get(names) == simdjson::SUCCESS);
  std::set<std::string> name_set;
  for (auto n : names) name_set.insert(std::string(n.get_string().value()));
  CHECK(name_set == std::set<std::string>{"Germany", "Deutschland", "Alemania"});
  auto at = server.Get("/api/v1/entities/%C3%96sterreich");
  REQUIRE(at->status == 200);
  Json aj(at->body);
  CHECK(Str(aj.root, "entity") == "Austria");  // the name its indicators are keyed by
  CHECK(Num(aj.root, "facts") == 1);
}

TEST_CASE("a firm's marked series name answers the firm's summary, the bare name the country's",
          "[api][countries]") {
  ::newsfacts::testing::TempDir dir("api-firm-mark");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  // Invented: the country Jordan's budget (place) and a sneaker firm "Jordan"'s (org), one
  // figure each, both stored under the name "Jordan".
  struct Row {
    const char* id;
    extract::EntityType type;
    double value;
  };
  const Row rows[] = {{"c-place", extract::EntityType::kPlace, 3e9},
                      {"f-org", extract::EntityType::kOrg, 7e8}};
  store::Batch b;
  int64_t t = 1727697600000;
  for (const Row& r : rows) {
    extract::Article a;
    a.id = r.id;
    a.lang = extract::Lang::kEn;
    a.body = "Jordan raised its budget to 7 billion dollars.";
    a.published_at_ms = t += 1000;
    extract::Extraction x;
    extract::Figure f;
    f.kind = extract::FigureKind::kMoney;
    f.value = r.value;
    f.unit = "USD";
    f.metric = "budget";
    f.period = "2026";
    f.entity = "Jordan";
    f.entity_type = r.type;
    x.figures.push_back(f);
    b.PutArticle(a, x, {"file:x", 0, 0}, 1, t);
  }
  REQUIRE((*db)->Write(b).ok());
  TestServer server(db->get());
  auto summary = [&](const std::string& path, const char* entity, const char* article) {
    auto res = server.Get("/api/v1/entities/" + path);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const Json j(res->body);
    CHECK(Str(j.root, "entity") == entity);
    CHECK(Num(j.root, "facts") == 1);
    simdjson::dom::array latest;
    REQUIRE(j.root["latest"].get_array().get(latest) == simdjson::SUCCESS);
    REQUIRE(latest.size() == 1);
    CHECK(Str(latest.at(0).value(), "article_id") == article);
  };
  // The dashboard links a firm's card to its series key; the mark's case does not matter.
  summary("Jordan%20(org)", "Jordan (org)", "f-org");
  summary("jordan%20(ORG)", "Jordan (org)", "f-org");
  // The bare name (in any language) is the country.
  summary("Jordan", "Jordan", "c-place");
  summary("Jordanien", "Jordan", "c-place");
  // A mark of a type nobody stored: nothing.
  auto person = server.Get("/api/v1/entities/Jordan%20(person)");
  REQUIRE(person);
  CHECK(person->status == 404);
}

namespace {

// The answer of GET /api/v1/resolve?name=`name` (200 required): its raw body, and the series
// and names as sets.
struct Resolved {
  std::string body, entity, entity_type, product;
  bool entity_null = false;
  std::vector<std::string> series, names;
};
Resolved ResolveName(const TestServer& server, const std::string& name) {
  httplib::Params params{{"name", name}};
  auto res = server.Get(httplib::append_query_params("/api/v1/resolve", params));
  INFO(name << ": " << res->body);
  REQUIRE(res->status == 200);
  Resolved r;
  r.body = res->body;
  const Json j(res->body);
  r.entity = Str(j.root, "entity");
  r.entity_null = IsNull(j.root, "entity");
  r.entity_type = Str(j.root, "entity_type");
  r.product = Str(j.root, "product");
  CHECK(Str(j.root, "name") == name);
  for (const char* key : {"series", "names"}) {
    simdjson::dom::array a;
    REQUIRE(j.root[key].get_array().get(a) == simdjson::SUCCESS);
    for (auto v : a) (key[0] == 's' ? r.series : r.names).emplace_back(v.get_string().value());
  }
  // A resolution, not a summary: no fact counts, latest values or timeline.
  for (const char* key : {"facts", "articles", "latest", "conflicts", "timeline"}) {
    simdjson::dom::element e;
    CHECK(j.root[key].get(e) != simdjson::SUCCESS);
  }
  return r;
}

}  // namespace

TEST_CASE("resolve: a typed name's series keys and stored names, as the summary resolves it",
          "[api][countries]") {
  ::newsfacts::testing::TempDir dir("api-resolve");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  TestServer server(db->get());
  using V = std::vector<std::string>;

  // A country by its name in another language: its one series, every name it is stored under.
  const Resolved fr = ResolveName(server, "Frankreich");
  CHECK(fr.entity == "France");
  CHECK(fr.series == V{"France"});
  REQUIRE(!fr.names.empty());
  CHECK(fr.names.front() == "France");
  for (const char* n : {"Frankreich", "Francia"}) {
    CHECK(std::count(fr.names.begin(), fr.names.end(), n) == 1);
  }
  CHECK(ResolveName(server, "FRANCIA").series == V{"France"});

  // A firm's marked series name (the dashboard's card of a firm named like a country): its own
  // series, stored under the bare name; the mark's case does not matter. The bare name in
  // another language is the country.
  for (const char* marked : {"Jordan (org)", "jordan (ORG)"}) {
    const Resolved firm = ResolveName(server, marked);
    CHECK(firm.series == V{"Jordan (org)"});
    CHECK(firm.entity_type == "org");
    CHECK(firm.names == V{"Jordan"});
  }
  CHECK(ResolveName(server, "Jordanien").series == V{"Jordan"});

  // A gazetteer alias: its canonical name; a product: its maker's series.
  CHECK(ResolveName(server, "bytedance").series == V{"ByteDance"});
  const Resolved gpu = ResolveName(server, "H100");
  CHECK(gpu.series == V{"Nvidia"});
  CHECK(gpu.product == "H100");

  // Negative: a name nobody knows is empty (its cards are the ones named as typed), and so is
  // a type mark after a name that is no country's.
  for (const char* unknown : {"Zentrivo Quarks", "Kralvane (org)"}) {
    const Resolved none = ResolveName(server, unknown);
    CHECK(none.entity_null);
    CHECK(none.series.empty());
    CHECK(none.names.empty());
  }

  // The name is required, and a typo in a parameter is refused.
  CHECK(server.Get("/api/v1/resolve")->status == 400);
  CHECK(server.Get("/api/v1/resolve?name=")->status == 400);
  CHECK(server.Get("/api/v1/resolve?nmae=Frankreich")->status == 400);
}

TEST_CASE("resolve reads no fact: a store with many facts answers as an empty one", "[api]") {
  ::newsfacts::testing::TempDir dir("api-resolve-facts");
  auto full = store::Store::Open(dir.sub("full"), store::OpenOptions{});
  auto empty = store::Store::Open(dir.sub("empty"), store::OpenOptions{});
  REQUIRE(full.ok());
  REQUIRE(empty.ok());
  // Invented: 400 budget figures of a firm the gazetteer does not know, and of a country
  // stored under its German name.
  constexpr int kArticles = 400;
  store::Batch b;
  int64_t t = 1727697600000;
  for (int i = 0; i < kArticles; ++i) {
    extract::Article a;
    a.id = "many-" + std::to_string(i);
    a.lang = extract::Lang::kDe;
    a.body = "Quorvant Labs und Frankreich erhöhen ihre Budgets.";
    a.published_at_ms = t += 1000;
    extract::Extraction x;
    for (const auto& [entity, type] : {std::pair{"Quorvant Labs", extract::EntityType::kOrg},
                                       std::pair{"Frankreich", extract::EntityType::kPlace}}) {
      extract::Figure f;
      f.kind = extract::FigureKind::kMoney;
      f.value = 1e6 * (i + 1);
      f.unit = "USD";
      f.metric = "budget";
      f.period = "2026";
      f.entity = entity;
      f.entity_type = type;
      x.figures.push_back(f);
    }
    b.PutArticle(a, x, {"file:x", 0, i}, 1, t);
  }
  REQUIRE((*full)->Write(b).ok());
  TestServer with_facts(full->get());
  TestServer without(empty->get());
  // The summary reads the firm's facts; the resolver does not: the firm is unknown to it.
  auto summary = with_facts.Get("/api/v1/entities/Quorvant%20Labs");
  REQUIRE(summary->status == 200);
  CHECK(Num(Json(summary->body).root, "facts") == kArticles);
  CHECK(ResolveName(with_facts, "Quorvant Labs").series.empty());
  // Every answer is the same over the full store as over the empty one.
  for (const char* name : {"Quorvant Labs", "Frankreich", "France", "Jordan (org)", "Nvidia"}) {
    INFO(name);
    CHECK(ResolveName(with_facts, name).body == ResolveName(without, name).body);
  }
}

TEST_CASE("bytes that are not UTF-8 in a request come back as U+FFFD in valid JSON", "[api]") {
  ::newsfacts::testing::TempDir dir("api-bad-utf8");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  TestServer server(db->get());
  const std::string fffd = "\xEF\xBF\xBD";
  // The resolver echoes the name: the body parses, the bad bytes are replaced one by one.
  auto resolved = server.Get("/api/v1/resolve?name=Zen%FF%FEtrivo");
  REQUIRE(resolved->status == 200);
  CHECK(Str(Json(resolved->body).root, "name") == "Zen" + fffd + fffd + "trivo");
  // The summary's 404 message names the entity; a cut sequence is replaced too.
  auto missing = server.Get("/api/v1/entities/Kral%C3vane%FF");
  REQUIRE(missing->status == 404);
  const std::string message = ErrorMessage(missing->body);
  CHECK(message.find("Kral" + fffd + "vane" + fffd) != std::string::npos);
  // Negative: valid UTF-8 passes unchanged.
  auto valid = server.Get("/api/v1/resolve?name=%C3%96sterreich");
  REQUIRE(valid->status == 200);
  CHECK(Str(Json(valid->body).root, "name") == "\xC3\x96sterreich");
}
