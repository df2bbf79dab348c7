#pragma once
// Kafka client plumbing shared by the consumer (KafkaSource), the dead-letter producer
// (DlqProducer) and `newsfacts produce`: librdkafka properties from -X options and
// properties files, and a small asynchronous producer.
//
// Nothing broker-specific is decided here: every property comes from the caller, so the
// same code talks to a modern cluster and to the old local test broker (which needs
// api.version.request=false etc., passed by tools/kafka users with -X or --config).
//
// Thread-safety: KafkaProducer is safe to call from one thread at a time (librdkafka itself
// is thread-safe; the counters are atomics). Ownership: KafkaProducer owns its rd_kafka_t.

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

struct rd_kafka_s;
struct rd_kafka_conf_s;

namespace newsfacts::ingest {

using common::Result;
using common::Status;

// librdkafka properties in the order they are applied (a later key overrides an earlier one).
using KafkaProperties = std::vector<std::pair<std::string, std::string>>;

// Parses "key=value" (the argument of -X). Errors: InvalidArgument when there is no '='
// or the key is empty.
[[nodiscard]] Result<std::pair<std::string, std::string>> ParseKafkaProperty(std::string_view kv);

// Reads a Java-style properties file: one key=value per line, '#' or '!' comments, blank
// lines ignored, whitespace around key and value trimmed.
// Errors: NotFound / IoError (unreadable), InvalidArgument (a line without '=', with its
// line number).
[[nodiscard]] Result<KafkaProperties> ReadKafkaPropertiesFile(const std::string& path);

// Consumer-only properties removed, for a producer sharing the consumer's -X/--config
// (librdkafka would warn about each).
[[nodiscard]] KafkaProperties ProducerProperties(const KafkaProperties& all);

// The message key of a JSON message: the value of its top-level string field `field` (e.g.
// an article's "id", so every version of one article lands on one partition, in order).
// Returns "" when the message is not a JSON object or has no such non-empty string field
// (the caller sends it without a key). Not thread-safe across calls from several threads
// (one parser per thread).
[[nodiscard]] std::string JsonKeyField(std::string_view json, std::string_view field);

// Creates a librdkafka configuration holding `properties`.
// Errors: InvalidArgument naming the property librdkafka rejected.
// On success the caller owns the returned conf (rd_kafka_conf_destroy, or pass to rd_kafka_new).
[[nodiscard]] Result<rd_kafka_conf_s*> MakeKafkaConf(const KafkaProperties& properties);

// An asynchronous producer. Produce() queues; delivery reports are counted by Poll()/Flush().
class KafkaProducer {
 public:
  // `properties` must contain bootstrap.servers (or metadata.broker.list).
  // Errors: InvalidArgument (bad property), IoError (librdkafka could not create the client).
  [[nodiscard]] static Result<std::unique_ptr<KafkaProducer>> Open(
      const KafkaProperties& properties);
  ~KafkaProducer();
  KafkaProducer(const KafkaProducer&) = delete;
  KafkaProducer& operator=(const KafkaProducer&) = delete;

  // Queues one message (copied) to `topic` (any partition), waiting while the local queue is
  // full (bounded memory). Errors: IoError when librdkafka refuses it for another reason.
  [[nodiscard]] Status Produce(const std::string& topic, std::string_view key,
                               std::string_view value);
  // Serves delivery reports without blocking.
  void Poll();
  // Waits up to `timeout` until every queued message is delivered or failed.
  // Errors: Unavailable when messages are still queued after `timeout`.
  [[nodiscard]] Status Flush(std::chrono::milliseconds timeout);

  uint64_t delivered() const { return deliveries_->delivered.load(); }
  uint64_t failed() const { return deliveries_->failed.load(); }
  // The last delivery error ("" when none).
  std::string last_error() const;

  // Delivery counters, updated by librdkafka's delivery-report callback.
  struct Deliveries {
    std::atomic<uint64_t> delivered{0};
    std::atomic<uint64_t> failed{0};
    std::mutex mu;
    std::string last_error;  // guarded by mu
  };

 private:
  KafkaProducer(rd_kafka_s* rk, std::unique_ptr<Deliveries> deliveries);
  rd_kafka_s* rk_;
  std::unique_ptr<Deliveries> deliveries_;
};

}  // namespace newsfacts::ingest
