#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "indicator_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

TEST_CASE("budget: the headline figure in USD, not the sum of its components", "[indicators]") {
  Harness h;
  // ByteDance 2025: 12 bn USD in total; 40 bn CNY (= 5.5 bn USD) domestic of it; the same
  // 12 bn repeated later in the text.
  auto cny = Money(40e9, "CNY", "ByteDance", "budget", "2025");
  cny.same_as = 2;
  h.Ingest(MakeDoc("a1", kT0,
                   {Money(12e9, "USD", "ByteDance", "budget", "2025"), cny,
                    Money(5.5e9, "USD", "ByteDance", "budget", "2025"),
                    Money(12e9, "USD", "ByteDance", "budget", "2025")}));
  auto row = h.Row("ai_budget_usd", "ByteDance", "2025");
  CHECK(row.value == 12e9);
  CHECK(row.unit == "USD");
  CHECK(row.article_id == "a1");
  CHECK_FALSE(row.previous.has_value());
  CHECK(h.Rows("ai_budget_usd").size() == 1);
}

TEST_CASE("budget in a foreign currency is converted with the FX table", "[indicators]") {
  SECTION("default table") {
    Harness h;
    h.Ingest(MakeDoc("a1", kT0, {Money(40e9, "CNY", "ByteDance", "budget", "2025")}));
    CHECK(h.Row("ai_budget_usd", "ByteDance", "2025").value == Approx(5.5e9));
  }
  SECTION("configured table; a currency missing from it is skipped") {
    auto cfg = IndicatorConfig::Parse(R"([fx]
USD = 1
EUR = 1.5
[[indicator]]
name = "budget"
metrics = ["budget"]
kind = "money"
to_usd = true
)",
                                      "test");
    REQUIRE(cfg.ok());
    Harness h(*cfg);
    h.Ingest(MakeDoc("a1", kT0,
                     {Money(2e9, "EUR", "SAP", "budget", "2024"),
                      Money(1e9, "CNY", "Baidu", "budget", "2024")}));
    auto row = h.Row("budget", "SAP", "2024");
    CHECK(row.value == 3e9);
    CHECK_FALSE(h.HasRow("budget", "Baidu", "2024"));
  }
}

TEST_CASE("latest value: a newer report replaces it, the old one becomes previous",
          "[indicators]") {
  Harness h;
  h.Ingest(MakeDoc("a1", kT0, {Money(10e9, "USD", "Meta", "budget", "2025")}));
  h.Ingest(MakeDoc("a2", kT0 + kHourMs, {Money(11e9, "USD", "Meta", "budget", "2025")}));
  auto row = h.Row("ai_budget_usd", "Meta", "2025");
  CHECK(row.value == 11e9);
  REQUIRE(row.previous.has_value());
  CHECK(*row.previous == 10e9);
  CHECK(row.time_ms == kT0 + kHourMs);
  // Periods are separate keys.
  h.Ingest(MakeDoc("a3", kT0 + 2 * kHourMs, {Money(8e9, "USD", "Meta", "budget", "2024")}));
  CHECK(h.Row("ai_budget_usd", "Meta", "2025").value == 11e9);
  CHECK(h.Row("ai_budget_usd", "Meta", "2024").value == 8e9);
}

