#include "ingest/alerts.h"

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <tuple>
#include <utility>

#include "common/json_writer.h"
#include "common/time.h"
#include "ingest/indicators.h"

namespace newsfacts::ingest {

std::string AlertId(const std::vector<std::string_view>& parts) {
  std::string joined;
  for (std::string_view p : parts) {
    joined += std::to_string(p.size());
    joined += ':';
    joined += p;
  }
  const uint64_t h = XXH3_64bits(joined.data(), joined.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, h);
  return buf;
}

std::string Alert::ToJson() const {
  std::string out;
  common::JsonWriter w(&out);
  w.BeginObject();
  w.Key("id").String(id);
  w.Key("rule").String(rule);
  w.Key("type").String(type);
  w.Key("severity").String(severity);
  w.Key("indicator").String(indicator);
  w.Key("entity").StringOrNull(entity);
  w.Key("period").StringOrNull(period);
  w.Key("metric").StringOrNull(metric);
  w.Key("old");
  if (old_value) {
    w.Number(*old_value);
  } else {
    w.Null();
  }
  w.Key("new").Number(new_value);
  w.Key("unit").StringOrNull(unit);
  w.Key("evidence").BeginObject();
  w.Key("article_id").StringOrNull(article_id);
  w.Key("sentence").StringOrNull(sentence);
  w.EndObject();
  w.Key("time").String(common::FormatRfc3339Ms(time_ms, common::Millis::kAlways));
  w.Key("detected_at").String(common::FormatRfc3339Ms(detected_at_ms, common::Millis::kAlways));
  w.EndObject();
  return out;
}

Result<Alert> ParseAlertJson(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::object o;
  if (parser.parse(json.data(), json.size()).get(o) != simdjson::SUCCESS)
    return Status::Corruption("stored alert is not a JSON object");
  Alert a;
  auto str = [](simdjson::dom::element e, std::string* out) {
    std::string_view v;
    if (e.get_string().get(v) == simdjson::SUCCESS) *out = v;  // null stays ""
  };
  auto time = [](simdjson::dom::element e) -> std::optional<int64_t> {
    std::string_view v;
    if (e.get_string().get(v) != simdjson::SUCCESS) return std::nullopt;
    return common::ParseRfc3339Ms(v);
  };
  for (auto field : o) {
    const std::string_view k = field.key;
    const simdjson::dom::element v = field.value;
    double d = 0;
    if (k == "id") str(v, &a.id);
    if (k == "rule") str(v, &a.rule);
    if (k == "type") str(v, &a.type);
    if (k == "severity") str(v, &a.severity);
    if (k == "indicator") str(v, &a.indicator);
    if (k == "entity") str(v, &a.entity);
    if (k == "period") str(v, &a.period);
    if (k == "metric") str(v, &a.metric);
    if (k == "unit") str(v, &a.unit);
    if (k == "old" && v.get_double().get(d) == simdjson::SUCCESS) a.old_value = d;
    if (k == "new" && v.get_double().get(d) == simdjson::SUCCESS) a.new_value = d;
    if (k == "time") a.time_ms = time(v).value_or(0);
    if (k == "detected_at") a.detected_at_ms = time(v).value_or(0);
    if (k == "evidence") {
      simdjson::dom::object ev;
      if (v.get_object().get(ev) == simdjson::SUCCESS) {
        simdjson::dom::element e;
        if (ev["article_id"].get(e) == simdjson::SUCCESS) str(e, &a.article_id);
        if (ev["sentence"].get(e) == simdjson::SUCCESS) str(e, &a.sentence);
      }
    }
  }
  if (a.id.empty()) return Status::Corruption("stored alert has no id");
  return a;
}

// ---- sinks -------------------------------------------------------------------------------

Result<std::unique_ptr<JsonlAlertSink>> JsonlAlertSink::Open(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "ab");
  if (!f) return Status::IoError("cannot open alerts file " + path + " for appending");
  return std::unique_ptr<JsonlAlertSink>(new JsonlAlertSink(f, path));
}

JsonlAlertSink::~JsonlAlertSink() {
  std::fclose(file_);
}

Status JsonlAlertSink::Publish(const std::vector<std::string>&,
                               const std::vector<std::string>& json) {
  for (const std::string& j : json) {
    if (std::fwrite(j.data(), 1, j.size(), file_) != j.size() || std::fputc('\n', file_) == EOF) {
      return Status::IoError("cannot write alerts file " + path_);
    }
  }
  if (std::fflush(file_) != 0) return Status::IoError("cannot write alerts file " + path_);
  return Status::Ok();
}

// ---- publisher ---------------------------------------------------------------------------

