#include "ingest/indicator_feed.h"

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
  auto outbox_pending = std::make_shared<bool>(false);  // a publish failed: re-send the outbox
  pipeline->AddObserver([aggregator, publisher, on_error = std::move(on_error), outbox_pending,
                         skipped, on_alerts = std::move(on_alerts)](const BatchOutcome&) {
    if (*skipped) return;
    aggregator->Committed();
    std::vector<Alert> alerts = aggregator->TakeAlerts();
    if (on_alerts) on_alerts(alerts);
    if (!publisher) return;
    Status s = Status::Ok();
    if (*outbox_pending) {
      s = publisher->PublishOutbox();  // includes this batch's alerts
    } else if (!alerts.empty()) {
      s = publisher->Publish(alerts);
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
