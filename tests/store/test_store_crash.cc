// Crash test: a child stores articles with sync writes and is killed with SIGKILL at random
// points; after each kill the DB must hold every article whose Write returned, with all its
// facts, index entries and mentions, and nothing half-written.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace newsfacts::store {
namespace {

using testing::SpawnWriter;

// Same rule as store_writer_main.cc.
int FactsFor(long n, int version) {
  return static_cast<int>((n * 7 + version * 3) % 9);
}

// Checks the whole DB; returns the number of stored articles.
size_t CheckConsistent(const Store& store, const std::map<std::string, int>& reported) {
  // Every reported article is there, at its reported version or a later one.
  for (const auto& [id, version] : reported) {
    auto a = store.GetArticle(id);
    REQUIRE(a.ok());
    INFO("article " << id << " reported at version " << version);
    REQUIRE(a->has_value());
    const bool v0 = (*a)->article.body == testing::MakeArticle(id, 0).body;
    const int stored_version = v0 ? 0 : 1;
    CHECK(stored_version >= version);
  }
  // Every stored article is complete: record, facts, index entries and mentions agree.
  size_t articles = 0;
  uint64_t facts_total = 0;
  Status s = store.ScanArticles([&](const StoredArticle& a) {
    ++articles;
    const long n = std::stol(a.article.id.substr(1));
    const int version = a.article.body == testing::MakeArticle(a.article.id, 0).body ? 0 : 1;
    INFO("article " << a.article.id);
    CHECK(a.fact_count == static_cast<uint32_t>(FactsFor(n, version)));
    FactFilter f;
    f.article_id = a.article.id;
    uint32_t facts = 0;
    REQUIRE(store
                .ScanFacts(f,
                           [&](const Fact& fact) {
                             CHECK(fact.index == facts);
                             CHECK(fact.figure.value ==
                                   (fact.index % 2 == 0 ? 1.2e10 + version : 45.5 + fact.index));
                             ++facts;
                             return true;
                           })
                .ok());
    CHECK(facts == a.fact_count);
    facts_total += facts;
    auto m = store.GetMentions(a.article.id);
    REQUIRE(m.ok());
    CHECK(m->size() == 3);
    return true;
  });
  REQUIRE(s.ok());
  // The index has exactly one entry per fact (an orphan entry would fail the scan with
  // Corruption, a missing one would make the count smaller).
  uint64_t indexed = 0;
  for (const char* entity : {"Nvidia", "AMD"}) {
    FactFilter f;
    f.entity = entity;
    REQUIRE(store.ScanFacts(f, [&](const Fact&) { return ++indexed, true; }).ok());
  }
  CHECK(indexed == facts_total);
  uint64_t by_metric = 0;
  for (const char* metric : {"revenue", "market_share"}) {
    FactFilter f;
    f.metric = metric;
    REQUIRE(store.ScanFacts(f, [&](const Fact&) { return ++by_metric, true; }).ok());
  }
  CHECK(by_metric == facts_total);
  auto st = store.Stats();
  REQUIRE(st.ok());
  CHECK(st->facts == facts_total);
  CHECK(st->articles == articles);
  return articles;
}

TEST_CASE("articles whose store call returned survive SIGKILL, nothing is half-written",
          "[store][slow]") {
  testing::TempDir dir;
  const std::string db = dir.sub("db");
  const std::string report = dir.sub("report");
  std::mt19937 rng(std::random_device{}());
  std::uniform_int_distribution<int> kill_after_ms(0, 300);
  std::map<std::string, int> reported;
  long next = 0;
  constexpr int kRounds = 8;
  for (int round = 0; round < kRounds; ++round) {
    const auto reported_before =
        std::filesystem::exists(report) ? std::filesystem::file_size(report) : 0;
    const pid_t pid = SpawnWriter({db, report, std::to_string(next), "100000", "0"});
    // Kill at a random moment after the writer reported its first stored article of this
    // round (polled, deadline 60 s: opening RocksDB on a loaded machine takes a while).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while ((std::filesystem::exists(report) ? std::filesystem::file_size(report) : 0) ==
               reported_before &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(rng)));
    REQUIRE(kill(pid, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFSIGNALED(status));

    std::ifstream in(report);
    std::string id;
    int version;
    while (in >> id >> version) reported[id] = std::max(reported[id], version);
    INFO("round " << round << ": " << reported.size() << " articles reported");
    auto store = Store::Open(db, {});
    INFO(store.status().ToString());
    REQUIRE(store.ok());
    const size_t stored = CheckConsistent(**store, reported);
    CHECK(stored >= reported.size());
    // Unreported extras: at most the one write in flight at each kill so far.
    CHECK(stored <= reported.size() + round + 1);
    long max_n = -1;
    for (const auto& [rid, v] : reported) max_n = std::max(max_n, std::stol(rid.substr(1)));
    auto off = (*store)->GetNextOffset("file:w", 0);
    REQUIRE(off.ok());
    if (max_n >= 0) {
      REQUIRE(off->has_value());
      CHECK(**off >= max_n + 1);
    }
    next = max_n + 2;  // skip the possibly in-flight id; new ids for the next round
  }
  CHECK(reported.size() > 20);  // the child got real work done before the kills
}

}  // namespace
}  // namespace newsfacts::store
