// Kafka backfills with the real binary against the local test broker (Kafka 0.9, tools/kafka):
// --exit-at-end stops at the end offsets, the stored position is resumed, --from-beginning and
// --offset N re-read, --offset-time is refused with a clear message (0.9 has no timestamps),
// and the progress line counts the messages of the backfill. `produce` keys messages by
// article id (read back with kcat) and `dead-letters replay` re-sends stored payloads.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/ingest/kafka_test_util.h"

using newsfacts::testing::Child;
using newsfacts::testing::LocalBroker;
using newsfacts::testing::MakeArticles;
using newsfacts::testing::NewsfactsBinary;
using newsfacts::testing::ReadText;
using newsfacts::testing::StoredIds;
using newsfacts::testing::TempDir;
using std::chrono::seconds;

namespace {

struct Backfill {
  int exit_code = -1;
  std::string log;
};

// `newsfacts ingest` of topic "arts" into `db` as group "bf" with --exit-at-end and `extra`.
Backfill Ingest(const LocalBroker& broker, const TempDir& dir, const std::string& db,
                const std::vector<std::string>& extra) {
  static int run = 0;
  const std::string log = dir.sub("ingest" + std::to_string(++run) + ".log");
  std::vector<std::string> args = {NewsfactsBinary(),
                                   "ingest",
                                   "-b",
                                   broker.bootstrap(),
                                   "-F",
                                   broker.client_config(),
                                   "-t",
                                   "arts",
                                   "--group",
                                   "bf",
                                   "--db",
                                   db,
                                   "--exit-at-end",
                                   "--stats-interval",
                                   "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  Child child(args, log);
  Backfill b;
  b.exit_code = child.Wait(std::chrono::milliseconds(90000));
  b.log = ReadText(log);
  return b;
}

}  // namespace

TEST_CASE("ingest --exit-at-end backfills to the end offsets, start flags re-read",
          "[kafka][cli][slow]") {
  LocalBroker broker(2);
  broker.CreateTopic("arts", 2);
  broker.Produce("arts", MakeArticles("bf", 20));
  TempDir dir("cli_kafka");
  const std::string db = dir.sub("db");

  ::setenv("NEWSFACTS_PROGRESS", "1", 1);
  Backfill first = Ingest(broker, dir, db, {});
  ::unsetenv("NEWSFACTS_PROGRESS");
  INFO(first.log);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.log, Catch::Contains("stopped after 20 messages, 20 articles"));
  CHECK_THAT(first.log,
             Catch::Contains("\r\x1b[Kingest: ") && Catch::Contains(" of 20 messages ("));
  CHECK(StoredIds(db).size() == 20);

  // The stored positions are at the end: nothing to read, the run ends at once.
  Backfill again = Ingest(broker, dir, db, {});
  INFO(again.log);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.log, Catch::Contains("stopped after 0 messages"));
  CHECK(again.log.find("\x1b[K") == std::string::npos);  // no progress line unless a terminal

  Backfill rewound = Ingest(broker, dir, db, {"--from-beginning"});
  INFO(rewound.log);
  CHECK(rewound.exit_code == 0);
  CHECK_THAT(rewound.log, Catch::Contains("stopped after 20 messages"));

  // --offset N: every partition from N on.
  int64_t expected = 0;
  for (const auto& [partition, end] : broker.EndOffsets("arts", 2))
    expected += std::max<int64_t>(0, end - 3);
  Backfill from3 = Ingest(broker, dir, db, {"--offset", "3"});
  INFO(from3.log);
  CHECK(from3.exit_code == 0);
  CHECK_THAT(from3.log, Catch::Contains("stopped after " + std::to_string(expected) + " messages"));

  // Kafka 0.9 keeps no timestamps: a clear usage error, before anything is read.
  Backfill by_time = Ingest(broker, dir, db, {"--offset-time", "2024-01-01T00:00:00Z"});
  INFO(by_time.log);
  CHECK(by_time.exit_code == 2);
  CHECK_THAT(by_time.log, Catch::Contains("--offset-time needs message timestamps") &&
                              Catch::Contains("Kafka 0.10.1 or newer"));
  Backfill both = Ingest(broker, dir, db, {"--offset", "1", "--from-beginning"});
  CHECK(both.exit_code == 2);
}

TEST_CASE("produce keys each message by article id, dead-letters replay re-sends the payloads",
          "[kafka][cli]") {
  LocalBroker broker(2);
  broker.CreateTopic("keyed", 2);
  broker.CreateTopic("replayed", 1);
  TempDir dir("cli_kafka_keys");
  const std::string kcat = "kcat -C -b " + broker.bootstrap() +
                           " -X api.version.request=false -X broker.version.fallback=0.9.0.1 "
                           "-o beginning -e -q ";
  // Own articles (ids and bodies made up for this test).
  const std::string input = dir.sub("keyed.jsonl");
  std::set<std::string> ids;
  {
    std::ofstream out(input);
    for (int i = 0; i < 8; ++i) {
      const std::string id = "key-" + std::to_string(i);
      ids.insert(id);
      out << R"({"lang":"en","body":"Revenue rose )" << i << R"( percent.","id":")" << id
          << "\"}\n";
    }
  }
  Child produce({NewsfactsBinary(), "produce", "-b", broker.bootstrap(), "-F",
                 broker.client_config(), "-t", "keyed", input},
                dir.sub("produce.log"));
  REQUIRE(produce.Wait(seconds(90)) == 0);
  CHECK_THAT(ReadText(dir.sub("produce.log")), Catch::Contains("8 messages delivered to keyed"));
  // Read back with kcat: every message's key is the id inside its payload.
  const std::string keyed = newsfacts::testing::RunCapture(kcat + "-t keyed -f '%k\\t%s\\n'");
  std::set<std::string> keys;
  std::istringstream lines(keyed);
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string key = line.substr(0, tab);
    CHECK_THAT(line.substr(tab + 1), Catch::Contains("\"id\":\"" + key + "\""));
    keys.insert(key);
  }
  CHECK(keys == ids);

  // Dead letters of a file ingest, replayed to a topic: one message per dead letter, each
  // payload byte for byte.
  const std::string db = dir.sub("db");
  const std::string bad = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/bad.jsonl";
  Child ingest({NewsfactsBinary(), "ingest", "-q", "--input", bad, "--db", db},
               dir.sub("ingest.log"));
  REQUIRE(ingest.Wait(seconds(90)) == 0);
  Child replay({NewsfactsBinary(), "dead-letters", "replay", "--db", db, "-b", broker.bootstrap(),
                "-F", broker.client_config(), "-t", "replayed"},
               dir.sub("replay.log"));
  REQUIRE(replay.Wait(seconds(90)) == 0);
  const std::string replay_log = ReadText(dir.sub("replay.log"));
  INFO(replay_log);
  const std::string bad_lines = ReadText(bad);
  size_t expected = 0;
  for (char ch : bad_lines) expected += ch == '\n';
  REQUIRE(expected >= 3);
  CHECK_THAT(replay_log,
             Catch::Contains(std::to_string(expected) + " dead letters replayed to replayed"));
  const std::string replayed = newsfacts::testing::RunCapture(kcat + "-t replayed -f '%s\\n'");
  auto line_set = [](const std::string& text) {
    std::multiset<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.insert(line);
    return out;
  };
  CHECK(line_set(replayed) == line_set(bad_lines));
}
