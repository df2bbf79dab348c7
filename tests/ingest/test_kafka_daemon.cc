// Broker tests of the ingest daemon: the real `newsfacts` binary against a real local Kafka
// broker started by tools/kafka (label "kafka"). Each TEST_CASE starts its own broker.
#include <signal.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "ingest/dead_letter_topic.h"
#include "store/store.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using namespace newsfacts::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

std::vector<std::string> DaemonArgs(const LocalBroker& broker, const std::string& topic,
                                    const std::string& group, const std::string& db,
                                    std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {NewsfactsBinary(),
                                   "ingest",
                                   "--brokers",
                                   broker.bootstrap(),
                                   "--topic",
                                   topic,
                                   "--group",
                                   group,
                                   "--db",
                                   db,
                                   "--config",
                                   broker.client_config()};
  auto has = [&](const std::string& flag) {
    return std::find(extra.begin(), extra.end(), flag) != extra.end();
  };
  // Defaults unless the test sets them.
  if (!has("--stats-interval")) extra.insert(extra.end(), {"--stats-interval", "1"});
  if (!has("--batch-size")) extra.insert(extra.end(), {"--batch-size", "200"});
  args.insert(args.end(), {"-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=2000"});
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

std::map<std::string, uint32_t> FactCounts(const std::string& db_path) {
  std::map<std::string, uint32_t> out;
  auto db = store::Store::Open(db_path, store::OpenOptions{});
  REQUIRE(db.ok());
  REQUIRE((*db)
              ->ScanArticles([&](const store::StoredArticle& a) {
                out[a.article.id] = a.fact_count;
                return true;
              })
              .ok());
  return out;
}

std::map<int32_t, int64_t> StoredOffsets(const std::string& db_path, const std::string& topic,
                                         int partitions) {
  std::map<int32_t, int64_t> out;
  auto db = store::Store::Open(db_path, store::OpenOptions{});
  REQUIRE(db.ok());
  for (int p = 0; p < partitions; ++p) {
    auto off = (*db)->GetNextOffset("kafka:" + topic, p);
    REQUIRE(off.ok());
    out[p] = off->value_or(-1);
  }
  return out;
}

std::string Offsets(const std::map<int32_t, int64_t>& m) {
  std::string out;
  for (const auto& [p, o] : m) out += std::to_string(p) + ":" + std::to_string(o) + " ";
  return out;
}

// WaitCaughtUp, and on timeout the committed and end offsets as an unscoped message.
bool CaughtUp(LocalBroker& broker, const std::string& group, const std::string& topic,
              int partitions, std::chrono::seconds timeout) {
  if (broker.WaitCaughtUp(group, topic, partitions, timeout)) return true;
  UNSCOPED_INFO("group " << group << " committed "
                         << Offsets(broker.Committed(group, topic, partitions)) << "end "
                         << Offsets(broker.EndOffsets(topic, partitions)));
  return false;
}

int StopDaemon(Child& daemon) {
  daemon.Signal(SIGTERM);
  return daemon.Wait(seconds(60));
}

}  // namespace

