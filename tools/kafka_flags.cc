#include "tools/kafka_flags.h"

#include <cstdlib>

#include "tools/command.h"

namespace newsfacts::tools {

namespace {

// Consumer settings in a shared config file are not for a producer.
bool ConsumerOnly(const std::string& key) {
  return key == "group.id" || key == "session.timeout.ms" || key == "auto.offset.reset" ||
         key == "partition.assignment.strategy" || key == "enable.auto.commit" ||
         key == "enable.auto.offset.store";
}

std::string ConfigFile(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("NEWSFACTS_CONFIG");
  return env != nullptr ? std::string(env) : std::string();
}

}  // namespace

void KafkaFlags::Register(CLI::App* app, const std::string& topic_help) {
  app->add_option("-b,--brokers", brokers, "Kafka bootstrap servers HOST:PORT[,...]");
  if (!topic_help.empty()) app->add_option("-t,--topic", topic, topic_help);
  app->add_option("-X", properties, "librdkafka property key=value (repeatable)")
      ->allow_extra_args(false);
  app->add_option("-F,--config", config_file,
                  "librdkafka properties file (default: $NEWSFACTS_CONFIG)");
}

ingest::KafkaProperties KafkaFlags::Collect(bool producer) const {
  ingest::KafkaProperties props;
  const std::string file = ConfigFile(config_file);
  if (!file.empty()) {
    auto read = ingest::ReadKafkaPropertiesFile(file);
    if (!read.ok()) throw UsageError(read.status().message());
    for (auto& kv : *read) {
      if (producer && ConsumerOnly(kv.first)) continue;
      props.push_back(kv);
    }
  }
  for (const auto& kv : properties) {
    auto p = ingest::ParseKafkaProperty(kv);
    if (!p.ok()) throw UsageError(p.status().message());
    props.push_back(std::move(p).value());
  }
  if (!brokers.empty()) props.emplace_back("bootstrap.servers", brokers);
  return props;
}

ingest::KafkaProperties KafkaFlags::ProducerProperties() const {
  return Collect(true);
}
ingest::KafkaProperties KafkaFlags::ConsumerProperties() const {
  return Collect(false);
}

bool KafkaFlags::HasBroker() const {
  for (const auto& [key, value] : Collect(false)) {
    if ((key == "bootstrap.servers" || key == "metadata.broker.list") && !value.empty()) {
      return true;
    }
  }
  return false;
}

}  // namespace newsfacts::tools
