// The API over the real-news corpus of ../shared (label "corpus"): paging walks every fact
// once and the aggregate counts add up, on thousands of articles.
#include <filesystem>
#include <set>

#include "api_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

TEST_CASE("corpus: cursor paging over thousands of real articles has no duplicates or gaps",
          "[api][shared][slow]") {
  const std::string corpus = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  REQUIRE(std::filesystem::is_directory(corpus));
  FedStore fed;
  size_t articles = 0;
  for (const auto& f : std::filesystem::directory_iterator(corpus)) {
    if (f.path().extension() == ".jsonl") articles += fed.Ingest(f.path().string(), 256);
  }
  REQUIRE(articles > 3000);
  size_t total = 0;
  REQUIRE(fed.db()->ScanFacts({}, [&](const store::Fact&) { return ++total, true; }).ok());
  TestServer server(fed.db());
  for (const char* sort : {"-published_at", "value"}) {
    std::set<std::string> seen;
    size_t rows = 0;
    std::string cursor;
    do {
      auto res = server.Get(std::string("/api/v1/facts?limit=500&sort=") + sort +
                            (cursor.empty() ? "" : "&cursor=" + cursor));
      REQUIRE(res->status == 200);
      Json j(res->body);
      for (auto r : Data(j)) {
        seen.insert(Str(r, "article_id") + "#" + std::to_string(Num(r, "index")));
        ++rows;
      }
      cursor = IsNull(j.root, "next_cursor") ? "" : Str(j.root, "next_cursor");
    } while (!cursor.empty());
    CHECK(rows == total);
    CHECK(seen.size() == total);
  }
  auto agg = server.Get("/api/v1/facts/aggregate?group_by=metric&agg=count");
  double sum = 0;
  Json agg_json(agg->body);
  for (auto r : Data(agg_json)) sum += Num(r, "count");
  CHECK(static_cast<size_t>(sum) == total);
}
