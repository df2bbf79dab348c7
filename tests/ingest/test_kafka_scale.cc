// Broker tests of the scale-out topology (README "Scale-out"): extract-stage instances in one
// group on the articles topic, store-stage replicas each reading the whole facts topic, and the
// guard rail of a single-process daemon that shares its group. The real `newsfacts` binary
// against a real local broker (label "kafka"); each TEST_CASE starts its own broker.
#include <signal.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/json_writer.h"
#include "common/time.h"
#include "ingest/article_decoder.h"
#include "ingest/fact_record.h"
#include "ingest/kafka_client.h"
#include "store/codec.h"
#include "store/store.h"
#include "tests/ingest/kafka_test_util.h"

using namespace newsfacts;
using namespace newsfacts::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

struct Text {
  std::string lang, title, body;
};

// Article texts: the real corpus in ../shared/corpus when present, else the news sample in
// tests/data; plus the sample seeds (budgets, chip orders: they feed indicators and alerts).
std::vector<Text> Texts() {
  std::vector<std::string> files;
  const std::filesystem::path corpus = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  if (std::filesystem::is_directory(corpus)) {
    for (const auto& e : std::filesystem::directory_iterator(corpus)) {
      if (e.path().extension() == ".jsonl") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(std::string(NEWSFACTS_TEST_DATA_DIR) + "/news/es_ancora_sample.jsonl");
  }
  files.push_back(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl");
  ingest::ArticleDecoder decoder;
  std::vector<Text> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    for (std::string line; std::getline(in, line);) {
      auto a = decoder.Decode(line);
      if (!a.ok()) continue;
      out.push_back({std::string(a->lang == extract::Lang::kUnknown ? std::string_view()
                                                                    : extract::LangName(a->lang)),
                     a->title, a->body});
    }
  }
  REQUIRE(out.size() > 50);
  return out;
}

std::string ArticleJson(const std::string& id, const Text& t, int64_t published_ms) {
  std::string out;
  common::JsonWriter w(&out);
  w.BeginObject().Key("id").String(id);
  if (!t.lang.empty()) w.Key("lang").String(t.lang);
  w.Key("title").String(t.title).Key("body").String(t.body);
  w.Key("published_at").String(common::FormatRfc3339Ms(published_ms));
  w.EndObject();
  return out;
}

// n articles with unique ids "s-<i>", texts cycled, published over 30 days (spread so that
// hours, periods and latest values vary; every article has an event time of its own, so no
// state depends on a process's clock).
std::vector<std::pair<std::string, std::string>> ScaleArticles(const std::vector<Text>& texts,
                                                               size_t n) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(n);
  const int64_t base = 1'735'689'600'000;  // 2025-01-01
  for (size_t i = 0; i < n; ++i) {
    const int64_t at = base + static_cast<int64_t>((i * 7919) % (size_t{30} * 24)) * 3'600'000 +
                       static_cast<int64_t>(i % 3600) * 1000;
    const std::string id = "s-" + std::to_string(i);
    out.emplace_back(id, ArticleJson(id, texts[i % texts.size()], at));
  }
  return out;
}

// Produces (key, value) pairs and waits for delivery.
void ProduceKeyed(const LocalBroker& broker, const std::string& topic,
                  const std::vector<std::pair<std::string, std::string>>& messages) {
  auto producer = ingest::KafkaProducer::Open(broker.ClientProperties());
  REQUIRE(producer.ok());
  for (const auto& [k, v] : messages) REQUIRE((*producer)->Produce(topic, k, v).ok());
  REQUIRE((*producer)->Flush(seconds(120)).ok());
  REQUIRE((*producer)->failed() == 0);
}

std::vector<std::string> Common(const LocalBroker& broker) {
  return {NewsfactsBinary(),
          "ingest",
          "--brokers",
          broker.bootstrap(),
          "--config",
          broker.client_config(),
          "-X",
          "session.timeout.ms=6000",
          "-X",
          "heartbeat.interval.ms=2000",
          "--stats-interval",
          "1",
          "--batch-size",
          "200"};
}

std::vector<std::string> ExtractArgs(const LocalBroker& broker) {
  auto a = Common(broker);
  a.insert(a.end(), {"--topic", "articles", "--group", "extract", "--no-store", "--facts-topic",
                     "facts", "--dlq-topic", "articles.dlq"});
  return a;
}

std::vector<std::string> StoreArgs(const LocalBroker& broker, const std::string& group,
                                   const std::string& db) {
  auto a = Common(broker);
  a.insert(a.end(), {"--from-facts", "facts", "--group", group, "--db", db, "--no-sync"});
  return a;
}

