#pragma once
// KafkaAlertSink: the --alerts-topic sink of the alert feed (ingest/alerts.h), kept apart
// from the aggregator core so that core needs no Kafka client.
// Thread-safety: one thread. Ownership: borrows the producer.

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/alerts.h"
#include "ingest/kafka_client.h"

namespace newsfacts::ingest {

// Produces each alert (key = id, value = JSON) to a Kafka topic and waits for the acks.
// REQUIRES: the producer outlives the sink.
class KafkaAlertSink final : public AlertSink {
 public:
  KafkaAlertSink(KafkaProducer* producer, std::string topic, int64_t flush_timeout_ms = 10000)
      : producer_(producer), topic_(std::move(topic)), flush_timeout_ms_(flush_timeout_ms) {}
  [[nodiscard]] Status Publish(const std::vector<std::string>& ids,
                               const std::vector<std::string>& json) override;

 private:
  KafkaProducer* producer_;
  std::string topic_;
  int64_t flush_timeout_ms_;
};

}  // namespace newsfacts::ingest
