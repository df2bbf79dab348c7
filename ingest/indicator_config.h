#pragma once
// IndicatorConfig: which market indicators the aggregator maintains, the alert rules
// evaluated on them, and the static FX table used to convert money to USD. Loaded from a
// TOML file (format: ingest/README.md, "Indicators and alerts"); the default set ships in
// ingest/data/indicators.toml and is compiled into the binary (IndicatorConfig::Default()).
//
// Plain value type; thread-safety: share const freely.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/figure.h"

namespace newsfacts::ingest {

enum class IndicatorType : uint8_t {
  kLatest,    // the latest reported value (and the previous one) per key
  kMentions,  // articles mentioning an entity, per hour of event time
};

// Which figure of one article represents a key when the article states several (e.g. a
// headline budget and its components): the largest, or the first / last in text order.
enum class Pick : uint8_t { kMax, kFirst, kLast };

struct IndicatorDef {
  std::string name;  // [a-z0-9_]+, unique
  std::string description;
  IndicatorType type = IndicatorType::kLatest;
  // kLatest: the figures that feed it.
  std::vector<std::string> metrics;         // figure.metric in this list
  std::optional<extract::FigureKind> kind;  // and of this kind (any when unset)
  std::vector<std::string> units;           // and with one of these units (any when empty)
  bool by_counterpart = false;              // key = figure.counterpart instead of entity
  bool per_period = true;                   // key includes figure.period
  bool require_entity = true;               // skip figures without entity (or counterpart)
  bool to_usd = false;                      // money: convert with the FX table
  Pick pick = Pick::kMax;
  // kMentions: the windows shown by `newsfacts indicators` (hours).
  std::vector<int64_t> window_hours;
};

enum class RuleType : uint8_t { kThreshold, kChange, kNew, kSpike };

struct RuleDef {
  std::string name;  // unique; part of every alert id
  RuleType type = RuleType::kNew;
  std::vector<std::string> indicators;  // the indicators it watches
  std::vector<std::string> entities;    // watched entities (a country: SeriesEntity); empty = all
  std::string severity = "info";        // info | warning | critical (informational)
  // kThreshold: fires when the latest value crosses `above` upwards or `below` downwards
  // (a first value beyond the line counts as a crossing).
  std::optional<double> above, below;
  // kChange: fires when a new latest value differs from the previous latest by more than
  // `percent` % of the previous.
  double percent = 0;
  // kSpike: fires when the articles mentioning an entity within `window_hours` (ending at
  // the hour of the article) first exceed `factor` x the baseline: the average per window
  // over the `baseline_hours` before it (at least `min_baseline`), and at least `min_count`.
  int64_t window_hours = 24;
  int64_t baseline_hours = 7 * 24;
  double factor = 3;
  double min_baseline = 1;
  int64_t min_count = 5;
};

struct IndicatorConfig {
  // USD per unit of each ISO 4217 currency. Static: rates are configured, never fetched.
  std::map<std::string, double, std::less<>> fx_usd;
  std::vector<IndicatorDef> indicators;
  std::vector<RuleDef> rules;

  const IndicatorDef* Find(std::string_view name) const;
  // Converts `value` in `currency` to USD; nullopt when the currency is not in the table.
  std::optional<double> ToUsd(double value, std::string_view currency) const;

  // Parses TOML text; `origin` names it in error messages.
  // Errors: InvalidArgument (syntax error, unknown type/kind/pick, duplicate or missing
  // names, a rule naming an unknown indicator, a non-positive FX rate).
  [[nodiscard]] static common::Result<IndicatorConfig> Parse(std::string_view toml,
                                                             std::string_view origin);
  // Errors: IoError (unreadable), as Parse.
  [[nodiscard]] static common::Result<IndicatorConfig> Load(const std::string& path);
  // The shipped default set (ingest/data/indicators.toml as compiled in).
  static const IndicatorConfig& Default();
  static std::string_view DefaultText();
};

}  // namespace newsfacts::ingest
