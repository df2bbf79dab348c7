// Broker test: the real `newsfacts ingest` daemon consumes the four seed articles from a
// Kafka topic and publishes the alerts of the default rules to --alerts-topic; the topic
// holds exactly the stored alert feed (`newsfacts alerts`). Needs the indicator wiring in
// tools/cmd_ingest.cc and figure attribution in extract/.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <thread>

#include "indicator_test_util.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts::ingest::testing;

namespace {

const std::string kSource = NEWSFACTS_SOURCE_DIR;
const std::string kNewsfacts = std::string(NEWSFACTS_BINARY_DIR) + "/tools/newsfacts";
const std::string kX = "-X api.version.request=false -X broker.version.fallback=0.9.0.1";

using ::newsfacts::testing::RunCapture;

std::set<std::string> IdsOf(const std::string& jsonl) {
  std::set<std::string> ids;
  const std::string key = "\"id\":\"";
  for (size_t p = jsonl.find(key); p != std::string::npos; p = jsonl.find(key, p + 1)) {
    ids.insert(jsonl.substr(p + key.size(), 16));
  }
  return ids;
}

}  // namespace

TEST_CASE("the ingest daemon publishes the seed alerts to the alerts topic", "[kafka][e2e]") {
  TempDir tmp;
  newsfacts::testing::LocalBroker broker(1);
  const std::string& bootstrap = broker.bootstrap();
  for (const char* t : {"articles", "alerts"}) broker.CreateTopic(t, 1);
  REQUIRE(std::system(("kcat -P -l -b " + bootstrap + " " + kX + " -t articles " + kSource +
                       "/tools/samples/seeds.jsonl 2>/dev/null")
                          .c_str()) == 0);

  const std::string db = tmp.sub("db");
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const std::string log = tmp.sub("ingest.log");
    if (!freopen(log.c_str(), "w", stderr)) _exit(127);
    execl(kNewsfacts.c_str(), "newsfacts", "ingest", "--brokers", bootstrap.c_str(), "--topic",
          "articles", "--group", "alerts-e2e", "--db", db.c_str(), "--alerts-topic", "alerts", "-X",
          "api.version.request=false", "-X", "broker.version.fallback=0.9.0.1", "-X",
          "auto.offset.reset=earliest", "--stats-interval", "0", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until the alerts arrive on the topic (or 60 s).
  std::string consumed;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    consumed = RunCapture("kcat -C -b " + bootstrap + " " + kX +
                          " -t alerts -o beginning -e -q 2>/dev/null");
    if (consumed.find("ai_budget_over_10bn") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  // Read the topic again now that the daemon has stopped (and flushed its outbox): the loop
  // above stopped at the first alert of one rule, and the others may have been delivered a
  // moment later (a loaded machine makes that gap longer).
  consumed = RunCapture("kcat -C -b " + bootstrap + " " + kX +
                        " -t alerts -o beginning -e -q 2>/dev/null");

  CHECK_THAT(consumed, Catch::Contains("\"rule\":\"ai_budget_over_10bn\"") &&
                           Catch::Contains("\"entity\":\"ByteDance\""));
  CHECK_THAT(consumed, Catch::Contains("\"rule\":\"dominant_market_share\"") &&
                           Catch::Contains("\"entity\":\"Nvidia\""));
  // The topic carries exactly the stored feed.
  const std::string stored = RunCapture(kNewsfacts + " alerts --db " + db + " 2>/dev/null");
  CHECK_FALSE(IdsOf(stored).empty());
  CHECK(IdsOf(consumed) == IdsOf(stored));
}
