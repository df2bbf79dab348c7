#include <catch2/catch.hpp>

#include "indicator_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

TEST_CASE("new: fires for the first figure of an entity and indicator key only",
          "[alerts][rules]") {
  Harness h(RulesConfig(R"([[rule]]
name = "first"
type = "new"
indicators = ["budget"]
)"));
  auto a = h.Ingest(MakeDoc("a1", kT0, {Money(12e9, "USD", "ByteDance", "budget", "2025")}));
  REQUIRE(a.size() == 1);
  CHECK(a[0].rule == "first");
  CHECK(a[0].type == "new");
  CHECK(a[0].entity == "ByteDance");
  CHECK(a[0].period == "2025");
  CHECK(a[0].metric == "budget");
  CHECK_FALSE(a[0].old_value.has_value());
  CHECK(a[0].new_value == 12e9);
  CHECK(a[0].unit == "USD");
  CHECK(a[0].article_id == "a1");
  CHECK(a[0].time_ms == kT0);
  CHECK(h.Ingest(MakeDoc("a2", kT0 + kHourMs, {Money(13e9, "USD", "ByteDance", "budget", "2025")}))
            .empty());
  // Another period is another key.
  CHECK(h.Ingest(MakeDoc("a3", kT0, {Money(2e9, "USD", "ByteDance", "budget", "2023")})).size() ==
        1);
}

TEST_CASE("threshold: fires when the value crosses the line, for watched entities only",
          "[alerts][rules]") {
  Harness h(RulesConfig(R"([[rule]]
name = "big"
type = "threshold"
indicators = ["budget"]
entities = ["ByteDance", "Meta"]
above = 10e9
[[rule]]
name = "small_share"
type = "threshold"
indicators = ["share"]
below = 50
)"));
  // Below the line: nothing. Crossing (in CNY, converted): fires once.
  CHECK(h.Ingest(MakeDoc("a1", kT0, {Money(5e9, "USD", "Meta", "budget", "2025")})).empty());
  auto a = h.Ingest(MakeDoc("a2", kT0 + 1, {Money(80e9, "CNY", "Meta", "budget", "2025")}));
  REQUIRE(a.size() == 1);
  CHECK(a[0].rule == "big");
  CHECK(*a[0].old_value == 5e9);
  CHECK(a[0].new_value == Approx(11e9));
  // Still above: no new crossing.
  CHECK(h.Ingest(MakeDoc("a3", kT0 + 2, {Money(15e9, "USD", "Meta", "budget", "2025")})).empty());
  // A first value above the line counts as a crossing; unwatched entities never fire.
  CHECK(AlertsOf(h.Ingest(MakeDoc("a4", kT0, {Money(12e9, "USD", "ByteDance", "budget", "2025")})),
                 "big")
            .size() == 1);
  CHECK(h.Ingest(MakeDoc("a5", kT0, {Money(50e9, "USD", "Google", "budget", "2025")})).empty());
  // Downward crossing.
  CHECK(h.Ingest(MakeDoc("s1", kT0, {Percent(80, "Nvidia", "market_share")})).empty());
  auto s = h.Ingest(MakeDoc("s2", kT0 + kDay, {Percent(45, "Nvidia", "market_share")}));
  REQUIRE(s.size() == 1);
  CHECK(s[0].rule == "small_share");
  CHECK(*s[0].old_value == 80);
  CHECK(s[0].unit == "%");
}

TEST_CASE("change: fires when the new latest differs by more than the percentage",
          "[alerts][rules]") {
  Harness h(RulesConfig(R"([[rule]]
name = "moved"
type = "change"
indicators = ["share"]
percent = 10
)"));
  CHECK(h.Ingest(MakeDoc("a1", kT0, {Percent(80, "Nvidia", "market_share")})).empty());
  CHECK(h.Ingest(MakeDoc("a2", kT0 + 1, {Percent(85, "Nvidia", "market_share")})).empty());
  auto a = h.Ingest(MakeDoc("a3", kT0 + 2, {Percent(70, "Nvidia", "market_share")}));
  REQUIRE(a.size() == 1);
  CHECK(a[0].type == "change");
  CHECK(*a[0].old_value == 85);
  CHECK(a[0].new_value == 70);
  // Data order, not arrival: a late report (older than all) becomes the predecessor of the
  // first one, and that pair changed by more than 10 %.
  auto late = h.Ingest(MakeDoc("a4", kT0 - kDay, {Percent(10, "Nvidia", "market_share")}));
  REQUIRE(late.size() == 1);
  CHECK(late[0].article_id == "a1");
  CHECK(*late[0].old_value == 10);
  CHECK(late[0].new_value == 80);
  // A report between two others replaces their pair: a5 (82) between a1 (80) and a2 (85)
  // changes neither by more than 10 %; a6 (50) between a2 (85) and a3 (70) withdraws the
  // alert of (a2, a3) and raises (a2, a6) and (a6, a3).
  CHECK(h.Ingest(MakeDoc("a5", kT0, {Percent(82, "Nvidia", "market_share")})).empty());
  REQUIRE(h.FeedIds().size() == 2);
  auto mid = h.Ingest(MakeDoc("a6", kT0 + 1, {Percent(50, "Nvidia", "market_share")}));
  CHECK(mid.size() == 2);
  CHECK(h.FeedIds().size() == 3);
}

TEST_CASE("spike: fires when the mentions in the window first exceed N x the baseline",
          "[alerts][rules]") {
  Harness h(RulesConfig(R"([[rule]]
name = "spike"
type = "spike"
indicators = ["mentions"]
window = 1
baseline = 24
factor = 3
min_baseline = 1
min_count = 4
)"));
  // Baseline: one article per hour for the day before -> 1 per window.
  std::vector<Doc> base;
  for (int i = 1; i <= 24; ++i) {
    base.push_back(MakeDoc("b" + std::to_string(i), kT0 - i * kHourMs, {}, {"Huawei"}));
  }
  CHECK(AlertsOf(h.Ingest(base), "spike").empty());
  // In the hour of kT0: 1, 2, 3 articles are not > 3 x 1; the 4th is.
  std::vector<Alert> got;
  for (int i = 0; i < 6; ++i) {
    auto a = h.Ingest(MakeDoc("s" + std::to_string(i), kT0 + i * 60 * 1000, {}, {"Huawei"}));
    if (i < 3) CHECK(a.empty());
    got.insert(got.end(), a.begin(), a.end());
  }
  REQUIRE(got.size() == 1);  // fires on the crossing only
  CHECK(got[0].type == "spike");
  CHECK(got[0].entity == "Huawei");
  CHECK(got[0].new_value == 4);
  CHECK(*got[0].old_value == Approx(1.0));
  CHECK(got[0].article_id == "s3");
  // A quiet entity with a few mentions never reaches min_count.
  CHECK(h.Ingest({MakeDoc("q1", kT0, {}, {"Cerebras"}), MakeDoc("q2", kT0, {}, {"Cerebras"})})
            .empty());
}

TEST_CASE("alert ids derive from the cause: the same article re-raises the same id",
          "[alerts][rules]") {
  const Doc d = MakeDoc(
      "a1", kT0,
      {Money(12e9, "USD", "ByteDance", "budget", "2025"), Percent(80, "Nvidia", "market_share")});
  Harness one, two;
  two.clock().Advance(kDay);  // detected at another time
  auto a = one.Ingest(d);
  auto b = two.Ingest(d);
  REQUIRE_FALSE(a.empty());
  REQUIRE(a.size() == b.size());
  std::set<std::string> ids_a, ids_b;
  for (auto& x : a) ids_a.insert(x.id);
  for (auto& x : b) ids_b.insert(x.id);
  CHECK(ids_a == ids_b);
  CHECK(ids_a.size() == a.size());  // distinct causes, distinct ids
  for (auto& x : a) CHECK(x.id.size() == 16);
}

TEST_CASE("the default rules fire on a headline budget and a dominant market share",
          "[alerts][rules]") {
  Harness h;
  auto a = h.Ingest(MakeDoc(
      "a1", kT0,
      {Money(12e9, "USD", "ByteDance", "budget", "2025"), Percent(80, "Nvidia", "market_share"),
       Count(485000, "chip", "Microsoft", "purchases")}));
  auto has = [&](const std::string& rule, const std::string& entity) {
    for (auto& x : a) {
      if (x.rule == rule && x.entity == entity) return true;
    }
    return false;
  };
  CHECK(has("first_figure", "ByteDance"));
  CHECK(has("ai_budget_over_10bn", "ByteDance"));
  CHECK(has("first_figure", "Nvidia"));
  CHECK(has("dominant_market_share", "Nvidia"));
  CHECK(has("first_figure", "Microsoft"));
  auto b = h.Ingest(MakeDoc("a2", kT0 + kDay, {Money(20e9, "USD", "ByteDance", "budget", "2025")}));
  REQUIRE(AlertsOf(b, "budget_change").size() == 1);
  CHECK(*AlertsOf(b, "budget_change")[0]->old_value == 12e9);
}

TEST_CASE("a firm named exactly as a country's key raises its own alerts, not the country's",
          "[alerts][rules][countries]") {
  Harness h(RulesConfig(R"([[rule]]
name = "first"
type = "new"
indicators = ["budget"]
)"));
  // Invented: the country Jordan's budget in German, then a firm "Jordan"'s in English.
  const std::vector<Alert> country =
      h.Ingest(AsPlaces(MakeDoc("c1", kT0, {Money(2e9, "USD", "Jordanien", "budget", "2026")})));
  REQUIRE(country.size() == 1);
  CHECK(country[0].entity == "Jordan");
  Doc firm = MakeDoc("f1", kT0 + kDay, {Money(5e8, "USD", "Jordan", "budget", "2026")});
  firm.article.lang = firm.extraction.lang = extract::Lang::kEn;
  firm.extraction.figures[0].entity_type = extract::EntityType::kOrg;
  // The firm's first figure is a first report of its own series, not a report of the country's.
  const std::vector<Alert> own = h.Ingest(firm);
  REQUIRE(own.size() == 1);
  CHECK(own[0].entity == "Jordan (org)");
  CHECK(own[0].new_value == 5e8);
  auto found_by = [&](const char* typed) {
    AlertQuery q;
    q.entity = typed;
    auto found = QueryAlerts(*h.db(), q);
    REQUIRE(found.ok());
    std::set<std::string> ids;
    for (const Alert& a : *found) ids.insert(a.id);
    return ids;
  };
  CHECK(found_by("Jordanien") == std::set<std::string>{country[0].id, own[0].id});
  CHECK(found_by("Jordan (org)") == std::set<std::string>{own[0].id});
  CHECK(found_by("jordan (ORG)") == std::set<std::string>{own[0].id});  // any case
  // A rule watching the country does not fire for the firm.
  Harness watched(RulesConfig(R"([[rule]]
name = "first"
type = "new"
indicators = ["budget"]
entities = ["Jordania"]
)"));
  CHECK(watched.Ingest(firm).empty());
}

TEST_CASE("spike: a country's German and Spanish articles raise one alert found by each name",
          "[alerts][rules][countries]") {
  const std::string spike = R"([[rule]]
name = "spike"
type = "spike"
indicators = ["mentions"]
window = 1
baseline = 24
factor = 3
min_baseline = 1
min_count = 4
)";
  // Per language two articles in the hour of kT0: each language alone stays under min_count;
  // a country's four together cross it.
  auto hour_of = [](const std::string& prefix, const std::string& de, const std::string& es) {
    std::vector<Doc> docs;
    for (int i = 0; i < 2; ++i) {
      docs.push_back(
          AsPlaces(MakeDoc(prefix + "de" + std::to_string(i), kT0 + i * 60000, {}, {de})));
      Doc d = AsPlaces(MakeDoc(prefix + "es" + std::to_string(i), kT0 + i * 60000, {}, {es}));
      d.article.lang = d.extraction.lang = extract::Lang::kEs;
      docs.push_back(std::move(d));
    }
    return docs;
  };
  Harness h(RulesConfig(spike));
  const std::vector<Alert> got = h.Ingest(hour_of("n", "Niederlande", "Pa\u00edses Bajos"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].entity == "Netherlands");
  CHECK(got[0].new_value == 4);
  for (const char* typed : {"Niederlande", "Pa\u00edses Bajos", "Netherlands"}) {
    INFO(typed);
    AlertQuery q;
    q.entity = typed;
    auto found = QueryAlerts(*h.db(), q);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK((*found)[0].id == got[0].id);
  }
  // A city named in both languages: two series of two articles, no spike.
  CHECK(h.Ingest(hour_of("c", "Mailand", "Mil\u00e1n")).empty());

  // A rule watching a country by its German name watches its series.
  Harness watched(RulesConfig(spike + "entities = [\"Niederlande\"]\n"));
  CHECK(watched.Ingest(hour_of("n", "Niederlande", "Pa\u00edses Bajos")).size() == 1);
  CHECK(watched.Ingest(hour_of("s", "Schweden", "Suecia")).empty());
}