TEST_CASE("a late article never overwrites a newer latest value", "[indicators]") {
  Harness h;
  h.Ingest(MakeDoc("new", kT0, {Percent(80, "Nvidia", "market_share")}));
  // Published two days earlier, arriving later.
  auto alerts = h.Ingest(MakeDoc("old", kT0 - 2 * kDay, {Percent(70, "Nvidia", "market_share")}));
  auto row = h.Row("market_share", "Nvidia");
  CHECK(row.value == 80);
  CHECK(row.article_id == "new");
  REQUIRE(row.previous.has_value());
  CHECK(*row.previous == 70);  // it is the report before the latest
  // Rules follow data order, not arrival: "old" is now the key's first report (first_figure
  // moves to it: the alert of "new" is withdrawn from the feed) and "new" changed from 70.
  REQUIRE(AlertsOf(alerts, "first_figure").size() == 1);
  CHECK(AlertsOf(alerts, "first_figure")[0]->article_id == "old");
  REQUIRE(AlertsOf(alerts, "market_share_change").size() == 1);
  CHECK(AlertsOf(alerts, "market_share_change")[0]->article_id == "new");
  CHECK(*AlertsOf(alerts, "market_share_change")[0]->old_value == 70);
  size_t first_figures = 0;
  // The Result must outlive the loop: a range-for over `*ReadAlerts(...)` would iterate a
  // vector owned by a destroyed temporary (GCC flagged it as maybe-uninitialized).
  auto stored = ReadAlerts(*h.db(), std::nullopt);
  REQUIRE(stored.ok());
  for (const auto& a : *stored) {
    first_figures += a.json.find("\"rule\":\"first_figure\"") != std::string::npos;
  }
  CHECK(first_figures == 1);
  // An even older one changes nothing at all.
  h.Ingest(MakeDoc("older", kT0 - 5 * kDay, {Percent(60, "Nvidia", "market_share")}));
  row = h.Row("market_share", "Nvidia");
  CHECK(row.value == 80);
  CHECK(*row.previous == 70);
}

TEST_CASE("indicators do not depend on the order articles arrive in", "[indicators]") {
  std::vector<Doc> docs = {
      MakeDoc("d1", kT0, {Percent(70, "AMD", "market_share"), Count(5000, "gpu", "Meta", "orders")},
              {"AMD", "Meta"}),
      MakeDoc("d2", kT0 + 3 * kHourMs, {Percent(75, "AMD", "market_share")}, {"AMD"}),
      MakeDoc("d3", kT0 - kDay, {Count(9000, "gpu", "Meta", "orders")}, {"Meta", "AMD"}),
      MakeDoc("d4", std::nullopt, {Money(3e9, "EUR", "Mistral AI", "investment", "2025")},
              {"Mistral AI"}),
  };
  Harness in_order, reversed;
  for (const Doc& d : docs) in_order.Ingest(d);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) reversed.Ingest(*it);
  CHECK(in_order.Snapshot() == reversed.Snapshot());
  CHECK(in_order.Row("chip_orders", "Meta").value == 5000);  // d1 is newer than d3
  CHECK(in_order.Row("market_share", "AMD").value == 75);
}

TEST_CASE("without published_at the event time is the ingestion time (injected clock)",
          "[indicators]") {
  Harness h(IndicatorConfig::Default(), kT0 + 10 * kDay);
  h.Ingest(MakeDoc("a1", std::nullopt, {Money(1e9, "USD", "xAI", "spend", "2025")}, {"xAI"}));
  auto row = h.Row("ai_spend_usd", "xAI", "2025");
  CHECK(row.time_ms == kT0 + 10 * kDay);
  CHECK(h.Row("mentions_1h", "xAI").value == 1);
  // An article published before that is older, so it does not replace the value.
  h.Ingest(MakeDoc("a2", kT0, {Money(2e9, "USD", "xAI", "spend", "2025")}));
  CHECK(h.Row("ai_spend_usd", "xAI", "2025").value == 1e9);
}

TEST_CASE("chip units per buyer and per supplier", "[indicators]") {
  Harness h;
  h.Ingest(MakeDoc("a1", kT0,
                   {Count(485000, "chip", "Microsoft", "purchases", "2024", "Nvidia"),
                    Count(224000, "chip", "Meta", "purchases", "2024", "Nvidia"),
                    Count(100000, "chip", "ByteDance", "orders", "", "Huawei Ascend 910B"),
                    Count(30000, "chip", "ByteDance", "shipments", "", "Huawei Ascend 910B"),
                    Count(8, "server", "Acme", "purchases")}));
  CHECK(h.Row("chip_purchases", "Microsoft", "2024").value == 485000);
  CHECK(h.Row("chip_purchases", "Meta", "2024").value == 224000);
  CHECK(h.Row("chip_purchases", "Microsoft", "2024").unit == "chip");
  CHECK(h.Row("chip_orders", "ByteDance").value == 100000);
  CHECK(h.Row("chip_shipments", "ByteDance").value == 30000);
  CHECK_FALSE(h.HasRow("chip_purchases", "Acme"));  // servers are not chips
  // Per supplier: the largest report of the article for that key (Nvidia 2024).
  CHECK(h.Row("chip_units_by_supplier", "Nvidia", "2024").value == 485000);
  CHECK(h.Row("chip_units_by_supplier", "Huawei Ascend 910B").value == 100000);
}

