// CLI tests of the inspection commands: dead-letters (list/show/replay usage), show article,
// --version. They run the real binary over a store filled by a real file ingest.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"
#include "tests/tools/cli_runner.h"

using newsfacts::testing::RunCli;
using newsfacts::testing::TempDir;

namespace {
const std::string kSamples = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples";

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
}  // namespace

TEST_CASE("dead-letters list names each rejected line with its reason in every format",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/bad.jsonl", "--db", db}).exit_code == 0);

  auto jsonl = RunCli({"dead-letters", "list", "--db", db, "--format", "jsonl"});
  REQUIRE(jsonl.exit_code == 0);
  const auto rows = Lines(jsonl.out);
  CHECK(rows.size() == 5);  // bad.jsonl has 5 bad lines
  CHECK(jsonl.out.find("missing required field 'body'") != std::string::npos);
  CHECK(jsonl.out.find("\"rejected_at\":\"") != std::string::npos);
  for (const auto& row : rows) {
    CHECK(row.rfind("{\"id\":", 0) == 0);
    CHECK(row.find("\"payload\":") != std::string::npos);
  }

  auto csv = RunCli({"dead-letters", "list", "--db", db, "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("id,source,partition,offset,reason,rejected_at,payload_bytes,payload\r\n",
                      0) == 0);
  CHECK(Lines(csv.out).size() == 6);

  auto filtered =
      RunCli({"dead-letters", "list", "--db", db, "--reason", "UTF-8", "--format", "jsonl"});
  CHECK(Lines(filtered.out).size() == 1);
  auto limited = RunCli({"dead-letters", "list", "--db", db, "--limit", "2", "--format", "json"});
  CHECK(limited.out.front() == '[');
  CHECK(limited.out.find("},\n{") != std::string::npos);

  auto bad_format = RunCli({"dead-letters", "list", "--db", db, "--format", "xml"});
  CHECK(bad_format.exit_code == 2);
}