// What must be equal between replicas and the reference: every fact (encoded), every
// indicator bucket (not the alert feed, whose detection times differ), the alert ids.
struct DbState {
  std::map<std::pair<std::string, uint32_t>, std::string> facts;
  std::map<std::string, std::string> bodies;  // article id -> body
  std::map<std::string, std::string> indicators;
  std::set<std::string> alert_ids;
};

DbState ReadState(const std::string& path) {
  DbState s;
  auto db = store::Store::Open(path, store::OpenOptions{});
  REQUIRE(db.ok());
  REQUIRE((*db)
              ->ScanFacts({},
                          [&](const store::Fact& f) {
                            s.facts[{f.article_id, f.index}] = store::codec::EncodeFact(f);
                            return true;
                          })
              .ok());
  REQUIRE((*db)
              ->ScanArticles([&](const store::StoredArticle& a) {
                s.bodies[a.article.id] = a.article.body;
                return true;
              })
              .ok());
  REQUIRE((*db)
              ->ScanAllIndicators("",
                                  [&](std::string_view name, std::string_view entity,
                                      int64_t bucket, std::string_view value) {
                                    if (name == "~alert") {
                                      s.alert_ids.insert(std::string(entity));
                                    } else if (name.empty() || name[0] != '~') {
                                      s.indicators[std::string(name) + "|" + std::string(entity) +
                                                   "|" + std::to_string(bucket)] =
                                          std::string(value);
                                    }
                                    return true;
                                  })
              .ok());
  return s;
}

template <typename M>
size_t Differences(const M& a, const M& b) {
  size_t n = 0;
  for (const auto& kv : a) n += b.count(kv.first) == 0 || b.at(kv.first) != kv.second;
  for (const auto& kv : b) n += a.count(kv.first) == 0;
  return n;
}

bool LogHas(const std::string& path, const std::string& text) {
  return ReadText(path).find(text) != std::string::npos;
}

bool WaitLog(const std::string& path, const std::string& text, seconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (!LogHas(path, text) && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(milliseconds(100));
  }
  return LogHas(path, text);
}

size_t IndicatorBuckets(const std::string& path) {
  auto db = store::Store::Open(path, store::OpenOptions{});
  REQUIRE(db.ok());
  size_t n = 0;
  REQUIRE(
      (*db)
          ->ScanAllIndicators("",
                              [&](std::string_view, std::string_view, int64_t, std::string_view) {
                                ++n;
                                return true;
                              })
          .ok());
  return n;
}

}  // namespace