TEST_CASE("market share keeps the latest and the previous value", "[indicators]") {
  Harness h;
  // "first" pick: the first share stated for the company in an article.
  h.Ingest(
      MakeDoc("a1", kT0,
              {Percent(28.1, "Inspur", "market_share"), Percent(30.8, "Inspur", "market_share")}));
  CHECK(h.Row("market_share", "Inspur").value == 28.1);
  h.Ingest(MakeDoc("a2", kT0 + kDay, {Percent(31, "Inspur", "market_share")}));
  auto row = h.Row("market_share", "Inspur");
  CHECK(row.value == 31);
  CHECK(*row.previous == 28.1);
  CHECK(row.unit == "%");
}

TEST_CASE("AI-server shipments and market size per period, market-wide", "[indicators]") {
  Harness h;
  h.Ingest(MakeDoc("a1", kT0,
                   {Count(200000, "server", "", "shipments", "2026"),
                    Count(125000, "server", "", "shipments", "2022"),
                    Count(1e6, "gpu", "Nvidia", "shipments", "2024"),
                    Money(20e9, "USD", "", "market_size", "2023")}));
  CHECK(h.Row("ai_server_shipments", "", "2026").value == 200000);
  CHECK(h.Row("ai_server_shipments", "", "2022").value == 125000);
  CHECK_FALSE(h.HasRow("ai_server_shipments", "Nvidia", "2024"));  // GPUs, not servers
  CHECK(h.Row("market_size_usd", "", "2023").value == 20e9);
}

TEST_CASE("mentions: counted per hour of event time, windows relative to the clock",
          "[indicators]") {
  // A window of W hours = the current hour bucket (12:00-13:00) and the W - 1 before it.
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  h.Ingest({MakeDoc("m1", kT0 + 10 * 60 * 1000, {}, {"Nvidia", "Nvidia", "AMD"}),
            MakeDoc("m2", kT0 - 5 * kHourMs, {}, {"Nvidia"}),
            MakeDoc("m3", kT0 - 3 * kDay, {}, {"Nvidia"}),
            MakeDoc("m4", kT0 - 30 * kHourMs, {}, {"Nvidia"})});
  // One article mentioning Nvidia twice counts once.
  CHECK(h.Row("mentions_1h", "Nvidia").value == 1);
  CHECK(h.Row("mentions_24h", "Nvidia").value == 2);
  CHECK(*h.Row("mentions_24h", "Nvidia").previous == 1);  // m4, in the 24 h before
  CHECK(h.Row("mentions_7d", "Nvidia").value == 4);
  CHECK(h.Row("mentions_1h", "AMD").value == 1);
  // A late article lands in its own hour, not in the current one.
  h.Ingest(MakeDoc("late", kT0 - 2 * kDay, {}, {"AMD"}));
  CHECK(h.Row("mentions_1h", "AMD").value == 1);
  CHECK(h.Row("mentions_7d", "AMD").value == 2);
  // Time passes: the windows move with the clock.
  h.clock().Advance(kHourMs);
  CHECK(h.Row("mentions_1h", "Nvidia").value == 0);
  CHECK(*h.Row("mentions_1h", "Nvidia").previous == 1);
  h.clock().Advance(kHourMs);
  CHECK_FALSE(h.HasRow("mentions_1h", "AMD"));  // nothing in this or the previous hour
  CHECK(h.Row("mentions_24h", "AMD").value == 1);
}