TEST_CASE("dead-letters show prints the payload byte for byte and fails on an unknown id",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/bad.jsonl", "--db", db}).exit_code == 0);
  auto list = RunCli({"dead-letters", "list", "--db", db, "--format", "csv", "--reason",
                      "missing required field 'body'"});
  const auto rows = Lines(list.out);
  REQUIRE(rows.size() == 2);
  const std::string id = rows[1].substr(0, rows[1].find(','));
  auto show = RunCli({"dead-letters", "show", "--db", db, id});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("\"id\"") != std::string::npos);  // the original JSON line
  CHECK(show.out.find("body") == std::string::npos);

  auto missing = RunCli({"dead-letters", "show", "--db", db, "nowhere:0:99"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no dead letter nowhere:0:99") != std::string::npos);
}

TEST_CASE("dead-letters replay without a broker is a usage error", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/bad.jsonl", "--db", db}).exit_code == 0);
  auto r = RunCli({"dead-letters", "replay", "--db", db, "-t", "articles"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("needs a broker") != std::string::npos);
}

TEST_CASE("show article marks every stored figure in the text", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code == 0);
  auto q = RunCli({"query", "--db", db, "--format", "csv"});
  const auto rows = Lines(q.out);
  REQUIRE(rows.size() > 1);
  const std::string id = rows[1].substr(0, rows[1].find(','));
  auto facts = RunCli({"query", "--db", db, "--article", id, "--format", "jsonl"});
  const size_t n = Lines(facts.out).size();
  REQUIRE(n > 0);

  auto show = RunCli({"show", "article", "--db", db, id});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("article_id    " + id) == 0);
  size_t marks = 0;
  for (size_t p = show.out.find("⟦"); p != std::string::npos; p = show.out.find("⟦", p + 1)) {
    ++marks;
  }
  CHECK(marks == n);  // figures never overlap in the seeds
  CHECK(show.out.find("facts         " + std::to_string(n)) != std::string::npos);

  auto missing = RunCli({"show", "article", "--db", db, "no-such-article"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no article with id no-such-article") != std::string::npos);
}

TEST_CASE("the --version flag prints what the version command prints", "[tools][cli]") {
  auto flag = RunCli({"--version"});
  auto cmd = RunCli({"version"});
  CHECK(flag.exit_code == 0);
  CHECK(flag.out == cmd.out);
  CHECK(flag.out.find("extractor") != std::string::npos);
}

namespace {
// The values of `"field":` in JSONL output, as raw JSON text, one per line.
std::vector<std::string> Field(const std::string& jsonl, const std::string& field) {
  std::vector<std::string> out;
  for (const auto& line : Lines(jsonl)) {
    const size_t p = line.find("\"" + field + "\":");
    if (p == std::string::npos) continue;
    const size_t start = p + field.size() + 3;
    const size_t end = line.find_first_of(",}", start);
    out.push_back(line.substr(start, end - start));
  }
  return out;
}
}  // namespace

TEST_CASE("query sorts, pages by cursor, filters by period and entity presence, and groups",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code == 0);
  auto all = RunCli({"query", "--db", db, "--format", "jsonl"});
  const size_t total = Lines(all.out).size();
  REQUIRE(total > 10);

  // The largest value first; --limit names the cursor of the rest, which continues exactly.
  auto top = RunCli({"query", "--db", db, "--sort=-value", "--limit", "3", "--format", "jsonl"});
  REQUIRE(top.exit_code == 0);
  const auto values = Field(top.out, "value");
  REQUIRE(values.size() == 3);
  CHECK(std::stod(values[0]) >= std::stod(values[1]));
  CHECK(std::stod(values[1]) >= std::stod(values[2]));
  const size_t c = top.err.find("--cursor ");
  REQUIRE(c != std::string::npos);
  const std::string cursor = top.err.substr(c + 9, top.err.find('\n', c) - c - 9);
  auto rest =
      RunCli({"query", "--db", db, "--sort=-value", "--cursor", cursor, "--format", "jsonl"});
  REQUIRE(rest.exit_code == 0);
  CHECK(Lines(rest.out).size() + 3 == total);
  for (const auto& v : Field(rest.out, "value")) CHECK(std::stod(v) <= std::stod(values[2]));

  auto y2025 = RunCli({"query", "--db", db, "--period", "2025", "--format", "jsonl"});
  const auto periods = Field(y2025.out, "period");
  REQUIRE_FALSE(periods.empty());
  for (const auto& p : periods) CHECK(p.rfind("\"2025", 0) == 0);

  auto none = RunCli({"query", "--db", db, "--has-entity", "false", "--format", "jsonl"});
  for (const auto& e : Field(none.out, "entity")) CHECK(e == "null");
  auto with = RunCli({"query", "--db", db, "--has-entity", "true", "--format", "jsonl"});
  CHECK(Lines(none.out).size() + Lines(with.out).size() == total);

  // Group counts add up to every fact.
  auto grouped = RunCli(
      {"query", "--db", db, "--group-by", "entity,metric", "--agg", "count", "--format", "jsonl"});
  REQUIRE(grouped.exit_code == 0);
  size_t counted = 0;
  for (const auto& n : Field(grouped.out, "count")) counted += std::stoul(n);
  CHECK(counted == total);

  auto json = RunCli({"query", "--db", db, "--format", "json", "--limit", "2"});
  CHECK(json.out.rfind("[\n{\"article_id\":", 0) == 0);

  CHECK(RunCli({"query", "--db", db, "--sort", "loudness"}).exit_code == 2);
  CHECK(RunCli({"query", "--db", db, "--group-by", "colour"}).exit_code == 2);
  CHECK(RunCli({"query", "--db", db, "--agg", "count"}).exit_code == 2);

  // A maker includes its products unless --exact-entity.
  const std::string chips = dir.sub("chips.jsonl");
  std::ofstream(chips)
      << R"({"id":"p1","lang":"de","title":"Chips","body":"Der H20 kostet 12.000 US-Dollar. )"
      << R"(Nvidia meldete einen Umsatz von 30 Milliarden US-Dollar."})"
      << "\n";
  REQUIRE(RunCli({"ingest", "--input", chips, "--db", db}).exit_code == 0);
  auto maker = RunCli({"query", "--db", db, "--entity", "nvidia", "--format", "jsonl"});
  auto own =
      RunCli({"query", "--db", db, "--entity", "nvidia", "--exact-entity", "--format", "jsonl"});
  REQUIRE(own.exit_code == 0);
  size_t with_product = 0;
  bool h20 = false;
  for (const auto& p : Field(maker.out, "product")) {
    with_product += p != "null";
    h20 = h20 || p == "\"H20\"";
  }
  CHECK(h20);
  CHECK(Lines(own.out).size() + with_product == Lines(maker.out).size());
  for (const auto& p : Field(own.out, "product")) CHECK(p == "null");
  CHECK(RunCli({"query", "--db", db, "--exact-entity"}).exit_code == 2);
}

