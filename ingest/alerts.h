#pragma once
// Alerts: what the rules of an IndicatorConfig raise, and the alert feed that delivers them.
//
//   IndicatorAggregator -> Alert (stored in the feed and the outbox, in the batch of the facts
//   that caused it) -> after Store::Write: AlertPublisher -> sinks (JSONL file, Kafka topic)
//   -> outbox entries deleted.
//
// Delivery is at least once: an alert leaves the outbox only after every sink accepted it;
// PublishOutbox() at start re-sends what a crash left there. Ids are derived from the cause
// in the data (rule, indicator, key, article, figure — for change rules also the predecessor's
// article and figure — / spike window), never from arrival order, so a re-sent or re-raised
// alert has the same id on every replica and subscribers deduplicate on it. The feed holds
// each id once; the aggregator withdraws an alert from it when a late report makes its cause
// untrue (indicators.h).
//
// Thread-safety: Alert is a value. Sinks and AlertPublisher: one thread at a time.
// Ownership: AlertPublisher borrows the store and its sinks.

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "store/store.h"

namespace newsfacts::ingest {

using common::Result;
using common::Status;

struct Alert {
  std::string id;  // 16 hex digits, derived from the cause
  std::string rule;
  std::string type;  // threshold | change | new | spike
  std::string severity;
  std::string indicator;
  std::string entity;  // "" = market-wide
  std::string period;
  std::string metric;  // the figure's metric (spike: "mentions")
  std::optional<double> old_value;
  double new_value = 0;
  std::string unit;
  std::string article_id;  // evidence
  std::string sentence;
  int64_t time_ms = 0;         // event time of the cause
  int64_t detected_at_ms = 0;  // when the aggregator raised it (not part of the id)

  // One JSON object, no newline:
  // {"id","rule","type","severity","indicator","entity","period","metric","old","new","unit",
  //  "evidence":{"article_id","sentence"},"time","detected_at"} (times RFC 3339 UTC).
  std::string ToJson() const;
};

// Reads Alert::ToJson() text back (the stored alert feed). Errors: Corruption.
[[nodiscard]] Result<Alert> ParseAlertJson(std::string_view json);

// 16 lower-case hex digits of a stable 64-bit hash of `parts` (joined unambiguously).
std::string AlertId(const std::vector<std::string_view>& parts);

// Where alerts go. Publish() returns OK only when every alert is accepted (written / acked).
class AlertSink {
 public:
  virtual ~AlertSink() = default;
  // Errors: IoError / Unavailable; the caller keeps the alerts in the outbox and retries.
  [[nodiscard]] virtual Status Publish(const std::vector<std::string>& ids,
                                       const std::vector<std::string>& json) = 0;
};

// Appends one JSON line per alert to a file (flushed per Publish).
class JsonlAlertSink final : public AlertSink {
 public:
  // Errors: IoError (cannot open for appending).
  [[nodiscard]] static Result<std::unique_ptr<JsonlAlertSink>> Open(const std::string& path);
  ~JsonlAlertSink() override;
  [[nodiscard]] Status Publish(const std::vector<std::string>& ids,
                               const std::vector<std::string>& json) override;

 private:
  JsonlAlertSink(std::FILE* f, std::string path) : file_(f), path_(std::move(path)) {}
  std::FILE* file_;
  std::string path_;
};

// Publishes alerts to the sinks and removes them from the store's outbox.
class AlertPublisher {
 public:
  // REQUIRES: store and every sink outlive the publisher.
  AlertPublisher(store::Store* store, std::vector<AlertSink*> sinks)
      : store_(store), sinks_(std::move(sinks)) {}

  // Sends `alerts` (already durable in the outbox) to every sink, then deletes them from the
  // outbox. On a sink error they stay there (sent again by the next PublishOutbox()).
  // Errors: the sink's, IoError from the store.
  [[nodiscard]] Status Publish(const std::vector<Alert>& alerts);
  // (id, detection time ms): an outbox entry's key.
  using OutboxKey = std::pair<std::string, int64_t>;
  // Sends everything still in the outbox (after a crash, or after a sink error), oldest
  // first, except the entries in `not_durable`: alerts of batches that are applied but not
  // yet durable (Store::Write with Durability::kDeferred, before SyncDeferred); they are
  // readable in the outbox already, but a crash could still lose their batch, so they wait
  // for that batch's own publish. Errors: as Publish.
  [[nodiscard]] Status PublishOutbox(const std::set<OutboxKey>& not_durable = {});

  uint64_t published() const { return published_; }

 private:
  [[nodiscard]] Status Send(const std::vector<std::string>& ids,
                            const std::vector<std::string>& json,
                            const std::vector<int64_t>& times);
  store::Store* store_;
  std::vector<AlertSink*> sinks_;
  uint64_t published_ = 0;
};

// One stored alert (the feed, for `newsfacts alerts`).
struct StoredAlert {
  std::string id;
  int64_t detected_at_ms = 0;
  std::string json;
};

// Every stored alert detected at or after `since_ms`, ordered by detection time then id.
// Errors: IoError, Corruption.
[[nodiscard]] Result<std::vector<StoredAlert>> ReadAlerts(const store::Store& store,
                                                          std::optional<int64_t> since_ms);

// A filter over the stored alert feed: the one query of `newsfacts alerts` and
// GET /api/v1/alerts. Empty strings / nullopt match everything.
struct AlertQuery {
  std::string rule;
  // Canonical name (resolve aliases first: store::ResolveEntity); any name of a country finds
  // its alerts (SeriesEntity).
  std::string entity;
  std::string severity;                      // info | warning | critical
  std::optional<int64_t> since_ms;           // event time (Alert::time_ms) >= since
  std::optional<int64_t> until_ms;           // event time < until
  std::optional<int64_t> detected_since_ms;  // detection time >= detected_since
};

// The order of an alert listing, newest first: (event time, detection time, id) descending.
bool AlertNewerThan(const Alert& a, const Alert& b);

// The stored alerts matching `query`, newest first by event time (AlertNewerThan). Feed
// entries that do not parse are skipped. Errors: IoError, Corruption.
[[nodiscard]] Result<std::vector<Alert>> QueryAlerts(const store::Store& store,
                                                     const AlertQuery& query);

}  // namespace newsfacts::ingest
