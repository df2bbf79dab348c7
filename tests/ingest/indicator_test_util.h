#pragma once
// Helpers for the indicator / alert tests: a temporary store, articles and figures built by
// hand (entity and metric set, as attribution would), and a harness that stores them through
// the real Pipeline (Pipeline::StoreExtracted: the aggregator attached as in the daemon, its
// pre-write stage, one atomic Write, the observers).

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "common/time.h"
#include "extract/extractor.h"
#include "ingest/alerts.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "ingest/indicator_feed.h"
#include "ingest/indicators.h"
#include "ingest/pipeline.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace newsfacts::ingest::testing {

namespace fs = std::filesystem;

// 2025-01-15T12:00:00Z
inline constexpr int64_t kT0 = 1736942400000;
inline constexpr int64_t kDay = 24 * kHourMs;

using ::newsfacts::testing::TempDir;

inline extract::Figure Fig(extract::FigureKind kind, double value, std::string unit,
                           std::string entity, std::string metric, std::string period = "",
                           std::string sentence = "") {
  extract::Figure f;
  f.kind = kind;
  f.value = value;
  f.unit = std::move(unit);
  f.entity = std::move(entity);
  f.metric = std::move(metric);
  f.period = std::move(period);
  f.sentence = sentence.empty() ? "evidence sentence" : std::move(sentence);
  f.surface = std::string(1, 'x');  // not = "x": GCC 12 false -Wrestrict (PR 105329)
  return f;
}
inline extract::Figure Money(double v, std::string cur, std::string entity, std::string metric,
                             std::string period = "") {
  return Fig(extract::FigureKind::kMoney, v, std::move(cur), std::move(entity), std::move(metric),
             std::move(period));
}
inline extract::Figure Percent(double v, std::string entity, std::string metric,
                               std::string period = "") {
  return Fig(extract::FigureKind::kPercent, v, "", std::move(entity), std::move(metric),
             std::move(period));
}
inline extract::Figure Count(double v, std::string unit, std::string entity, std::string metric,
                             std::string period = "", std::string counterpart = "") {
  extract::Figure f = Fig(extract::FigureKind::kCount, v, std::move(unit), std::move(entity),
                          std::move(metric), std::move(period));
  f.counterpart = std::move(counterpart);
  return f;
}

struct Doc {
  extract::Article article;
  extract::Extraction extraction;
};

// An article published at `published_ms` (nullopt: no published_at) with these figures and
// one mention per entity in `mentions`.
inline Doc MakeDoc(const std::string& id, std::optional<int64_t> published_ms,
                   std::vector<extract::Figure> figures, std::vector<std::string> mentions = {}) {
  Doc d;
  d.article.id = id;
  d.article.lang = extract::Lang::kDe;
  d.article.title = "Titel " + id;
  d.article.body = "Text " + id;
  d.article.published_at_ms = published_ms;
  if (published_ms) d.article.published_at = common::FormatRfc3339Ms(*published_ms);
  d.extraction.lang = extract::Lang::kDe;
  d.extraction.figures = std::move(figures);
  for (auto& m : mentions) {
    extract::EntityMention em;
    em.entity = m;
    em.surface = m;
    d.extraction.entities.push_back(std::move(em));
  }
  return d;
}

// `d` with every mention and figure entity typed as a place (MakeDoc types mentions as
// organisations and leaves figures untyped): a country's names key one series only as places.
inline Doc AsPlaces(Doc d) {
  for (auto& m : d.extraction.entities) m.type = extract::EntityType::kPlace;
  for (auto& f : d.extraction.figures) {
    if (!f.entity.empty()) f.entity_type = extract::EntityType::kPlace;
  }
  return d;
}

// The configuration of the alert-rule tests: USD and CNY rates, three indicators ("budget":
// money in USD per period, "share": a percent without periods, "mentions") and the
// `rules` given (TOML [[rule]] tables). Fails the test when the result does not parse.
inline IndicatorConfig RulesConfig(const std::string& rules) {
  auto c = IndicatorConfig::Parse(R"([fx]
USD = 1
CNY = 0.1375
[[indicator]]
name = "budget"
metrics = ["budget"]
kind = "money"
to_usd = true
[[indicator]]
name = "share"
metrics = ["market_share"]
kind = "percent"
per_period = false
[[indicator]]
name = "mentions"
type = "mentions"
)" + rules,
                                  "rules");
  INFO(c.status().ToString());
  REQUIRE(c.ok());
  return std::move(c).value();
}