TEST_CASE("daemon stores exactly the produced articles with the same facts as file ingest",
          "[kafka]") {
  LocalBroker broker;
  TempDir tmp("kafka_e2e");
  broker.CreateTopic("articles", 4);
  // Real news articles (the sample in tests/data), unchanged.
  std::vector<std::string> lines;
  {
    std::ifstream in(std::string(NEWSFACTS_TEST_DATA_DIR) + "/news/es_ancora_sample.jsonl");
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  REQUIRE(lines.size() >= 50);
  broker.Produce("articles", lines);

  const std::string db = tmp.sub("db");
  Child daemon(DaemonArgs(broker, "articles", "e2e", db), tmp.sub("daemon.err"));
  const bool caught_up = broker.WaitCaughtUp("e2e", "articles", 4, seconds(300));
  INFO(ReadText(tmp.sub("daemon.err")));
  REQUIRE(caught_up);
  REQUIRE(StopDaemon(daemon) == 0);

  // The same lines through the file source are the reference.
  {
    std::ofstream out(tmp.sub("articles.jsonl"));
    for (const auto& l : lines) out << l << "\n";
  }
  const std::string ref = tmp.sub("ref");
  Child file_ingest(
      {NewsfactsBinary(), "ingest", "--input", tmp.sub("articles.jsonl"), "--db", ref, "-q"},
      tmp.sub("file.err"));
  REQUIRE(file_ingest.Wait(seconds(60)) == 0);

  const auto got = FactCounts(db);
  const auto want = FactCounts(ref);
  CHECK(got.size() == lines.size());
  CHECK(got == want);
  uint64_t facts = 0;
  for (const auto& [id, n] : got) facts += n;
  CHECK(facts > lines.size());  // the sample is rich in figures
  // Every partition's stored position is its end offset.
  CHECK(StoredOffsets(db, "articles", 4) == broker.EndOffsets("articles", 4));
}

TEST_CASE("malformed messages go to the dead-letter topic and store with their reason", "[kafka]") {
  LocalBroker broker;
  TempDir tmp("kafka_dlq");
  broker.CreateTopic("articles", 1);
  auto valid = MakeArticles("ok", 4);
  const std::string big_body(4300000, 'a');  // over the extractor's 4 MiB field limit
  const std::string extractor_reject =
      "{\"id\":\"huge\",\"lang\":\"de\",\"title\":\"\",\"body\":\"" + big_body + "\"}";
  const std::string oversized = "{\"id\":\"oversized\",\"lang\":\"de\",\"title\":\"\",\"body\":\"" +
                                std::string(6500000, 'b') + "\"}";
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"{not json", "invalid JSON"},
      {"{\"id\":\"bad-\xff\",\"lang\":\"de\",\"title\":\"t\",\"body\":\"x\"}", "invalid UTF-8"},
      {"{\"id\":\"nobody\",\"lang\":\"de\",\"title\":\"t\"}", "missing required field 'body'"},
      {"{\"id\":17,\"lang\":\"de\",\"title\":\"t\",\"body\":\"Text\"}",
       "field 'id' must be a string"},
      {oversized, "message of "},
      {extractor_reject, "extractor rejected the article"},
  };
  std::vector<std::string> messages = {valid[0]};
  for (size_t i = 0; i < bad.size(); ++i) {
    messages.push_back(bad[i].first);
    if (i == 2) messages.push_back(valid[1]);
  }
  messages.push_back(valid[2]);
  messages.push_back(valid[3]);
  broker.Produce("articles", messages);

  const std::string db = tmp.sub("db");
  Child daemon(DaemonArgs(broker, "articles", "dlq", db,
                          {"--dlq-topic", "articles-dlq", "--max-message-bytes", "6000000", "-X",
                           "message.max.bytes=16000000", "-X", "fetch.message.max.bytes=16000000"}),
               tmp.sub("daemon.err"));
  REQUIRE(broker.WaitCaughtUp("dlq", "articles", 1, seconds(300)));
  REQUIRE(StopDaemon(daemon) == 0);

  // Valid articles around the bad ones are stored.
  const auto ids = StoredIds(db);
  CHECK(ids == std::multiset<std::string>{"ok-0", "ok-1", "ok-2", "ok-3"});

  // The store's dead letters: one per bad message, original bytes, the right reason.
  std::map<std::string, std::string> stored;  // payload -> reason
  {
    auto s = store::Store::Open(db, store::OpenOptions{});
    REQUIRE(s.ok());
    REQUIRE((*s)->ScanDeadLetters([&](const store::DeadLetter& d) {
                  stored[d.payload] = d.reason;
                  return true;
                })
                .ok());
  }
  REQUIRE(stored.size() == bad.size());
  for (const auto& [full, reason] : bad) {
    INFO(reason);
    // A message over --max-message-bytes keeps only its first 4 KiB (size and hash in reason).
    const std::string payload = full.size() > 6000000 ? full.substr(0, 4096) : full;
    REQUIRE(stored.count(payload) == 1);
    CHECK(stored[payload].find(reason) != std::string::npos);
  }

  // The dead-letter topic: one envelope per bad message with reason, position, payload.
  const auto envelopes = broker.ReadAll("articles-dlq");
  REQUIRE(envelopes.size() == bad.size());
  std::set<int64_t> offsets;
  for (const auto& e : envelopes) {
    const size_t at = e.find("\"offset\":");
    REQUIRE(at != std::string::npos);
    offsets.insert(std::stoll(e.substr(at + 9)));
    CHECK(e.find("\"topic\":\"articles\"") != std::string::npos);
    CHECK(e.find("\"partition\":0") != std::string::npos);
  }
  // Message offsets of the bad ones: 1,2,3 then (valid at 4) 5,6,7.
  CHECK(offsets == std::set<int64_t>{1, 2, 3, 5, 6, 7});
  bool found_json = false;
  for (const auto& e : envelopes) {
    if (e.find("\"reason\":\"invalid JSON") == std::string::npos) continue;
    found_json = true;
    CHECK(e.find("\"payload_base64\":\"e25vdCBqc29u\"") != std::string::npos);  // "{not json"
    CHECK(e.find("\"offset\":1,") != std::string::npos);
  }
  CHECK(found_json);
}

