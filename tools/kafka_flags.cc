#include "tools/kafka_flags.h"

#include <cstdlib>

#include "tools/command.h"

namespace newsfacts::tools {

namespace {

std::string ConfigFile(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("NEWSFACTS_CONFIG");
  return env != nullptr ? std::string(env) : std::string();
}

}  // namespace

namespace {

void RegisterCommon(KafkaFlags* f, CLI::App* app) {
  app->add_option("-X", f->properties,
                  "librdkafka property key=value (repeatable; overrides -F, -b overrides both)")
      ->allow_extra_args(false);
  app->add_option("-F,--config", f->config_file,
                  "librdkafka properties file (key=value lines; default: $NEWSFACTS_CONFIG)");
}

}  // namespace

void KafkaFlags::Register(CLI::App* app, const std::string& topic_help) {
  app->add_option("-b,--brokers", brokers, "Kafka bootstrap servers HOST:PORT[,...]");
  if (!topic_help.empty()) app->add_option("-t,--topic", topic, topic_help);
  RegisterCommon(this, app);
}

void KafkaFlags::RegisterConsumer(CLI::App* app, const std::string& topic_help) {
  app->add_option("-b,--brokers", brokers, "Kafka bootstrap servers HOST:PORT[,...]");
  app->add_option("-t,--topic", topics, topic_help)->allow_extra_args(false);
  RegisterCommon(this, app);
}

ingest::KafkaProperties KafkaFlags::ProducerProperties() const {
  return ingest::ProducerProperties(ConsumerProperties());
}

ingest::KafkaProperties KafkaFlags::ConsumerProperties() const {
  ingest::KafkaProperties props;
  const std::string file = ConfigFile(config_file);
  if (!file.empty()) {
    auto read = ingest::ReadKafkaPropertiesFile(file);
    if (!read.ok()) throw UsageError(read.status().message());
    props = std::move(read).value();
  }
  for (const auto& kv : properties) {
    auto p = ingest::ParseKafkaProperty(kv);
    if (!p.ok()) throw UsageError(p.status().message());
    props.push_back(std::move(p).value());
  }
  if (!brokers.empty()) props.emplace_back("bootstrap.servers", brokers);
  return props;
}

bool KafkaFlags::HasBroker() const {
  for (const auto& [key, value] : ConsumerProperties()) {
    if ((key == "bootstrap.servers" || key == "metadata.broker.list") && !value.empty()) {
      return true;
    }
  }
  return false;
}

}  // namespace newsfacts::tools
