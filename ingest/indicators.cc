#include "ingest/indicators.h"

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

bool MergeObservation(LatestValue* state, Observation obs) {
  const std::optional<Observation> before = state->latest;
  // One report per article: a re-processed article replaces its own earlier report.
  if (state->latest && state->latest->article_id == obs.article_id) {
    state->latest.reset();
  } else if (state->previous && state->previous->article_id == obs.article_id) {
    state->previous.reset();
  }
  if (!state->latest && state->previous) std::swap(state->latest, state->previous);
  if (!state->latest) {
    state->latest = std::move(obs);
  } else if (IsNewer(obs, *state->latest)) {
    state->previous = std::move(state->latest);
    state->latest = std::move(obs);
  } else if (!state->previous || IsNewer(obs, *state->previous)) {
    state->previous = std::move(obs);
  }
  if (!before) return true;
  const Observation& now = *state->latest;
  return before->article_id != now.article_id || before->figure_index != now.figure_index ||
         before->value != now.value || before->event_time_ms != now.event_time_ms;
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
  dirty_mentions_.clear();
  raised_.clear();
}

Result<LatestValue*> IndicatorAggregator::LoadLatest(const IndicatorDef& def,
                                                     const std::string& key) {
  // Not a structured binding: the lambda below captures `it` (clang before 16 cannot).
  const auto emplaced = latest_.try_emplace(CacheKey(def.name, key));
  const auto it = emplaced.first;
  if (emplaced.second && options_.read_store) {
    Status s = store_->ScanIndicators(def.name, key, std::nullopt, std::nullopt,
                                      [&](int64_t, std::string_view v) {
                                        Status d = DecodeLatest(v, &it->second);
                                        if (!d.ok()) it->second = LatestValue();
                                        return false;
                                      });
    if (!s.ok()) {
      latest_.erase(it);
      return s;
    }
  }
  return &it->second;
}

Result<IndicatorAggregator::MentionSeries*> IndicatorAggregator::LoadMentions(
    const IndicatorDef& def, const std::string& entity) {
  MentionSeries& series = mentions_[CacheKey(def.name, entity)];
  if (!series.loaded && options_.read_store) {
    Status s = store_->ScanIndicators(def.name, entity, std::nullopt, std::nullopt,
                                      [&](int64_t hour, std::string_view v) {
                                        if (auto n = ParseCount(v)) series.hours[hour] = *n;
                                        return true;
                                      });
    if (!s.ok()) {
      mentions_.erase(CacheKey(def.name, entity));
      return s;
    }
  }
  series.loaded = true;
  return &series;
}

Status IndicatorAggregator::Apply(const extract::Article& article,
                                  const extract::Extraction& extraction, int64_t fallback_time_ms,
                                  int64_t now_ms) {
  const int64_t event = article.published_at_ms.value_or(fallback_time_ms);
  for (const IndicatorDef& def : config_.indicators) {
    if (def.type == IndicatorType::kMentions) {
      std::set<std::string_view> entities;
      for (const auto& m : extraction.entities) {
        if (!m.entity.empty()) entities.insert(m.entity);
      }
      const int64_t hour = HourStart(event);
      for (std::string_view e : entities) {
        const std::string entity(e);
        auto series = LoadMentions(def, entity);
        if (!series.ok()) return series.status();
        ++(*series)->hours[hour];
        dirty_mentions_[CacheKey(def.name, entity) + '\0' + std::to_string(hour)] = {&def, entity,
                                                                                     hour};
        if (options_.alerts) EvaluateSpike(def, entity, hour, **series, article, now_ms);
      }
      continue;
    }
    // Latest: one candidate per key from this article.
    std::map<std::string, std::pair<Observation, std::string>> picks;  // key -> (obs, entity)
    for (size_t i = 0; i < extraction.figures.size(); ++i) {
      const extract::Figure& f = extraction.figures[i];
      if (f.vague || !Contains(def.metrics, f.metric)) continue;
      if (def.kind && f.kind != *def.kind) continue;
      if (!def.units.empty() && !Contains(def.units, f.unit)) continue;
      const std::string& entity = def.by_counterpart ? f.counterpart : f.entity;
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
      o.event_time_ms = event;
      o.article_id = article.id;
      o.figure_index = static_cast<uint32_t>(i);
      o.sentence = f.sentence;
      const std::string key = SeriesKey(entity, f.period, def.per_period);
      auto it = picks.find(key);
      if (it == picks.end()) {
        picks.emplace(key, std::make_pair(std::move(o), entity));
      } else if ((def.pick == Pick::kMax && o.value > it->second.first.value) ||
                 def.pick == Pick::kLast) {
        it->second.first = std::move(o);
      }
    }
    for (auto& [key, pick] : picks) {
      auto state = LoadLatest(def, key);
      if (!state.ok()) return state.status();
      LatestValue* st = *state;
      const std::optional<Observation> before = st->latest;
      const std::optional<Observation> before_prev = st->previous;
      const bool changed = MergeObservation(st, pick.first);
      auto same = [](const std::optional<Observation>& a, const std::optional<Observation>& b) {
        return a.has_value() == b.has_value() &&
               (!a || (a->article_id == b->article_id && a->figure_index == b->figure_index &&
                       a->value == b->value && a->event_time_ms == b->event_time_ms));
      };
      if (!changed && same(before_prev, st->previous)) continue;  // nothing to write
      dirty_latest_[CacheKey(def.name, key)] = {&def, key};
      if (changed && options_.alerts) {
        // The value replaced: the earlier latest of another article, else the previous one.
        std::optional<Observation> old = before;
        if (old && old->article_id == st->latest->article_id) old = st->previous;
        EvaluateLatest(def, key, pick.second, old, *st->latest, now_ms);
      }
    }
  }
  return Status::Ok();
}

