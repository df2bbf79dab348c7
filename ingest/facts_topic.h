#pragma once
// FactsTopicSink: the extract stage's output. Each batch's extracted articles go to the facts
// topic as facts records (ingest/fact_record.h; key = article id, so every version of one
// article stays on one partition, in order), and its dead letters to the dead-letter topic
// (the DLQ envelope of dead_letter_topic.h). Deliver() waits until the broker acknowledged
// every message of the batch, so the consumer commits its offsets only after that: a crash
// re-sends records, never loses one, and a re-sent record is identical (the store stage's
// upsert absorbs it).
// Thread-safety: one thread (the pipeline's). Ownership: borrows the producer.

#include <chrono>
#include <string>
#include <vector>

#include "ingest/kafka_client.h"
#include "ingest/pipeline.h"

namespace newsfacts::ingest {

class FactsTopicSink final : public ExtractedSink {
 public:
  // REQUIRES: producer outlives the sink; facts_topic and dlq_topic are not empty.
  FactsTopicSink(KafkaProducer* producer, std::string facts_topic, std::string dlq_topic,
                 std::chrono::milliseconds ack_timeout = std::chrono::milliseconds(60000))
      : producer_(producer),
        facts_topic_(std::move(facts_topic)),
        dlq_topic_(std::move(dlq_topic)),
        ack_timeout_(ack_timeout) {}

  // Errors: IoError (librdkafka refused a message), Unavailable (not acknowledged within
  // ack_timeout, or a delivery failed: the batch must not be committed).
  [[nodiscard]] Status Deliver(const std::vector<const extract::Article*>& articles,
                               const std::vector<const extract::Extraction*>& extractions,
                               const std::vector<store::DeadLetter>& dead_letters) override;

  uint64_t records() const { return records_; }

 private:
  KafkaProducer* producer_;
  std::string facts_topic_;
  std::string dlq_topic_;
  std::chrono::milliseconds ack_timeout_;
  uint64_t records_ = 0;
};

}  // namespace newsfacts::ingest
