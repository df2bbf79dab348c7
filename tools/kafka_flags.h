#pragma once
// KafkaFlags: the Kafka options every Kafka-speaking command offers, spelled as kcat and
// Kafka's console tools spell them: -b/--brokers, -t/--topic, -X key=value (repeatable,
// librdkafka properties) and -F FILE (a librdkafka properties file; $NEWSFACTS_CONFIG is the
// default file). Broker specifics (api.version.request, ...) belong in -X or the file, never
// in code.
// Thread-safety: a value filled by CLI11 during parsing; read after parsing.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "ingest/kafka_client.h"

namespace newsfacts::tools {

struct KafkaFlags {
  std::string brokers;
  std::string topic;                    // -t (RegisterConsumer: unused)
  std::vector<std::string> topics;      // RegisterConsumer: -t, repeatable
  std::vector<std::string> properties;  // -X key=value
  std::string config_file;              // -F FILE (or $NEWSFACTS_CONFIG)

  // Registers -b/--brokers, -X, -F/--config and, when `topic_help` is non-empty,
  // -t/--topic on `app`.
  void Register(CLI::App* app, const std::string& topic_help);
  // The same for a consumer of several topics: -t/--topic is repeatable (into `topics`).
  void RegisterConsumer(CLI::App* app, const std::string& topic_help);

  // True when a broker is configured by -b, -X bootstrap.servers or the properties file.
  bool HasBroker() const;

  // The librdkafka properties: the file, then -X, then -b (later entries win). Throws
  // UsageError for a bad -X or an unreadable file.
  ingest::KafkaProperties ConsumerProperties() const;
  // The same without consumer-only settings (ingest::ProducerProperties).
  ingest::KafkaProperties ProducerProperties() const;
};

}  // namespace newsfacts::tools