void IndicatorAggregator::EvaluateLatest(const IndicatorDef& def, const std::string& key,
                                         const std::string& entity,
                                         const std::optional<Observation>& old,
                                         const Observation& now, int64_t now_ms) {
  for (const RuleDef& rule : config_.rules) {
    if (rule.type == RuleType::kSpike || !Watches(rule, def, entity)) continue;
    bool fire = false;
    switch (rule.type) {
      case RuleType::kNew:
        fire = !old;
        break;
      case RuleType::kThreshold:
        if (rule.above && now.value >= *rule.above && (!old || old->value < *rule.above)) {
          fire = true;
        }
        if (rule.below && now.value <= *rule.below && (!old || old->value > *rule.below)) {
          fire = true;
        }
        break;
      case RuleType::kChange:
        fire = old && old->value != 0 &&
               std::fabs(now.value - old->value) / std::fabs(old->value) * 100 > rule.percent;
        break;
      case RuleType::kSpike:
        break;
    }
    if (!fire) continue;
    Alert a;
    a.id = AlertId({rule.name, def.name, key, now.article_id, std::to_string(now.figure_index)});
    a.rule = rule.name;
    a.type = RuleTypeName(rule.type);
    a.severity = rule.severity;
    a.indicator = def.name;
    a.entity = entity;
    a.period = now.period;
    a.metric = now.metric;
    if (old) a.old_value = old->value;
    a.new_value = now.value;
    a.unit = UnitOf(def, now);
    a.article_id = now.article_id;
    a.sentence = now.sentence;
    a.time_ms = now.event_time_ms;
    a.detected_at_ms = now_ms;
    raised_.push_back(std::move(a));
  }
}

void IndicatorAggregator::EvaluateSpike(const IndicatorDef& def, const std::string& entity,
                                        int64_t hour, const MentionSeries& series,
                                        const extract::Article& article, int64_t now_ms) {
  for (const RuleDef& rule : config_.rules) {
    if (rule.type != RuleType::kSpike || !Watches(rule, def, entity)) continue;
    const int64_t window_start = hour - (rule.window_hours - 1) * kHourMs;
    const int64_t baseline_start = window_start - rule.baseline_hours * kHourMs;
    int64_t count = 0, base = 0;
    for (auto it = series.hours.lower_bound(baseline_start);
         it != series.hours.end() && it->first <= hour; ++it) {
      (it->first >= window_start ? count : base) += it->second;
    }
    const double per_window =
        static_cast<double>(base) * rule.window_hours / static_cast<double>(rule.baseline_hours);
    const double line = rule.factor * std::max(per_window, rule.min_baseline);
    auto spiking = [&](int64_t n) { return n >= rule.min_count && static_cast<double>(n) > line; };
    if (!spiking(count) || spiking(count - 1)) continue;  // fire on the crossing only
    Alert a;
    a.id = AlertId({rule.name, def.name, entity, std::to_string(window_start)});
    a.rule = rule.name;
    a.type = RuleTypeName(rule.type);
    a.severity = rule.severity;
    a.indicator = def.name;
    a.entity = entity;
    a.metric = "mentions";
    a.period = std::to_string(rule.window_hours) + "h";
    a.old_value = per_window;
    a.new_value = static_cast<double>(count);
    a.unit = "articles";
    a.article_id = article.id;
    a.sentence = article.title;
    a.time_ms = article.published_at_ms.value_or(now_ms);
    a.detected_at_ms = now_ms;
    raised_.push_back(std::move(a));
  }
}

