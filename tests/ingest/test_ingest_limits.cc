// Per-message and per-batch bounds, idempotent dead letters and file resume (issue 13):
// oversized lines/messages are never held whole, their dead letter keeps a prefix, the size
// and the hash; a leading BOM is skipped; peak RSS stays bounded (read from
// /proc/self/status after resetting it through /proc/self/clear_refs).
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extractor.h"
#include "ingest/clock.h"
#include "ingest/file_source.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace fs = std::filesystem;
using namespace newsfacts;
using testing::TempDir;

namespace {

std::vector<ingest::Message> PollAll(ingest::FileSource& src, size_t max = 1000) {
  std::vector<ingest::Message> out;
  while (!src.AtEnd()) REQUIRE(src.Poll(max, std::chrono::milliseconds(0), &out).ok());
  return out;
}

std::vector<store::DeadLetter> DeadLetters(const store::Store& db) {
  std::vector<store::DeadLetter> out;
  REQUIRE(db.ScanDeadLetters([&](const store::DeadLetter& d) {
              out.push_back(d);
              return true;
            }).ok());
  return out;
}

std::string Article(const std::string& id, const std::string& body) {
  return R"({"id":")" + id + R"(","lang":"en","body":")" + body + R"("})";
}

// Peak resident set (VmHWM) in MiB; ResetPeakRss() starts a new measurement.
bool ResetPeakRss() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return static_cast<bool>(f);
}
double PeakRssMiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return -1;
}

// Ingests `file` as `newsfacts ingest --input` does (default limits) and returns the
// outcome totals.
ingest::RunTotals IngestFile(const extract::Extractor& extractor, const std::string& file,
                             const std::string& db_dir) {
  auto db = store::Store::Open(db_dir, {});
  REQUIRE(db.ok());
  ingest::Pipeline pipeline(extractor, db->get(), ingest::SystemClock::Get());
  auto src = ingest::FileSource::Open(file, ingest::FileSourceOptions{});
  REQUIRE(src.ok());
  std::atomic<bool> stop{false};
  ingest::RunTotals totals;
  REQUIRE(ingest::Run(**src, pipeline, stop, ingest::RunOptions{}, &totals).ok());
  return totals;
}

}  // namespace

TEST_CASE("a leading UTF-8 byte order mark is skipped, later ones are not",
          "[ingest][file_source][limits]") {
  TempDir dir("bom");
  const std::string p = dir.sub("a.jsonl");
  std::ofstream(p, std::ios::binary) << "\xEF\xBB\xBF{\"a\":1}\n\xEF\xBB\xBF{\"b\":2}\n";
  auto src = ingest::FileSource::Open(p);
  REQUIRE(src.ok());
  auto out = PollAll(**src);
  REQUIRE(out.size() == 2);
  CHECK(out[0].payload == "{\"a\":1}");
  CHECK(out[1].payload == "\xEF\xBB\xBF{\"b\":2}");
}

TEST_CASE("a line over the limit is not held whole: prefix, true size and hash",
          "[ingest][file_source][limits]") {
  TempDir dir("long");
  const std::string p = dir.sub("a.jsonl");
  std::string big(300000, 'x');
  big[0] = '{';
  {
    std::ofstream f(p, std::ios::binary);
    f << "{\"a\":1}\n" << big << "\n{\"c\":3}";
  }
  ingest::FileSourceOptions o;
  o.max_line_bytes = 100000;
  auto src = ingest::FileSource::Open(p, o);
  REQUIRE(src.ok());
  auto out = PollAll(**src);
  REQUIRE(out.size() == 3);
  CHECK_FALSE(out[0].oversized);
  CHECK(out[1].oversized);
  CHECK(out[1].payload == big.substr(0, ingest::kOversizedPrefixBytes));
  CHECK(out[1].size == big.size());
  CHECK(out[1].hash == XXH3_64bits(big.data(), big.size()));
  CHECK(out[1].position.offset == 1);
  CHECK(out[2].payload == "{\"c\":3}");
  CHECK(out[2].position.offset == 2);
}

