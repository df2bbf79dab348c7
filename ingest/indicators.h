#pragma once
// IndicatorAggregator: keeps the market indicators of an IndicatorConfig up to date as
// articles are stored, and raises the alerts the config's rules define.
//
// A pure core (library newsfacts_aggregate: config, state, merge, rules; no Kafka, no
// pipeline): the store and the clock are injected. AttachAggregator (indicator_feed.h) makes
// it a pipeline stage for the single process and the store stage alike.
//
//   Pipeline (pre-write stage) -> IndicatorAggregator::Stage: for each article of the batch
//     (the last occurrence of an id; an unchanged re-send is skipped)
//     a stored older version is retracted first: its mention counts and its latest reports
//     event time = published_at, else the batch's ingestion time
//     latest indicators: one report per article and key (config `pick`), kept in the key's
//       timeline in data order (event time, article id, figure index); latest = the newest
//       report, previous = the one before it
//     mentions: +1 per mentioning article in the entity's hour bucket (event time)
//     rules: evaluated on the timeline / the hour counts in data order -> Alerts raised, and
//       alerts whose cause no longer holds withdrawn from the feed
//   -> indicator puts + alerts (feed and outbox) added to the SAME store::Batch, so they are
//      durable exactly when the facts that caused them are.
//
// Store layout (indicators column family, key = (name, entity, bucket start)):
//   latest:   (indicator, SeriesKey(entity, period), 0)   -> EncodeLatest(LatestValue)
//   reports:  (kReportsName, indicator + '\x1e' + SeriesKey, ReportBucket(article id))
//             -> one article's report (the timeline; what a retraction needs)
//   mentions: (indicator, entity, hour start ms)          -> decimal count of articles
//   alerts:   (kAlertFeedName, alert id, detected_at ms)   -> alert JSON (kept)
//             (kAlertOutboxName, alert id, detected_at ms) -> "" (until published)
// The indicator values and the set of alert ids in the feed are a pure function of the
// latest stored version of every article: not of arrival order, batch boundaries, restarts or
// replays (tests/ingest/test_indicators_order.cc), and RebuildIndicators() after
// `newsfacts reindex` gives identical values. Alert rules in data order (alerts.h):
//   new        fires for the first report of a key's timeline;
//   threshold  for a report at/over (under) the line whose predecessor is under (over) it,
//              or that has none;
//   change     for a report that differs from its predecessor by more than `percent`;
//   spike      for the hour whose articles take the window ending there over the line.
// A report arriving out of data order can make an alert's cause untrue (a new predecessor):
// that alert is withdrawn from the feed (it may have been published already) and the alert
// of the new cause raised.

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
// figure index (so the result does not depend on processing order). The data order of a
// latest key's timeline.
bool IsNewer(const Observation& a, const Observation& b);

std::string EncodeLatest(const LatestValue& v);
// Errors: Corruption.
[[nodiscard]] Status DecodeLatest(std::string_view bytes, LatestValue* v);

// The entity an indicator series and its alerts are keyed by: for any name of a country the
// country's one canonical name (extract::CanonicalCountry: "Deutschland", "Alemania" and
// "Germany" all give "Germany"; "Österreich" gives "Austria"), so that de/es/en texts about
// one country feed one series; any other entity (a firm, a city, a region, "") unchanged.
// A pure function of the name: where an extraction enters the indicators it is applied only
// to places (SeriesEntityAs), so a firm or person named like a country keeps its name.
// Also applied to rules' `entities`, the entity of IndicatorQuery / AlertQuery and, when
// reading, to the stored names (old rows of a store not rebuilt are found by any name).
// Memoised per thread.
std::string SeriesEntity(std::string_view entity);

// The series entity of a name the text used as an entity of `type` (a mention's type, a
// figure's entity_type, a counterpart's type: place when the extraction mentions it as a
// place): a place is SeriesEntity; anything else keeps its name, and one whose name is a
// country's key gets its type after it, so that the key tells it from the country: the firm
// "Jordan" is "Jordan (org)", a person "Chad" "Chad (person)", the country stays "Jordan".
// (A firm "Suecia" keeps "Suecia": no country's key.) Shown so in rows and alerts. Untyped
// (nullopt: a figure without entity_type) keeps its name.
std::string SeriesEntityAs(std::string_view entity, std::optional<extract::EntityType> type);

// The name of a series entity: "Jordan (org)" -> "Jordan" (a type mark SeriesEntityAs adds);
// any other series entity unchanged.
std::string_view SeriesName(std::string_view series_entity);

// The one reader of the type mark: a series entity's name and type, "Jordan (org)" ->
// ("Jordan", kOrg), in any case like every other name ("jordan (ORG)" -> ("jordan", kOrg);
// SeriesEntity gives its key "Jordan (org)"); nullopt unless the name is a country's key and
// the mark a non-place type's. SeriesName, SeriesEntity and the API's entity route read it.
std::optional<std::pair<std::string_view, extract::EntityType>> SplitTypeMark(
    std::string_view series_entity);

// Whether a stored series entity (of a latest key, a mention count or an alert) is what a
// query for `want` (a SeriesEntity; "" = all) reads: SeriesEntity of the stored name is
// `want` (a country's old rows under another of its names), or its SeriesName's is (the query
// cannot know the type: "Jordan" reads the country and the firm "Jordan (org)", each apart).
bool SeriesMatches(std::string_view series_entity, const std::string& want);