TEST_CASE("3 extract instances and 2 store replicas, with kills, equal a single-process reference",
          "[kafka][slow]") {
  LocalBroker broker;
  TempDir tmp("kafka_scale");
  broker.CreateTopic("articles", 4);
  // One partition (the recommended setup). Replicas agree whatever the order they read in:
  // the alert rules follow data order (event time, article id), not arrival.
  broker.CreateTopic("facts", 1);
  broker.CreateTopic("articles.dlq", 1);
  const auto texts = Texts();
  constexpr size_t kArticles = 20000;
  constexpr size_t kChanged = 600;
  const auto articles = ScaleArticles(texts, kArticles);
  // Re-sent with changed text (a correction): the replicas must keep the new version only.
  std::vector<std::pair<std::string, std::string>> changed;
  for (size_t i = 0; i < kChanged; ++i) {
    const size_t k = (i * 31) % kArticles;
    Text t = texts[k % texts.size()];
    t.title = "Korrektur: " + t.title;
    t.body += " Nvidia lieferte 2025 rund 40.000 Chips an ByteDance.";
    changed.emplace_back(articles[k].first, ArticleJson(articles[k].first, t,
                                                        1'735'689'600'000 + int64_t{3'600'000} * 7 +
                                                            static_cast<int64_t>(i) * 1000));
  }

  std::vector<std::unique_ptr<Child>> extract;
  int extract_starts = 0;
  auto start_extract = [&](size_t slot) {
    extract[slot] = std::make_unique<Child>(
        ExtractArgs(broker), tmp.sub("extract" + std::to_string(extract_starts++) + ".err"));
  };
  extract.resize(3);
  for (size_t i = 0; i < 3; ++i) start_extract(i);
  const std::string db_a = tmp.sub("replica_a"), db_b = tmp.sub("replica_b");
  auto replica_a = std::make_unique<Child>(StoreArgs(broker, "store-a", db_a), tmp.sub("a.err"));
  auto replica_b = std::make_unique<Child>(StoreArgs(broker, "store-b", db_b), tmp.sub("b.err"));

  std::thread producer([&] {
    ProduceKeyed(broker, "articles", articles);
    ProduceKeyed(broker, "articles", changed);
  });
  // Kill extract instances while they work (and once a replica), restarting each.
  std::mt19937 rng(14);
  int kills = 0;
  bool replica_killed = false;
  const auto started = std::chrono::steady_clock::now();
  while (kills < 6 && std::chrono::steady_clock::now() - started < seconds(120)) {
    std::this_thread::sleep_for(milliseconds(1500 + rng() % 2000));
    const size_t slot = rng() % 3;
    extract[slot]->Signal(SIGKILL);
    REQUIRE(extract[slot]->Wait(seconds(30)) == 128 + SIGKILL);
    start_extract(slot);
    ++kills;
    if (kills == 3) {
      replica_b->Signal(SIGKILL);
      REQUIRE(replica_b->Wait(seconds(30)) == 128 + SIGKILL);
      std::this_thread::sleep_for(milliseconds(1000));
      replica_b = std::make_unique<Child>(StoreArgs(broker, "store-b", db_b), tmp.sub("b.err"));
      replica_killed = true;
    }
  }
  producer.join();
  CHECK(kills == 6);
  CHECK(replica_killed);
  const auto logs = [&] {
    std::string all;
    for (int i = 0; i < extract_starts; ++i) {
      all += "--- extract" + std::to_string(i) + "\n" +
             ReadText(tmp.sub("extract" + std::to_string(i) + ".err"));
    }
    return all + "--- a\n" + ReadText(tmp.sub("a.err")) + "--- b\n" + ReadText(tmp.sub("b.err"));
  };
  const bool extracted = broker.WaitCaughtUp("extract", "articles", 4, seconds(300));
  INFO(logs());
  REQUIRE(extracted);
  REQUIRE(broker.WaitCaughtUp("store-a", "facts", 1, seconds(300)));
  REQUIRE(broker.WaitCaughtUp("store-b", "facts", 1, seconds(300)));
  for (auto& e : extract) {
    e->Signal(SIGTERM);
    CHECK(e->Wait(seconds(60)) == 0);
  }
  replica_a->Signal(SIGTERM);
  replica_b->Signal(SIGTERM);
  CHECK(replica_a->Wait(seconds(60)) == 0);
  CHECK(replica_b->Wait(seconds(60)) == 0);

  // The reference: one `newsfacts ingest` process over the same article sequence the facts
  // topic carries (re-sends included), from a file.
  const auto records = broker.ReadAll("facts");
  REQUIRE(records.size() >= kArticles + kChanged);
  ingest::FactRecordDecoder decoder;
  std::set<std::string> record_ids;
  {
    std::ofstream ref_in(tmp.sub("reference.jsonl"));
    for (const auto& r : records) {
      auto rec = decoder.Decode(r);
      REQUIRE(rec.ok());
      record_ids.insert(rec->article.id);
      Text t{std::string(rec->article.lang == extract::Lang::kUnknown
                             ? std::string_view()
                             : extract::LangName(rec->article.lang)),
             rec->article.title, rec->article.body};
      ref_in << ArticleJson(rec->article.id, t, *rec->article.published_at_ms) << "\n";
    }
  }
  CHECK(record_ids.size() == kArticles);
  const std::string db_ref = tmp.sub("reference");
  Child ref({NewsfactsBinary(), "ingest", "--input", tmp.sub("reference.jsonl"), "--db", db_ref,
             "--batch-size", "200"},
            tmp.sub("ref.err"));
  REQUIRE(ref.Wait(seconds(300)) == 0);

  const DbState a = ReadState(db_a), b = ReadState(db_b), reference = ReadState(db_ref);
  INFO(records.size() - kArticles - kChanged
       << " records re-sent by killed extract instances; " << reference.alert_ids.size()
       << " alerts, " << reference.indicators.size() << " indicator buckets, "
       << reference.facts.size() << " facts");
  // None missing, none twice, the latest version kept.
  CHECK(a.bodies.size() == kArticles);
  CHECK(b.bodies.size() == kArticles);
  for (const auto& [id, json] : changed) {
    REQUIRE(a.bodies.count(id) == 1);
    CHECK(a.bodies.at(id).find("40.000 Chips an ByteDance") != std::string::npos);
    CHECK(b.bodies.at(id) == a.bodies.at(id));
  }
  CHECK(reference.facts.size() > kArticles);
  CHECK(Differences(a.facts, reference.facts) == 0);
  CHECK(Differences(b.facts, reference.facts) == 0);
  CHECK(Differences(a.bodies, reference.bodies) == 0);
  CHECK(!reference.indicators.empty());
  CHECK(Differences(a.indicators, reference.indicators) == 0);
  // The replica that was SIGKILLed and restarted too (its aggregator read its state back from
  // the store, and it replayed the records after its last stored offset).
  CHECK(Differences(b.indicators, reference.indicators) == 0);
  CHECK(!reference.alert_ids.empty());
  CHECK(a.alert_ids == reference.alert_ids);
  CHECK(b.alert_ids == reference.alert_ids);
  // A one-process run over the ORIGINAL produce order (not the order the facts topic carries,
  // which depends on how the articles spread over the 4 partitions and on the kills) holds the
  // same facts, indicators and alert ids: none of them depends on arrival order.
  {
    std::ofstream orig(tmp.sub("original.jsonl"));
    for (const auto& [id, json] : articles) orig << json << "\n";
    for (const auto& [id, json] : changed) orig << json << "\n";
  }
  const std::string db_orig = tmp.sub("original");
  Child orig({NewsfactsBinary(), "ingest", "--input", tmp.sub("original.jsonl"), "--db", db_orig,
              "--batch-size", "500"},
             tmp.sub("orig.err"));
  REQUIRE(orig.Wait(seconds(300)) == 0);
  const DbState original = ReadState(db_orig);
  CHECK(Differences(original.facts, reference.facts) == 0);
  CHECK(Differences(original.indicators, reference.indicators) == 0);
  CHECK(original.alert_ids == reference.alert_ids);
}

