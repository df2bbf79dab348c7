// Rendering of facts for `newsfacts query`: human values, table, JSON lines, CSV.
#include <catch2/catch.hpp>

#include "store/fact_format.h"
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

TEST_CASE("the table aligns columns, counting UTF-8 characters not bytes", "[store][format]") {
  FactPrinter p(OutputFormat::kTable, false);
  auto f1 = Fig(extract::FigureKind::kMoney, 1.2e10, "USD");
  f1.entity = "Nvidia";
  f1.metric = "revenue";
  f1.surface = "12 Mrd. Dollar";
  auto f2 = Fig(extract::FigureKind::kPercent, 45, "");
  f2.entity = "Müller AG";  // 'ü' is two bytes
  f2.surface = "45 %";
  p.Add(MakeFact("a1", 0, f1), nullptr);
  p.Add(MakeFact("article-2", 1, f2), nullptr);
  CHECK(p.Take().empty());  // the table waits for all rows
  const std::string t = p.Finish();
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = t.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(t.substr(start, nl - start));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("entity     metric   kind     value", 0) == 0);
  CHECK(lines[1].rfind("Nvidia     revenue  money    12.0 bn USD", 0) == 0);
  CHECK(lines[2].rfind("Müller AG  -        percent  45 %", 0) == 0);
  // The "article" column starts at the same character position on every line.
  auto col = [](const std::string& line, const std::string& needle) {
    const size_t byte = line.find(needle);
    size_t cps = 0;
    for (size_t i = 0; i < byte; ++i)
      if ((static_cast<unsigned char>(line[i]) & 0xc0) != 0x80) ++cps;
    return cps;
  };
  CHECK(col(lines[0], "article") == col(lines[1], "a1 "));
  CHECK(col(lines[1], "a1 ") == col(lines[2], "article-2"));
}

TEST_CASE("control characters in ids, entities and explain text are printed escaped",
          "[store][format]") {
  FactPrinter p(OutputFormat::kTable, /*explain=*/true);
  auto f = Fig(extract::FigureKind::kMoney, 5e9, "USD");
  f.entity = "Evil\x1b[2JCorp";
  f.surface = "5 bn";
  f.sentence = "It rang\x07 twice.";
  StoredArticle a;
  a.article.id = "id\x1b]0;pwned\x07";
  a.article.title = "fake\rline";
  a.article.source = "Wire\x9b";  // a byte that is not UTF-8
  p.Add(MakeFact(a.article.id, 0, f), &a);
  const std::string t = p.Finish();
  for (char c : t) {
    const auto u = static_cast<unsigned char>(c);
    CHECK((u >= 0x20 || c == '\n'));
    CHECK(u != 0x7f);
  }
  CHECK(t.find("Evil\\x1b[2JCorp") != std::string::npos);
  CHECK(t.find("id\\x1b]0;pwned\\x07") != std::string::npos);
  CHECK(t.find("It rang\\x07 twice.") != std::string::npos);
  CHECK(t.find("title:    fake line") != std::string::npos);  // explain lines stay one line
  CHECK(t.find("Wire\\x9b") != std::string::npos);
}

TEST_CASE("JSONL adds provenance to the figure JSON, CSV has a header and every field",
          "[store][format]") {
  const extract::Extraction x = testing::MakeExtraction(2);
  StoredArticle art;
  art.article = testing::MakeArticle("a\"1");
  FactPrinter j(OutputFormat::kJsonl, true);
  j.Add(MakeFact("a\"1", 1, x.figures[1]), &art);
  const std::string line = j.Take();
  CHECK(line.back() == '\n');
  CHECK(line.find("\"doc\":\"a\\\"1\"") != std::string::npos);
  CHECK(line.find("\"kind\":\"percent\"") != std::string::npos);
  CHECK(line.find("\"value_high\":51") != std::string::npos);
  CHECK(line.find("\"same_as\":0") != std::string::npos);
  CHECK(line.find(",\"index\":1,\"event_time\":\"2024-09-30T12:00:00Z\",\"extractor_version\":3,"
                  "\"source\":\"heise\"") != std::string::npos);
  CHECK(line.find("\"url\":\"https://example.org/a\\\"1\"") != std::string::npos);
  CHECK(std::count(line.begin(), line.end(), '\n') == 1);  // the sentence's newline is escaped

  FactPrinter c(OutputFormat::kCsv, false);
  c.Add(MakeFact("a1", 0, x.figures[0]), nullptr);
  const std::string csv = c.Finish();
  CHECK(csv.rfind("article,event_time,index,entity,metric,kind,value,value_high,unit,qualifier,"
                  "vague,period,counterpart,surface,field,start,end,same_as,extractor_version,"
                  "sentence\r\n",
                  0) == 0);
  CHECK(csv.find("\r\na1,2024-09-30T12:00:00Z,0,Nvidia,revenue,money,12000000000,,USD,approx,"
                 "false,2024-Q3,TSMC,\"12 Mrd. \"\"$\"\", 0\",title,0,7,,3,\"Satz 0 mit ä, "
                 "Komma\nund Zeile.\"\r\n") != std::string::npos);
  FactPrinter empty(OutputFormat::kCsv, false);
  CHECK(empty.Finish().rfind("article,", 0) == 0);
}

}  // namespace
}  // namespace newsfacts::store
