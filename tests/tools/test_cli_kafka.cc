// Kafka backfills with the real binary against the local test broker (Kafka 0.9, tools/kafka):
// --exit-at-end stops at the end offsets, the stored position is resumed, --from-beginning and
// --offset N re-read, --offset-time is refused with a clear message (0.9 has no timestamps),
// and the progress line counts the messages of the backfill.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
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

TEST_CASE("ingest --exit-at-end backfills to the end offsets; start flags re-read",
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