Status IndicatorAggregator::Retract(const store::StoredArticle& old,
                                    const std::vector<extract::EntityMention>& mentions) {
  const int64_t hour = HourStart(old.article.published_at_ms.value_or(old.ingested_at_ms));
  std::set<std::string_view> entities;
  for (const auto& m : mentions) {
    if (!m.entity.empty()) entities.insert(m.entity);
  }
  for (const IndicatorDef& def : config_.indicators) {
    if (def.type != IndicatorType::kMentions) continue;
    for (std::string_view e : entities) {
      const std::string entity(e);
      auto series = LoadMentions(def, entity);
      if (!series.ok()) return series.status();
      auto it = (*series)->hours.find(hour);
      if (it == (*series)->hours.end()) continue;
      if (--it->second <= 0) (*series)->hours.erase(it);
      dirty_mentions_[CacheKey(def.name, entity) + '\0' + std::to_string(hour)] = {&def, entity,
                                                                                   hour};
    }
  }
  return Status::Ok();
}

void IndicatorAggregator::Flush(store::Batch* batch, int64_t now_ms) {
  (void)now_ms;
  for (const auto& [ck, item] : dirty_latest_) {
    const LatestValue& v = latest_[ck];
    batch->PutIndicator(item.first->name, item.second, 0, EncodeLatest(v));
  }
  for (const auto& [ck, item] : dirty_mentions_) {
    const auto& [def, entity, hour] = item;
    const MentionSeries& series = mentions_[CacheKey(def->name, entity)];
    auto it = series.hours.find(hour);
    if (it == series.hours.end()) {
      batch->DeleteIndicator(def->name, entity, hour);
    } else {
      batch->PutIndicator(def->name, entity, hour, std::to_string(it->second));
    }
  }
  std::set<std::string> seen;
  pending_alerts_.clear();
  for (Alert& a : raised_) {
    if (!seen.insert(a.id).second) continue;
    const std::string json = a.ToJson();
    batch->PutIndicator(std::string(kAlertFeedName), a.id, a.detected_at_ms, json);
    batch->PutIndicator(std::string(kAlertOutboxName), a.id, a.detected_at_ms, "");
    pending_alerts_.push_back(std::move(a));
  }
  raised_.clear();
  dirty_latest_.clear();
  dirty_mentions_.clear();
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
  std::optional<std::unordered_set<std::string>> unchanged;
  for (size_t i = 0; i < articles.size(); ++i) {
    const extract::Article& a = *articles[i];
    if (last[a.id] != i) continue;
    // An article with no entity mention and no figure of an indicator's metric changes no
    // indicator: skip it without the store lookup (the common case for general news).
    if (!Feeds(*extractions[i])) continue;
    if (options_.read_store) {
      auto old = store_->GetArticle(a.id);
      if (!old.ok()) return old.status();
      if (old->has_value()) {
        if (!unchanged) {
          auto u = store_->UnchangedArticles(*batch);
          if (!u.ok()) return u.status();
          unchanged = std::move(*u);
        }
        if (unchanged->count(a.id)) continue;  // stored unchanged: already counted
        auto mentions = store_->GetMentions(a.id);
        if (!mentions.ok()) return mentions.status();
        NEWSFACTS_RETURN_IF_ERROR(Retract(**old, *mentions));
      }
    }
    NEWSFACTS_RETURN_IF_ERROR(Apply(a, *extractions[i], now_ms, now_ms));
  }
  Flush(batch, now_ms);
  staged_ = true;
  return Status::Ok();
}

void IndicatorAggregator::ForEachValue(
    const std::function<void(const std::string&, const std::string&, int64_t, const std::string&)>&
        fn) const {
  for (const auto& [ck, v] : latest_) {
    if (!v.latest) continue;
    const size_t sep = ck.find('\0');
    fn(ck.substr(0, sep), ck.substr(sep + 1), 0, EncodeLatest(v));
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
    ext.Clear();
    store::FactFilter filter;
    filter.article_id = sa.article.id;
    inner = store->ScanFacts(filter, [&](const store::Fact& f) {
      if (ext.figures.size() <= f.index) ext.figures.resize(f.index + 1);
      ext.figures[f.index] = f.figure;
      return true;
    });
    if (!inner.ok()) return false;
    auto mentions = store->GetMentions(sa.article.id);
    if (!mentions.ok()) {
      inner = mentions.status();
      return false;
    }
    ext.entities = std::move(mentions).value();
    inner = agg.Apply(sa.article, ext, sa.ingested_at_ms, now);
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
        if (!name.empty() && name[0] == '~') return true;  // the alert feed is kept
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
  // A mention window of W hours: the current hour bucket and the W - 1 before it.
  const int64_t hour = HourStart(clock.NowMs());
  for (const IndicatorDef& def : config.indicators) {
    if (def.type == IndicatorType::kLatest) {
      if (!query.name.empty() && query.name != def.name) continue;
      Status inner = Status::Ok();
      NEWSFACTS_RETURN_IF_ERROR(store.ScanAllIndicators(
          def.name, [&](std::string_view, std::string_view key, int64_t, std::string_view v) {
            auto [entity, period] = SplitSeriesKey(key);
            if (!query.entity.empty() && entity != query.entity) return true;
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
          if (!query.entity.empty() && entity != query.entity) return true;
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
