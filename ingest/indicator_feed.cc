#include "ingest/indicator_feed.h"

#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace newsfacts::ingest {

void AttachAggregator(Pipeline* pipeline, IndicatorAggregator* aggregator,
                      AlertPublisher* publisher, std::function<void(const Status&)> on_error,
                      std::function<bool()> paused,
                      std::function<void(const std::vector<Alert>&)> on_alerts) {
  auto skipped = std::make_shared<bool>(false);  // this batch bypassed the aggregator
  pipeline->AddPreWriteStage([aggregator, paused = std::move(paused), skipped](
                                 const std::vector<const extract::Article*>& articles,
                                 const std::vector<const extract::Extraction*>& extractions,
                                 int64_t now_ms, store::Batch* batch) {
    *skipped = paused && paused();
    if (*skipped) return Status::Ok();
    return aggregator->Stage(articles, extractions, now_ms, batch);
  });
  // The aggregator follows the store as soon as a batch is applied (the next batch's stage
  // may run before this one is durable, see Pipeline::Apply); its alerts wait in `taken`
  // until the batch is durable (nullopt: the batch bypassed the aggregator). Applied hooks
  // and observers run in batch order, perhaps on two threads.
  struct Taken {
    std::mutex mu;
    std::deque<std::optional<std::vector<Alert>>> alerts;
  };
  auto taken = std::make_shared<Taken>();
  pipeline->AddAppliedHook([aggregator, skipped, taken](const BatchOutcome&) {
    std::optional<std::vector<Alert>> alerts;
    if (!*skipped) {
      aggregator->Committed();
      alerts = aggregator->TakeAlerts();
    }
    const std::lock_guard<std::mutex> lock(taken->mu);
    taken->alerts.push_back(std::move(alerts));
  });
  auto outbox_pending = std::make_shared<bool>(false);  // a publish failed: re-send the outbox
  pipeline->AddObserver([publisher, on_error = std::move(on_error), outbox_pending, taken,
                         on_alerts = std::move(on_alerts)](const BatchOutcome&) {
    std::optional<std::vector<Alert>> alerts;
    {
      const std::lock_guard<std::mutex> lock(taken->mu);
      if (taken->alerts.empty()) return;  // not applied through this feed
      alerts = std::move(taken->alerts.front());
      taken->alerts.pop_front();
    }
    if (!alerts) return;
    if (on_alerts) on_alerts(*alerts);
    if (!publisher) return;
    Status s = Status::Ok();
    if (*outbox_pending) {
      s = publisher->PublishOutbox();  // includes this batch's alerts
    } else if (!alerts->empty()) {
      s = publisher->Publish(*alerts);
    }
    *outbox_pending = !s.ok();
    if (!s.ok() && on_error) on_error(s);
  });
}

Result<std::unique_ptr<IndicatorFeed>> IndicatorFeed::Create(store::Store* store,
                                                             const Clock& clock,
                                                             const IndicatorFeedOptions& options) {
  std::unique_ptr<IndicatorFeed> feed(new IndicatorFeed());
  if (options.config_path.empty()) {
    feed->config_ = IndicatorConfig::Default();
  } else {
    auto c = IndicatorConfig::Load(options.config_path);
    if (!c.ok()) return c.status();
    feed->config_ = std::move(c).value();
  }
  std::vector<AlertSink*> sinks;
  if (!options.alerts_file.empty()) {
    auto f = JsonlAlertSink::Open(options.alerts_file);
    if (!f.ok()) return f.status();
    feed->file_sink_ = std::move(f).value();
    sinks.push_back(feed->file_sink_.get());
  }
  if (!options.alerts_topic.empty()) {
    auto p = KafkaProducer::Open(options.producer_properties);
    if (!p.ok()) return p.status();
    feed->producer_ = std::move(p).value();
    feed->kafka_sink_ =
        std::make_unique<KafkaAlertSink>(feed->producer_.get(), options.alerts_topic);
    sinks.push_back(feed->kafka_sink_.get());
  }
  feed->publisher_ = std::make_unique<AlertPublisher>(store, std::move(sinks));
  feed->aggregator_ = std::make_unique<IndicatorAggregator>(feed->config_, store, clock);
  return feed;
}

}  // namespace newsfacts::ingest
