// Rendering of facts for `newsfacts query`: human values, CSV quoting, the fact table.
#include <catch2/catch.hpp>

#include "store/fact_format.h"
#include "store/record.h"
#include "store/record_listing.h"
#include "tests/store/store_test_util.h"

namespace newsfacts::store {
namespace {

extract::Figure Fig(extract::FigureKind kind, double value, std::string unit) {
  extract::Figure f;
  f.kind = kind;
  f.value = value;
  f.unit = std::move(unit);
  return f;
}

Fact MakeFact(const std::string& article, uint32_t index, extract::Figure fig) {
  Fact f;
  f.article_id = article;
  f.index = index;
  f.extractor_version = 3;
  f.event_time_ms = 1727697600000;  // 2024-09-30T12:00:00Z
  f.figure = std::move(fig);
  return f;
}

TEST_CASE("values are shown with scale words and units", "[store][format]") {
  using K = extract::FigureKind;
  CHECK(HumanValue(Fig(K::kMoney, 1.2e10, "USD")) == "12.0 bn USD");
  CHECK(HumanValue(Fig(K::kMoney, 3.5e6, "EUR")) == "3.5 m EUR");
  CHECK(HumanValue(Fig(K::kMoney, 2e12, "USD")) == "2.0 tn USD");
  CHECK(HumanValue(Fig(K::kMoney, 750, "EUR")) == "750 EUR");
  CHECK(HumanValue(Fig(K::kMoney, 100000, "USD")) == "100,000 USD");
  CHECK(HumanValue(Fig(K::kCount, -2500.5, "")) == "-2,500.5");
  CHECK(HumanValue(Fig(K::kPercent, 45, "")) == "45 %");
  CHECK(HumanValue(Fig(K::kPercent, 2.5, "pp")) == "2.5 pp");
  CHECK(HumanValue(Fig(K::kCount, 1.2e6, "chip")) == "1.2 m chip");
  auto range = Fig(K::kPercent, 88, "");
  range.value_high = 99;
  CHECK(HumanValue(range) == "88-99 %");
}

TEST_CASE("CSV fields are quoted per RFC 4180", "[store][format]") {
  std::string out;
  AppendCsvField("plain", &out);
  out += ',';
  AppendCsvField("a,b", &out);
  out += ',';
  AppendCsvField("say \"hi\"", &out);
  out += ',';
  AppendCsvField("two\nlines", &out);
  CHECK(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
}

TEST_CASE("a fact table aligns UTF-8 columns and prints control characters escaped",
          "[store][format]") {
  auto f1 = Fig(extract::FigureKind::kMoney, 1.2e10, "USD");
  f1.entity = "Nvidia";
  f1.metric = "revenue";
  auto f2 = Fig(extract::FigureKind::kPercent, 45, "");
  f2.entity = "M\u00fcller\x1b[2J AG";  // 'ü' is two bytes; ESC must not reach the terminal
  RecordListing listing(OutputFormat::kTable, {"article_id", "entity", "metric", "value"});
  listing.Add(FactRecord(MakeFact("a1", 0, f1), nullptr));
  listing.Add(FactRecord(MakeFact("article-2", 1, f2), nullptr));
  CHECK(listing.Take().empty());  // the table waits for all rows
  const std::string t = listing.Finish();
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = t.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(t.substr(start, nl - start));
  REQUIRE(lines.size() == 3);
  CHECK(t.find('\x1b') == std::string::npos);
  CHECK(t.find("M\u00fcller\\x1b[2J AG") != std::string::npos);
  CHECK(lines[1].find("revenue") != std::string::npos);
  CHECK(lines[2].find(" - ") != std::string::npos);  // the null metric
  // The "metric" column starts at the same character position on every line.
  auto col = [](const std::string& line, size_t byte) {
    size_t cps = 0;
    for (size_t i = 0; i < byte; ++i)
      if ((static_cast<unsigned char>(line[i]) & 0xc0) != 0x80) ++cps;
    return cps;
  };
  CHECK(col(lines[0], lines[0].find("metric")) == col(lines[1], lines[1].find("revenue")));
  CHECK(col(lines[1], lines[1].find("revenue")) == col(lines[2], lines[2].find(" - ") + 1));
}

}  // namespace
}  // namespace newsfacts::store
