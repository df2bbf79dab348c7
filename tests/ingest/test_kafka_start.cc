// KafkaSource start positions (--from-beginning, --offset, --offset-time) and the backfill end
// (--exit-at-end) on librdkafka's in-process mock cluster. The old test broker (Kafka 0.9) is
// covered by the CLI test in tests/tools/test_cli_kafka.cc.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "ingest/clock.h"
#include "ingest/kafka_source.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace common = newsfacts::common;
namespace extract = newsfacts::extract;
namespace ingest = newsfacts::ingest;
namespace store = newsfacts::store;
using newsfacts::testing::TempDir;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr int64_t kBaseTime = 1700000000000;  // message i has timestamp kBaseTime + i s

// A mock cluster with a topic of one partition holding `n` articles "a-<i>" whose producer
// timestamps are kBaseTime + i seconds.
class TimedTopic {
 public:
  explicit TimedTopic(int n) {
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    char err[512];
    rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
    handle_ = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    REQUIRE(handle_ != nullptr);
    cluster_ = rd_kafka_mock_cluster_new(handle_, 1);
    REQUIRE(cluster_ != nullptr);
    REQUIRE(rd_kafka_mock_topic_create(cluster_, "articles", 1, 1) == RD_KAFKA_RESP_ERR_NO_ERROR);
    bootstrap_ = rd_kafka_mock_cluster_bootstraps(cluster_);

    rd_kafka_conf_t* pconf = rd_kafka_conf_new();
    REQUIRE(rd_kafka_conf_set(pconf, "bootstrap.servers", bootstrap_.c_str(), err, sizeof err) ==
            RD_KAFKA_CONF_OK);
    rd_kafka_t* producer = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, err, sizeof err);
    REQUIRE(producer != nullptr);
    for (int i = 0; i < n; ++i) {
      const std::string body = "{\"id\":\"a-" + std::to_string(i) +
                               "\",\"lang\":\"en\",\"title\":\"Results\",\"body\":\"Nvidia sold "
                               "1.5 million chips in the quarter.\"}";
      REQUIRE(rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("articles"), RD_KAFKA_V_PARTITION(0),
                                RD_KAFKA_V_VALUE(const_cast<char*>(body.data()), body.size()),
                                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                RD_KAFKA_V_TIMESTAMP(kBaseTime + int64_t{i} * 1000),
                                RD_KAFKA_V_END) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
    REQUIRE(rd_kafka_flush(producer, 30000) == RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_destroy(producer);
  }
  ~TimedTopic() {
    rd_kafka_mock_cluster_destroy(cluster_);
    rd_kafka_destroy(handle_);
  }
  const std::string& bootstrap() const { return bootstrap_; }

 private:
  rd_kafka_t* handle_ = nullptr;
  rd_kafka_mock_cluster_t* cluster_ = nullptr;
  std::string bootstrap_;
};

ingest::KafkaProperties Props(const TimedTopic& topic, const std::string& group) {
  return {{"bootstrap.servers", topic.bootstrap()},
          {"group.id", group},
          {"session.timeout.ms", "6000"},
          {"heartbeat.interval.ms", "500"},
          {"log_level", "2"}};
}

struct Backfill {
  common::Status status;
  size_t messages = 0;
  bool ended = false;  // Run returned by itself (AtEnd), not by the deadline
  ingest::KafkaSource::Progress progress;
};

// One backfill run (stop_at_end) into `db` from `start`; stops at the end or after 120 s.
Backfill RunBackfill(const TimedTopic& topic, store::Store* db, ingest::StartPosition start) {
  ingest::KafkaSourceOptions options;
  options.topics = {"articles"};
  options.properties = Props(topic, "backfill");
  options.start = start;
  options.stop_at_end = true;
  auto source = ingest::KafkaSource::Open(options, db);
  REQUIRE(source.ok());
  extract::Extractor extractor;
  ingest::Pipeline pipeline(extractor, db, ingest::SystemClock::Get());
  std::atomic<bool> stop{false};
  std::atomic<bool> done{false};
  Backfill out;
  std::thread run([&] {
    ingest::RunOptions ro;
    ingest::RunTotals totals;
    out.status = ingest::Run(**source, pipeline, stop, ro, &totals);
    out.messages = totals.messages;
    done.store(true);
  });
  const auto deadline = std::chrono::steady_clock::now() + seconds(120);
  while (!done.load() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(20));
  }
  out.ended = done.load();
  stop.store(true);
  run.join();
  out.progress = (*source)->BackfillProgress();
  REQUIRE((*source)->Close().ok());
  return out;
}

}  // namespace

TEST_CASE("a backfill stops at the end offset, --from-beginning re-reads a stored partition",
          "[kafka_source][slow]") {
  TimedTopic topic(6);
  TempDir dir("kafka_start");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());

  Backfill first = RunBackfill(topic, db->get(), {});
  REQUIRE(first.status.ok());
  CHECK(first.ended);
  CHECK(first.messages == 6);
  CHECK(first.progress.total == 6);
  CHECK(first.progress.done == 6);

  // The stored position is the end: nothing to do, the run ends at once.
  Backfill again = RunBackfill(topic, db->get(), {});
  CHECK(again.ended);
  CHECK(again.messages == 0);

  Backfill rewound = RunBackfill(topic, db->get(), {ingest::StartPosition::Kind::kBeginning, 0});
  CHECK(rewound.ended);
  CHECK(rewound.messages == 6);
}

TEST_CASE(
    "a start offset N starts a partition there, a start time past the last message at its end",
    "[kafka_source][slow]") {
  TimedTopic topic(6);
  TempDir dir("kafka_start");
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());

  Backfill from_offset = RunBackfill(topic, db->get(), {ingest::StartPosition::Kind::kOffset, 4});
  CHECK(from_offset.ended);
  CHECK(from_offset.messages == 2);
  CHECK(from_offset.progress.total == 2);

  // --offset-time: librdkafka 2.0's mock cluster answers every ListOffsets by time with "no
  // such message" (-1), so only that case is checked here: the partition starts at its end.
  // (A time between messages needs a real broker of Kafka >= 0.10.1; the test broker is 0.9.)
  // After the last message: nothing to read.
  Backfill late =
      RunBackfill(topic, db->get(), {ingest::StartPosition::Kind::kTime, kBaseTime + 3600000});
  CHECK(late.ended);
  CHECK(late.messages == 0);
}

TEST_CASE("a start time is refused for a broker without offsets by time", "[kafka_source]") {
  ingest::KafkaSourceOptions options;
  options.topics = {"articles"};
  options.properties = {{"bootstrap.servers", "127.0.0.1:1"},
                        {"group.id", "g"},
                        {"api.version.request", "false"},
                        {"broker.version.fallback", "0.9.0.1"}};
  options.start = {ingest::StartPosition::Kind::kTime, kBaseTime};
  auto source = ingest::KafkaSource::Open(options, nullptr);
  REQUIRE_FALSE(source.ok());
  CHECK(source.status().code() == common::Status::Code::kInvalidArgument);
  CHECK_THAT(source.status().message(), Catch::Contains("0.10.1"));

  options.properties.back().second = "2.8.0";  // a broker version that has them
  CHECK(ingest::KafkaSource::Open(options, nullptr).ok());
}
