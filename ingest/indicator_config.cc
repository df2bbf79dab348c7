#include "ingest/indicator_config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "extract/metrics.h"
#include "ingest/indicators.h"
#include "ingest/read_file.h"

namespace newsfacts::ingest {

extern const unsigned char kDefaultIndicatorConfigData[];
extern const size_t kDefaultIndicatorConfigSize;

using common::Result;
using common::Status;

namespace {

Status Bad(std::string_view origin, const std::string& what) {
  return Status::InvalidArgument(std::string(origin) + ": " + what);
}

// Longest window or baseline accepted, in hours (about 114 years): hours are multiplied into
// milliseconds later, which must not overflow.
constexpr int64_t kMaxHours = 1'000'000;

// Reads an optional TOML integer (`fallback` when `n` is null). A float is rejected, not
// converted: toml++'s value<int64_t>() casts a float such as 1e300 to an integer, which is
// undefined behaviour when it is out of range.
Status Integer(const toml::node* n, int64_t fallback, std::string_view origin,
               const std::string& what, int64_t* out) {
  if (!n) {
    *out = fallback;
    return Status::Ok();
  }
  const toml::value<int64_t>* i = n->as_integer();
  if (!i) return Bad(origin, what + " must be an integer");
  *out = i->get();
  return Status::Ok();
}

// Reads an optional array of strings at tbl[key].
Status StringList(const toml::table& tbl, std::string_view key, std::string_view origin,
                  const std::string& where, std::vector<std::string>* out) {
  const toml::node* n = tbl.get(key);
  if (!n) return Status::Ok();
  const toml::array* arr = n->as_array();
  if (!arr) return Bad(origin, where + "." + std::string(key) + " must be an array of strings");
  for (const toml::node& e : *arr) {
    auto s = e.value<std::string>();
    if (!s) return Bad(origin, where + "." + std::string(key) + " must be an array of strings");
    out->push_back(*s);
  }
  return Status::Ok();
}

Status ParseIndicator(const toml::table& t, std::string_view origin, IndicatorDef* d) {
  d->name = t["name"].value_or(std::string());
  if (d->name.empty()) return Bad(origin, "an [[indicator]] lacks a name");
  for (char c : d->name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return Bad(origin, "indicator name '" + d->name + "' must match [a-z0-9_]+");
    }
  }
  const std::string where = "indicator '" + d->name + "'";
  d->description = t["description"].value_or(std::string());
  const std::string type = t["type"].value_or(std::string("latest"));
  if (type == "latest") {
    d->type = IndicatorType::kLatest;
  } else if (type == "mentions") {
    d->type = IndicatorType::kMentions;
  } else {
    return Bad(origin, where + ": unknown type '" + type + "' (latest | mentions)");
  }
  NEWSFACTS_RETURN_IF_ERROR(StringList(t, "metrics", origin, where, &d->metrics));
  for (const std::string& m : d->metrics) {
    if (!extract::metrics::IsMetric(m)) {
      std::string msg = where;
      msg.append(": unknown metric '").append(m).append("' (labels: extract/METRICS.md)");
      return Bad(origin, msg);
    }
  }
  NEWSFACTS_RETURN_IF_ERROR(StringList(t, "units", origin, where, &d->units));
  if (auto kind = t["kind"].value<std::string>()) {
    d->kind = extract::ParseFigureKind(*kind);
    if (!d->kind) return Bad(origin, where + ": unknown figure kind '" + *kind + "'");
  }
  d->by_counterpart = t["by_counterpart"].value_or(false);
  d->per_period = t["per_period"].value_or(true);
  d->require_entity = t["require_entity"].value_or(true);
  d->to_usd = t["to_usd"].value_or(false);
  const std::string pick = t["pick"].value_or(std::string("max"));
  if (pick == "max") {
    d->pick = Pick::kMax;
  } else if (pick == "first") {
    d->pick = Pick::kFirst;
  } else if (pick == "last") {
    d->pick = Pick::kLast;
  } else {
    return Bad(origin, where + ": unknown pick '" + pick + "' (max | first | last)");
  }
  if (const toml::array* w = t["windows"].as_array()) {
    for (const toml::node& e : *w) {
      int64_t h = 0;
      if (!Integer(&e, 0, origin, where + ".windows", &h).ok() || h <= 0 || h > kMaxHours) {
        return Bad(origin, where + ": windows must be positive hour counts");
      }
      d->window_hours.push_back(h);
    }
  }
  if (d->type == IndicatorType::kLatest && d->metrics.empty()) {
    return Bad(origin, where + ": a latest indicator needs metrics");
  }
  if (d->type == IndicatorType::kMentions && d->window_hours.empty()) {
    d->window_hours = {1, 24, 168};
  }
  return Status::Ok();
}

Status ParseRule(const toml::table& t, std::string_view origin, const IndicatorConfig& config,
                 RuleDef* r) {
  r->name = t["name"].value_or(std::string());
  if (r->name.empty()) return Bad(origin, "a [[rule]] lacks a name");
  const std::string where = "rule '" + r->name + "'";
  const std::string type = t["type"].value_or(std::string());
  if (type == "threshold") {
    r->type = RuleType::kThreshold;
  } else if (type == "change") {
    r->type = RuleType::kChange;
  } else if (type == "new") {
    r->type = RuleType::kNew;
  } else if (type == "spike") {
    r->type = RuleType::kSpike;
  } else {
    return Bad(origin, where + ": unknown type '" + type + "' (threshold | change | new | spike)");
  }
  NEWSFACTS_RETURN_IF_ERROR(StringList(t, "indicators", origin, where, &r->indicators));
  NEWSFACTS_RETURN_IF_ERROR(StringList(t, "entities", origin, where, &r->entities));
  for (std::string& e : r->entities) e = SeriesEntity(e);  // a country by any of its names
  if (r->indicators.empty()) return Bad(origin, where + ": needs indicators");
  for (const std::string& name : r->indicators) {
    const IndicatorDef* d = config.Find(name);
    if (!d) return Bad(origin, fmt::format("{}: unknown indicator '{}'", where, name));
    if ((r->type == RuleType::kSpike) != (d->type == IndicatorType::kMentions)) {
      return Bad(origin, fmt::format("{}: spike rules watch mentions indicators, the others "
                                     "latest indicators ('{}')",
                                     where, name));
    }
  }
  r->severity = t["severity"].value_or(std::string("info"));
  r->above = t["above"].value<double>();
  r->below = t["below"].value<double>();
  r->percent = t["percent"].value_or(0.0);
  NEWSFACTS_RETURN_IF_ERROR(
      Integer(t.get("window"), 24, origin, where + ".window", &r->window_hours));
  NEWSFACTS_RETURN_IF_ERROR(
      Integer(t.get("baseline"), int64_t{7} * 24, origin, where + ".baseline", &r->baseline_hours));
  r->factor = t["factor"].value_or(3.0);
  r->min_baseline = t["min_baseline"].value_or(1.0);
  NEWSFACTS_RETURN_IF_ERROR(
      Integer(t.get("min_count"), 5, origin, where + ".min_count", &r->min_count));
  if (r->window_hours > kMaxHours || r->baseline_hours > kMaxHours) {
    return Bad(origin, where + ": window and baseline must be at most " +
                           std::to_string(kMaxHours) + " hours");
  }
  if (r->type == RuleType::kThreshold && !r->above && !r->below) {
    return Bad(origin, where + ": a threshold rule needs above or below");
  }
  if (r->type == RuleType::kChange && !(r->percent > 0)) {
    return Bad(origin, where + ": a change rule needs percent > 0");
  }
  if (r->type == RuleType::kSpike &&
      (r->window_hours <= 0 || r->baseline_hours < r->window_hours || !(r->factor > 0))) {
    return Bad(origin, where + ": a spike rule needs window > 0, baseline >= window, factor > 0");
  }
  return Status::Ok();
}

}  // namespace