TEST_CASE(
    "re-ingesting an unchanged article counts nothing twice, a changed one moves its "
    "mentions",
    "[indicators]") {
  Harness h(IndicatorConfig::Default(), kT0 + 40 * 60 * 1000);
  Doc d = MakeDoc("a1", kT0 + 10 * 60 * 1000, {Money(5e9, "USD", "Google", "budget", "2025")},
                  {"Google"});
  auto first = h.Ingest(d);
  CHECK_FALSE(first.empty());
  auto before = h.Snapshot();
  auto again = h.Ingest(d);
  CHECK(again.empty());
  CHECK(h.Snapshot() == before);
  CHECK(h.Row("mentions_1h", "Google").value == 1);

  Doc changed = d;
  changed.article.body = "Neuer Text";
  changed.extraction.entities[0].entity = "Alphabet";
  h.Ingest(changed);
  CHECK_FALSE(h.HasRow("mentions_1h", "Google"));
  CHECK(h.Row("mentions_1h", "Alphabet").value == 1);
}

TEST_CASE(
    "an article whose extraction output changed without a kVersion bump moves its mentions "
    "as the store replaces them",
    "[indicators]") {
  Harness h(IndicatorConfig::Default(), kT0 + 40 * 60 * 1000);
  Doc d = MakeDoc("a1", kT0 + 10 * 60 * 1000, {}, {"Google"});
  h.Ingest(d);
  // The same article text under the same Extractor::kVersion, but the extractor now names
  // another entity: the store replaces the mentions, so the indicators must follow.
  Doc reextracted = d;
  reextracted.extraction.entities[0].entity = "Alphabet";
  h.Ingest(reextracted);
  auto mentions = h.db()->GetMentions("a1");
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 1);
  CHECK((*mentions)[0].entity == "Alphabet");
  CHECK_FALSE(h.HasRow("mentions_1h", "Google"));
  CHECK(h.Row("mentions_1h", "Alphabet").value == 1);
}

TEST_CASE("an article twice in one batch counts once", "[indicators]") {
  Harness h(IndicatorConfig::Default(), kT0);
  Doc d = MakeDoc("a1", kT0, {}, {"Intel"});
  h.Ingest({d, d});
  CHECK(h.Row("mentions_1h", "Intel").value == 1);
}

TEST_CASE("RebuildIndicators reproduces the incrementally maintained values",
          "[indicators][reindex]") {
  Harness h(IndicatorConfig::Default(), kT0);
  h.Ingest({MakeDoc("r1", kT0 - kDay,
                    {Money(40e9, "CNY", "ByteDance", "budget", "2025"),
                     Percent(80, "Nvidia", "market_share")},
                    {"ByteDance", "Nvidia"}),
            MakeDoc("r2", std::nullopt, {Count(485000, "chip", "Microsoft", "purchases")},
                    {"Microsoft"})});
  h.clock().Advance(kHourMs);
  h.Ingest(MakeDoc("r3", kT0 - 2 * kDay, {Percent(70, "Nvidia", "market_share")}, {"Nvidia"}));
  h.Ingest(MakeDoc("r4", kT0, {Money(12e9, "USD", "ByteDance", "budget", "2025")}, {"ByteDance"}));
  const auto incremental = h.Snapshot();
  REQUIRE(incremental.size() > 6);

  // A stray bucket that no stored fact supports is removed; the alert feed is kept.
  store::Batch stray;
  stray.PutIndicator("market_share", "Nobody", 0, "junk");
  REQUIRE(h.db()->Write(stray).ok());
  auto alerts_before = ReadAlerts(*h.db(), std::nullopt);
  REQUIRE(alerts_before.ok());

  h.clock().Advance(5 * kDay);  // rebuilding later must not move anything
  REQUIRE(RebuildIndicators(h.db(), h.config(), h.clock()).ok());
  CHECK(h.Snapshot() == incremental);
  auto alerts_after = ReadAlerts(*h.db(), std::nullopt);
  REQUIRE(alerts_after.ok());
  CHECK(alerts_after->size() == alerts_before->size());
}

