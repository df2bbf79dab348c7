// Fault-injection tests of KafkaSource + Pipeline + Run on librdkafka's in-process mock
// cluster (rdkafka_mock.h): broker down and back, broker down at start, request errors,
// and the cooperative rebalance protocol. Small messages only (the mock cluster is not a
// volume test bed; tests/ingest/test_kafka_daemon.cc uses a real broker).
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <memory>
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
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using newsfacts::testing::TempDir;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr int16_t kApiFetch = 1;
constexpr int16_t kApiOffsetCommit = 8;
constexpr int16_t kApiHeartbeat = 12;

// A mock cluster of `brokers` brokers with topic "articles" of `partitions` partitions.
class MockCluster {
 public:
  MockCluster(int brokers, int partitions) {
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    char err[512];
    rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
    handle_ = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    REQUIRE(handle_ != nullptr);
    cluster_ = rd_kafka_mock_cluster_new(handle_, brokers);
    REQUIRE(cluster_ != nullptr);
    REQUIRE(rd_kafka_mock_topic_create(cluster_, "articles", partitions, 1) ==
            RD_KAFKA_RESP_ERR_NO_ERROR);
    bootstrap_ = rd_kafka_mock_cluster_bootstraps(cluster_);
  }
  ~MockCluster() {
    rd_kafka_mock_cluster_destroy(cluster_);
    rd_kafka_destroy(handle_);
  }
  rd_kafka_mock_cluster_t* get() { return cluster_; }
  const std::string& bootstrap() const { return bootstrap_; }

  void Produce(const std::vector<std::string>& payloads) {
    auto producer = ingest::KafkaProducer::Open({{"bootstrap.servers", bootstrap_}});
    REQUIRE(producer.ok());
    for (const auto& p : payloads) REQUIRE((*producer)->Produce("articles", {}, p).ok());
    REQUIRE((*producer)->Flush(seconds(30)).ok());
    REQUIRE((*producer)->failed() == 0);
  }

 private:
  rd_kafka_t* handle_ = nullptr;
  rd_kafka_mock_cluster_t* cluster_ = nullptr;
  std::string bootstrap_;
};

std::vector<std::string> SmallArticles(const std::string& prefix, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    out.push_back("{\"id\":\"" + prefix + "-" + std::to_string(i) +
                  "\",\"lang\":\"de\",\"title\":\"Quartalszahlen\",\"body\":\"Nvidia verkaufte "
                  "im Quartal 1,5 Millionen Chips und setzte 18 Milliarden Dollar um.\"}");
  }
  return out;
}

// One daemon in-process: its own DB, a KafkaSource and the shared Run loop on a thread.
class Member {
 public:
  // `on_batch` (optional) runs on the consumer thread after each stored batch with the total
  // stored so far, before the next poll.
  Member(const std::string& bootstrap, const std::string& group, ingest::KafkaProperties extra = {},
         std::function<void(size_t)> on_batch = {})
      : dir_("kafka_mock"), on_batch_(std::move(on_batch)) {
    auto db = store::Store::Open(dir_.sub("db"), store::OpenOptions{});
    REQUIRE(db.ok());
    db_ = std::move(db).value();
    ingest::KafkaSourceOptions options;
    options.topics = {"articles"};
    options.properties = {{"bootstrap.servers", bootstrap},    {"group.id", group},
                          {"session.timeout.ms", "6000"},      {"heartbeat.interval.ms", "500"},
                          {"reconnect.backoff.max.ms", "500"}, {"log_level", "2"}};
    for (auto& kv : extra) options.properties.push_back(kv);
    auto source = ingest::KafkaSource::Open(options, db_.get());
    REQUIRE(source.ok());
    source_ = std::move(source).value();
    pipeline_ =
        std::make_unique<ingest::Pipeline>(extractor_, db_.get(), ingest::SystemClock::Get());
    thread_ = std::thread([this] {
      ingest::RunOptions options;
      options.batch_size = 50;
      options.max_backoff = milliseconds(500);
      ingest::RunTotals totals;
      result_ = ingest::Run(*source_, *pipeline_, stop_, options, &totals,
                            [this](const ingest::BatchOutcome& o) {
                              const size_t total = stored_.fetch_add(o.articles) + o.articles;
                              if (on_batch_) on_batch_(total);
                            });
      closed_ = source_->Close();
    });
  }
  ~Member() { Stop(); }

  void Stop() {
    if (!thread_.joinable()) return;
    stop_.store(true);
    thread_.join();
  }
  size_t stored() const { return stored_.load(); }
  const store::Store* db() const { return db_.get(); }
  ingest::KafkaSource& source() { return *source_; }
  const common::Status& result() const { return result_; }

  std::multiset<std::string> Ids() const {
    std::multiset<std::string> ids;
    REQUIRE(db_->ScanArticles([&](const store::StoredArticle& a) {
                 ids.insert(a.article.id);
                 return true;
               })
                .ok());
    return ids;
  }

 private:
  TempDir dir_;
  extract::Extractor extractor_;
  std::unique_ptr<store::Store> db_;
  std::unique_ptr<ingest::KafkaSource> source_;
  std::unique_ptr<ingest::Pipeline> pipeline_;
  std::atomic<bool> stop_{false};
  std::atomic<size_t> stored_{0};
  std::function<void(size_t)> on_batch_;
  common::Status result_;
  common::Status closed_;
  std::thread thread_;
};

bool WaitFor(const std::function<bool()>& done, seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(milliseconds(50));
  }
  return done();
}

std::multiset<std::string> Expected(const std::string& prefix, size_t n) {
  std::multiset<std::string> out;
  for (size_t i = 0; i < n; ++i) out.insert(prefix + "-" + std::to_string(i));
  return out;
}

}  // namespace