TEST_CASE("a daemon sharing its group pauses indicators unless --partial-indicators", "[kafka]") {
  LocalBroker broker;
  TempDir tmp("kafka_guard");
  broker.CreateTopic("articles", 4);
  auto args = [&](const std::string& db, bool partial) {
    auto a = Common(broker);
    a.insert(a.end(), {"--topic", "articles", "--group", "shared", "--db", db});
    if (partial) a.emplace_back("--partial-indicators");
    return a;
  };
  const std::string db_a = tmp.sub("a"), db_b = tmp.sub("b");
  Child a(args(db_a, true), tmp.sub("a.err"));
  Child b(args(db_b, false), tmp.sub("b.err"));
  const std::string warning = "WARNING: this member is not assigned";
  const bool warned = WaitLog(tmp.sub("a.err"), warning, seconds(60)) &&
                      WaitLog(tmp.sub("b.err"), warning, seconds(60));
  INFO(ReadText(tmp.sub("a.err")) << ReadText(tmp.sub("b.err")));
  REQUIRE(warned);
  CHECK(LogHas(tmp.sub("b.err"), "Indicators and alerts are PAUSED"));
  CHECK(LogHas(tmp.sub("b.err"), "--from-facts"));  // names the two-stage fix
  CHECK(LogHas(tmp.sub("a.err"), "--partial-indicators: updating them anyway"));
  const auto texts = Texts();
  ProduceKeyed(broker, "articles", ScaleArticles(texts, 400));
  REQUIRE(broker.WaitCaughtUp("shared", "articles", 4, seconds(300)));
  // A leaves; B then holds every partition and resumes.
  a.Signal(SIGTERM);
  REQUIRE(a.Wait(seconds(60)) == 0);
  CHECK(WaitLog(tmp.sub("b.err"), "holds every partition again", seconds(60)));
  b.Signal(SIGTERM);
  REQUIRE(b.Wait(seconds(60)) == 0);
  CHECK_FALSE(StoredIds(db_b).empty());
  CHECK_FALSE(StoredIds(db_a).empty());
  CHECK(IndicatorBuckets(db_a) > 0);   // --partial-indicators: kept updating
  CHECK(IndicatorBuckets(db_b) == 0);  // paused while it shared the group
  // Alone, B updates them again.
  Child b2(args(db_b, false), tmp.sub("b2.err"));
  auto more = ScaleArticles(texts, 500);
  more.erase(more.begin(), more.begin() + 400);
  ProduceKeyed(broker, "articles", more);
  REQUIRE(broker.WaitCaughtUp("shared", "articles", 4, seconds(300)));
  b2.Signal(SIGTERM);
  REQUIRE(b2.Wait(seconds(60)) == 0);
  CHECK_FALSE(LogHas(tmp.sub("b2.err"), warning));
  CHECK(IndicatorBuckets(db_b) > 0);
}
