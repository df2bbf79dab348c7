// Broker test: alerts raised by the aggregator arrive on a Kafka topic (key = alert id), with
// the local throw-away broker of tools/kafka. Read back with kcat.
#include <cstdio>
#include <cstdlib>
#include <set>

#include "indicator_test_util.h"
#include "ingest/kafka_alert_sink.h"
#include "ingest/kafka_client.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

const char* const kClientX = "-X api.version.request=false -X broker.version.fallback=0.9.0.1";

}  // namespace

TEST_CASE("alerts are published to the alerts topic keyed by id, once per publish",
          "[kafka][alerts]") {
  newsfacts::testing::LocalBroker broker(1);
  broker.CreateTopic("alerts", 1);

  Harness h;
  auto alerts = h.Ingest(MakeDoc(
      "a1", kT0,
      {Money(12e9, "USD", "ByteDance", "budget", "2025"), Percent(80, "Nvidia", "market_share"),
       Count(485000, "chip", "Microsoft", "purchases")}));
  REQUIRE(alerts.size() >= 5);

  KafkaProperties props = {{"bootstrap.servers", broker.bootstrap()},
                           {"api.version.request", "false"},
                           {"broker.version.fallback", "0.9.0.1"}};
  auto producer = KafkaProducer::Open(props);
  REQUIRE(producer.ok());
  KafkaAlertSink sink(producer->get(), "alerts");
  AlertPublisher pub(h.db(), {&sink});
  REQUIRE(pub.PublishOutbox().ok());  // as at start-up after a crash
  REQUIRE(pub.published() == alerts.size());

  const std::string consumed =
      newsfacts::testing::RunCapture("kcat -C -b " + broker.bootstrap() + " " + kClientX +
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
