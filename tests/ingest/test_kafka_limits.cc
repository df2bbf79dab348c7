// KafkaSource bounds (issue 13) on librdkafka's in-process mock cluster: a message over
// max_message_bytes is not copied (prefix, true size, XXH3 of all bytes) and a Poll stops
// at max_batch_bytes.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "ingest/kafka_client.h"
#include "ingest/kafka_source.h"
#include "store/store.h"
#include "tests/test_util.h"

using namespace newsfacts;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_CASE("Kafka source: an oversized message is not copied and batches stop at the byte bound",
          "[ingest][kafka_source][limits]") {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  char err[512];
  rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
  rd_kafka_t* handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  REQUIRE(handle != nullptr);
  rd_kafka_mock_cluster_t* cluster = rd_kafka_mock_cluster_new(handle, 1);
  REQUIRE(cluster != nullptr);
  REQUIRE(rd_kafka_mock_topic_create(cluster, "articles", 1, 1) == RD_KAFKA_RESP_ERR_NO_ERROR);
  const std::string bootstrap = rd_kafka_mock_cluster_bootstraps(cluster);
  struct Cleanup {
    rd_kafka_t* h;
    rd_kafka_mock_cluster_t* c;
    ~Cleanup() {
      rd_kafka_mock_cluster_destroy(c);
      rd_kafka_destroy(h);
    }
  } cleanup{handle, cluster};

  std::string big(300000, 'q');
  big[0] = '{';
  const std::vector<std::string> payloads = {"{\"a\":1}", big, "{\"b\":2}", "{\"c\":3}"};
  {
    auto producer = ingest::KafkaProducer::Open({{"bootstrap.servers", bootstrap}});
    REQUIRE(producer.ok());
    for (const auto& p : payloads) REQUIRE((*producer)->Produce("articles", {}, p).ok());
    REQUIRE((*producer)->Flush(seconds(30)).ok());
  }

  testing::TempDir dir("kafka_limits");
  auto db = store::Store::Open(dir.sub("db"), {});
  REQUIRE(db.ok());
  ingest::KafkaSourceOptions o;
  o.topics = {"articles"};
  o.properties = {{"bootstrap.servers", bootstrap}, {"group.id", "limits"}};
  o.max_message_bytes = 100000;
  o.max_batch_bytes = 1;  // every Poll returns one message
  auto src = ingest::KafkaSource::Open(o, db->get());
  REQUIRE(src.ok());
  std::vector<ingest::Message> got;
  const auto deadline = std::chrono::steady_clock::now() + seconds(60);
  while (got.size() < payloads.size() && std::chrono::steady_clock::now() < deadline) {
    std::vector<ingest::Message> batch;
    (void)(*src)->Poll(100, milliseconds(200), &batch);
    CHECK(batch.size() <= 1);
    for (auto& m : batch) got.push_back(std::move(m));
  }
  REQUIRE(got.size() == payloads.size());
  CHECK(got[0].payload == payloads[0]);
  CHECK_FALSE(got[0].oversized);
  CHECK(got[1].oversized);
  CHECK(got[1].size == big.size());
  CHECK(got[1].hash == XXH3_64bits(big.data(), big.size()));
  CHECK(got[1].payload == big.substr(0, ingest::kOversizedPrefixBytes));
  CHECK(got[1].position.offset == 1);
  CHECK(got[3].payload == payloads[3]);
  REQUIRE((*src)->Close().ok());
}
