#pragma once
// IndicatorAggregator: keeps the market indicators of an IndicatorConfig up to date as
// articles are stored, and raises the alerts the config's rules define.
//
// A pure core (library newsfacts_aggregate: config, state, merge, rules; no Kafka, no
// pipeline): the store and the clock are injected. AttachAggregator (indicator_feed.h) makes
// it a pipeline stage for the single process and the store stage alike.
//
//   Pipeline (pre-write stage) -> IndicatorAggregator::Stage: for each article of the batch
//     event time = published_at, else the batch's ingestion time
//     latest indicators: one candidate figure per article and key (config `pick`), merged
//       into the key's state; the newest event time wins, ties by (article id, figure index),
//       so late / out-of-order articles update the right key without overwriting newer values
//     mentions: +1 per mentioning article in the entity's hour bucket (event time)
//     rules: evaluated on every change -> Alerts
//   -> indicator puts + alerts (feed and outbox) added to the SAME store::Batch, so they are
//      durable exactly when the facts that caused them are.
//
// Store layout (indicators column family, key = (name, entity, bucket start)):
//   latest:   (indicator, SeriesKey(entity, period), 0)   -> EncodeLatest(LatestValue)
//   mentions: (indicator, entity, hour start ms)          -> decimal count of articles
//   alerts:   (kAlertFeedName, alert id, detected_at ms)   -> alert JSON (kept)
//             (kAlertOutboxName, alert id, detected_at ms) -> "" (until published)
// The state is order-independent (a pure function of the stored articles), so
// RebuildIndicators() after `newsfacts reindex` gives identical values.
//
// Known limits: when an article is REPLACED by a changed version, its mention counts move to
// the new version, but a "latest" value it had set stays until a newer report or a reindex;
// a changed version that feeds no indicator at all (no mention, no indicator metric) is
// skipped without retracting the old version's mentions (a reindex corrects both).
//
// Thread-safety: one aggregator per store writer (it caches state; not thread-safe).
// Ownership: borrows config, store and clock; they must outlive it.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"
#include "ingest/alerts.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "store/store.h"

namespace newsfacts::ingest {

using common::Result;
using common::Status;

// One reported value of a latest indicator.
struct Observation {
  double value = 0;           // converted (USD when the indicator has to_usd)
  double reported_value = 0;  // as stated in the article
  std::string reported_unit;  // currency / counted noun / "" for percent
  std::string period;
  std::string metric;  // the figure's metric
  int64_t event_time_ms = 0;
  std::string article_id;
  uint32_t figure_index = 0;
  std::string sentence;  // evidence
};

// The state of one latest-indicator key: the newest report and the one before it (from a
// different article).
struct LatestValue {
  std::optional<Observation> latest;
  std::optional<Observation> previous;
};

// True when `a` is a newer report than `b`: later event time; ties by article id, then by
// figure index (so the result does not depend on processing order).
bool IsNewer(const Observation& a, const Observation& b);
// Merges one article's report into `state` (replacing an earlier report of the same article).
// Returns true when state->latest changed.
bool MergeObservation(LatestValue* state, Observation obs);

std::string EncodeLatest(const LatestValue& v);
// Errors: Corruption.
[[nodiscard]] Status DecodeLatest(std::string_view bytes, LatestValue* v);

// The store "entity" of a latest key: entity, plus '\x1f' + period for per-period indicators.
std::string SeriesKey(std::string_view entity, std::string_view period, bool per_period);
// Splits a SeriesKey back into (entity, period).
std::pair<std::string, std::string> SplitSeriesKey(std::string_view key);

inline constexpr int64_t kHourMs = 3600 * 1000;
inline constexpr std::string_view kAlertFeedName = "~alert";
inline constexpr std::string_view kAlertOutboxName = "~outbox";

class IndicatorAggregator {
 public:
  struct Options {
    bool alerts = true;      // evaluate rules
    bool read_store = true;  // load state from the store on a cache miss (false: start empty)
    size_t max_cached_keys = 1 << 20;  // the cache is dropped when larger
  };

  // REQUIRES: config, store, clock outlive the aggregator; store writable when used as a stage.
  IndicatorAggregator(const IndicatorConfig& config, store::Store* store, const Clock& clock,
                      Options options);
  IndicatorAggregator(const IndicatorConfig& config, store::Store* store, const Clock& clock)
      : IndicatorAggregator(config, store, clock, Options()) {}