TEST_CASE("produce without a broker is a usage error at once, not a minute of retries",
          "[tools][cli]") {
  const auto start = std::chrono::steady_clock::now();
  auto r = RunCli({"produce", "-t", "articles", kSamples + "/seeds.jsonl"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no broker") != std::string::npos);
  // At once: not librdkafka's minute of retries (the bound leaves room for a loaded machine).
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
  CHECK(RunCli({"produce", "-b", "127.0.0.1:1", kSamples + "/seeds.jsonl"}).exit_code == 2);
}

TEST_CASE("broker-only ingest flags without a broker are usage errors, not silently ignored",
          "[tools][cli]") {
  TempDir dir;
  auto dlq = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", dir.sub("a"),
                     "--dlq-topic", "dead"});
  CHECK(dlq.exit_code == 2);
  CHECK(dlq.err.find("--dlq-topic needs Kafka mode") != std::string::npos);
  auto alerts = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", dir.sub("b"),
                        "--alerts-topic", "alerts"});
  CHECK(alerts.exit_code == 2);
  CHECK(alerts.err.find("--alerts-topic needs a broker") != std::string::npos);
}

TEST_CASE("$NEWSFACTS_CONFIG is the default librdkafka properties file of Kafka commands",
          "[tools][cli]") {
  TempDir dir;
  // A broker address only in the file: produce finds it there (no "no broker" usage error)
  // and, nothing listening there, reports what was not delivered within --timeout.
  const std::string props = dir.sub("client.properties");
  std::ofstream(props) << "# from the environment\nbootstrap.servers=127.0.0.1:1\n";
  ::setenv("NEWSFACTS_CONFIG", props.c_str(), 1);
  auto r = RunCli({"produce", "-t", "articles", "--timeout", "1", kSamples + "/seeds.jsonl"});
  ::unsetenv("NEWSFACTS_CONFIG");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no broker") == std::string::npos);
  CHECK(r.err.find("0 of 4 messages delivered to articles") != std::string::npos);
  // Without it, the same command is the usage error above.
  CHECK(RunCli({"produce", "-t", "articles", kSamples + "/seeds.jsonl"}).exit_code == 2);
}

TEST_CASE("indicators --entity resolves aliases and case as query does", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "-q", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code ==
          0);
  auto canonical = RunCli({"indicators", "--db", db, "--entity", "ByteDance", "--format", "jsonl"});
  REQUIRE(canonical.exit_code == 0);
  REQUIRE(!canonical.out.empty());
  CHECK(canonical.out.find("\"entity\":\"ByteDance\"") != std::string::npos);
  auto typed = RunCli({"indicators", "--db", db, "--entity", "bytedance", "--format", "jsonl"});
  CHECK(typed.out == canonical.out);
  auto query = RunCli({"query", "--db", db, "--entity", "bytedance", "--format", "jsonl"});
  CHECK(query.out.find("\"entity\":\"ByteDance\"") != std::string::npos);
}