TEST_CASE("a poll stops at the batch byte bound, always returning at least one line",
          "[ingest][file_source][limits]") {
  TempDir dir("bytes");
  const std::string p = dir.sub("a.jsonl");
  {
    std::ofstream f(p, std::ios::binary);
    for (int i = 0; i < 10; ++i) f << std::string(1000, 'a' + i) << "\n";
  }
  ingest::FileSourceOptions o;
  o.max_batch_bytes = 2500;
  auto src = ingest::FileSource::Open(p, o);
  REQUIRE(src.ok());
  std::vector<ingest::Message> out;
  REQUIRE((*src)->Poll(100, std::chrono::milliseconds(0), &out).ok());
  CHECK(out.size() == 3);
  o.max_batch_bytes = 1;
  auto one = ingest::FileSource::Open(p, o);
  REQUIRE(one.ok());
  out.clear();
  REQUIRE((*one)->Poll(100, std::chrono::milliseconds(0), &out).ok());
  CHECK(out.size() == 1);
}

TEST_CASE("over-limit messages and articles with too many facts become bounded dead letters",
          "[ingest][pipeline][limits]") {
  TempDir dir("limits");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock(1'700'000'000'000);
  ingest::PipelineOptions po;
  po.max_message_bytes = 50000;
  po.max_facts_per_article = 5;
  ingest::Pipeline pipeline(extractor, db->get(), clock, po);

  std::string many;  // ten separate figures
  for (int i = 1; i <= 10; ++i) many += "Revenue rose " + std::to_string(i) + " percent. ";
  const std::string big = Article("big", std::string(60000, 'y'));
  std::vector<ingest::Message> batch = {
      {big, {"kafka:t", 0, 1}, -1},
      {Article("many", many), {"kafka:t", 0, 2}, -1},
      {Article("ok", "Revenue rose 3 percent."), {"kafka:t", 0, 3}, -1},
  };
  auto r = pipeline.ProcessBatch(batch);
  REQUIRE(r.ok());
  CHECK(r->articles == 1);
  REQUIRE(r->rejected.size() == 2);
  const auto dls = DeadLetters(**db);
  REQUIRE(dls.size() == 2);
  const store::DeadLetter& over = dls[0].position.offset == 1 ? dls[0] : dls[1];
  const store::DeadLetter& facts = dls[0].position.offset == 1 ? dls[1] : dls[0];
  CHECK(over.payload == big.substr(0, ingest::kOversizedPrefixBytes));
  CHECK_THAT(over.reason, Catch::Contains(std::to_string(big.size()) + " bytes exceeds the limit"));
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(big.data(), big.size())));
  CHECK_THAT(over.reason, Catch::Contains(hash));
  CHECK_THAT(facts.reason, Catch::Contains("10 facts, more than the limit of 5"));
  CHECK(facts.payload == batch[1].payload);
}