TEST_CASE("latest-value encoding round-trips and rejects garbage", "[indicators]") {
  LatestValue v;
  Observation o;
  o.value = 1.5e9;
  o.reported_value = 1.2e10;
  o.reported_unit = "CNY";
  o.period = "2024-Q3";
  o.metric = "budget";
  o.event_time_ms = -5;
  o.article_id = "id";
  o.figure_index = 7;
  o.sentence = "Satz mit Ümlaut";
  v.latest = o;
  LatestValue back;
  REQUIRE(DecodeLatest(EncodeLatest(v), &back).ok());
  REQUIRE(back.latest.has_value());
  CHECK_FALSE(back.previous.has_value());
  CHECK(back.latest->value == o.value);
  CHECK(back.latest->event_time_ms == -5);
  CHECK(back.latest->sentence == o.sentence);
  CHECK(back.latest->period == "2024-Q3");
  std::string bytes = EncodeLatest(v);
  bytes.resize(bytes.size() - 3);
  CHECK(DecodeLatest(bytes, &back).code() == common::Status::Code::kCorruption);
  CHECK(DecodeLatest("zz", &back).code() == common::Status::Code::kCorruption);
  CHECK(SplitSeriesKey(SeriesKey("A", "2025", true)) ==
        std::make_pair(std::string("A"), std::string("2025")));
  CHECK(SplitSeriesKey(SeriesKey("A", "2025", false)).second.empty());
}

namespace {

// `d` as a Spanish article.
Doc Spanish(Doc d) {
  d.article.lang = extract::Lang::kEs;
  d.extraction.lang = extract::Lang::kEs;
  return d;
}

}  // namespace

TEST_CASE("a country's German and Spanish articles feed one series under one name",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  // Invented state AI budgets: the country layer names the country in each text's language.
  h.Ingest(
      {AsPlaces(MakeDoc("de1", kT0 - kDay, {Money(3e9, "USD", "Deutschland", "budget", "2026")},
                        {"Deutschland"})),
       AsPlaces(Spanish(
           MakeDoc("es1", kT0, {Money(4e9, "USD", "Alemania", "budget", "2026")}, {"Alemania"})))});
  // One latest series: the Spanish report is the newest, the German one its predecessor.
  const IndicatorRow budget = h.Row("ai_budget_usd", "Germany", "2026");
  CHECK(budget.value == 4e9);
  REQUIRE(budget.previous);
  CHECK(*budget.previous == 3e9);
  CHECK(h.Row("mentions_7d", "Germany").value == 2);
  // Read by any of the country's names.
  for (const char* typed : {"Deutschland", "Alemania", "Germany"}) {
    INFO(typed);
    const auto rows = h.Rows("ai_budget_usd", typed);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entity == "Germany");
    CHECK(h.Rows("mentions_7d", typed).size() == 1);
  }
  CHECK_FALSE(h.HasRow("ai_budget_usd", "Deutschland", "2026"));
  CHECK_FALSE(h.HasRow("mentions_7d", "Alemania"));

  // The same merge after a rebuild (`newsfacts reindex`).
  const auto incremental = h.Snapshot();
  REQUIRE(RebuildIndicators(h.db(), h.config(), h.clock()).ok());
  CHECK(h.Snapshot() == incremental);
}

TEST_CASE("cities regions products and firms keep one series per stored name",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  // Each pair names one place (or one maker's product) in two languages: not a country, so
  // not merged (a city's facts keep the text's spelling, as queries do).
  h.Ingest({AsPlaces(MakeDoc("c1", kT0, {Money(2e9, "USD", "Wien", "budget", "2026")},
                             {"Wien", "Bayern", "Peking"})),
            MakeDoc("c1b", kT0, {}, {"ChatGPT", "Kralmo AG"}),
            AsPlaces(Spanish(MakeDoc("c2", kT0, {Money(5e9, "USD", "Viena", "budget", "2026")},
                                     {"Viena", "Baviera", "Beijing"}))),
            Spanish(MakeDoc("c2b", kT0, {}, {"OpenAI", "Kralmo AG"}))});
  CHECK(h.Row("ai_budget_usd", "Wien", "2026").value == 2e9);
  CHECK(h.Row("ai_budget_usd", "Viena", "2026").value == 5e9);
  for (const char* name :
       {"Wien", "Viena", "Bayern", "Baviera", "Peking", "Beijing", "ChatGPT", "OpenAI"}) {
    INFO(name);
    CHECK(h.Row("mentions_7d", name).value == 1);
  }
  CHECK(h.Row("mentions_7d", "Kralmo AG").value == 2);  // a firm: its one series
}

