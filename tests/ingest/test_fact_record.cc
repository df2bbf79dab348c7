// Facts records (ingest/fact_record.h): the extract stage's output and the store stage's
// input. A record must carry everything the store keeps, exactly; a record of a version this
// build does not know must become a dead letter with its reason.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/article_decoder.h"
#include "ingest/clock.h"
#include "ingest/fact_record.h"
#include "ingest/pipeline.h"
#include "store/codec.h"
#include "store/store.h"
#include "tests/test_util.h"

using namespace newsfacts;
using testing::TempDir;

namespace {

std::vector<std::string> SeedLines() {
  std::ifstream in(std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  REQUIRE(lines.size() >= 4);
  return lines;
}

ingest::Message Msg(std::string payload, const std::string& topic, int64_t offset) {
  return ingest::Message{std::move(payload), {"kafka:" + topic, 0, offset}, -1};
}

// Every stored fact as its encoded bytes, keyed by (article id, index).
std::map<std::pair<std::string, uint32_t>, std::string> FactBytes(const store::Store& db) {
  std::map<std::pair<std::string, uint32_t>, std::string> out;
  REQUIRE(db.ScanFacts({}, [&](const store::Fact& f) {
              out[{f.article_id, f.index}] = store::codec::EncodeFact(f);
              return true;
            }).ok());
  return out;
}

}  // namespace

TEST_CASE("a facts record carries the article and every figure and mention exactly",
          "[ingest][facts_record]") {
  extract::Extractor extractor;
  ingest::ArticleDecoder decoder;
  ingest::FactRecordDecoder records;
  size_t figures = 0;
  for (const std::string& line : SeedLines()) {
    auto article = decoder.Decode(line);
    REQUIRE(article.ok());
    extract::Extraction ex;
    REQUIRE(extractor.Extract(*article, &ex).ok());
    const std::string json = ingest::EncodeFactRecord(*article, ex, 2);
    auto back = records.Decode(json);
    REQUIRE(back.ok());
    CHECK(back->extractor_version == 2);
    CHECK(back->article.id == article->id);
    CHECK(back->article.body == article->body);
    CHECK(back->article.title == article->title);
    CHECK(back->article.published_at_ms == article->published_at_ms);
    CHECK(back->extraction.lang == ex.lang);
    REQUIRE(back->extraction.figures.size() == ex.figures.size());
    REQUIRE(back->extraction.entities.size() == ex.entities.size());
    for (size_t i = 0; i < ex.figures.size(); ++i) {
      std::string a, b;
      store::codec::EncodeFigure(ex.figures[i], &a);
      store::codec::EncodeFigure(back->extraction.figures[i], &b);
      CHECK(a == b);  // every field, byte for byte
    }
    for (size_t i = 0; i < ex.entities.size(); ++i) {
      CHECK(store::codec::EncodeMention(ex.entities[i]) ==
            store::codec::EncodeMention(back->extraction.entities[i]));
    }
    // Deterministic: the same input gives the same record (a re-send is identical).
    CHECK(ingest::EncodeFactRecord(back->article, back->extraction, 2) == json);
    figures += ex.figures.size();
  }
  CHECK(figures > 10);
}

TEST_CASE("facts record numbers read back to the same double", "[ingest][facts_record]") {
  extract::Article a;
  a.id = "n-1";
  a.body = "x";
  extract::Extraction ex;
  for (double v : {0.1 + 0.2, 1.7000000000000002, 12e9, 1e-7, 123456789.123456789}) {
    extract::Figure f;
    f.value = v;
    f.value_high = v * 3;
    ex.figures.push_back(f);
  }
  ingest::FactRecordDecoder records;
  auto back = records.Decode(ingest::EncodeFactRecord(a, ex, 1));
  REQUIRE(back.ok());
  REQUIRE(back->extraction.figures.size() == ex.figures.size());
  for (size_t i = 0; i < ex.figures.size(); ++i) {
    CHECK(back->extraction.figures[i].value == ex.figures[i].value);  // exact, not approx
    CHECK(back->extraction.figures[i].value_high == ex.figures[i].value_high);
  }
}

TEST_CASE("the store stage stores records and dead-letters unknown versions with the reason",
          "[ingest][facts_record][pipeline]") {
  const std::vector<std::string> lines = SeedLines();
  extract::Extractor extractor;
  ingest::ArticleDecoder decoder;
  ingest::FakeClock clock(1'700'000'000'000);

  // Reference: the articles through the one-process pipeline.
  TempDir ref_dir("facts_ref");
  auto ref = store::Store::Open(ref_dir.path(), {});
  REQUIRE(ref.ok());
  {
    ingest::Pipeline p(extractor, ref->get(), clock);
    std::vector<ingest::Message> batch;
    for (size_t i = 0; i < lines.size(); ++i) batch.push_back(Msg(lines[i], "articles", i));
    REQUIRE(p.ProcessBatch(batch).ok());
  }

  // Store stage: the same articles as facts records, plus a future version and garbage.
  std::vector<ingest::Message> batch;
  for (size_t i = 0; i < lines.size(); ++i) {
    auto a = decoder.Decode(lines[i]);
    REQUIRE(a.ok());
    extract::Extraction ex;
    REQUIRE(extractor.Extract(*a, &ex).ok());
    batch.push_back(Msg(ingest::EncodeFactRecord(*a, ex, extract::Extractor::kVersion), "facts",
                        static_cast<int64_t>(i)));
  }
  std::string future = batch[0].payload;
  const std::string v1 = "\"version\":" + std::to_string(ingest::kFactRecordVersion);
  REQUIRE(future.find(v1) != std::string::npos);
  future.replace(future.find(v1), v1.size(), "\"version\":99");
  batch.push_back(Msg(future, "facts", 100));
  batch.push_back(Msg(R"({"schema":"other","version":1})", "facts", 101));
  batch.push_back(
      Msg(R"({"schema":"newsfacts.facts","version":1,"extractor_version":2,"article":{}})", "facts",
          102));

  TempDir dir("facts_store");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  ingest::PipelineOptions options;
  options.input = ingest::PipelineInput::kFactRecords;
  ingest::Pipeline stage(extractor, db->get(), clock, options);
  auto outcome = stage.ProcessBatch(batch);
  REQUIRE(outcome.ok());
  CHECK(outcome->articles == lines.size());
  REQUIRE(outcome->rejected.size() == 3);
  CHECK(outcome->rejected[0].position.offset == 100);
  CHECK(outcome->rejected[0].reason ==
        "facts record version 99 is not supported (this build reads version 1)");
  CHECK(outcome->rejected[1].reason.find("unknown schema") != std::string::npos);
  CHECK(outcome->rejected[2].reason.find("article.id") != std::string::npos);
  std::vector<store::DeadLetter> dls;
  REQUIRE((*db)
              ->ScanDeadLetters([&](const store::DeadLetter& d) {
                dls.push_back(d);
                return true;
              })
              .ok());
  REQUIRE(dls.size() == 3);
  CHECK(dls[0].payload == future);

  // Same facts, byte for byte, as the one-process pipeline.
  const auto expected = FactBytes(**ref);
  CHECK(expected.size() > 10);
  CHECK(FactBytes(**db) == expected);

  // A re-sent record (an extract instance crashed before committing) changes nothing.
  std::vector<ingest::Message> again(batch.begin(), batch.begin() + 2);
  again[0].position.offset = 200;
  again[1].position.offset = 201;
  auto re = stage.ProcessBatch(again);
  REQUIRE(re.ok());
  CHECK(re->write.articles_unchanged == 2);
  CHECK(re->write.articles_new == 0);
}

namespace {

class RecordingSink : public ingest::ExtractedSink {
 public:
  common::Status Deliver(const std::vector<const extract::Article*>& articles,
                         const std::vector<const extract::Extraction*>& extractions,
                         const std::vector<store::DeadLetter>& dead_letters) override {
    if (fail) return common::Status::Unavailable("broker did not ack");
    for (size_t i = 0; i < articles.size(); ++i) {
      records.push_back(ingest::EncodeFactRecord(*articles[i], *extractions[i], 1));
    }
    dead = dead_letters.size();
    return common::Status::Ok();
  }
  bool fail = false;
  std::vector<std::string> records;
  size_t dead = 0;
};

}  // namespace

TEST_CASE("the extract stage hands every article to its sink and fails the batch on no ack",
          "[ingest][facts_record][pipeline]") {
  extract::Extractor extractor;
  ingest::FakeClock clock(1'700'000'000'000);
  RecordingSink sink;
  ingest::PipelineOptions options;
  options.sink = &sink;
  ingest::Pipeline pipeline(extractor, nullptr, clock, options);
  std::vector<ingest::Message> batch;
  const auto lines = SeedLines();
  for (size_t i = 0; i < lines.size(); ++i) batch.push_back(Msg(lines[i], "articles", i));
  batch.push_back(Msg(R"({"id":"no-body"})", "articles", 50));
  auto outcome = pipeline.ProcessBatch(batch);
  REQUIRE(outcome.ok());
  CHECK(sink.records.size() == lines.size());
  CHECK(sink.dead == 1);
  REQUIRE(outcome->next_offsets.size() == 1);
  CHECK(outcome->next_offsets[0].offset == 51);
  sink.fail = true;
  auto failed = pipeline.ProcessBatch(batch);
  CHECK_FALSE(failed.ok());  // Run returns it: nothing is committed
}