  // The pre-write stage: updates the indicators for `articles` and adds the changed buckets
  // and the raised alerts to `batch`. Articles the store will leave unchanged
  // (Store::UnchangedArticles) are skipped; a changed one has its old contribution retracted.
  // REQUIRES: `batch` already holds `articles` with their extractions (Batch::PutArticle), as
  // the pipeline's pre-write stages get it.
  // Errors: IoError / Corruption reading the store.
  [[nodiscard]] Status Stage(const std::vector<const extract::Article*>& articles,
                             const std::vector<const extract::Extraction*>& extractions,
                             int64_t now_ms, store::Batch* batch);

  // After the batch is durable: the alerts raised by the last Stage() (moved out).
  std::vector<Alert> TakeAlerts() { return std::move(pending_alerts_); }
  // Tells the aggregator the last staged batch is durable. Without it, the next Stage()
  // assumes the write failed and reloads its state from the store.
  void Committed() { staged_ = false; }

  // Applies one article (no store lookups for the article itself). `fallback_time_ms` is the
  // event time when the article has no published_at. Changes are collected for Flush().
  [[nodiscard]] Status Apply(const extract::Article& article, const extract::Extraction& extraction,
                             int64_t fallback_time_ms, int64_t now_ms);
  // Removes the mention counts an already-stored version of an article contributed.
  [[nodiscard]] Status Retract(const store::StoredArticle& old,
                               const std::vector<extract::EntityMention>& mentions);
  // Adds every changed bucket and raised alert since the last Flush to `batch`.
  void Flush(store::Batch* batch, int64_t now_ms);

  // The whole state (for RebuildIndicators): (name, entity, bucket) -> value.
  void ForEachValue(const std::function<void(const std::string& name, const std::string& entity,
                                             int64_t bucket, const std::string& value)>& fn) const;

 private:
  struct MentionSeries {
    bool loaded = false;
    std::map<int64_t, int64_t> hours;  // hour start -> articles
  };
  [[nodiscard]] Result<LatestValue*> LoadLatest(const IndicatorDef& def, const std::string& key);
  [[nodiscard]] Result<MentionSeries*> LoadMentions(const IndicatorDef& def,
                                                    const std::string& entity);
  void EvaluateLatest(const IndicatorDef& def, const std::string& key, const std::string& entity,
                      const std::optional<Observation>& old, const Observation& now,
                      int64_t now_ms);
  void EvaluateSpike(const IndicatorDef& def, const std::string& entity, int64_t hour,
                     const MentionSeries& series, const extract::Article& article, int64_t now_ms);
  void DropCache();
  // True when the extraction can change an indicator (an entity mention with a mentions
  // indicator configured, or a figure whose metric some indicator uses).
  bool Feeds(const extract::Extraction& extraction) const;

  const IndicatorConfig& config_;
  store::Store* store_;
  const Clock& clock_;
  Options options_;
  bool staged_ = false;
  bool has_mentions_ = false;                   // the config has a mentions indicator
  std::set<std::string, std::less<>> metrics_;  // metrics some latest indicator uses
  // Cache: "name\0key" -> state.
  std::unordered_map<std::string, LatestValue> latest_;
  std::unordered_map<std::string, MentionSeries> mentions_;  // "name\0entity"
  // Dirty since the last Flush.
  std::map<std::string, std::pair<const IndicatorDef*, std::string>> dirty_latest_;
  std::map<std::string, std::tuple<const IndicatorDef*, std::string, int64_t>> dirty_mentions_;
  std::vector<Alert> raised_;
  std::vector<Alert> pending_alerts_;
};

// Recomputes every indicator from the stored articles, facts and mentions (no alerts), and
// replaces the indicator family's content with it (alerts are kept). Used by
// `newsfacts reindex`. Errors: IoError, Corruption.
[[nodiscard]] Status RebuildIndicators(store::Store* store, const IndicatorConfig& config,
                                       const Clock& clock);

// ---- reading -----------------------------------------------------------------------------

// One row of `newsfacts indicators`.
struct IndicatorRow {
  std::string name;    // mentions: "<name>_<window>h", e.g. "mentions_24h"
  std::string entity;  // "" = market-wide
  std::string period;  // "" = none
  double value = 0;
  std::optional<double> previous;  // latest: previous report; mentions: the window before
  std::string unit;
  int64_t time_ms = 0;  // event time of the latest report; mentions: window end
  std::string article_id;
  std::string sentence;
};

struct IndicatorQuery {
  std::string name;    // "" = all (a mentions row matches its indicator name too)
  std::string entity;  // "" = all
};

// Reads the current indicator values; mention windows end at clock.NowMs().
// Errors: IoError, Corruption.
[[nodiscard]] Result<std::vector<IndicatorRow>> ReadIndicators(const store::Store& store,
                                                               const IndicatorConfig& config,
                                                               const Clock& clock,
                                                               const IndicatorQuery& query);

}  // namespace newsfacts::ingest
