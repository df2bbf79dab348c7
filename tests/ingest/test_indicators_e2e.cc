// End to end: the four seed articles (tools/samples/seeds.jsonl) through the real file
// source, decoder, extractor (with attribution) and pipeline, with the default indicator
// config. Needs figure attribution (entity / metric / period) from extract/.
#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>

#include "extract/extractor.h"
#include "indicator_test_util.h"
#include "ingest/file_source.h"
#include "ingest/indicator_feed.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

const std::string kSeeds = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl";

void IngestSeeds(store::Store* db, const Clock& clock, const std::string& alerts_file,
                 IndicatorFeed** feed_out, std::unique_ptr<IndicatorFeed>* holder) {
  static const extract::Extractor extractor;
  Pipeline pipeline(extractor, db, clock);
  IndicatorFeedOptions opts;
  opts.alerts_file = alerts_file;
  auto feed = IndicatorFeed::Create(db, clock, opts);
  REQUIRE(feed.ok());
  *holder = std::move(feed).value();
  *feed_out = holder->get();
  REQUIRE((*holder)->PublishOutbox().ok());
  (*holder)->Attach(&pipeline, [](const Status& s) { FAIL(s.ToString()); });
  auto source = FileSource::Open(kSeeds);
  REQUIRE(source.ok());
  std::atomic<bool> stop{false};
  RunTotals totals;
  RunOptions ro;
  ro.batch_size = 2;  // several batches
  REQUIRE(Run(**source, pipeline, stop, ro, &totals).ok());
  REQUIRE(totals.articles == 4);
}

// The "id" of every line of a JSONL alerts file, in file order.
std::vector<std::string> FileIds(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> ids;
  for (std::string line; std::getline(in, line);) {
    auto a = ParseAlertJson(line);
    REQUIRE(a.ok());
    ids.push_back(a->id);
  }
  return ids;
}

}  // namespace

TEST_CASE(
    "seed articles: ByteDance 2025 AI budget 12 bn USD, Nvidia share 80 %, Microsoft "
    "485,000 Hopper chips, and the default alerts",
    "[e2e][indicators]") {
  TempDir dir;
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  FakeClock clock(1767225600000);  // 2026-01-01
  const std::string alerts_file = dir.sub("alerts.jsonl");
  IndicatorFeed* feed = nullptr;
  std::unique_ptr<IndicatorFeed> holder;
  IngestSeeds(db->get(), clock, alerts_file, &feed, &holder);
  const IndicatorConfig cfg = feed->config();  // a copy: the feed is replaced below

  auto row = [&](const std::string& name, const std::string& entity,
                 const std::string& period) -> std::optional<IndicatorRow> {
    auto rows = ReadIndicators(**db, cfg, clock, {name, entity});
    REQUIRE(rows.ok());
    for (auto& r : *rows) {
      if (r.entity == entity && r.period == period) return r;
    }
    return std::nullopt;
  };
  auto budget = row("ai_budget_usd", "ByteDance", "2025");
  REQUIRE(budget);
  CHECK(budget->value == Approx(12e9));  // not 12 + 5.5 + 6.8
  CHECK(budget->article_id == "001_e914ad4db1b51880.txt");
  auto share = row("market_share", "Nvidia", "");
  REQUIRE(share);
  CHECK(share->value == Approx(80));
  // Microsoft's Hopper purchases (the period the extractor attributes does not matter here).
  auto rows = ReadIndicators(**db, cfg, clock, {"chip_purchases", "Microsoft"});
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  CHECK(rows->at(0).value == Approx(485000));
  CHECK(rows->at(0).unit == "chip");

  auto alerts = ReadAlerts(**db, std::nullopt);
  REQUIRE(alerts.ok());
  auto has = [&](const std::string& rule, const std::string& indicator, const std::string& entity) {
    for (const auto& a : *alerts) {
      if (a.json.find("\"rule\":\"" + rule + "\"") != std::string::npos &&
          a.json.find("\"indicator\":\"" + indicator + "\"") != std::string::npos &&
          a.json.find("\"entity\":\"" + entity + "\"") != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  CHECK(has("first_figure", "ai_budget_usd", "ByteDance"));
  CHECK(has("ai_budget_over_10bn", "ai_budget_usd", "ByteDance"));
  CHECK(has("first_figure", "market_share", "Nvidia"));
  CHECK(has("dominant_market_share", "market_share", "Nvidia"));
  CHECK(has("first_figure", "chip_purchases", "Microsoft"));
  // Every alert of the feed published, each once. The file may hold more: a seed of a later
  // batch can come before an earlier one in data order, which withdraws an alert from the
  // feed after it was published.
  const std::vector<std::string> published = FileIds(alerts_file);
  const std::set<std::string> published_set(published.begin(), published.end());
  CHECK(published_set.size() == published.size());
  for (const auto& a : *alerts) CHECK(published_set.count(a.id) == 1);

  // Ingesting the same file again changes nothing and raises nothing.
  const size_t n_alerts = alerts->size();
  std::map<std::tuple<std::string, std::string, int64_t>, std::string> before;
  REQUIRE((*db)
              ->ScanAllIndicators("",
                                  [&](auto n, auto e, auto b, auto v) {
                                    before[{std::string(n), std::string(e), b}] = v;
                                    return true;
                                  })
              .ok());
  holder.reset();
  IngestSeeds(db->get(), clock, alerts_file, &feed, &holder);
  CHECK(ReadAlerts(**db, std::nullopt)->size() == n_alerts);
  CHECK(FileIds(alerts_file) == published);

  // Reindex rebuilds the same values.
  REQUIRE(RebuildIndicators(db->get(), cfg, clock).ok());
  std::map<std::tuple<std::string, std::string, int64_t>, std::string> after;
  REQUIRE((*db)
              ->ScanAllIndicators("",
                                  [&](auto n, auto e, auto b, auto v) {
                                    after[{std::string(n), std::string(e), b}] = v;
                                    return true;
                                  })
              .ok());
  CHECK(after == before);
}
