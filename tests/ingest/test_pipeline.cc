#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "extract/extractor.h"
#include "ingest/clock.h"
#include "ingest/file_source.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;
using namespace newsfacts;

namespace {

using testing::TempDir;

ingest::Message Msg(std::string payload, int64_t offset, int32_t partition = 0) {
  return ingest::Message{std::move(payload), {"kafka:articles", partition, offset}, -1};
}

std::vector<store::DeadLetter> DeadLetters(const store::Store& db) {
  std::vector<store::DeadLetter> out;
  REQUIRE(db.ScanDeadLetters([&](const store::DeadLetter& d) {
              out.push_back(d);
              return true;
            }).ok());
  return out;
}

// A source that is unavailable `failures` times, then yields its messages once.
class FlakySource : public ingest::Source {
 public:
  FlakySource(int failures, std::vector<ingest::Message> messages)
      : failures_(failures), messages_(std::move(messages)) {}
  common::Status Poll(size_t, std::chrono::milliseconds,
                      std::vector<ingest::Message>* out) override {
    ++polls;
    if (failures_-- > 0) return common::Status::Unavailable("broker down");
    for (auto& m : messages_) out->push_back(m);
    done_ = true;
    return common::Status::Ok();
  }
  bool AtEnd() const override { return done_; }
  common::Status Commit(const std::vector<store::SourcePosition>& next) override {
    committed = next;
    return common::Status::Ok();
  }
  int polls = 0;
  std::vector<store::SourcePosition> committed;

 private:
  int failures_;
  std::vector<ingest::Message> messages_;
  bool done_ = false;
};

}  // namespace

TEST_CASE("pipeline stores good articles and dead-letters bad ones in one batch",
          "[ingest][pipeline]") {
  TempDir dir("pipeline");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock(1'700'000'000'000);
  ingest::Pipeline pipeline(extractor, db->get(), clock);

  std::vector<ingest::Message> batch = {
      Msg(R"({"id":"good-1","lang":"de","body":"Ein Marktanteil von 6,2 % im Jahr."})", 10),
      Msg(R"({"id":"bad-json","body":)", 11),
      Msg(R"({"id":"no-body"})", 12),
      Msg(R"({"id":"good-2","lang":"es","body":"alcanzando el 17 % del mercado"})", 13),
  };
  auto outcome = pipeline.ProcessBatch(batch);
  REQUIRE(outcome.ok());
  CHECK(outcome->messages == 4);
  CHECK(outcome->articles == 2);
  CHECK(outcome->write.articles_new == 2);
  REQUIRE(outcome->rejected.size() == 2);
  CHECK(outcome->rejected[0].position.offset == 11);
  CHECK(outcome->rejected[0].reason.rfind("invalid JSON", 0) == 0);
  CHECK(outcome->rejected[1].reason == "missing required field 'body'");
  REQUIRE(outcome->next_offsets.size() == 1);
  CHECK(outcome->next_offsets[0].offset == 14);

  auto stored = (*db)->GetArticle("good-1");
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  CHECK((*stored)->article.body == "Ein Marktanteil von 6,2 % im Jahr.");
  CHECK((*stored)->ingested_at_ms == 1'700'000'000'000);
  auto next = (*db)->GetNextOffset("kafka:articles", 0);
  REQUIRE(next.ok());
  REQUIRE(next->has_value());
  CHECK(**next == 14);

  auto dls = DeadLetters(**db);
  REQUIRE(dls.size() == 2);
  CHECK(dls[0].payload == R"({"id":"bad-json","body":)");
  CHECK(dls[1].reason == "missing required field 'body'");
  CHECK(dls[1].position.offset == 12);

  size_t facts = 0;
  REQUIRE((*db)
              ->ScanFacts({},
                          [&](const store::Fact& f) {
                            CHECK((f.article_id == "good-1" || f.article_id == "good-2"));
                            ++facts;
                            return true;
                          })
              .ok());
  CHECK(facts == outcome->facts);
  CHECK(facts >= 2);
}