Status AlertPublisher::Send(const std::vector<std::string>& ids,
                            const std::vector<std::string>& json,
                            const std::vector<int64_t>& times) {
  if (ids.empty()) return Status::Ok();
  for (AlertSink* sink : sinks_) NEWSFACTS_RETURN_IF_ERROR(sink->Publish(ids, json));
  store::Batch done;
  for (size_t i = 0; i < ids.size(); ++i) {
    done.DeleteIndicator(std::string(kAlertOutboxName), ids[i], times[i]);
  }
  // Not fsynced on its own (it would hold the store's write lock, and so the next batch's
  // write, for an fsync): the deletion becomes durable with the next batch's fsync. A crash
  // before that sends these alerts again, as a crash between the sinks and this write does.
  auto w = store_->Write(done, store::Durability::kDeferred);
  if (!w.ok()) return w.status();
  published_ += ids.size();
  return Status::Ok();
}

Status AlertPublisher::Publish(const std::vector<Alert>& alerts) {
  std::vector<std::string> ids, json;
  std::vector<int64_t> times;
  for (const Alert& a : alerts) {
    ids.push_back(a.id);
    json.push_back(a.ToJson());
    times.push_back(a.detected_at_ms);
  }
  return Send(ids, json, times);
}

Status AlertPublisher::PublishOutbox(const std::set<OutboxKey>& not_durable) {
  std::vector<StoredAlert> pending;
  NEWSFACTS_RETURN_IF_ERROR(store_->ScanAllIndicators(
      kAlertOutboxName, [&](std::string_view, std::string_view id, int64_t t, std::string_view) {
        if (!not_durable.empty() && not_durable.count({std::string(id), t}) > 0) return true;
        pending.push_back({std::string(id), t, {}});
        return true;
      }));
  // The JSON is in the feed under the same (id, time).
  for (StoredAlert& a : pending) {
    NEWSFACTS_RETURN_IF_ERROR(store_->ScanIndicators(kAlertFeedName, a.id, a.detected_at_ms,
                                                     a.detected_at_ms + 1,
                                                     [&](int64_t, std::string_view v) {
                                                       a.json.assign(v);
                                                       return false;
                                                     }));
    if (a.json.empty()) return Status::Corruption("alert " + a.id + " is in the outbox only");
  }
  std::stable_sort(pending.begin(), pending.end(), [](const StoredAlert& a, const StoredAlert& b) {
    return a.detected_at_ms < b.detected_at_ms;
  });
  std::vector<std::string> ids, json;
  std::vector<int64_t> times;
  for (StoredAlert& a : pending) {
    ids.push_back(std::move(a.id));
    json.push_back(std::move(a.json));
    times.push_back(a.detected_at_ms);
  }
  return Send(ids, json, times);
}

Result<std::vector<StoredAlert>> ReadAlerts(const store::Store& store,
                                            std::optional<int64_t> since_ms) {
  std::vector<StoredAlert> out;
  NEWSFACTS_RETURN_IF_ERROR(store.ScanAllIndicators(
      kAlertFeedName, [&](std::string_view, std::string_view id, int64_t t, std::string_view v) {
        if (!since_ms || t >= *since_ms) out.push_back({std::string(id), t, std::string(v)});
        return true;
      }));
  std::sort(out.begin(), out.end(), [](const StoredAlert& a, const StoredAlert& b) {
    return a.detected_at_ms != b.detected_at_ms ? a.detected_at_ms < b.detected_at_ms : a.id < b.id;
  });
  return out;
}

bool AlertNewerThan(const Alert& a, const Alert& b) {
  return std::tie(a.time_ms, a.detected_at_ms, a.id) > std::tie(b.time_ms, b.detected_at_ms, b.id);
}

Result<std::vector<Alert>> QueryAlerts(const store::Store& store, const AlertQuery& query) {
  Result<std::vector<StoredAlert>> stored = ReadAlerts(store, query.detected_since_ms);
  if (!stored.ok()) return stored.status();
  std::vector<Alert> out;
  const std::string want = SeriesEntity(query.entity);
  for (const StoredAlert& s : *stored) {
    Result<Alert> a = ParseAlertJson(s.json);
    if (!a.ok()) continue;
    if (!query.rule.empty() && a->rule != query.rule) continue;
    // SeriesMatches of the stored entity: alerts raised before series were keyed by one name
    // per country (a store not rebuilt since) are found by any of the country's names, and a
    // firm named like a country ("Jordan (org)") by its name.
    if (!SeriesMatches(a->entity, want)) continue;
    if (!query.severity.empty() && a->severity != query.severity) continue;
    if (query.since_ms && a->time_ms < *query.since_ms) continue;
    if (query.until_ms && a->time_ms >= *query.until_ms) continue;
    out.push_back(std::move(a).value());
  }
  std::sort(out.begin(), out.end(), AlertNewerThan);
  return out;
}

}  // namespace newsfacts::ingest
