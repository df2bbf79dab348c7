// Unit tests of the Kafka plumbing that needs no broker: librdkafka properties (-X, config
// files), the dead-letter envelope, and the operator metrics (stats line, Prometheus text).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "ingest/dead_letter_topic.h"
#include "ingest/ingest_metrics.h"
#include "ingest/kafka_client.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using newsfacts::testing::TempDir;

TEST_CASE("a -X property key=value is split at the first '=' and trimmed", "[kafka_units]") {
  auto kv = ingest::ParseKafkaProperty(" sasl.password = a=b ");
  REQUIRE(kv.ok());
  CHECK(kv->first == "sasl.password");
  CHECK(kv->second == "a=b");
  CHECK(ingest::ParseKafkaProperty("novalue").status().code() ==
        common::Status::Code::kInvalidArgument);
  CHECK(!ingest::ParseKafkaProperty("=x").ok());
  auto empty_value = ingest::ParseKafkaProperty("client.id=");
  REQUIRE(empty_value.ok());
  CHECK(empty_value->second.empty());
}

TEST_CASE("a message key is the JSON line's top-level string field, else none", "[kafka_units]") {
  using newsfacts::ingest::JsonKeyField;
  CHECK(JsonKeyField(R"({"id":"a-17","body":"x"})", "id") == "a-17");
  CHECK(JsonKeyField(R"({"body":"{\"id\":\"inner\"}","id":"outer"})", "id") == "outer");
  CHECK(JsonKeyField(R"({"meta":{"id":"nested"}})", "id").empty());
  CHECK(JsonKeyField(R"({"id":17})", "id").empty());
  CHECK(JsonKeyField("not json", "id").empty());
  CHECK(JsonKeyField(R"({"id":"a","url":"u-1"})", "url") == "u-1");
}

TEST_CASE("the guard rail's coverage shows in the Prometheus text", "[kafka_units]") {
  newsfacts::ingest::IngestMetrics m;
  CHECK(m.Prometheus().find("newsfacts_indicators_paused 0\n") != std::string::npos);
  m.SetIndicatorCoverage(3, true);
  const std::string text = m.Prometheus();
  CHECK(text.find("newsfacts_partitions_unassigned 3\n") != std::string::npos);
  CHECK(text.find("newsfacts_indicators_paused 1\n") != std::string::npos);
  CHECK(text.find("# TYPE newsfacts_indicators_paused gauge") != std::string::npos);
}

TEST_CASE("properties files keep order and skip comments and blank lines", "[kafka_units]") {
  TempDir dir("kafka_props");
  const auto path = dir.sub("client.properties");
  {
    std::ofstream out(path);
    out << "# a comment\n\n! another\napi.version.request=false\r\n  broker.version.fallback = "
           "0.9.0.1\nsession.timeout.ms=10000\n";
  }
  auto props = ingest::ReadKafkaPropertiesFile(path);
  REQUIRE(props.ok());
  REQUIRE(props->size() == 3);
  CHECK((*props)[0] == std::pair<std::string, std::string>{"api.version.request", "false"});
  CHECK((*props)[1] == std::pair<std::string, std::string>{"broker.version.fallback", "0.9.0.1"});
  CHECK((*props)[2].first == "session.timeout.ms");

  {
    std::ofstream out(path);
    out << "ok=1\nbroken line\n";
  }
  auto bad = ingest::ReadKafkaPropertiesFile(path);
  REQUIRE(!bad.ok());
  CHECK(bad.status().message().find(":2:") != std::string::npos);
  CHECK(ingest::ReadKafkaPropertiesFile(dir.sub("missing")).status().code() ==
        common::Status::Code::kNotFound);
}

TEST_CASE("librdkafka rejects unknown properties with the property named", "[kafka_units]") {
  auto conf = ingest::MakeKafkaConf({{"no.such.property", "1"}});
  REQUIRE(!conf.ok());
  CHECK(conf.status().message().find("no.such.property") != std::string::npos);
  auto producer = ingest::KafkaProducer::Open(
      {{"bootstrap.servers", "127.0.0.1:1"}, {"socket.timeout.ms", "nope"}});
  CHECK(!producer.ok());
}

TEST_CASE("base64 follows RFC 4648 test vectors", "[kafka_units]") {
  CHECK(ingest::Base64Encode("") == "");
  CHECK(ingest::Base64Encode("f") == "Zg==");
  CHECK(ingest::Base64Encode("fo") == "Zm8=");
  CHECK(ingest::Base64Encode("foo") == "Zm9v");
  CHECK(ingest::Base64Encode("foob") == "Zm9vYg==");
  CHECK(ingest::Base64Encode("fooba") == "Zm9vYmE=");
  CHECK(ingest::Base64Encode("foobar") == "Zm9vYmFy");
  CHECK(ingest::Base64Encode(std::string("\xff\x00\xfe", 3)) == "/wD+");
}

TEST_CASE("the dead-letter envelope carries reason, position and the original bytes",
          "[kafka_units]") {
  store::DeadLetter d;
  d.position = {"kafka:articles", 3, 1234};
  d.reason = "invalid JSON: \"quoted\"\n";
  d.payload = "{not json";
  d.at_ms = 1700000000000;
  CHECK(ingest::DeadLetterEnvelope(d) ==
        "{\"reason\":\"invalid JSON: \\\"quoted\\\"\\n\",\"source\":\"kafka:articles\","
        "\"topic\":\"articles\",\"partition\":3,\"offset\":1234,\"rejected_at_ms\":"
        "1700000000000,\"payload_base64\":\"e25vdCBqc29u\"}");
  d.position.source = "file:-";
  CHECK(ingest::DeadLetterEnvelope(d).find("\"topic\":\"\"") != std::string::npos);
}

TEST_CASE("metrics report totals, rates, lag and batch latency", "[kafka_units]") {
  ingest::IngestMetrics metrics;
  (void)metrics.StatsLine(1000);
  ingest::BatchOutcome outcome;
  outcome.messages = 12;
  outcome.articles = 10;
  outcome.facts = 30;
  outcome.rejected.resize(2);
  outcome.write.articles_new = 9;
  outcome.write.articles_unchanged = 1;
  metrics.RecordBatch(outcome, 3000);   // 3 ms
  metrics.RecordBatch(outcome, 40000);  // 40 ms
  ingest::PartitionLag lag;
  lag.topic = "articles";
  lag.partition = 1;
  lag.next_offset = 90;
  lag.high_watermark = 100;
  metrics.SetLag({lag});
  metrics.SetBrokerState(false, 5, 2, 1);

  const std::string line = metrics.StatsLine(3000);  // 2 s later
  CHECK(line.find("20 articles (10.0/s)") != std::string::npos);
  CHECK(line.find("60 facts (30.0/s)") != std::string::npos);
  CHECK(line.find("4 dead letters") != std::string::npos);
  CHECK(line.find("lag 10 [articles/1:10]") != std::string::npos);
  CHECK(line.find("max 40.0 ms") != std::string::npos);
  CHECK(line.find("BROKERS DOWN") == std::string::npos);

  // While brokers are down the watermarks are stale: lag is unknown, never "0"; and a window
  // without batches still reports max >= last.
  metrics.SetBrokerState(true, 5, 2, 1);
  const std::string down = metrics.StatsLine(4000);
  CHECK(down.find("lag unknown,") != std::string::npos);
  CHECK(down.find("articles/1:") == std::string::npos);
  CHECK(down.find("last 40.0 ms max 40.0 ms") != std::string::npos);
  CHECK(down.find("BROKERS DOWN") != std::string::npos);

  const std::string prom = metrics.Prometheus();
  CHECK(prom.find("\nnewsfacts_articles_total 20\n") != std::string::npos);
  CHECK(prom.find("\nnewsfacts_messages_total 24\n") != std::string::npos);
  CHECK(prom.find("\nnewsfacts_articles_unchanged_total 2\n") != std::string::npos);
  // outcome.rejected holds two empty reasons per batch: class "other".
  CHECK(prom.find("\nnewsfacts_dead_letters_total{reason=\"other\"} 4\n") != std::string::npos);
  CHECK(prom.find("newsfacts_consumer_lag{topic=\"articles\",partition=\"1\"} 10\n") !=
        std::string::npos);
  CHECK(prom.find("newsfacts_batch_seconds_bucket{le=\"0.005\"} 1\n") != std::string::npos);
  CHECK(prom.find("newsfacts_batch_seconds_bucket{le=\"0.05\"} 2\n") != std::string::npos);
  CHECK(prom.find("newsfacts_batch_seconds_count 2\n") != std::string::npos);
  CHECK(prom.find("newsfacts_kafka_brokers_down 1\n") != std::string::npos);
  CHECK(prom.find("\nnewsfacts_kafka_uncommitted_handovers_total 1\n") != std::string::npos);
  CHECK(prom.find("# TYPE newsfacts_facts_total counter\n") != std::string::npos);
}

TEST_CASE("the metrics server serves /metrics over HTTP and rejects bad addresses",
          "[kafka_units]") {
  ingest::IngestMetrics metrics;
  ingest::MetricsServer bad(&metrics);
  CHECK(bad.Start("no-port").code() == common::Status::Code::kInvalidArgument);
  CHECK(bad.Start("127.0.0.1:99999").code() == common::Status::Code::kInvalidArgument);

  const int port = testing::FreeLoopbackPort(AF_INET);
  REQUIRE(port > 0);
  ingest::MetricsServer server(&metrics);
  REQUIRE(server.Start("127.0.0.1:" + std::to_string(port)).ok());
  std::string response;
  for (int attempt = 0; attempt < 50 && response.empty(); ++attempt) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
      const std::string req = "GET /metrics HTTP/1.0\r\nHost: localhost\r\n\r\n";
      REQUIRE(::write(fd, req.data(), req.size()) == static_cast<ssize_t>(req.size()));
      char buf[4096];
      ssize_t n;
      while ((n = ::read(fd, buf, sizeof buf)) > 0) response.append(buf, static_cast<size_t>(n));
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::close(fd);
  }
  CHECK(response.rfind("HTTP/1.", 0) == 0);
  CHECK(response.find(" 200 ") != std::string::npos);
  CHECK(response.find("\nnewsfacts_articles_total 0\n") != std::string::npos);
  server.Stop();
}

