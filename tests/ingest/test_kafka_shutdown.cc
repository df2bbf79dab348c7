// Bounded shutdown (issue 13): SIGTERM ends the daemon within the documented 10 s bound
// even after the broker was killed under it, with everything it stored consistent (each
// stored position covers exactly the stored articles). Label "kafka" (local broker).
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <thread>

#include "store/store.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using namespace newsfacts::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_CASE("SIGTERM after the broker was killed exits within 10 s with the DB consistent",
          "[kafka][slow]") {
  std::optional<LocalBroker> broker;
  broker.emplace();
  TempDir tmp("kafka_shutdown");
  broker->CreateTopic("articles", 4);
  broker->Produce("articles", MakeArticles("s", 3000));
  const std::string db = tmp.sub("db");
  const std::string err = tmp.sub("daemon.err");
  Child daemon({NewsfactsBinary(),
                "ingest",
                "--brokers",
                broker->bootstrap(),
                "--topic",
                "articles",
                "--group",
                "shutdown",
                "--db",
                db,
                "--config",
                broker->client_config(),
                "--batch-size",
                "100",
                "--stats-interval",
                "1",
                "-X",
                "session.timeout.ms=6000",
                "-X",
                "heartbeat.interval.ms=2000"},
               err);
  // Let it consume, then kill the broker (both JVMs) under it and let it retry for a while.
  const auto deadline = std::chrono::steady_clock::now() + seconds(60);
  auto progressed = [&] {  // a stats line with a non-zero article count
    const std::string text = ReadText(err);
    for (size_t at = text.find("stats: "); at != std::string::npos;
         at = text.find("stats: ", at + 1)) {
      if (text.compare(at, 9, "stats: 0 ") != 0) return true;
    }
    return false;
  };
  while (!progressed() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(100));
  }
  REQUIRE(progressed());
  broker.reset();
  std::this_thread::sleep_for(seconds(8));
  REQUIRE(daemon.running());

  const auto t0 = std::chrono::steady_clock::now();
  daemon.Signal(SIGTERM);
  const int rc = daemon.Wait(seconds(60));
  const auto took = std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - t0);
  INFO(ReadText(err));
  INFO("took " << took.count() << " ms");
  REQUIRE(rc == 0);
  // The 10 s are the daemon's own watchdog (a wall-clock bound inside the product); after it
  // the exit syncs the WAL, which a loaded CI machine may slow down. The test's bound is 3x
  // the promise: it still fails a daemon that waits out librdkafka's close (minutes).
  CHECK(took < seconds(30));

  // Nothing half-stored: the positions in the DB cover exactly the stored articles.
  auto s = store::Store::Open(db, store::OpenOptions{});
  REQUIRE(s.ok());
  int64_t covered = 0;
  for (int p = 0; p < 4; ++p) {
    auto off = (*s)->GetNextOffset("kafka:articles", p);
    REQUIRE(off.ok());
    covered += std::max<int64_t>(off->value_or(0), 0);
  }
  size_t stored = 0;
  REQUIRE((*s)->ScanArticles([&](const store::StoredArticle&) { return ++stored, true; }).ok());
  CHECK(covered > 0);
  CHECK(static_cast<int64_t>(stored) == covered);
}