TEST_CASE("Georgia the country is one series in every language and never the United States",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  h.Ingest({AsPlaces(MakeDoc("g1", kT0, {}, {"Georgien"})),
            AsPlaces(Spanish(MakeDoc("g2", kT0, {}, {"Georgia"}))),
            AsPlaces(MakeDoc("u1", kT0, {}, {"USA"})),
            AsPlaces(Spanish(MakeDoc("u2", kT0, {}, {"Estados Unidos"})))});
  CHECK(h.Row("mentions_7d", "Georgia").value == 2);
  CHECK(h.Row("mentions_7d", "United States").value == 2);
  const auto rows = h.Rows("mentions_7d", "Georgien");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].entity == "Georgia");
}

TEST_CASE("a firm named like a country keeps its series apart from the country's places",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  // An invented retailer "Suecia" (a user's organisation entry) in an English article: its
  // budget, a chip order placed with it and its mention. The country Sweden as a place in
  // German, Spanish and English articles, and as the supplier of a chip order.
  Doc firm = MakeDoc("f1", kT0,
                     {Money(7e8, "USD", "Suecia", "budget", "2026"),
                      Count(3000, "chip", "Tarnholm", "orders", "2026", "Suecia")},
                     {"Suecia", "Tarnholm"});
  firm.article.lang = firm.extraction.lang = extract::Lang::kEn;
  firm.extraction.figures[0].entity_type = extract::EntityType::kOrg;
  Doc en = AsPlaces(MakeDoc("s3", kT0, {}, {"Sweden"}));
  en.article.lang = en.extraction.lang = extract::Lang::kEn;
  Doc supplier = MakeDoc("s4", kT0, {Count(9000, "chip", "Tarnholm", "orders", "2025", "Schweden")},
                         {"Tarnholm", "Schweden"});
  supplier.extraction.entities[1].type = extract::EntityType::kPlace;
  h.Ingest({firm,
            AsPlaces(MakeDoc("s1", kT0, {Money(2e9, "USD", "Schweden", "budget", "2026")},
                             {"Schweden"})),
            AsPlaces(Spanish(MakeDoc("s2", kT0, {}, {"Suecia"}))), en, supplier});
  // The firm: its own budget, supplier and mention series.
  CHECK(h.Row("ai_budget_usd", "Suecia", "2026").value == 7e8);
  CHECK(h.Row("chip_units_by_supplier", "Suecia", "2026").value == 3000);
  CHECK(h.Row("mentions_7d", "Suecia").value == 1);
  // The country: its de/es/en place mentions merge; its budget and supplier series.
  CHECK(h.Row("mentions_7d", "Sweden").value == 4);
  CHECK(h.Row("ai_budget_usd", "Sweden", "2026").value == 2e9);
  CHECK(h.Row("chip_units_by_supplier", "Sweden", "2025").value == 9000);
  CHECK_FALSE(h.HasRow("chip_units_by_supplier", "Schweden", "2025"));
  // Read by the firm's name: the query cannot know the type, so both series (apart).
  std::set<std::string> entities;
  for (const auto& r : h.Rows("mentions_7d", "Suecia")) entities.insert(r.entity);
  CHECK(entities == std::set<std::string>{"Suecia", "Sweden"});
}