const IndicatorDef* IndicatorConfig::Find(std::string_view name) const {
  for (const auto& d : indicators) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

std::optional<double> IndicatorConfig::ToUsd(double value, std::string_view currency) const {
  auto it = fx_usd.find(currency);
  if (it == fx_usd.end()) return std::nullopt;
  return value * it->second;
}

Result<IndicatorConfig> IndicatorConfig::Parse(std::string_view text, std::string_view origin) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << e.description() << " at line " << e.source().begin.line;
    return Bad(origin, msg.str());
  }
  IndicatorConfig c;
  if (const toml::table* fx = root["fx"].as_table()) {
    for (auto&& [key, node] : *fx) {
      auto rate = node.value<double>();
      if (!rate || !(*rate > 0) || !std::isfinite(*rate)) {
        return Bad(origin, "fx." + std::string(key.str()) + " must be a positive number");
      }
      c.fx_usd[std::string(key.str())] = *rate;
    }
  }
  std::set<std::string> names;
  if (const toml::array* arr = root["indicator"].as_array()) {
    for (const toml::node& n : *arr) {
      const toml::table* t = n.as_table();
      if (!t) return Bad(origin, "[[indicator]] entries must be tables");
      IndicatorDef d;
      NEWSFACTS_RETURN_IF_ERROR(ParseIndicator(*t, origin, &d));
      if (!names.insert(d.name).second) return Bad(origin, "duplicate indicator '" + d.name + "'");
      c.indicators.push_back(std::move(d));
    }
  }
  names.clear();
  if (const toml::array* arr = root["rule"].as_array()) {
    for (const toml::node& n : *arr) {
      const toml::table* t = n.as_table();
      if (!t) return Bad(origin, "[[rule]] entries must be tables");
      RuleDef r;
      NEWSFACTS_RETURN_IF_ERROR(ParseRule(*t, origin, c, &r));
      if (!names.insert(r.name).second) return Bad(origin, "duplicate rule '" + r.name + "'");
      c.rules.push_back(std::move(r));
    }
  }
  return c;
}

Result<IndicatorConfig> IndicatorConfig::Load(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok())
    return Status::IoError("cannot read indicator config: " + text.status().message());
  return Parse(*text, path);
}

std::string_view IndicatorConfig::DefaultText() {
  return {reinterpret_cast<const char*>(kDefaultIndicatorConfigData), kDefaultIndicatorConfigSize};
}

const IndicatorConfig& IndicatorConfig::Default() {
  static const IndicatorConfig config = [] {
    auto parsed = Parse(DefaultText(), "ingest/data/indicators.toml");
    // The shipped file is tested (tests/ingest/test_indicator_config.cc); a broken build
    // must not silently run without indicators.
    if (!parsed.ok()) std::abort();
    return std::move(parsed).value();
  }();
  return config;
}

}  // namespace newsfacts::ingest