// The store "entity" of a latest key: entity, plus '\x1f' + period for per-period indicators.
std::string SeriesKey(std::string_view entity, std::string_view period, bool per_period);
// Splits a SeriesKey back into (entity, period).
std::pair<std::string, std::string> SplitSeriesKey(std::string_view key);

inline constexpr int64_t kHourMs = 3600 * 1000;
inline constexpr std::string_view kAlertFeedName = "~alert";
inline constexpr std::string_view kAlertOutboxName = "~outbox";
inline constexpr std::string_view kReportsName = "~report";

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

  // The alerts raised by the last Stage() (moved out); the caller publishes them once the
  // batch is durable (indicator_feed.h).
  std::vector<Alert> TakeAlerts() { return std::move(pending_alerts_); }
  // Tells the aggregator the last staged batch is durable. Without it, the next Stage()
  // assumes the write failed and reloads its state from the store.
  void Committed() { staged_ = false; }

  // Applies one article (no store lookups for the article itself). `fallback_time_ms` is the
  // event time when the article has no published_at. Changes are collected for Flush().
  // REQUIRES: no report of this article id is in the state (retract an older version first).
  [[nodiscard]] Status Apply(const extract::Article& article, const extract::Extraction& extraction,
                             int64_t fallback_time_ms, int64_t now_ms);
  // Removes everything an already-stored version of an article contributed (its mention counts
  // and its latest reports; `extraction` = its stored facts and mentions).
  [[nodiscard]] Status Retract(const store::StoredArticle& old,
                               const extract::Extraction& extraction, int64_t now_ms);
  // Adds every changed bucket, report and raised / withdrawn alert since the last Flush to
  // `batch`. Errors: IoError reading the alert feed.
  [[nodiscard]] Status Flush(store::Batch* batch);

  // The whole state (for RebuildIndicators): (name, entity, bucket) -> value.
  void ForEachValue(const std::function<void(const std::string& name, const std::string& entity,
                                             int64_t bucket, const std::string& value)>& fn) const;

 private:
  struct MentionSeries {
    bool loaded = false;
    std::map<int64_t, int64_t> hours;  // hour start -> articles
  };
  // Position of a report in data order: (event time, article id, figure index).
  using ReportOrder = std::tuple<int64_t, std::string, uint32_t>;
  // Every article's report for one latest key.
  struct LatestSeries {
    std::map<ReportOrder, Observation> timeline;
    std::unordered_map<std::string, ReportOrder> by_article;
  };
  [[nodiscard]] Result<LatestSeries*> LoadLatest(const IndicatorDef& def, const std::string& key);
  // `ck` = CacheKey(def.name, entity).
  [[nodiscard]] Result<MentionSeries*> LoadMentions(const IndicatorDef& def,
                                                    std::string_view entity, const std::string& ck);
  // One report per key of `def` from this article (config `pick`).
  std::map<std::string, Observation> Picks(const IndicatorDef& def, const std::string& article_id,
                                           int64_t event_ms,
                                           const extract::Extraction& extraction) const;
  void InsertReport(const IndicatorDef& def, const std::string& key, LatestSeries* series,
                    Observation obs, int64_t now_ms);
  void EraseReport(const IndicatorDef& def, const std::string& key, LatestSeries* series,
                   const std::string& article_id, int64_t now_ms);
  // The alerts of the rules on `def` that report `r` with predecessor `pred` causes.
  std::vector<Alert> PairAlerts(const IndicatorDef& def, const std::string& key,
                                const Observation* pred, const Observation& r,
                                int64_t now_ms) const;
  // +1 / -1 article in (def, entity, hour); spike alerts raised / withdrawn accordingly.
  [[nodiscard]] Status AddMention(const IndicatorDef& def, std::string_view entity, int64_t hour,
                                  int delta, const extract::Article& article, int64_t event_ms,
                                  int64_t now_ms);
  void Raise(Alert alert);
  void Withdraw(const std::string& id);
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
  std::unordered_map<std::string, LatestSeries> latest_;
  std::unordered_map<std::string, MentionSeries> mentions_;  // "name\0entity"
  // Dirty since the last Flush.
  std::map<std::string, std::pair<const IndicatorDef*, std::string>> dirty_latest_;
  // "name\0key\0article" -> (def, key, article id)
  std::map<std::string, std::tuple<const IndicatorDef*, std::string, std::string>> dirty_reports_;
  // "name\0entity" -> the hours of that mentions series changed since the last Flush (one
  // entry per series, so a mention costs no key of its own).
  struct DirtyMentions {
    const IndicatorDef* def = nullptr;
    std::string entity;
    std::vector<int64_t> hours;
  };
  std::unordered_map<std::string, DirtyMentions> dirty_mentions_;
  // Alert id -> raised (the alert) or withdrawn (nullopt) since the last Flush, net of each
  // other: the feed after the batch = the feed before it with these applied.
  std::map<std::string, std::optional<Alert>> alert_delta_;
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
  std::string entity;  // "" = all; any name of a country finds its series (SeriesEntity)
};

// Reads the current indicator values; mention windows end at clock.NowMs().
// Errors: IoError, Corruption.
[[nodiscard]] Result<std::vector<IndicatorRow>> ReadIndicators(const store::Store& store,
                                                               const IndicatorConfig& config,
                                                               const Clock& clock,
                                                               const IndicatorQuery& query);

}  // namespace newsfacts::ingest