// A store + aggregator driven like the pipeline drives them.
class Harness {
 public:
  explicit Harness(const IndicatorConfig& config = IndicatorConfig::Default(),
                   int64_t now = kT0 + kDay)
      : config_(config), clock_(now) {
    auto db = store::Store::Open(dir_.sub("db"), store::OpenOptions{});
    REQUIRE(db.ok());
    db_ = std::move(db).value();
    Restart();
  }

  // A fresh aggregator and pipeline over the same store, as after a crash and restart: the
  // aggregator's cache is gone and its state is read back from the store.
  void Restart() {
    pipeline_.reset();
    agg_ = std::make_unique<IndicatorAggregator>(config_, db_.get(), clock_);
    pipeline_ = std::make_unique<Pipeline>(Extractor(), db_.get(), clock_);
    AttachAggregator(pipeline_.get(), agg_.get(), nullptr, {}, {},
                     [this](const std::vector<Alert>& alerts) { alerts_ = alerts; });
  }

  // Stores `docs` as one batch through the pipeline; returns the alerts it raised.
  std::vector<Alert> Ingest(const std::vector<Doc>& docs) {
    std::vector<ExtractedArticle> items;
    for (const Doc& d : docs)
      items.push_back({d.article, d.extraction, {"file:test", 0, offset_++}});
    alerts_.clear();
    auto outcome = pipeline_->StoreExtracted(std::move(items));
    INFO(outcome.status().ToString());
    REQUIRE(outcome.ok());
    return std::move(alerts_);
  }
  std::vector<Alert> Ingest(const Doc& d) { return Ingest(std::vector<Doc>{d}); }

  std::vector<IndicatorRow> Rows(const std::string& name, const std::string& entity = "") {
    auto rows = ReadIndicators(*db_, config_, clock_, {name, entity});
    REQUIRE(rows.ok());
    return std::move(rows).value();
  }
  // The row of (name, entity, period); fails the test when absent.
  IndicatorRow Row(const std::string& name, const std::string& entity,
                   const std::string& period = "") {
    for (auto& r : Rows(name, entity)) {
      if (r.entity == entity && r.period == period) return r;
    }
    FAIL("no indicator row " << name << " / " << entity << " / " << period);
    return {};
  }
  bool HasRow(const std::string& name, const std::string& entity, const std::string& period = "") {
    for (auto& r : Rows(name, entity)) {
      if (r.entity == entity && r.period == period) return true;
    }
    return false;
  }

  // The ids of every alert in the stored feed.
  std::set<std::string> FeedIds() {
    std::set<std::string> out;
    REQUIRE(db_->ScanAllIndicators(
                   kAlertFeedName,
                   [&](std::string_view, std::string_view id, int64_t, std::string_view) {
                     out.emplace(id);
                     return true;
                   })
                .ok());
    return out;
  }

  // Every indicator bucket except the alert feed: (name, entity, bucket) -> value.
  std::map<std::tuple<std::string, std::string, int64_t>, std::string> Snapshot() {
    std::map<std::tuple<std::string, std::string, int64_t>, std::string> out;
    REQUIRE(db_->ScanAllIndicators(
                   "",
                   [&](std::string_view n, std::string_view e, int64_t b, std::string_view v) {
                     if (!n.empty() && n[0] != '~') out[{std::string(n), std::string(e), b}] = v;
                     return true;
                   })
                .ok());
    return out;
  }

  store::Store* db() { return db_.get(); }
  FakeClock& clock() { return clock_; }
  IndicatorAggregator& agg() { return *agg_; }
  const IndicatorConfig& config() const { return config_; }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  IndicatorConfig config_;
  FakeClock clock_;
  std::unique_ptr<store::Store> db_;
  std::unique_ptr<IndicatorAggregator> agg_;
  std::unique_ptr<Pipeline> pipeline_;
  std::vector<Alert> alerts_;
  int64_t offset_ = 0;

  // The pipeline's extractor (unused by StoreExtracted; built once per test binary).
  static const extract::Extractor& Extractor() {
    static const extract::Extractor extractor(extract::ExtractorOptions{.entities = false});
    return extractor;
  }
};

inline std::vector<const Alert*> AlertsOf(const std::vector<Alert>& alerts,
                                          const std::string& rule) {
  std::vector<const Alert*> out;
  for (const Alert& a : alerts) {
    if (a.rule == rule) out.push_back(&a);
  }
  return out;
}

}  // namespace newsfacts::ingest::testing
