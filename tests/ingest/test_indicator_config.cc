#include <catch2/catch.hpp>
#include <fstream>

#include "extract/metrics.h"
#include "indicator_test_util.h"
#include "ingest/indicator_config.h"

using namespace newsfacts;
using namespace newsfacts::ingest;

TEST_CASE("the compiled-in default config is the shipped file and defines the required set",
          "[indicators][config]") {
  std::ifstream in(std::string(NEWSFACTS_SOURCE_DIR) + "/ingest/data/indicators.toml");
  REQUIRE(in);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(IndicatorConfig::DefaultText() == file);

  const IndicatorConfig& c = IndicatorConfig::Default();
  for (const char* name : {"ai_budget_usd", "ai_spend_usd", "chip_orders", "chip_purchases",
                           "chip_shipments", "chip_units_by_supplier", "market_share",
                           "ai_server_shipments", "market_size_usd", "mentions"}) {
    INFO(name);
    CHECK(c.Find(name) != nullptr);
  }
  for (const auto& d : c.indicators) {
    for (const std::string& m : d.metrics) {
      INFO(d.name << " " << m);
      CHECK(extract::metrics::IsMetric(m));
    }
  }
  CHECK(c.Find("ai_budget_usd")->to_usd);
  CHECK(c.Find("chip_units_by_supplier")->by_counterpart);
  CHECK_FALSE(c.Find("market_share")->per_period);
  CHECK(c.Find("mentions")->window_hours == std::vector<int64_t>{1, 24, 168});
  std::set<RuleType> types;
  for (const auto& r : c.rules) types.insert(r.type);
  CHECK(types.size() == 4);  // every rule type ships with a default rule
  CHECK(c.fx_usd.at("USD") == 1.0);
  for (const char* cur : {"EUR", "CNY", "GBP", "CHF", "JPY"}) CHECK(c.fx_usd.count(cur) == 1);
}

TEST_CASE("FX conversion uses the configured static table", "[indicators][config]") {
  auto c = IndicatorConfig::Parse(R"([fx]
USD = 1
EUR = 2
CNY = 0.5
)",
                                  "test");
  REQUIRE(c.ok());
  CHECK(*c->ToUsd(10, "EUR") == 20);
  CHECK(*c->ToUsd(10, "CNY") == 5);
  CHECK(*c->ToUsd(10, "USD") == 10);
  CHECK_FALSE(c->ToUsd(10, "XYZ").has_value());
  // 40 bn CNY is ~5.5 bn USD with the default rate.
  CHECK(*IndicatorConfig::Default().ToUsd(40e9, "CNY") == Approx(5.5e9));
}

TEST_CASE("a config with errors is rejected with the reason", "[indicators][config]") {
  auto check = [](const char* text, const char* needle) {
    auto c = IndicatorConfig::Parse(text, "my.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.status().code() == common::Status::Code::kInvalidArgument);
    CHECK_THAT(c.status().message(), Catch::Contains(needle));
    CHECK_THAT(c.status().message(), Catch::Contains("my.toml"));
  };
  check("[fx\nUSD=1", "line");
  // Metrics are labels of the closed taxonomy (extract/metrics.h); old or misspelt ones fail.
  check("[[indicator]]\nname = \"a\"\nmetrics=[\"revenue_share\"]\n", "unknown metric");
  check("[[indicator]]\nname = \"a\"\nmetrics=[\"deliveries\"]\n", "unknown metric");
  check("[fx]\nEUR = -1\n", "fx.EUR");
  check("[[indicator]]\nname = \"a\"\ntype = \"sum\"\nmetrics=[\"revenue\"]\n", "unknown type");
  check("[[indicator]]\nname = \"Bad Name\"\nmetrics=[\"revenue\"]\n", "[a-z0-9_]");
  check(
      "[[indicator]]\nname = \"a\"\nmetrics=[\"revenue\"]\n[[indicator]]\nname = \"a\"\n"
      "metrics=[\"profit\"]\n",
      "duplicate indicator");
  check("[[indicator]]\nname = \"a\"\nmetrics=[\"revenue\"]\nkind=\"weight\"\n", "figure kind");
  check(
      "[[indicator]]\nname = \"a\"\nmetrics=[\"revenue\"]\n[[rule]]\nname=\"r\"\ntype=\"new\"\n"
      "indicators=[\"b\"]\n",
      "unknown indicator 'b'");
  check(
      "[[indicator]]\nname = "
      "\"a\"\nmetrics=[\"revenue\"]\n[[rule]]\nname=\"r\"\ntype=\"threshold\"\n"
      "indicators=[\"a\"]\n",
      "above or below");
  check(
      "[[indicator]]\nname = \"a\"\nmetrics=[\"revenue\"]\n[[rule]]\nname=\"r\"\ntype=\"spike\"\n"
      "indicators=[\"a\"]\n",
      "spike rules watch mentions");
}

TEST_CASE("integer fields reject floats and out-of-range hours instead of casting them",
          "[indicators][config]") {
  // A mentions indicator and a spike rule on it; `extra` replaces one field of the rule.
  auto rule = [](const std::string& extra) {
    return "[[indicator]]\nname = \"m\"\ntype = \"mentions\"\n[[rule]]\nname = \"r\"\n"
           "type = \"spike\"\nindicators = [\"m\"]\n" +
           extra;
  };
  REQUIRE(IndicatorConfig::Parse(rule("window = 24\nbaseline = 168\n"), "ok.toml").ok());
  for (const char* bad : {"baseline = 1e300\n", "window = 2.5\n", "min_count = -1e300\n",
                          "baseline = 9223372036854775807\n"}) {
    INFO(bad);
    auto c = IndicatorConfig::Parse(rule(bad), "my.toml");
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.status().message(), Catch::Contains("rule 'r'"));
  }
  auto windows = IndicatorConfig::Parse(
      "[[indicator]]\nname = \"m\"\ntype = \"mentions\"\nwindows = [1e300]\n", "w.toml");
  REQUIRE_FALSE(windows.ok());
  CHECK_THAT(windows.status().message(), Catch::Contains("windows"));
}

TEST_CASE("Load reads a config file and reports a missing one", "[indicators][config]") {
  newsfacts::testing::TempDir dir;
  const std::string path = dir.sub("ind.toml");
  std::ofstream(path) << "[fx]\nUSD = 1\n[[indicator]]\nname = \"m\"\ntype = \"mentions\"\n";
  auto c = IndicatorConfig::Load(path);
  REQUIRE(c.ok());
  REQUIRE(c->indicators.size() == 1);
  CHECK(c->indicators[0].type == IndicatorType::kMentions);
  CHECK(c->indicators[0].window_hours == std::vector<int64_t>{1, 24, 168});
  auto missing = IndicatorConfig::Load(dir.sub("nope.toml"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == common::Status::Code::kIoError);
}