TEST_CASE("dead letters are stored once however often a message is re-read",
          "[ingest][pipeline][limits]") {
  TempDir dir("dlq-idem");
  auto db = store::Store::Open(dir.path(), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock(1'700'000'000'000);
  ingest::Pipeline pipeline(extractor, db->get(), clock);
  std::vector<ingest::Message> batch = {{R"({"id":"x")", {"file:a", 0, 4}, -1},
                                        {R"({"id":"y"})", {"file:a", 0, 5}, -1}};
  for (int run = 0; run < 3; ++run) {
    clock.Advance(1000);  // another rejection time: still the same dead letters
    auto r = pipeline.ProcessBatch(batch);
    REQUIRE(r.ok());
    CHECK(r->write.dead_letters + r->write.dead_letters_unchanged == 2);
    CHECK(r->write.dead_letters == (run == 0 ? 2u : 0u));
  }
  CHECK(DeadLetters(**db).size() == 2);
  // Different bytes at the same position (the file was edited) is a new dead letter.
  batch = {{R"({"id":"x2")", {"file:a", 0, 4}, -1}};
  REQUIRE(pipeline.ProcessBatch(batch).ok());
  CHECK(DeadLetters(**db).size() == 3);
}

TEST_CASE("file ingest resumes after the stored line instead of re-reading from line 1",
          "[ingest][file_source][limits]") {
  TempDir dir("resume");
  const std::string p = dir.sub("a.jsonl");
  {
    std::ofstream f(p, std::ios::binary);
    for (int i = 0; i < 6; ++i) f << "line" << i << "\n";
  }
  ingest::FileSourceOptions o;
  o.start_line = 4;
  auto src = ingest::FileSource::Open(p, o);
  REQUIRE(src.ok());
  auto out = PollAll(**src);
  REQUIRE(out.size() == 2);
  CHECK(out[0].payload == "line4");
  CHECK(out[0].position.offset == 4);
}

TEST_CASE("peak RSS stays bounded whatever the input", "[ingest][limits][slow]") {
  if (!ResetPeakRss()) {
    WARN("skipped: /proc/self/clear_refs is not writable, peak RSS cannot be reset");
    return;
  }
  // Documented in ingest/README.md (default settings). The 4 MB article below peaks highest
  // (measured 299-312 MiB): the bound leaves room for allocator and library differences.
  constexpr double kBoundMiB = 400;
  TempDir dir("rss");
  extract::Extractor extractor;
  // Warm up: the extractor's lazily built tables are part of the baseline, not of the input.
  {
    std::ofstream(dir.sub("warm.jsonl"))
        << Article("w", "Nvidia sold 5 million GPUs in 2024.") << "\n";
    IngestFile(extractor, dir.sub("warm.jsonl"), dir.sub("warmdb"));
  }
  // Figures and entities with no sentence break for 4 MB (just under the extractor's body limit).
  std::string clause;
  for (int i = 0; clause.size() < (4u << 20) - 100000; ++i)  // under the extractor's 4 MiB
    clause += "Nvidia shipped " + std::to_string(1000 + i % 9000) + " GPUs to Microsoft, ";
  std::string mb;
  for (int i = 0; mb.size() < (1u << 20); ++i)
    mb += "AMD said revenue rose " + std::to_string(i % 97) + " percent to 2 billion dollars. ";

  SECTION("a 4 MB article without sentence breaks") {
    const std::string f = dir.sub("one.jsonl");
    std::ofstream(f, std::ios::binary) << Article("big", clause) << "\n";
    REQUIRE(ResetPeakRss());
    auto t = IngestFile(extractor, f, dir.sub("db1"));
    const double peak = PeakRssMiB();
    INFO("peak RSS " << peak << " MiB");
    CHECK(t.messages == 1);
    CHECK(peak < kBoundMiB);
  }
  SECTION("eight 1 MB articles in one batch") {
    const std::string f = dir.sub("eight.jsonl");
    {
      std::ofstream out(f, std::ios::binary);
      for (int i = 0; i < 8; ++i) {
        std::string id = "m";
        id += std::to_string(i);  // (GCC 12 warns falsely on "m" + std::to_string(i))
        out << Article(id, mb) << "\n";
      }
    }
    REQUIRE(ResetPeakRss());
    auto t = IngestFile(extractor, f, dir.sub("db2"));
    const double peak = PeakRssMiB();
    INFO("peak RSS " << peak << " MiB");
    CHECK(t.messages == 8);
    CHECK(peak < kBoundMiB);
  }
  SECTION("a 200 MB line") {
    const std::string f = dir.sub("huge.jsonl");
    {
      std::ofstream out(f, std::ios::binary);
      out << R"({"id":"huge","body":")";
      std::string chunk(1 << 20, 'z');
      for (int i = 0; i < 200; ++i) out << chunk;
      out << "\"}\n" << Article("after", "Revenue rose 3 percent.") << "\n";
    }
    REQUIRE(ResetPeakRss());
    auto t = IngestFile(extractor, f, dir.sub("db3"));
    const double peak = PeakRssMiB();
    INFO("peak RSS " << peak << " MiB");
    CHECK(t.messages == 2);
    CHECK(t.dead_letters == 1);
    CHECK(peak < kBoundMiB);
    fs::remove(f);
  }
}