TEST_CASE("SIGTERM stores the batch in flight and commits and exits 0 promptly", "[kafka]") {
  LocalBroker broker;
  TempDir tmp("kafka_term");
  broker.CreateTopic("articles", 4);
  broker.Produce("articles", MakeArticles("t", 4000));
  const std::string db = tmp.sub("db");
  Child daemon(DaemonArgs(broker, "articles", "term", db, {"--batch-size", "50"}),
               tmp.sub("daemon.err"));
  // Stop it while it consumes: wait for a stats line showing stored articles.
  const bool consuming = WaitForStoredArticles(tmp.sub("daemon.err"), seconds(60));
  INFO(ReadText(tmp.sub("daemon.err")));
  REQUIRE(consuming);
  const auto t0 = std::chrono::steady_clock::now();
  daemon.Signal(SIGTERM);
  const int rc = daemon.Wait(seconds(60));
  const auto took = std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - t0);
  INFO(ReadText(tmp.sub("daemon.err")));
  INFO("SIGTERM -> exit: " << took.count() << " ms");
  REQUIRE(rc == 0);
  // Promptly: the daemon's own 10 s watchdog did not have to end it (it says so when it
  // does); no wall-time bound of the test's own, which a loaded CI machine could trip.
  CHECK(ReadText(tmp.sub("daemon.err")).find("shutdown did not finish") == std::string::npos);

  // Something was consumed and stored, everything stored is committed, and Kafka's offsets
  // equal the DB's.
  const auto committed = broker.Committed("term", "articles", 4);
  const auto stored = StoredOffsets(db, "articles", 4);
  CHECK(committed == stored);
  int64_t total = 0, total_committed = 0;
  for (const auto& [p, off] : stored) total += std::max<int64_t>(off, 0);
  for (const auto& [p, off] : committed) total_committed += std::max<int64_t>(off, 0);
  CHECK(total > 0);
  CHECK(total_committed == total);
  CHECK(static_cast<int64_t>(StoredIds(db).size()) == total);
}

