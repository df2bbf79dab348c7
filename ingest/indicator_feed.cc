#include "ingest/indicator_feed.h"

#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

namespace newsfacts::ingest {

void AttachAggregator(Pipeline* pipeline, IndicatorAggregator* aggregator,
                      AlertPublisher* publisher, std::function<void(const Status&)> on_error,
                      std::function<bool()> paused,
                      std::function<void(const std::vector<Alert>&)> on_alerts) {
  // The batches staged and not yet durable, oldest first, each with the alerts its stage
  // raised (nullopt: the batch bypassed the aggregator). A batch enters at its stage, before
  // its write can make its outbox entries visible, is marked applied by the applied hook, and
  // leaves when it is durable (the observer). The aggregator follows the store as soon as a
  // batch is applied (the next batch's stage may run before this one is durable, see
  // Pipeline::Apply); its alerts wait here until the batch is durable. Stages and applied
  // hooks run on one thread, observers perhaps on another, all in batch order.
  struct InFlight {
    bool applied = false;
    std::optional<std::vector<Alert>> alerts;
  };
  struct Batches {
    std::mutex mu;
    std::deque<InFlight> batches;
  };
  auto batches = std::make_shared<Batches>();
  pipeline->AddPreWriteStage([aggregator, paused = std::move(paused), batches](
                                 const std::vector<const extract::Article*>& articles,
                                 const std::vector<const extract::Extraction*>& extractions,
                                 int64_t now_ms, store::Batch* batch) {
    InFlight staged;
    if (!(paused && paused())) {
      NEWSFACTS_RETURN_IF_ERROR(aggregator->Stage(articles, extractions, now_ms, batch));
      staged.alerts = aggregator->TakeAlerts();
    }
    const std::lock_guard<std::mutex> lock(batches->mu);
    // A batch staged but never applied (its write failed) leaves nothing to publish.
    while (!batches->batches.empty() && !batches->batches.back().applied) {
      batches->batches.pop_back();
    }
    batches->batches.push_back(std::move(staged));
    return Status::Ok();
  });
  pipeline->AddAppliedHook([aggregator, batches](const BatchOutcome&) {
    const std::lock_guard<std::mutex> lock(batches->mu);
    if (batches->batches.empty() || batches->batches.back().applied) return;  // no stage ran
    InFlight& applied = batches->batches.back();
    applied.applied = true;
    if (applied.alerts) aggregator->Committed();
  });
  auto outbox_pending = std::make_shared<bool>(false);  // a publish failed: re-send the outbox
  pipeline->AddObserver([publisher, on_error = std::move(on_error), outbox_pending, batches,
                         on_alerts = std::move(on_alerts)](const BatchOutcome&) {
    std::optional<std::vector<Alert>> alerts;
    // Alerts of the batches staged or applied after this one: not durable yet (Apply runs
    // ahead of Complete), though their outbox entries may be readable already; an outbox
    // re-send leaves them to their own batch.
    std::set<AlertPublisher::OutboxKey> not_durable;
    {
      const std::lock_guard<std::mutex> lock(batches->mu);
      if (batches->batches.empty() || !batches->batches.front().applied) return;  // not ours
      alerts = std::move(batches->batches.front().alerts);
      batches->batches.pop_front();
      if (*outbox_pending) {
        for (const InFlight& later : batches->batches) {
          if (!later.alerts) continue;
          for (const Alert& a : *later.alerts) not_durable.emplace(a.id, a.detected_at_ms);
        }
      }
    }
    if (!alerts) return;
    if (on_alerts) on_alerts(*alerts);
    if (!publisher) return;
    Status s = Status::Ok();
    if (*outbox_pending) {
      s = publisher->PublishOutbox(not_durable);  // includes this batch's alerts
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
