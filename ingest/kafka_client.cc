#include "ingest/kafka_client.h"

#include <fmt/format.h>
#include <librdkafka/rdkafka.h>
#include <simdjson.h>

#include <cerrno>
#include <fstream>
#include <thread>

#include "ingest/log.h"

namespace newsfacts::ingest {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

void OnDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
  auto* d = static_cast<KafkaProducer::Deliveries*>(opaque);
  if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    d->delivered.fetch_add(1, std::memory_order_relaxed);
  } else {
    d->failed.fetch_add(1, std::memory_order_relaxed);
    std::lock_guard<std::mutex> lock(d->mu);
    d->last_error = rd_kafka_err2str(m->err);
  }
}

}  // namespace

std::string JsonKeyField(std::string_view json, std::string_view field) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(json.data(), json.size()).get(doc) != simdjson::SUCCESS) return {};
  std::string_view value;
  if (doc[field].get_string().get(value) != simdjson::SUCCESS) return {};
  return std::string(value);
}

Result<std::pair<std::string, std::string>> ParseKafkaProperty(std::string_view kv) {
  const size_t eq = kv.find('=');
  if (eq == std::string_view::npos) {
    return Status::InvalidArgument("Kafka property '" + std::string(kv) + "' is not key=value");
  }
  std::string_view key = Trim(kv.substr(0, eq));
  if (key.empty()) {
    return Status::InvalidArgument("Kafka property '" + std::string(kv) + "' has an empty key");
  }
  return std::pair<std::string, std::string>{std::string(key),
                                             std::string(Trim(kv.substr(eq + 1)))};
}

Result<KafkaProperties> ReadKafkaPropertiesFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    if (errno == ENOENT) return Status::NotFound("no such config file: " + path);
    return Status::IoError("cannot read config file " + path);
  }
  KafkaProperties out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view l = Trim(line);
    if (l.empty() || l.front() == '#' || l.front() == '!') continue;
    auto kv = ParseKafkaProperty(l);
    if (!kv.ok()) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": " +
                                     kv.status().message());
    }
    out.push_back(std::move(kv).value());
  }
  if (in.bad()) return Status::IoError("error reading config file " + path);
  return out;
}

namespace {

// librdkafka's own log lines go through our logger once. Errors (syslog severity <= 3) are
// also reported by the client's error callback, which logs them rate-limited: here they are
// debug lines, so an error is never printed twice.
void RouteKafkaLog(const rd_kafka_t* /*rk*/, int level, const char* fac, const char* buf) {
  const LogLevel ours = level <= 3 ? LogLevel::kDebug : LogLevelFromSyslog(level);
  Log(ours, "kafka", std::string(fac) + ": " + buf);
}

}  // namespace

KafkaProperties ProducerProperties(const KafkaProperties& all) {
  static const char* const kConsumerOnly[] = {"group.id",
                                              "group.instance.id",
                                              "session.timeout.ms",
                                              "heartbeat.interval.ms",
                                              "partition.assignment.strategy",
                                              "auto.offset.reset",
                                              "enable.auto.commit",
                                              "auto.commit.interval.ms",
                                              "enable.auto.offset.store",
                                              "max.poll.interval.ms",
                                              "queued.min.messages",
                                              "queued.max.messages.kbytes",
                                              "fetch.wait.max.ms",
                                              "fetch.message.max.bytes",
                                              "max.partition.fetch.bytes",
                                              "fetch.max.bytes",
                                              "fetch.min.bytes",
                                              "fetch.error.backoff.ms",
                                              "isolation.level",
                                              "enable.partition.eof",
                                              "check.crcs",
                                              "coordinator.query.interval.ms",
                                              "group.protocol.type"};
  KafkaProperties out;
  for (const auto& kv : all) {
    bool skip = false;
    for (const char* c : kConsumerOnly) skip |= kv.first == c;
    if (!skip) out.push_back(kv);
  }
  return out;
}

Result<rd_kafka_conf_t*> MakeKafkaConf(const KafkaProperties& properties) {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  rd_kafka_conf_set_log_cb(conf, &RouteKafkaLog);
  char err[512];
  for (const auto& [key, value] : properties) {
    if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
      rd_kafka_conf_destroy(conf);
      return Status::InvalidArgument(fmt::format("Kafka property {}={}: {}", key, value, err));
    }
  }
  return conf;
}

Result<std::unique_ptr<KafkaProducer>> KafkaProducer::Open(const KafkaProperties& properties) {
  auto conf = MakeKafkaConf(properties);
  if (!conf.ok()) return conf.status();
  auto deliveries = std::make_unique<Deliveries>();
  rd_kafka_conf_set_dr_msg_cb(*conf, OnDelivery);
  rd_kafka_conf_set_opaque(*conf, deliveries.get());
  char err[512];
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, *conf, err, sizeof err);
  if (rk == nullptr) {
    rd_kafka_conf_destroy(*conf);
    return Status::IoError(std::string("cannot create Kafka producer: ") + err);
  }
  return std::unique_ptr<KafkaProducer>(new KafkaProducer(rk, std::move(deliveries)));
}

KafkaProducer::KafkaProducer(rd_kafka_t* rk, std::unique_ptr<Deliveries> deliveries)
    : rk_(rk), deliveries_(std::move(deliveries)) {}

KafkaProducer::~KafkaProducer() {
  rd_kafka_flush(rk_, 2000);
  rd_kafka_destroy(rk_);
}

Status KafkaProducer::Produce(const std::string& topic, std::string_view key,
                              std::string_view value) {
  for (;;) {
    rd_kafka_resp_err_t err = rd_kafka_producev(
        rk_, RD_KAFKA_V_TOPIC(topic.c_str()),
        RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
        RD_KAFKA_V_KEY(key.empty() ? nullptr : const_cast<char*>(key.data()), key.size()),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) return Status::Ok();
    if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
      return Status::IoError(std::string("cannot produce to ") + topic + ": " +
                             rd_kafka_err2str(err));
    }
    rd_kafka_poll(rk_, 50);  // queue full: serve delivery reports, then retry
  }
}

void KafkaProducer::Poll() {
  rd_kafka_poll(rk_, 0);
}

Status KafkaProducer::Flush(std::chrono::milliseconds timeout) {
  if (rd_kafka_flush(rk_, static_cast<int>(timeout.count())) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return Status::Unavailable(std::to_string(rd_kafka_outq_len(rk_)) +
                               " Kafka messages still undelivered");
  }
  return Status::Ok();
}

std::string KafkaProducer::last_error() const {
  std::lock_guard<std::mutex> lock(deliveries_->mu);
  return deliveries_->last_error;
}

}  // namespace newsfacts::ingest