TEST_CASE("the duplicate check of the broker tests counts an article stored in two DBs",
          "[kafka_units]") {
  // The helper the two-consumer tests rely on must be able to fail: "x" stored by both.
  TempDir tmp("dups");
  const extract::Extractor extractor(extract::ExtractorOptions{.entities = false});
  auto store_ids = [&](const std::string& path, const std::vector<std::string>& ids) {
    auto db = store::Store::Open(path, store::OpenOptions{});
    REQUIRE(db.ok());
    store::Batch batch;
    for (const auto& id : ids) {
      extract::Article a;
      a.id = id;
      a.lang = extract::Lang::kEn;
      a.body = "Nvidia sold 1.5 million chips.";
      extract::Extraction x;
      REQUIRE(extractor.Extract(a, &x).ok());
      batch.PutArticle(a, x, {"kafka:articles", 0, 0}, extract::Extractor::kVersion, 1);
    }
    REQUIRE((*db)->Write(batch).ok());
  };
  store_ids(tmp.sub("a"), {"x", "y"});
  store_ids(tmp.sub("b"), {"x", "z"});
  const auto both =
      newsfacts::testing::RecordsPerId(std::vector<std::string>{tmp.sub("a"), tmp.sub("b")});
  CHECK(both == std::map<std::string, size_t>{{"x", 2}, {"y", 1}, {"z", 1}});
  CHECK(newsfacts::testing::Duplicates(both) == std::vector<std::string>{"x x2"});
  // Storing "x" again in the same DB is not a second record (the store is keyed by id).
  store_ids(tmp.sub("a"), {"x"});
  CHECK(newsfacts::testing::Duplicates(
            newsfacts::testing::RecordsPerId(std::vector<std::string>{tmp.sub("a")}))
            .empty());
}

