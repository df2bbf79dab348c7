// Broker test: alerts raised by the aggregator arrive on a Kafka topic (key = alert id), with
// the local throw-away broker of tools/kafka. Read back with kcat.
#include <cstdio>
#include <cstdlib>
#include <set>

#include "indicator_test_util.h"
#include "ingest/kafka_client.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

const std::string kKafka = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/kafka";
const char* const kClientX = "-X api.version.request=false -X broker.version.fallback=0.9.0.1";

std::string Run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// A broker for the duration of a test.
struct Broker {
  TempDir tmp;
  std::string dir = tmp.sub("kafka");
  std::string bootstrap;
  Broker() {
    bootstrap = Run(kKafka + " start --dir " + dir + " 2>/dev/null");
    while (!bootstrap.empty() && (bootstrap.back() == '\n' || bootstrap.back() == ' ')) {
      bootstrap.pop_back();
    }
  }
  ~Broker() { (void)std::system((kKafka + " stop --dir " + dir + " >/dev/null 2>&1").c_str()); }
};

}  // namespace

TEST_CASE("alerts are published to the alerts topic keyed by id, once per publish",
          "[kafka][alerts]") {
  Broker broker;
  REQUIRE_FALSE(broker.bootstrap.empty());
  REQUIRE(std::system(
              (kKafka + " topic create alerts --dir " + broker.dir + " >/dev/null 2>&1").c_str()) ==
          0);

  Harness h;
  auto alerts = h.Ingest(MakeDoc(
      "a1", kT0,
      {Money(12e9, "USD", "ByteDance", "budget", "2025"), Percent(80, "Nvidia", "market_share"),
       Count(485000, "chip", "Microsoft", "purchases")}));
  REQUIRE(alerts.size() >= 5);

  KafkaProperties props = {{"bootstrap.servers", broker.bootstrap},
                           {"api.version.request", "false"},
                           {"broker.version.fallback", "0.9.0.1"}};
  auto producer = KafkaProducer::Open(props);
  REQUIRE(producer.ok());
  KafkaAlertSink sink(producer->get(), "alerts");
  AlertPublisher pub(h.db(), {&sink});
  REQUIRE(pub.PublishOutbox().ok());  // as at start-up after a crash
  REQUIRE(pub.published() == alerts.size());

  const std::string consumed = Run("kcat -C -b " + broker.bootstrap + " " + kClientX +
                                   " -t alerts -o beginning -e -q -f '%k\\t%s\\n' 2>/dev/null");
  std::set<std::string> keys;
  size_t lines = 0;
  size_t pos = 0;
  while (pos < consumed.size()) {
    size_t nl = consumed.find('\n', pos);
    if (nl == std::string::npos) nl = consumed.size();
    const std::string line = consumed.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    ++lines;
    const size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string key = line.substr(0, tab);
    CHECK_THAT(line.substr(tab + 1), Catch::Contains("\"id\":\"" + key + "\""));
    keys.insert(key);
  }
  CHECK(lines == alerts.size());
  std::set<std::string> ids;
  for (const auto& a : alerts) ids.insert(a.id);
  CHECK(keys == ids);
}