TEST_CASE("mock: the broker going down and coming back loses no article", "[kafka_mock]") {
  MockCluster cluster(1, 4);
  cluster.Produce(SmallArticles("a", 5000));
  // Small fetches and a short local queue: the consumer cannot have prefetched everything
  // before the broker goes down (then "down" would test nothing).
  // The broker goes down from the consumer's own thread once 200 articles are stored, before
  // its next poll: a fast consumer cannot finish the topic before "down" (a wait on the test
  // thread could miss that moment).
  std::atomic<bool> down{false};
  Member m(cluster.bootstrap(), "down-up",
           {{"fetch.message.max.bytes", "2048"}, {"queued.min.messages", "20"}},
           [&](size_t stored) {
             if (stored >= 200 && !down.exchange(true))
               rd_kafka_mock_broker_set_down(cluster.get(), 1);
           });
  REQUIRE(WaitFor([&] { return down.load(); }, seconds(60)));
  // While the broker is down the count stops growing: wait until it has been still for 1 s
  // (at most the batch in flight lands after set_down), with a deadline.
  size_t during = m.stored();
  auto still_since = std::chrono::steady_clock::now();
  REQUIRE(WaitFor(
      [&] {
        if (m.stored() != during) {
          during = m.stored();
          still_since = std::chrono::steady_clock::now();
        }
        return std::chrono::steady_clock::now() - still_since >= seconds(1);
      },
      seconds(60)));
  CHECK(m.stored() < 5000);  // it stopped before the end: the broker was really down
  rd_kafka_mock_broker_set_up(cluster.get(), 1);
  REQUIRE(WaitFor([&] { return m.Ids().size() == 5000; }, seconds(180)));
  m.Stop();
  CHECK(m.result().ok());
  CHECK(m.Ids() == Expected("a", 5000));
}

TEST_CASE("mock: a broker that is down at start is waited for", "[kafka_mock]") {
  MockCluster cluster(1, 2);
  cluster.Produce(SmallArticles("s", 300));
  rd_kafka_mock_broker_set_down(cluster.get(), 1);
  Member m(cluster.bootstrap(), "late");
  // Nothing can arrive while the only broker is down: watch for 2 s (a wait for an event
  // that must not happen has no shorter honest form).
  CHECK_FALSE(WaitFor([&] { return m.stored() > 0; }, seconds(2)));
  rd_kafka_mock_broker_set_up(cluster.get(), 1);
  REQUIRE(WaitFor([&] { return m.Ids().size() == 300; }, seconds(180)));
  m.Stop();
  CHECK(m.result().ok());
  CHECK(m.Ids() == Expected("s", 300));
}

TEST_CASE("mock: injected fetch, commit and heartbeat errors are retried without loss",
          "[kafka_mock]") {
  MockCluster cluster(1, 4);
  cluster.Produce(SmallArticles("e", 1000));
  rd_kafka_mock_push_request_errors(
      cluster.get(), kApiFetch, 4, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
      RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
      RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
  rd_kafka_mock_push_request_errors(
      cluster.get(), kApiOffsetCommit, 3, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
      RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_COORDINATOR);
  rd_kafka_mock_push_request_errors(cluster.get(), kApiHeartbeat, 2,
                                    RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
                                    RD_KAFKA_RESP_ERR_NOT_COORDINATOR);
  Member m(cluster.bootstrap(), "errors");
  REQUIRE(WaitFor([&] { return m.Ids().size() == 1000; }, seconds(180)));
  m.Stop();
  CHECK(m.result().ok());
  CHECK(m.Ids() == Expected("e", 1000));
}

TEST_CASE("mock: cooperative rebalance shares partitions and hands over without loss",
          "[kafka_mock]") {
  MockCluster cluster(1, 4);
  const ingest::KafkaProperties coop = {{"partition.assignment.strategy", "cooperative-sticky"}};
  cluster.Produce(SmallArticles("c1", 1000));
  Member a(cluster.bootstrap(), "coop", coop);
  REQUIRE(WaitFor([&] { return a.stored() > 0; }, seconds(60)));
  Member b(cluster.bootstrap(), "coop", coop);
  // B joins: an incremental rebalance gives it some of A's partitions.
  REQUIRE(WaitFor([&] { return b.source().Lag().size() > 0 && a.source().Lag().size() < 4; },
                  seconds(60)));
  CHECK(a.source().rebalance_protocol() == "COOPERATIVE");
  CHECK(b.source().rebalance_protocol() == "COOPERATIVE");
  cluster.Produce(SmallArticles("c2", 1000));
  REQUIRE(WaitFor([&] { return a.Ids().size() + b.Ids().size() >= 2000; }, seconds(180)));
  // A leaves cleanly: B takes over every partition; more articles all land in B.
  a.Stop();
  cluster.Produce(SmallArticles("c3", 500));
  REQUIRE(
      WaitFor([&] { return b.Ids().count("c3-499") == 1 && b.Ids().size() >= 500; }, seconds(180)));
  REQUIRE(WaitFor(
      [&] {
        auto ids = b.Ids();
        for (size_t i = 0; i < 500; ++i) {
          if (ids.count("c3-" + std::to_string(i)) == 0) return false;
        }
        return true;
      },
      seconds(180)));
  b.Stop();
  // Every article stored, and (positions committed before revocation) none by both members.
  const auto records =
      newsfacts::testing::RecordsPerId(std::vector<const store::Store*>{a.db(), b.db()});
  const auto duplicates = newsfacts::testing::Duplicates(records);
  std::string listed;
  for (size_t i = 0; i < duplicates.size() && i < 20; ++i) listed += duplicates[i] + " ";
  INFO(duplicates.size() << " articles stored by both members: " << listed);
  CHECK(duplicates.empty());
  CHECK(records.size() == 2500);
}