TEST_CASE(
    "metrics name dead letters by reason class and alerts by rule, with build and "
    "process info",
    "[kafka_units]") {
  ingest::IngestMetrics metrics;
  metrics.SetBuildInfo("1.2.3", 7, 3);
  ingest::BatchOutcome outcome;
  outcome.rejected.push_back({{}, "invalid JSON: TAPE_ERROR"});
  outcome.rejected.push_back({{}, "missing required field 'body'"});
  outcome.rejected.push_back({{}, "missing required field 'id'"});
  outcome.rejected.push_back({{}, "message of 9000000 bytes is larger than the limit"});
  metrics.RecordBatch(outcome, 1000, 1700000000250);
  metrics.RecordAlert("first_figure");
  metrics.RecordAlert("first_figure");
  metrics.RecordAlert("value_change");
  const std::string prom = metrics.Prometheus();
  CHECK(prom.find("newsfacts_dead_letters_total{reason=\"invalid_json\"} 1\n") !=
        std::string::npos);
  CHECK(prom.find("newsfacts_dead_letters_total{reason=\"missing_field\"} 2\n") !=
        std::string::npos);
  CHECK(prom.find("newsfacts_dead_letters_total{reason=\"oversized\"} 1\n") != std::string::npos);
  CHECK(prom.find("newsfacts_alerts_total{rule=\"first_figure\"} 2\n") != std::string::npos);
  CHECK(prom.find("newsfacts_alerts_total{rule=\"value_change\"} 1\n") != std::string::npos);
  CHECK(prom.find("newsfacts_build_info{version=\"1.2.3\",extractor=\"7\",schema=\"3\"} 1\n") !=
        std::string::npos);
  CHECK(prom.find("newsfacts_last_batch_timestamp_seconds 1700000000.250\n") != std::string::npos);
  CHECK(prom.find("\nprocess_cpu_seconds_total ") != std::string::npos);
  CHECK(prom.find("\nprocess_resident_memory_bytes ") != std::string::npos);
  CHECK(prom.find("\nprocess_start_time_seconds ") != std::string::npos);
  CHECK(ingest::DeadLetterReasonClass("field 'lang' must be one of de, es, en (got \"fr\")") ==
        "bad_lang");
  CHECK(ingest::DeadLetterReasonClass("field 'title' must be a string, got number") ==
        "wrong_type");
  CHECK(ingest::DeadLetterReasonClass("something new") == "other");
}
