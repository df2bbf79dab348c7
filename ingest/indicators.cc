#include "ingest/indicators.h"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common/bytes.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"

namespace newsfacts::ingest {

namespace {

constexpr uint8_t kLatestFormat = 1;

// ---- value encoding (common/bytes.h: fixed-width little-endian numbers, strings with a
// fixed32 length) ----------------------------------------------------------------------

using common::ByteReader;

void PutStr(std::string_view s, std::string* out) {
  common::PutFixed32(static_cast<uint32_t>(s.size()), out);
  out->append(s);
}

bool GetStr(ByteReader* r, std::string* s) {
  uint32_t n;
  return r->GetFixed32(&n) && r->GetRaw(n, s);
}

void PutObservation(const Observation& o, std::string* out) {
  common::PutDouble(o.value, out);
  common::PutDouble(o.reported_value, out);
  PutStr(o.reported_unit, out);
  PutStr(o.period, out);
  PutStr(o.metric, out);
  common::PutFixed64(static_cast<uint64_t>(o.event_time_ms), out);
  PutStr(o.article_id, out);
  common::PutFixed32(o.figure_index, out);
  PutStr(o.sentence, out);
}

bool GetObservation(ByteReader* r, Observation* o) {
  uint64_t t;
  if (!r->GetDouble(&o->value) || !r->GetDouble(&o->reported_value) ||
      !GetStr(r, &o->reported_unit) || !GetStr(r, &o->period) || !GetStr(r, &o->metric) ||
      !r->GetFixed64(&t) || !GetStr(r, &o->article_id) || !r->GetFixed32(&o->figure_index) ||
      !GetStr(r, &o->sentence)) {
    return false;
  }
  o->event_time_ms = static_cast<int64_t>(t);
  return true;
}

int64_t HourStart(int64_t ms) {
  int64_t h = ms / kHourMs;
  if (ms % kHourMs < 0) --h;
  return h * kHourMs;
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// `entity` is a SeriesEntity; so are the rule's entities (IndicatorConfig).
bool Watches(const RuleDef& r, const IndicatorDef& d, std::string_view entity) {
  return Contains(r.indicators, d.name) && (r.entities.empty() || Contains(r.entities, entity));
}

std::string_view RuleTypeName(RuleType t) {
  switch (t) {
    case RuleType::kThreshold:
      return "threshold";
    case RuleType::kChange:
      return "change";
    case RuleType::kNew:
      return "new";
    case RuleType::kSpike:
      return "spike";
  }
  return "?";
}

std::string UnitOf(const IndicatorDef& d, const Observation& o) {
  if (d.to_usd) return "USD";
  if (d.kind == extract::FigureKind::kPercent) return "%";
  return o.reported_unit;
}

std::string CacheKey(std::string_view name, std::string_view key) {
  std::string k(name);
  k.push_back('\0');
  k.append(key);
  return k;
}

std::optional<int64_t> ParseCount(std::string_view v) {
  int64_t n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size()) return std::nullopt;
  return n;
}

}  // namespace

// ---- LatestValue -------------------------------------------------------------------------

bool IsNewer(const Observation& a, const Observation& b) {
  if (a.event_time_ms != b.event_time_ms) return a.event_time_ms > b.event_time_ms;
  if (a.article_id != b.article_id) return a.article_id > b.article_id;
  return a.figure_index > b.figure_index;
}

std::string EncodeLatest(const LatestValue& v) {
  std::string out;
  out.push_back(static_cast<char>(kLatestFormat));
  out.push_back(static_cast<char>((v.latest ? 1 : 0) | (v.previous ? 2 : 0)));
  if (v.latest) PutObservation(*v.latest, &out);
  if (v.previous) {
    Observation p = *v.previous;  // the previous report keeps no evidence sentence (smaller)
    p.sentence.clear();
    PutObservation(p, &out);
  }
  return out;
}

Status DecodeLatest(std::string_view bytes, LatestValue* v) {
  ByteReader r(bytes);
  uint8_t format, flags;
  if (!r.GetByte(&format) || format != kLatestFormat || !r.GetByte(&flags)) {
    return Status::Corruption("unknown indicator value format");
  }
  v->latest.reset();
  v->previous.reset();
  if (flags & 1) {
    v->latest.emplace();
    if (!GetObservation(&r, &*v->latest)) return Status::Corruption("truncated indicator value");
  }
  if (flags & 2) {
    v->previous.emplace();
    if (!GetObservation(&r, &*v->previous)) return Status::Corruption("truncated indicator value");
  }
  return Status::Ok();
}

namespace {

// A name's series entity and whether the name is a country's key itself ("Jordan", "Germany":
// CanonicalCountry(name) == name). Entities repeat (the same firms and places in article after
// article): one CanonicalCountry per distinct name and thread; dropped when large.
const std::pair<std::string, bool>& CountryOf(std::string_view entity) {
  thread_local std::unordered_map<std::string, std::pair<std::string, bool>> memo;
  thread_local std::string probe;
  probe.assign(entity);
  auto it = memo.find(probe);
  if (it == memo.end()) {
    if (memo.size() >= (1U << 16)) memo.clear();
    std::string country = extract::CanonicalCountry(entity);
    const bool key = country == probe;
    it = memo.emplace(probe, std::pair{country.empty() ? probe : std::move(country), key}).first;
  }
  return it->second;
}

// The suffix of a non-place's series entity whose name is a country's key: " (org)".
std::string TypeMark(extract::EntityType type) {
  return " (" + std::string(extract::EntityTypeName(type)) + ")";
}

}  // namespace

std::optional<std::pair<std::string_view, extract::EntityType>> SplitTypeMark(
    std::string_view series_entity) {
  if (series_entity.empty() || series_entity.back() != ')') return std::nullopt;
  const size_t open = series_entity.rfind(" (");
  if (open == std::string_view::npos) return std::nullopt;
  const std::string_view name = series_entity.substr(0, open);
  const std::string mark = extract::AsciiLower(series_entity.substr(open));
  for (uint8_t t = 0; t <= static_cast<uint8_t>(extract::kLastEntityType); ++t) {
    const auto type = static_cast<extract::EntityType>(t);
    if (type == extract::EntityType::kPlace || mark != TypeMark(type)) continue;
    // The name is a country's key, in any case ("jordan (org)" is "Jordan (org)").
    const std::string key = CountryOf(name).first;
    if (key.size() == name.size() && CountryOf(key).second &&
        extract::AsciiLower(key) == extract::AsciiLower(name)) {
      return std::pair{name, type};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::string SeriesEntity(std::string_view entity) {
  if (entity.empty()) return {};
  if (const auto marked = SplitTypeMark(entity)) {
    return CountryOf(marked->first).first + TypeMark(marked->second);
  }
  return CountryOf(entity).first;
}

std::string SeriesEntityAs(std::string_view entity, std::optional<extract::EntityType> type) {
  if (entity.empty()) return {};
  if (type == extract::EntityType::kPlace) return SeriesEntity(entity);
  std::string e(entity);
  if (type && CountryOf(entity).second) e += TypeMark(*type);
  return e;
}

std::string_view SeriesName(std::string_view series_entity) {
  const auto marked = SplitTypeMark(series_entity);
  return marked ? marked->first : series_entity;
}

bool SeriesMatches(std::string_view series_entity, const std::string& want) {
  if (want.empty() || SeriesEntity(series_entity) == want) return true;
  const std::string_view name = SeriesName(series_entity);
  return name.size() != series_entity.size() && SeriesEntity(name) == want;
}

std::string SeriesKey(std::string_view entity, std::string_view period, bool per_period) {
  std::string k(entity);
  if (per_period) {
    k.push_back('\x1f');
    k.append(period);
  }
  return k;
}

std::pair<std::string, std::string> SplitSeriesKey(std::string_view key) {
  const size_t sep = key.find('\x1f');
  if (sep == std::string_view::npos) return {std::string(key), {}};
  return {std::string(key.substr(0, sep)), std::string(key.substr(sep + 1))};
}

// ---- IndicatorAggregator -----------------------------------------------------------------

namespace {

// The reports of one latest key are stored under one entity of kReportsName.
std::string ReportEntity(std::string_view indicator, std::string_view key) {
  std::string e(indicator);
  e.push_back('\x1e');
  e.append(key);
  return e;
}

// The bucket of an article's report: 63 bits of XXH3 of its id (the value holds the id).
int64_t ReportBucket(std::string_view article_id) {
  return static_cast<int64_t>(XXH3_64bits(article_id.data(), article_id.size()) >> 1);
}

std::string EncodeReport(const Observation& o) {
  std::string out(1, static_cast<char>(kLatestFormat));
  PutObservation(o, &out);
  return out;
}

bool DecodeReport(std::string_view bytes, Observation* o) {
  ByteReader r(bytes);
  uint8_t format;
  return r.GetByte(&format) && format == kLatestFormat && GetObservation(&r, o);
}

LatestValue Current(const std::map<std::tuple<int64_t, std::string, uint32_t>, Observation>& t) {
  LatestValue v;
  auto it = t.rbegin();
  if (it == t.rend()) return v;
  v.latest = it->second;
  if (++it != t.rend()) v.previous = it->second;
  return v;
}

// Stored facts and mentions of an article, as an Extraction (figure i = fact index i).
Status LoadStoredExtraction(const store::Store& store, const std::string& id,
                            extract::Extraction* ext) {
  ext->Clear();
  store::FactFilter filter;
  filter.article_id = id;
  NEWSFACTS_RETURN_IF_ERROR(store.ScanFacts(filter, [&](const store::Fact& f) {
    if (ext->figures.size() <= f.index) ext->figures.resize(f.index + 1);
    ext->figures[f.index] = f.figure;
    return true;
  }));
  auto mentions = store.GetMentions(id);
  if (!mentions.ok()) return mentions.status();
  ext->entities = std::move(mentions).value();
  return Status::Ok();
}

// The type of a figure's counterpart (it has no type of its own): a place when the extraction
// mentions it as a place, else the type of its first mention, else (a supplier is mostly a
// firm) org.
extract::EntityType CounterpartType(const extract::Extraction& extraction,
                                    std::string_view entity) {
  std::optional<extract::EntityType> type;
  for (const extract::EntityMention& m : extraction.entities) {
    if (m.entity != entity) continue;
    if (m.type == extract::EntityType::kPlace) return m.type;
    if (!type) type = m.type;
  }
  return type.value_or(extract::EntityType::kOrg);
}

// The series entities (SeriesEntity for places) an article mentions, each once.
std::set<std::string> MentionedEntities(const extract::Extraction& extraction) {
  std::set<std::string> entities;
  for (const auto& m : extraction.entities) {
    if (m.entity.empty()) continue;
    entities.insert(SeriesEntityAs(m.entity, m.type));
  }
  return entities;
}

// The hours whose articles take the spike window ending there over the rule's line (data
// order: the window and baseline counts of the stored articles), for the hours whose window
// or baseline contains `hour`: hour start -> (window count, baseline per window).
std::map<int64_t, std::pair<int64_t, double>> SpikeOnsets(const RuleDef& rule,
                                                          const std::map<int64_t, int64_t>& hours,
                                                          int64_t hour) {
  std::map<int64_t, std::pair<int64_t, double>> out;
  const int64_t w = rule.window_hours, b = rule.baseline_hours;
  const int64_t span = w - 1 + b;  // hours before / after `hour` that matter
  const int64_t lo = hour - span * kHourMs, hi = hour + span * kHourMs;
  // Only the hours with articles in [lo, hi] count (a series is sparse: scanning all 2 * span
  // + 1 hours, 383 for a 24 h window over a 7-day baseline, cost ~10x more per mention):
  // their start times and prefix sums, prefix[j] = articles of the first j of them.
  thread_local std::vector<int64_t> at;
  thread_local std::vector<int64_t> prefix;
  at.clear();
  prefix.assign(1, 0);
  for (auto it = hours.lower_bound(lo); it != hours.end() && it->first <= hi; ++it) {
    at.push_back(it->first);
    prefix.push_back(prefix.back() + it->second);
  }
  auto sum = [&](int64_t from, int64_t to) {  // articles of the hours starting in [from, to]
    if (to < from) return int64_t{0};
    const auto first = std::lower_bound(at.begin(), at.end(), from) - at.begin();
    const auto last = std::upper_bound(at.begin(), at.end(), to) - at.begin();
    return prefix[static_cast<size_t>(last)] - prefix[static_cast<size_t>(first)];
  };
  for (size_t j = 0; j < at.size(); ++j) {
    const int64_t t = at[j];
    const int64_t in_hour = prefix[j + 1] - prefix[j];
    if (t < hour || in_hour <= 0) continue;
    const int64_t count = sum(t - (w - 1) * kHourMs, t);
    const int64_t base = sum(t - (w - 1 + b) * kHourMs, t - w * kHourMs);
    const double per_window =
        static_cast<double>(base) * static_cast<double>(w) / static_cast<double>(b);
    const double line = rule.factor * std::max(per_window, rule.min_baseline);
    auto spiking = [&](int64_t n) { return n >= rule.min_count && static_cast<double>(n) > line; };
    if (spiking(count) && !spiking(count - in_hour)) {
      out.emplace(t, std::make_pair(count, per_window));
    }
  }
  return out;
}

}  // namespace

IndicatorAggregator::IndicatorAggregator(const IndicatorConfig& config, store::Store* store,
                                         const Clock& clock, Options options)
    : config_(config), store_(store), clock_(clock), options_(options) {
  for (const IndicatorDef& def : config_.indicators) {
    if (def.type == IndicatorType::kMentions) has_mentions_ = true;
    for (const std::string& m : def.metrics) metrics_.insert(m);
  }
}

void IndicatorAggregator::DropCache() {
  latest_.clear();
  mentions_.clear();
  dirty_latest_.clear();
  dirty_reports_.clear();
  dirty_mentions_.clear();
  alert_delta_.clear();
}

Result<IndicatorAggregator::LatestSeries*> IndicatorAggregator::LoadLatest(const IndicatorDef& def,
                                                                           const std::string& key) {
  const std::string ck = CacheKey(def.name, key);
  const auto [it, inserted] = latest_.try_emplace(ck);
  LatestSeries& series = it->second;
  if (!inserted || !options_.read_store) return &series;
  auto add = [&series](Observation o) {
    ReportOrder k{o.event_time_ms, o.article_id, o.figure_index};
    series.by_article[o.article_id] = k;
    series.timeline.emplace(std::move(k), std::move(o));
  };
  Status s = store_->ScanIndicators(kReportsName, ReportEntity(def.name, key), std::nullopt,
                                    std::nullopt, [&](int64_t, std::string_view v) {
                                      Observation o;
                                      if (DecodeReport(v, &o)) add(std::move(o));
                                      return true;
                                    });
  if (s.ok() && series.timeline.empty()) {
    // A DB written before reports were kept: its latest and previous value are the timeline
    // (written back as reports with the next change; `newsfacts reindex` restores the rest).
    s = store_->ScanIndicators(
        def.name, key, std::nullopt, std::nullopt, [&](int64_t, std::string_view v) {
          LatestValue lv;
          if (!DecodeLatest(v, &lv).ok()) return false;
          for (auto* o : {&lv.latest, &lv.previous}) {
            if (!*o) continue;
            dirty_reports_[ck + '\0' + (*o)->article_id] = {&def, key, (*o)->article_id};
            add(std::move(**o));
          }
          return false;
        });
  }
  if (!s.ok()) {
    latest_.erase(ck);
    return s;
  }
  return &series;
}

Result<IndicatorAggregator::MentionSeries*> IndicatorAggregator::LoadMentions(
    const IndicatorDef& def, std::string_view entity, const std::string& ck) {
  auto found = mentions_.find(ck);
  if (found == mentions_.end()) found = mentions_.try_emplace(ck).first;
  MentionSeries& series = found->second;
  if (!series.loaded && options_.read_store) {
    Status s = store_->ScanIndicators(def.name, entity, std::nullopt, std::nullopt,
                                      [&](int64_t hour, std::string_view v) {
                                        if (auto n = ParseCount(v)) series.hours[hour] = *n;
                                        return true;
                                      });
    if (!s.ok()) {
      mentions_.erase(found);
      return s;
    }
  }
  series.loaded = true;
  return &series;
}

std::map<std::string, Observation> IndicatorAggregator::Picks(
    const IndicatorDef& def, const std::string& article_id, int64_t event_ms,
    const extract::Extraction& extraction) const {
  std::map<std::string, Observation> picks;
  for (size_t i = 0; i < extraction.figures.size(); ++i) {
    const extract::Figure& f = extraction.figures[i];
    if (f.vague || !Contains(def.metrics, f.metric)) continue;
    if (def.kind && f.kind != *def.kind) continue;
    if (!def.units.empty() && !Contains(def.units, f.unit)) continue;
    const std::string entity =
        def.by_counterpart
            ? SeriesEntityAs(f.counterpart, CounterpartType(extraction, f.counterpart))
            : SeriesEntityAs(f.entity, f.entity_type);
    if (entity.empty() && def.require_entity) continue;
    double value = f.value;
    if (def.to_usd) {
      if (f.kind != extract::FigureKind::kMoney) continue;
      auto usd = config_.ToUsd(f.value, f.unit);
      if (!usd) continue;  // currency not in the FX table
      value = *usd;
    }
    Observation o;
    o.value = value;
    o.reported_value = f.value;
    o.reported_unit = f.unit;
    o.period = f.period;
    o.metric = f.metric;
    o.event_time_ms = event_ms;
    o.article_id = article_id;
    o.figure_index = static_cast<uint32_t>(i);
    o.sentence = f.sentence;
    const std::string key = SeriesKey(entity, f.period, def.per_period);
    auto it = picks.find(key);
    if (it == picks.end()) {
      picks.emplace(key, std::move(o));
    } else if ((def.pick == Pick::kMax && o.value > it->second.value) || def.pick == Pick::kLast) {
      it->second = std::move(o);
    }
  }
  return picks;
}

Status IndicatorAggregator::Apply(const extract::Article& article,
                                  const extract::Extraction& extraction, int64_t fallback_time_ms,
                                  int64_t now_ms) {
  const int64_t event = article.published_at_ms.value_or(fallback_time_ms);
  for (const IndicatorDef& def : config_.indicators) {
    if (def.type == IndicatorType::kMentions) {
      for (std::string_view e : MentionedEntities(extraction)) {
        NEWSFACTS_RETURN_IF_ERROR(AddMention(def, e, HourStart(event), +1, article, event, now_ms));
      }
      continue;
    }
    for (auto& [key, obs] : Picks(def, article.id, event, extraction)) {
      auto series = LoadLatest(def, key);
      if (!series.ok()) return series.status();
      if ((*series)->by_article.count(article.id)) {
        EraseReport(def, key, *series, article.id, now_ms);
      }
      InsertReport(def, key, *series, std::move(obs), now_ms);
    }
  }
  return Status::Ok();
}

Status IndicatorAggregator::Retract(const store::StoredArticle& old,
                                    const extract::Extraction& extraction, int64_t now_ms) {
  const int64_t event = old.article.published_at_ms.value_or(old.ingested_at_ms);
  for (const IndicatorDef& def : config_.indicators) {
    if (def.type == IndicatorType::kMentions) {
      for (std::string_view e : MentionedEntities(extraction)) {
        NEWSFACTS_RETURN_IF_ERROR(
            AddMention(def, e, HourStart(event), -1, old.article, event, now_ms));
      }
      continue;
    }
    for (const auto& [key, obs] : Picks(def, old.article.id, event, extraction)) {
      auto series = LoadLatest(def, key);
      if (!series.ok()) return series.status();
      if ((*series)->by_article.count(old.article.id)) {
        EraseReport(def, key, *series, old.article.id, now_ms);
      }
    }
  }
  return Status::Ok();
}

void IndicatorAggregator::InsertReport(const IndicatorDef& def, const std::string& key,
                                       LatestSeries* series, Observation obs, int64_t now_ms) {
  const std::string ck = CacheKey(def.name, key);
  dirty_latest_[ck] = {&def, key};
  dirty_reports_[ck + '\0' + obs.article_id] = {&def, key, obs.article_id};
  ReportOrder k{obs.event_time_ms, obs.article_id, obs.figure_index};
  series->by_article[obs.article_id] = k;
  const auto it = series->timeline.emplace(std::move(k), std::move(obs)).first;
  if (!options_.alerts) return;
  const Observation* pred = it == series->timeline.begin() ? nullptr : &std::prev(it)->second;
  const auto next = std::next(it);
  if (next != series->timeline.end()) {
    // The successor's predecessor changes from `pred` to the new report.
    for (const Alert& a : PairAlerts(def, key, pred, next->second, now_ms)) Withdraw(a.id);
    for (Alert& a : PairAlerts(def, key, &it->second, next->second, now_ms)) Raise(std::move(a));
  }
  for (Alert& a : PairAlerts(def, key, pred, it->second, now_ms)) Raise(std::move(a));
}

void IndicatorAggregator::EraseReport(const IndicatorDef& def, const std::string& key,
                                      LatestSeries* series, const std::string& article_id,
                                      int64_t now_ms) {
  const auto found = series->by_article.find(article_id);
  if (found == series->by_article.end()) return;
  const std::string ck = CacheKey(def.name, key);
  dirty_latest_[ck] = {&def, key};
  dirty_reports_[ck + '\0' + article_id] = {&def, key, article_id};
  const auto it = series->timeline.find(found->second);
  series->by_article.erase(found);
  if (it == series->timeline.end()) return;
  const Observation* pred = it == series->timeline.begin() ? nullptr : &std::prev(it)->second;
  const auto next = std::next(it);
  const Observation* succ = next == series->timeline.end() ? nullptr : &next->second;
  if (options_.alerts) {
    for (const Alert& a : PairAlerts(def, key, pred, it->second, now_ms)) Withdraw(a.id);
    if (succ) {
      for (const Alert& a : PairAlerts(def, key, &it->second, *succ, now_ms)) Withdraw(a.id);
    }
  }
  series->timeline.erase(it);  // pred and succ stay valid (map nodes)
  if (options_.alerts && succ) {
    for (Alert& a : PairAlerts(def, key, pred, *succ, now_ms)) Raise(std::move(a));
  }
}

std::vector<Alert> IndicatorAggregator::PairAlerts(const IndicatorDef& def, const std::string& key,
                                                   const Observation* pred, const Observation& r,
                                                   int64_t now_ms) const {
  std::vector<Alert> out;
  const std::string entity = SplitSeriesKey(key).first;
  for (const RuleDef& rule : config_.rules) {
    if (rule.type == RuleType::kSpike || !Watches(rule, def, entity)) continue;
    bool fire = false;
    switch (rule.type) {
      case RuleType::kNew:
        fire = !pred;
        break;
      case RuleType::kThreshold:
        if (rule.above && r.value >= *rule.above && (!pred || pred->value < *rule.above)) {
          fire = true;
        }
        if (rule.below && r.value <= *rule.below && (!pred || pred->value > *rule.below)) {
          fire = true;
        }
        break;
      case RuleType::kChange:
        fire = pred && pred->value != 0 &&
               std::fabs(r.value - pred->value) / std::fabs(pred->value) * 100 > rule.percent;
        break;
      case RuleType::kSpike:
        break;
    }
    if (!fire) continue;
    Alert a;
    if (rule.type == RuleType::kChange) {
      // The cause is the pair: the same report against another predecessor is another alert.
      a.id = AlertId({rule.name, def.name, key, r.article_id, std::to_string(r.figure_index),
                      pred->article_id, std::to_string(pred->figure_index)});
    } else {
      a.id = AlertId({rule.name, def.name, key, r.article_id, std::to_string(r.figure_index)});
    }
    a.rule = rule.name;
    a.type = RuleTypeName(rule.type);
    a.severity = rule.severity;
    a.indicator = def.name;
    a.entity = entity;
    a.period = r.period;
    a.metric = r.metric;
    if (pred) a.old_value = pred->value;
    a.new_value = r.value;
    a.unit = UnitOf(def, r);
    a.article_id = r.article_id;
    a.sentence = r.sentence;
    a.time_ms = r.event_time_ms;
    a.detected_at_ms = now_ms;
    out.push_back(std::move(a));
  }
  return out;
}

Status IndicatorAggregator::AddMention(const IndicatorDef& def, std::string_view entity,
                                       int64_t hour, int delta, const extract::Article& article,
                                       int64_t event_ms, int64_t now_ms) {
  const std::string ck = CacheKey(def.name, entity);
  auto loaded = LoadMentions(def, entity, ck);
  if (!loaded.ok()) return loaded.status();
  MentionSeries& series = **loaded;
  std::vector<const RuleDef*> rules;  // the spike rules on this series
  if (options_.alerts) {
    for (const RuleDef& rule : config_.rules) {
      if (rule.type == RuleType::kSpike && Watches(rule, def, entity)) rules.push_back(&rule);
    }
  }
  if (delta < 0 && series.hours.find(hour) == series.hours.end()) return Status::Ok();
  std::vector<std::map<int64_t, std::pair<int64_t, double>>> before;
  before.reserve(rules.size());
  for (const RuleDef* rule : rules) before.push_back(SpikeOnsets(*rule, series.hours, hour));
  if (delta > 0) {
    ++series.hours[hour];
  } else {
    auto it = series.hours.find(hour);
    if (it == series.hours.end()) return Status::Ok();
    if (--it->second <= 0) series.hours.erase(it);
  }
  auto [dirty, inserted] = dirty_mentions_.try_emplace(ck);
  if (inserted) {
    dirty->second.def = &def;
    dirty->second.entity = entity;
  }
  std::vector<int64_t>& hours = dirty->second.hours;
  if (std::find(hours.begin(), hours.end(), hour) == hours.end()) hours.push_back(hour);
  for (size_t r = 0; r < rules.size(); ++r) {
    const RuleDef& rule = *rules[r];
    const auto after = SpikeOnsets(rule, series.hours, hour);
    auto id = [&](int64_t h) {
      return AlertId(
          {rule.name, def.name, entity, std::to_string(h - (rule.window_hours - 1) * kHourMs)});
    };
    for (const auto& [h, v] : before[r]) {
      if (!after.count(h)) Withdraw(id(h));
    }
    for (const auto& [h, v] : after) {
      if (before[r].count(h)) continue;
      Alert a;
      a.id = id(h);
      a.rule = rule.name;
      a.type = RuleTypeName(rule.type);
      a.severity = rule.severity;
      a.indicator = def.name;
      a.entity = entity;
      a.metric = "mentions";
      a.period = std::to_string(rule.window_hours) + "h";
      a.old_value = v.second;
      a.new_value = static_cast<double>(v.first);
      a.unit = "articles";
      a.article_id = article.id;  // the article whose processing raised it
      a.sentence = article.title;
      a.time_ms = event_ms;
      a.detected_at_ms = now_ms;
      Raise(std::move(a));
    }
  }
  return Status::Ok();
}

void IndicatorAggregator::Raise(Alert alert) {
  const auto it = alert_delta_.find(alert.id);
  if (it != alert_delta_.end() && !it->second) {
    alert_delta_.erase(it);  // withdrawn and raised again in this batch: the stored one stays
    return;
  }
  std::string id = alert.id;
  alert_delta_.insert_or_assign(std::move(id), std::move(alert));
}

void IndicatorAggregator::Withdraw(const std::string& id) {
  const auto it = alert_delta_.find(id);
  if (it != alert_delta_.end() && it->second) {
    alert_delta_.erase(it);  // raised in this batch: never stored
    return;
  }
  alert_delta_.insert_or_assign(id, std::nullopt);
}

Status IndicatorAggregator::Flush(store::Batch* batch) {
  for (const auto& [ck, item] : dirty_latest_) {
    const LatestValue v = Current(latest_[ck].timeline);
    if (v.latest) {
      batch->PutIndicator(item.first->name, item.second, 0, EncodeLatest(v));
    } else {
      batch->DeleteIndicator(item.first->name, item.second, 0);
    }
  }
  for (const auto& [rk, item] : dirty_reports_) {
    const auto& [def, key, article_id] = item;
    const LatestSeries& series = latest_[CacheKey(def->name, key)];
    const auto found = series.by_article.find(article_id);
    std::string entity = ReportEntity(def->name, key);
    if (found == series.by_article.end()) {
      batch->DeleteIndicator(std::string(kReportsName), std::move(entity),
                             ReportBucket(article_id));
    } else {
      batch->PutIndicator(std::string(kReportsName), std::move(entity), ReportBucket(article_id),
                          EncodeReport(series.timeline.at(found->second)));
    }
  }
  for (const auto& [ck, dirty] : dirty_mentions_) {
    const MentionSeries& series = mentions_[ck];
    for (const int64_t hour : dirty.hours) {
      auto it = series.hours.find(hour);
      if (it == series.hours.end()) {
        batch->DeleteIndicator(dirty.def->name, dirty.entity, hour);
      } else {
        batch->PutIndicator(dirty.def->name, dirty.entity, hour, std::to_string(it->second));
      }
    }
  }
  pending_alerts_.clear();
  for (auto& [id, alert] : alert_delta_) {
    // The feed holds each id once: find what is stored under it.
    std::vector<int64_t> stored;
    if (options_.read_store) {
      NEWSFACTS_RETURN_IF_ERROR(store_->ScanIndicators(
          kAlertFeedName, id, std::nullopt, std::nullopt, [&](int64_t t, std::string_view) {
            stored.push_back(t);
            return true;
          }));
    }
    if (alert) {
      if (!stored.empty()) continue;  // already in the feed
      batch->PutIndicator(std::string(kAlertFeedName), id, alert->detected_at_ms, alert->ToJson());
      batch->PutIndicator(std::string(kAlertOutboxName), id, alert->detected_at_ms, "");
      pending_alerts_.push_back(std::move(*alert));
    } else {
      for (int64_t t : stored) {
        batch->DeleteIndicator(std::string(kAlertFeedName), id, t);
        batch->DeleteIndicator(std::string(kAlertOutboxName), id, t);
      }
    }
  }
  alert_delta_.clear();
  dirty_latest_.clear();
  dirty_reports_.clear();
  dirty_mentions_.clear();
  return Status::Ok();
}

bool IndicatorAggregator::Feeds(const extract::Extraction& extraction) const {
  for (const auto& m : extraction.entities) {
    if (!m.entity.empty() && has_mentions_) return true;
  }
  for (const auto& f : extraction.figures) {
    if (!f.metric.empty() && metrics_.count(f.metric)) return true;
  }
  return false;
}

Status IndicatorAggregator::Stage(const std::vector<const extract::Article*>& articles,
                                  const std::vector<const extract::Extraction*>& extractions,
                                  int64_t now_ms, store::Batch* batch) {
  if (staged_ || latest_.size() + mentions_.size() > options_.max_cached_keys) {
    // The previous batch was not written (or the cache is full): the cache may be ahead of
    // the store; reload lazily.
    DropCache();
  }
  pending_alerts_.clear();
  std::unordered_map<std::string_view, size_t> last;  // the store keeps the last of an id
  for (size_t i = 0; i < articles.size(); ++i) last[articles[i]->id] = i;
  // Articles the store will leave unchanged were counted when they were first stored. The
  // store decides "unchanged" (one definition, the same as Store::Write's); asked once per
  // batch, when the first article that is already stored comes up.
  std::optional<common::Result<std::unordered_set<std::string>>> unchanged;
  extract::Extraction old_extraction;
  for (size_t i = 0; i < articles.size(); ++i) {
    const extract::Article& a = *articles[i];
    if (last[a.id] != i) continue;
    const bool feeds = Feeds(*extractions[i]);
    if (options_.read_store) {
      // A stored older version is taken back whatever the new one reports (even nothing), so
      // the state depends on the latest versions only.
      auto old = store_->GetArticle(a.id);
      if (!old.ok()) return old.status();
      if (old->has_value()) {
        if (!unchanged) unchanged.emplace(store_->UnchangedArticles(*batch));
        if (!unchanged->ok()) return unchanged->status();
        if ((*unchanged)->count(a.id)) continue;  // stored unchanged: already counted
        NEWSFACTS_RETURN_IF_ERROR(LoadStoredExtraction(*store_, a.id, &old_extraction));
        if (Feeds(old_extraction)) {
          NEWSFACTS_RETURN_IF_ERROR(Retract(**old, old_extraction, now_ms));
        }
      }
    }
    if (feeds) NEWSFACTS_RETURN_IF_ERROR(Apply(a, *extractions[i], now_ms, now_ms));
  }
  NEWSFACTS_RETURN_IF_ERROR(Flush(batch));
  staged_ = true;
  return Status::Ok();
}

void IndicatorAggregator::ForEachValue(
    const std::function<void(const std::string&, const std::string&, int64_t, const std::string&)>&
        fn) const {
  const std::string reports(kReportsName);
  for (const auto& [ck, series] : latest_) {
    if (series.timeline.empty()) continue;
    const size_t sep = ck.find('\0');
    const std::string name = ck.substr(0, sep), key = ck.substr(sep + 1);
    fn(name, key, 0, EncodeLatest(Current(series.timeline)));
    const std::string entity = ReportEntity(name, key);
    for (const auto& [order, obs] : series.timeline) {
      fn(reports, entity, ReportBucket(obs.article_id), EncodeReport(obs));
    }
  }
  for (const auto& [ck, series] : mentions_) {
    const size_t sep = ck.find('\0');
    const std::string name = ck.substr(0, sep), entity = ck.substr(sep + 1);
    for (const auto& [hour, n] : series.hours) {
      if (n > 0) fn(name, entity, hour, std::to_string(n));
    }
  }
}

// ---- rebuild -----------------------------------------------------------------------------

Status RebuildIndicators(store::Store* store, const IndicatorConfig& config, const Clock& clock) {
  IndicatorAggregator::Options opts;
  opts.alerts = false;
  opts.read_store = false;
  opts.max_cached_keys = SIZE_MAX;
  IndicatorAggregator agg(config, store, clock, opts);
  const int64_t now = clock.NowMs();
  Status inner = Status::Ok();
  extract::Extraction ext;
  NEWSFACTS_RETURN_IF_ERROR(store->ScanArticles([&](const store::StoredArticle& sa) {
    inner = LoadStoredExtraction(*store, sa.article.id, &ext);
    if (inner.ok()) inner = agg.Apply(sa.article, ext, sa.ingested_at_ms, now);
    return inner.ok();
  }));
  NEWSFACTS_RETURN_IF_ERROR(inner);

  std::set<std::tuple<std::string, std::string, int64_t>> fresh;
  store::Batch batch;
  agg.ForEachValue([&](const std::string& name, const std::string& entity, int64_t bucket,
                       const std::string& value) {
    fresh.emplace(name, entity, bucket);
    batch.PutIndicator(name, entity, bucket, value);
  });
  std::vector<std::tuple<std::string, std::string, int64_t>> stale;
  NEWSFACTS_RETURN_IF_ERROR(store->ScanAllIndicators(
      "", [&](std::string_view name, std::string_view entity, int64_t bucket, std::string_view) {
        if (name == kAlertFeedName || name == kAlertOutboxName) return true;  // alerts are kept
        std::tuple<std::string, std::string, int64_t> k(name, entity, bucket);
        if (!fresh.count(k)) stale.push_back(std::move(k));
        return true;
      }));
  for (auto& [name, entity, bucket] : stale) {
    batch.DeleteIndicator(std::move(name), std::move(entity), bucket);
  }
  auto w = store->Write(batch);
  return w.ok() ? Status::Ok() : w.status();
}

// ---- reading -----------------------------------------------------------------------------

namespace {

std::string WindowLabel(int64_t hours) {
  if (hours % 24 == 0 && hours > 24) return std::to_string(hours / 24) + "d";
  return std::to_string(hours) + "h";
}

}  // namespace

Result<std::vector<IndicatorRow>> ReadIndicators(const store::Store& store,
                                                 const IndicatorConfig& config, const Clock& clock,
                                                 const IndicatorQuery& query) {
  std::vector<IndicatorRow> rows;
  const std::string want = SeriesEntity(query.entity);
  // A mention window of W hours: the current hour bucket and the W - 1 before it.
  const int64_t hour = HourStart(clock.NowMs());
  for (const IndicatorDef& def : config.indicators) {
    if (def.type == IndicatorType::kLatest) {
      if (!query.name.empty() && query.name != def.name) continue;
      Status inner = Status::Ok();
      NEWSFACTS_RETURN_IF_ERROR(store.ScanAllIndicators(
          def.name, [&](std::string_view, std::string_view key, int64_t, std::string_view v) {
            auto [entity, period] = SplitSeriesKey(key);
            // SeriesEntity of the stored name too: a store not rebuilt since series were keyed
            // by one name per country shows its old rows (apart) by any of the names.
            if (!SeriesMatches(entity, want)) return true;
            LatestValue lv;
            inner = DecodeLatest(v, &lv);
            if (!inner.ok()) return false;
            if (!lv.latest) return true;
            IndicatorRow r;
            r.name = def.name;
            r.entity = entity;
            r.period = period;
            r.value = lv.latest->value;
            if (lv.previous) r.previous = lv.previous->value;
            r.unit = UnitOf(def, *lv.latest);
            r.time_ms = lv.latest->event_time_ms;
            r.article_id = lv.latest->article_id;
            r.sentence = lv.latest->sentence;
            rows.push_back(std::move(r));
            return true;
          }));
      NEWSFACTS_RETURN_IF_ERROR(inner);
      continue;
    }
    // Mentions: one row per entity and window.
    std::vector<int64_t> windows;
    for (int64_t w : def.window_hours) {
      if (query.name.empty() || query.name == def.name ||
          query.name == def.name + "_" + WindowLabel(w)) {
        windows.push_back(w);
      }
    }
    if (windows.empty()) continue;
    std::map<std::string, std::map<int64_t, int64_t>> series;
    NEWSFACTS_RETURN_IF_ERROR(store.ScanAllIndicators(
        def.name,
        [&](std::string_view, std::string_view entity, int64_t bucket, std::string_view v) {
          if (!SeriesMatches(entity, want)) return true;
          if (auto n = ParseCount(v)) series[std::string(entity)][bucket] = *n;
          return true;
        }));
    for (const auto& [entity, hours] : series) {
      for (int64_t w : windows) {
        const int64_t start = hour - (w - 1) * kHourMs, prev_start = start - w * kHourMs;
        int64_t cur = 0, prev = 0;
        for (auto it = hours.lower_bound(prev_start); it != hours.end() && it->first <= hour;
             ++it) {
          (it->first >= start ? cur : prev) += it->second;
        }
        if (cur == 0 && prev == 0) continue;
        IndicatorRow r;
        r.name = def.name + "_" + WindowLabel(w);
        r.entity = entity;
        r.value = static_cast<double>(cur);
        r.previous = static_cast<double>(prev);
        r.unit = "articles";
        r.time_ms = hour + kHourMs;
        rows.push_back(std::move(r));
      }
    }
  }
  return rows;
}

}  // namespace newsfacts::ingest