TEST_CASE("a firm or person named exactly as a country's key has series apart from the country",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  // Invented: a firm "Chad" (English article: its budget, a chip order placed with it, its
  // mention) and a person "Jordan"; the countries Chad and Jordan as places in German and
  // Spanish articles and as a supplier the article mentions as a place.
  Doc firm = MakeDoc("f1", kT0,
                     {Money(6e8, "USD", "Chad", "budget", "2026"),
                      Count(2500, "chip", "Velmora", "orders", "2026", "Chad")},
                     {"Chad", "Velmora", "Jordan"});
  firm.article.lang = firm.extraction.lang = extract::Lang::kEn;
  firm.extraction.figures[0].entity_type = extract::EntityType::kOrg;
  firm.extraction.entities[2].type = extract::EntityType::kPerson;
  Doc supplier = MakeDoc("c3", kT0, {Count(8000, "chip", "Velmora", "orders", "2025", "Tschad")},
                         {"Velmora", "Tschad"});
  supplier.extraction.entities[1].type = extract::EntityType::kPlace;
  h.Ingest({firm,
            AsPlaces(MakeDoc("c1", kT0, {Money(3e9, "USD", "Tschad", "budget", "2026")},
                             {"Tschad", "Jordanien"})),
            AsPlaces(Spanish(MakeDoc("c2", kT0, {}, {"Chad", "Jordania"}))), supplier});
  // The countries: only their place mentions and figures.
  CHECK(h.Row("ai_budget_usd", "Chad", "2026").value == 3e9);
  CHECK(h.Row("chip_units_by_supplier", "Chad", "2025").value == 8000);
  CHECK_FALSE(h.HasRow("chip_units_by_supplier", "Chad", "2026"));
  CHECK(h.Row("mentions_7d", "Chad").value == 3);
  CHECK(h.Row("mentions_7d", "Jordan").value == 2);
  // The firm and the person: their own series, the type after the name.
  CHECK(h.Row("ai_budget_usd", "Chad (org)", "2026").value == 6e8);
  CHECK(h.Row("chip_units_by_supplier", "Chad (org)", "2026").value == 2500);
  CHECK(h.Row("mentions_7d", "Chad (org)").value == 1);
  CHECK(h.Row("mentions_7d", "Jordan (person)").value == 1);
  // Read by the bare name (or the country's other names) the query cannot know the type:
  // both series, apart; read by the marked name, the firm's alone.
  for (const char* typed : {"Chad", "Tschad"}) {
    INFO(typed);
    std::set<std::string> entities;
    for (const auto& r : h.Rows("ai_budget_usd", typed)) entities.insert(r.entity);
    CHECK(entities == std::set<std::string>{"Chad", "Chad (org)"});
  }
  // The marked name in any case, like every other name.
  for (const char* typed : {"Chad (org)", "chad (org)", "CHAD (Org)"}) {
    INFO(typed);
    const auto firm_rows = h.Rows("ai_budget_usd", typed);
    REQUIRE(firm_rows.size() == 1);
    CHECK(firm_rows[0].entity == "Chad (org)");
    CHECK(firm_rows[0].value == 6e8);
  }
  // A firm named like a country but not as its key keeps its bare name.
  h.Ingest(MakeDoc("f2", kT0, {}, {"Tschad"}));
  CHECK(h.Row("mentions_7d", "Tschad").value == 1);
  CHECK(h.Row("mentions_7d", "Chad").value == 3);

  // The same keys after a rebuild (`newsfacts reindex`).
  const auto incremental = h.Snapshot();
  REQUIRE(RebuildIndicators(h.db(), h.config(), h.clock()).ok());
  CHECK(h.Snapshot() == incremental);
}

TEST_CASE("a store not rebuilt shows a country's old rows by any of its names",
          "[indicators][countries]") {
  Harness h(IndicatorConfig::Default(), kT0 + 30 * 60 * 1000);
  h.Ingest(AsPlaces(Spanish(MakeDoc("a1", kT0, {}, {"Austria"}))));
  // A row written before series were keyed by one name per country (the German name).
  store::Batch old;
  old.PutIndicator("mentions", "\u00d6sterreich", kT0 / kHourMs * kHourMs, "1");
  REQUIRE(h.db()->Write(old).ok());
  for (const char* typed : {"\u00d6sterreich", "Austria"}) {
    INFO(typed);
    std::set<std::string> entities;
    for (const auto& r : h.Rows("mentions_7d", typed)) entities.insert(r.entity);
    CHECK(entities == std::set<std::string>{"Austria", "\u00d6sterreich"});
  }
  // Any other name finds neither.
  CHECK(h.Rows("mentions_7d", "Schweiz").empty());
}
