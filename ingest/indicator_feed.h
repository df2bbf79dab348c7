#pragma once
// IndicatorFeed: everything `newsfacts ingest` needs for live indicators and the alert feed,
// in one owner: the config (file or the compiled-in default), the IndicatorAggregator (a
// pre-write stage of the pipeline), the alert sinks (--alerts-file JSONL, --alerts-topic
// Kafka) and the AlertPublisher.
//
//   IndicatorFeed::Create -> PublishOutbox() (re-send what a crash left unpublished)
//   -> Attach(&pipeline) -> ingest::Run(...) -> destroy (after the pipeline stops)
//
// Thread-safety: the pipeline's threads (stage and applied hook on the thread of
// Pipeline::Apply, the observer on the thread of Pipeline::Complete). Ownership: borrows the store
// and clock (must outlive it); owns the rest.

#include <memory>
#include <string>

#include "common/status.h"
#include "ingest/alerts.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "ingest/indicators.h"
#include "ingest/kafka_alert_sink.h"
#include "ingest/kafka_client.h"
#include "ingest/pipeline.h"
#include "store/store.h"

namespace newsfacts::ingest {

struct IndicatorFeedOptions {
  std::string config_path;              // "" = IndicatorConfig::Default()
  std::string alerts_file;              // "" = no JSONL sink
  std::string alerts_topic;             // "" = no Kafka sink
  KafkaProperties producer_properties;  // for alerts_topic (bootstrap.servers, ...)
};

// Registers aggregator->Stage() on the pipeline, an applied hook that marks the staged state
// as stored and takes the batch's alerts, and an observer that, once the batch is durable and
// when `publisher` is set, publishes them (first re-sending what an earlier publish error
// left in the outbox). Publish errors go to `on_error` (the alerts
// stay in the outbox and are re-sent after the next batch).
// `paused` (optional), asked before each batch: true skips the aggregator for that batch (no
// indicator update, no alert): the guard rail of a partially assigned daemon.
// `on_alerts` (optional) sees each durable batch's alerts before they are published (metrics
// by rule, tests).
// REQUIRES: the aggregator and publisher outlive the pipeline's use.
void AttachAggregator(Pipeline* pipeline, IndicatorAggregator* aggregator,
                      AlertPublisher* publisher = nullptr,
                      std::function<void(const Status&)> on_error = {},
                      std::function<bool()> paused = {},
                      std::function<void(const std::vector<Alert>&)> on_alerts = {});

class IndicatorFeed {
 public:
  // Errors: those of IndicatorConfig::Load, JsonlAlertSink::Open, KafkaProducer::Open.
  [[nodiscard]] static Result<std::unique_ptr<IndicatorFeed>> Create(
      store::Store* store, const Clock& clock, const IndicatorFeedOptions& options);

  // Re-sends alerts left in the store's outbox. Errors: the sinks'; the store's.
  [[nodiscard]] Status PublishOutbox() { return publisher_->PublishOutbox(); }
  // Adds the aggregator stage and the publishing observer to `pipeline`; publish errors are
  // passed to `on_error` (the alerts stay in the outbox and are re-sent later).
  void Attach(Pipeline* pipeline, std::function<void(const Status&)> on_error = {},
              std::function<bool()> paused = {},
              std::function<void(const std::vector<Alert>&)> on_alerts = {}) {
    AttachAggregator(pipeline, aggregator_.get(), publisher_.get(), std::move(on_error),
                     std::move(paused), std::move(on_alerts));
  }
  const IndicatorConfig& config() const { return config_; }
  uint64_t alerts_published() const { return publisher_->published(); }

 private:
  IndicatorFeed() = default;
  IndicatorConfig config_;
  std::unique_ptr<KafkaProducer> producer_;
  std::unique_ptr<JsonlAlertSink> file_sink_;
  std::unique_ptr<KafkaAlertSink> kafka_sink_;
  std::unique_ptr<AlertPublisher> publisher_;
  std::unique_ptr<IndicatorAggregator> aggregator_;
};

}  // namespace newsfacts::ingest
