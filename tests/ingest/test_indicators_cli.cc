// The indicator and alert commands of the real `newsfacts` binary on the seed articles:
// ingest (with --alerts-file), indicators (jsonl, filters, usage errors), alerts (--since),
// reindex (same values). Needs figure attribution from extract/.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "indicator_test_util.h"

using namespace newsfacts::ingest::testing;

namespace {

const std::string kNewsfacts = std::string(NEWSFACTS_BINARY_DIR) + "/tools/newsfacts";
const std::string kSeeds = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl";

struct Out {
  int rc = -1;
  std::string text;
};

Out Sh(const std::string& args) {
  Out o;
  FILE* p = popen((kNewsfacts + " " + args + " 2>/dev/null").c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) o.text.append(buf, n);
  const int st = pclose(p);
  o.rc = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return o;
}

// A shell snippet that waits until `file` contains `needle` (fixed string), polling every
// 50 ms for at most 60 s (CI machines are slow and loaded).
std::string PollFor(const std::string& needle, const std::string& file) {
  return "for i in $(seq 1200); do grep -qF -- '" + needle + "' " + file +
         " 2>/dev/null && break; sleep 0.05; done";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST_CASE("newsfacts ingest/indicators/alerts/reindex on the seed articles", "[e2e][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db"), alerts_file = dir.sub("alerts.jsonl");
  REQUIRE(Sh("ingest -q --input " + kSeeds + " --db " + db + " --alerts-file " + alerts_file).rc ==
          0);

  Out budget =
      Sh("indicators --db " + db + " --format jsonl --name ai_budget_usd --entity ByteDance");
  REQUIRE(budget.rc == 0);
  CHECK_THAT(
      budget.text,
      Catch::Contains(
          R"("name":"ai_budget_usd","entity":"ByteDance","period":"2025","value":12000000000)"));
  Out share = Sh("indicators --db " + db + " --format jsonl --name market_share --entity Nvidia");
  CHECK_THAT(share.text, Catch::Contains(R"("value":80)"));
  CHECK(Lines(share.text) == 1);
  // Aliases resolve as in query; values are exact decimals in every format.
  CHECK(Sh("indicators --db " + db + " --format jsonl --name ai_budget_usd --entity bytedance")
            .text == budget.text);
  Out table = Sh("indicators --db " + db + " --format table");
  CHECK_THAT(table.text, Catch::StartsWith("name ") && Catch::Contains(" 12000000000 ") &&
                             Catch::Contains(" 485000 "));
  Out csv = Sh("indicators --db " + db + " --format csv --name market_share --entity Nvidia");
  CHECK_THAT(csv.text, Catch::StartsWith("name,entity,period,value,previous,change,unit,"
                                         "published_at,article_id,evidence\r\n"));

  Out alerts = Sh("alerts --db " + db);
  REQUIRE(alerts.rc == 0);
  std::ifstream in(alerts_file);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(Lines(alerts.text) == Lines(file));  // every stored alert was published once
  CHECK_THAT(alerts.text, Catch::Contains(R"("rule":"ai_budget_over_10bn")"));
  CHECK(Sh("alerts --db " + db + " --since 2100-01-01").text.empty());
  CHECK(Sh("alerts --db " + db + " --detected-since 2100-01-01").text.empty());

  // --watch draws the table (clear screen + header), and stops cleanly on SIGINT. The script
  // polls its output (every 50 ms, deadline 60 s) until the table is drawn, then interrupts.
  const std::string drawn = dir.sub("watch.out");
  const int watch_st = std::system(
      ("(" + kNewsfacts + " indicators --db " + db +
       " --watch --format table --interval 0.2 --name market_share > " + drawn +
       " 2>/dev/null & pid=$!; " + PollFor("Nvidia", drawn) + "; kill -INT $pid; wait $pid)")
          .c_str());
  CHECK(WIFEXITED(watch_st));
  CHECK(WEXITSTATUS(watch_st) == 0);
  const std::string watch = ReadFile(drawn);
  CHECK_THAT(watch, Catch::StartsWith("\x1b[H\x1b[2J") && Catch::Contains("market_share") &&
                        Catch::Contains("Nvidia"));
  CHECK(Sh("indicators --db " + db + " --watch --format json").rc == 2);

  // Usage errors exit 2.
  CHECK(Sh("indicators --db " + db + " --name no_such_indicator").rc == 2);
  CHECK(Sh("indicators --db " + db + " --format xml").rc == 2);
  CHECK(Sh("alerts --db " + db + " --since yesterday").rc == 2);

  // A rebuild from the stored facts shows the same values.
  const std::string before = Sh("indicators --db " + db + " --format jsonl").text;
  REQUIRE(Sh("reindex --db " + db).rc == 0);
  CHECK(Sh("indicators --db " + db + " --format jsonl").text == before);
  CHECK(Lines(Sh("alerts --db " + db).text) == Lines(alerts.text));
}

TEST_CASE("newsfacts alerts --follow prints alerts stored while it runs", "[e2e][cli][slow]") {
  TempDir dir;
  const std::string db = dir.sub("db"), out = dir.sub("follow.jsonl");
  const std::string late = dir.sub("late.jsonl");
  // The first seed now, a new article with a headline budget while following.
  REQUIRE(std::system(("head -n 1 " + kSeeds + " > " + dir.sub("first.jsonl")).c_str()) == 0);
  std::ofstream(late)
      << R"({"id":"late-1","lang":"de","title":"Meta plant 2026 ein KI-Budget von 65 Milliarden US-Dollar","body":"Meta will im Jahr 2026 insgesamt 65 Milliarden US-Dollar für KI-Chips ausgeben.","published_at":"2026-01-10T09:00:00Z"})"
      << "\n";
  REQUIRE(Sh("ingest -q --input " + dir.sub("first.jsonl") + " --db " + db).rc == 0);
  const size_t first = Lines(Sh("alerts --db " + db).text);
  REQUIRE(first > 0);
  // Polls (every 50 ms, deadline 60 s each) until --follow printed the old alerts, ingests
  // the late article, polls until it printed as many lines as the stored feed then has, then
  // interrupts.
  const std::string script =
      "(" + kNewsfacts + " alerts --db " + db + " --follow --interval 0.2 > " + out +
      " 2>/dev/null & pid=$!; " + PollFor("\"article_id\"", out) + "; " + kNewsfacts +
      " ingest -q --input " + late + " --db " + db + " 2>/dev/null; n=$(" + kNewsfacts +
      " alerts --db " + db + " | wc -l); for i in $(seq 1200); do [ \"$(wc -l < " + out +
      ")\" -ge \"$n\" ] && break; sleep 0.05; done; kill -INT $pid; wait $pid)";
  const int st = std::system(script.c_str());
  CHECK(WIFEXITED(st));
  CHECK(WEXITSTATUS(st) == 0);
  std::ifstream in(out);
  std::string followed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t total = Lines(Sh("alerts --db " + db).text);
  CHECK(total > first);             // the late article raised alerts
  CHECK(Lines(followed) == total);  // --follow printed the old and the new ones, once each
  CHECK_THAT(followed, Catch::Contains(R"("article_id":"late-1")"));
}

TEST_CASE("newsfacts indicators --watch --format jsonl streams only the changed indicators",
          "[e2e][cli][slow]") {
  TempDir dir;
  const std::string db = dir.sub("db"), out = dir.sub("watch.jsonl"), late = dir.sub("late.jsonl");
  std::ofstream(late)
      << R"({"id":"late-2","lang":"de","title":"Amazon plant 2026 ein KI-Budget von 90 Milliarden US-Dollar","body":"Amazon will im Jahr 2026 insgesamt 90 Milliarden US-Dollar für KI-Chips ausgeben.","published_at":"2026-02-01T09:00:00Z"})"
      << "\n";
  REQUIRE(Sh("ingest -q --input " + kSeeds + " --db " + db).rc == 0);
  const size_t initial = Lines(Sh("indicators --db " + db + " --format jsonl").text);
  REQUIRE(initial > 0);
  // Waits until the watch printed every current row, lets it poll idle for 1 s (mention
  // windows move with the clock: no change), ingests the late article, waits for its line.
  const std::string script =
      "(" + kNewsfacts + " indicators --db " + db + " --watch --format jsonl --interval 0.1 > " +
      out + " 2>/dev/null & pid=$!; for i in $(seq 1200); do [ \"$(wc -l < " + out + ")\" -ge " +
      std::to_string(initial) + " ] && break; sleep 0.05; done; sleep 1; wc -l < " + out + " > " +
      dir.sub("idle") + "; " + kNewsfacts + " ingest -q --input " + late + " --db " + db +
      " 2>/dev/null; " + PollFor("late-2", out) + "; sleep 0.3; kill -INT $pid; wait $pid)";
  const int st = std::system(script.c_str());
  CHECK(WIFEXITED(st));
  CHECK(WEXITSTATUS(st) == 0);
  const std::string streamed = ReadFile(out);
  CHECK(std::stoul(ReadFile(dir.sub("idle"))) == initial);  // nothing while nothing changed
  const size_t changed = Lines(streamed) - initial;
  CHECK(changed >= 1);
  CHECK(changed < initial);  // the changes only, not the whole listing again
  CHECK_THAT(streamed, Catch::Contains(R"("article_id":"late-2")"));
}