TEST_CASE("pipeline tracks the next offset per partition", "[ingest][pipeline]") {
  TempDir dir("pipeline_parts");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock;
  ingest::Pipeline pipeline(extractor, db->get(), clock);
  auto outcome = pipeline.ProcessBatch({Msg(R"({"id":"a","body":"x"})", 5, 0),
                                        Msg(R"({"id":"b","body":"y"})", 7, 1),
                                        Msg(R"({"id":"c","body":"z"})", 6, 0)});
  REQUIRE(outcome.ok());
  REQUIRE(outcome->next_offsets.size() == 2);
  CHECK(**(*db)->GetNextOffset("kafka:articles", 0) == 7);
  CHECK(**(*db)->GetNextOffset("kafka:articles", 1) == 8);
}

TEST_CASE("running a file source stores valid lines and reports bad ones by line",
          "[ingest][pipeline]") {
  TempDir dir("run_file");
  const std::string input = dir.sub("in.jsonl");
  std::ofstream(input) << R"({"id":"1","body":"Umsatz stieg um 13 Prozent"})"
                       << "\n"
                       << "not json\n"
                       << R"({"id":"3","body":"el 15% del mercado","lang":"es"})"
                       << "\n";
  auto db = store::Store::Open(dir.sub("db"), {});
  REQUIRE(db.ok());
  auto src = ingest::FileSource::Open(input);
  REQUIRE(src.ok());
  extract::Extractor extractor;
  ingest::Pipeline pipeline(extractor, db->get(), ingest::SystemClock::Get());
  std::atomic<bool> stop{false};
  ingest::RunTotals totals;
  std::vector<ingest::Rejection> rejected;
  ingest::RunOptions options;
  options.batch_size = 2;
  REQUIRE(ingest::Run(**src, pipeline, stop, options, &totals, [&](const ingest::BatchOutcome& o) {
            rejected.insert(rejected.end(), o.rejected.begin(), o.rejected.end());
          }).ok());
  CHECK(totals.batches == 2);
  CHECK(totals.messages == 3);
  CHECK(totals.articles == 2);
  CHECK(totals.dead_letters == 1);
  REQUIRE(rejected.size() == 1);
  CHECK(rejected[0].position.offset + 1 == 2);  // line 2
  CHECK((*db)->GetArticle("3")->has_value());
}

TEST_CASE("run retries an unavailable source with backoff and commits after storing",
          "[ingest][pipeline]") {
  TempDir dir("run_flaky");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::Pipeline pipeline(extractor, db->get(), ingest::SystemClock::Get());
  FlakySource source(2, {Msg(R"({"id":"k","body":"x"})", 41)});
  std::atomic<bool> stop{false};
  ingest::RunTotals totals;
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(ingest::Run(source, pipeline, stop, {}, &totals).ok());
  const auto waited = std::chrono::steady_clock::now() - t0;
  CHECK(source.polls == 3);
  CHECK(waited >= std::chrono::milliseconds(300));  // 100 ms + 200 ms of backoff
  REQUIRE(source.committed.size() == 1);
  CHECK(source.committed[0].offset == 42);
  CHECK((*db)->GetArticle("k")->has_value());
}

TEST_CASE("run stops promptly when asked while the source is down", "[ingest][pipeline]") {
  TempDir dir("run_stop");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::Pipeline pipeline(extractor, db->get(), ingest::SystemClock::Get());
  FlakySource source(1000, {});
  std::atomic<bool> stop{false};
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop = true;
  });
  ingest::RunTotals totals;
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(ingest::Run(source, pipeline, stop, {}, &totals).ok());
  stopper.join();
  // A Run that ignored the flag would retry 1,000 times with up to 5 s of backoff each; the
  // bound is far from both that and from what a loaded CI machine adds to 0.3 s.
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(20));
  CHECK(totals.batches == 0);
}