namespace {

// Six kill -9 rounds of a daemon extracting on `threads` threads, then a clean run: every
// article stored exactly once, stored offsets at the end, nothing re-read by the last run.
void KillRounds(const std::string& threads) {
  LocalBroker broker;
  TempDir tmp("kafka_kill");
  broker.CreateTopic("articles", 4);
  constexpr size_t kArticles = 40000;
  const auto articles = MakeArticles("k", kArticles);
  broker.Produce("articles", articles);
  const std::string db = tmp.sub("db");
  const unsigned seed = std::random_device{}();
  INFO("seed " << seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> pause_ms(0, 400);
  int mid_way_kills = 0;
  size_t previous = 0;
  // A short session so a killed member's partitions are reassigned quickly.
  const std::vector<std::string> fast = {"--threads",
                                         threads,
                                         "--batch-size",
                                         "100",
                                         "--stats-interval",
                                         "0.2",
                                         "-X",
                                         "session.timeout.ms=3000",
                                         "-X",
                                         "heartbeat.interval.ms=1000"};
  for (int round = 0; round < 6; ++round) {
    const std::string err = tmp.sub("round" + std::to_string(round) + ".err");
    Child daemon(DaemonArgs(broker, "articles", "kill", db, fast), err);
    // Kill it at a random moment after it started storing articles in this round (the last
    // round may find nothing left to store).
    (void)WaitForStoredArticles(err, seconds(60));
    std::this_thread::sleep_for(milliseconds(pause_ms(rng)));
    daemon.Signal(SIGKILL);
    REQUIRE(daemon.Wait(seconds(30)) == 128 + SIGKILL);
    const size_t now = StoredIds(db).size();
    CHECK(now >= previous);
    if (now > previous && now < kArticles) ++mid_way_kills;
    previous = now;
  }
  CHECK(mid_way_kills >= 3);  // the kills really hit a consuming daemon

  Child last(DaemonArgs(broker, "articles", "kill", db, {"--threads", threads}),
             tmp.sub("daemon.err"));
  // Started (signal handlers in place) before anything can SIGTERM it.
  const auto started_by = std::chrono::steady_clock::now() + seconds(60);
  while (ReadText(tmp.sub("daemon.err")).find("consuming") == std::string::npos &&
         std::chrono::steady_clock::now() < started_by) {
    std::this_thread::sleep_for(milliseconds(20));
  }
  const bool caught_up = CaughtUp(broker, "kill", "articles", 4, seconds(300));
  INFO(ReadText(tmp.sub("daemon.err")));
  REQUIRE(caught_up);
  REQUIRE(StopDaemon(last) == 0);
  const auto ids = StoredIds(db);
  CHECK(ids.size() == kArticles);
  std::multiset<std::string> want;
  for (size_t i = 0; i < kArticles; ++i) want.insert("k-" + std::to_string(i));
  CHECK(ids == want);
  CHECK(StoredOffsets(db, "articles", 4) == broker.EndOffsets("articles", 4));
  // The final run resumed from the stored positions: it re-read nothing already stored.
  const std::string log = ReadText(tmp.sub("daemon.err"));
  const size_t last_line = log.rfind("stopped after ");
  REQUIRE(last_line != std::string::npos);
  const size_t reread = std::stoul(log.substr(last_line + 14));
  CHECK(reread == kArticles - previous);
}

}  // namespace

TEST_CASE("kill -9 at random moments neither loses nor duplicates articles", "[kafka][slow]") {
  KillRounds("1");
}

TEST_CASE("kill -9 at random moments with --threads 2 neither loses nor duplicates articles",
          "[kafka][slow]") {
  KillRounds("2");
}

TEST_CASE("two daemons in one group share partitions and the survivor takes over",
          "[kafka][slow]") {
  LocalBroker broker;
  TempDir tmp("kafka_group");
  broker.CreateTopic("articles", 4);
  const auto first = MakeArticles("g1", 3000);
  const auto second = MakeArticles("g2", 3000);
  // Both rebalance protocols: eager (range) and cooperative (cooperative-sticky is
  // client-side, so it works against this old broker too).
  const std::string strategy = GENERATE(as<std::string>{}, "range", "cooperative-sticky");
  INFO("partition.assignment.strategy=" << strategy);
  // Indicators on while the two share the group (the guard rail would pause them otherwise).
  const std::vector<std::string> extra = {"-X", "partition.assignment.strategy=" + strategy,
                                          "--partial-indicators"};
  const std::string db_a = tmp.sub("a");
  const std::string db_b = tmp.sub("b");
  Child a(DaemonArgs(broker, "articles", "pair-" + strategy, db_a, extra), tmp.sub("a.err"));
  Child b(DaemonArgs(broker, "articles", "pair-" + strategy, db_b, extra), tmp.sub("b.err"));
  // Both joined: each one's stats line shows a lag entry for at least one partition.
  auto assigned = [&](const std::string& err) {
    const std::string log = ReadText(err);
    const size_t at = log.rfind("stats: ");
    return at != std::string::npos && log.find("articles/", at) != std::string::npos;
  };
  const auto joined_by = std::chrono::steady_clock::now() + seconds(120);
  while (!(assigned(tmp.sub("a.err")) && assigned(tmp.sub("b.err"))) &&
         std::chrono::steady_clock::now() < joined_by) {
    std::this_thread::sleep_for(milliseconds(50));
  }
  INFO(ReadText(tmp.sub("a.err")) << ReadText(tmp.sub("b.err")));
  REQUIRE(assigned(tmp.sub("a.err")));
  REQUIRE(assigned(tmp.sub("b.err")));
  broker.Produce("articles", first);
  const bool first_done = CaughtUp(broker, "pair-" + strategy, "articles", 4, seconds(300));
  INFO(ReadText(tmp.sub("a.err")) << ReadText(tmp.sub("b.err")));
  REQUIRE(first_done);
  a.Signal(SIGKILL);
  REQUIRE(a.Wait(seconds(30)) == 128 + SIGKILL);
  broker.Produce("articles", second);
  // The session of A times out (6 s) and B gets its partitions.
  const bool second_done = CaughtUp(broker, "pair-" + strategy, "articles", 4, seconds(300));
  INFO(ReadText(tmp.sub("b.err")));
  REQUIRE(second_done);
  REQUIRE(StopDaemon(b) == 0);

  const auto ids_a = StoredIds(db_a);
  const auto ids_b = StoredIds(db_b);
  INFO(ReadText(tmp.sub("a.err")) << ReadText(tmp.sub("b.err")));
  CHECK(!ids_a.empty());  // A had partitions before it died
  CHECK(!ids_b.empty());
  // No article is in both DBs, and together they hold every article.
  const auto records = RecordsPerId(std::vector<std::string>{db_a, db_b});
  const auto duplicates = Duplicates(records);
  std::string listed;
  for (size_t i = 0; i < duplicates.size() && i < 20; ++i) listed += duplicates[i] + " ";
  INFO(duplicates.size() << " articles stored by both daemons: " << listed);
  CHECK(duplicates.empty());
  CHECK(records.size() == first.size() + second.size());
  // Indicators were maintained on both (each from its share: the guard rail said so).
  for (const auto& [db, err] : {std::pair{db_a, tmp.sub("a.err")}, {db_b, tmp.sub("b.err")}}) {
    auto opened = store::Store::Open(db, store::OpenOptions{});
    REQUIRE(opened.ok());
    size_t buckets = 0;
    REQUIRE(
        (*opened)
            ->ScanAllIndicators("",
                                [&](std::string_view, std::string_view, int64_t, std::string_view) {
                                  ++buckets;
                                  return true;
                                })
            .ok());
    CHECK(buckets > 0);
    CHECK(ReadText(err).find("--partial-indicators: updating them anyway") != std::string::npos);
  }
  // Everything after A's death is in B.
  for (size_t i = 0; i < second.size(); ++i) {
    INFO("g2-" << i);
    REQUIRE(ids_b.count("g2-" + std::to_string(i)) == 1);
  }
}
