#pragma once
// Dead-letter topic: messages the pipeline rejected (invalid JSON/UTF-8, missing or
// mistyped fields, oversized, refused by the extractor) are published to a Kafka topic as
// a JSON envelope, in addition to the store's dead-letter family:
//
//   {"reason":"...","source":"kafka:articles","topic":"articles","partition":3,
//    "offset":1234,"rejected_at_ms":1700000000000,"payload_base64":"..."}
//
// The topic is fed after the batch is durable (a Pipeline observer). Delivery is
// asynchronous; a crash before delivery loses the topic copy, never the stored copy.
// Thread-safety: one thread. Ownership: borrows the producer.

#include <string>
#include <string_view>

#include "ingest/kafka_client.h"
#include "store/store.h"

namespace newsfacts::ingest {

// Standard base64 (RFC 4648, with padding).
std::string Base64Encode(std::string_view bytes);

// The JSON envelope above for one dead letter.
std::string DeadLetterEnvelope(const store::DeadLetter& dead_letter);

class DeadLetterTopic {
 public:
  // REQUIRES: producer outlives this object.
  DeadLetterTopic(KafkaProducer* producer, std::string topic)
      : producer_(producer), topic_(std::move(topic)) {}
  // Queues the envelope (key = "<source>/<partition>/<offset>"). Errors: IoError.
  [[nodiscard]] Status Publish(const store::DeadLetter& dead_letter);

 private:
  KafkaProducer* producer_;
  std::string topic_;
};

}  // namespace newsfacts::ingest
