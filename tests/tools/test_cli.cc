#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"
#include "tests/tools/cli_runner.h"

namespace fs = std::filesystem;
using newsfacts::testing::RunCli;
using newsfacts::testing::TempDir;

namespace {
const std::string kSamples = std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples";

size_t CountLines(const std::string& s, const std::string& needle) {
  std::istringstream in(s);
  size_t n = 0;
  for (std::string line; std::getline(in, line);) n += line.find(needle) != std::string::npos;
  return n;
}
}  // namespace

TEST_CASE("cli exits 2 with a message on usage errors", "[tools][cli]") {
  CHECK(RunCli({}).exit_code == 2);
  auto unknown = RunCli({"frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK_FALSE(unknown.err.empty());
  auto lang = RunCli({"extract", "--lang", "xx"}, "text");
  CHECK(lang.exit_code == 2);
  CHECK(lang.err.find("--lang") != std::string::npos);
  auto nodb = RunCli({"ingest", "--input", "-"});
  CHECK(nodb.exit_code == 2);
  CHECK(nodb.err.find("--db") != std::string::npos);
}

TEST_CASE("cli prints help for every command with exit 0", "[tools][cli]") {
  for (const char* cmd : {"extract", "ingest", "query", "indicators", "alerts", "version",
                          "reindex", "backup", "produce"}) {
    auto r = RunCli({cmd, "--help"});
    INFO(cmd);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
}

TEST_CASE("cli version names the extractor and schema versions", "[tools][cli]") {
  auto r = RunCli({"version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("newsfacts ", 0) == 0);
  CHECK(r.out.find("extractor") != std::string::npos);
}

TEST_CASE("cli version credits the compiled-in town data and its licence", "[tools][cli]") {
  auto r = RunCli({"version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("GeoNames") != std::string::npos);
  CHECK(r.out.find("CC BY 4.0") != std::string::npos);
  CHECK(r.out.find("https://creativecommons.org/licenses/by/4.0/") != std::string::npos);
}

TEST_CASE("cli extract reads stdin and prints one JSON object per figure", "[tools][cli]") {
  auto r = RunCli({"extract", "--lang", "de"}, "Der Marktanteil liegt bei 6,2 % und 80 %.");
  CHECK(r.exit_code == 0);
  CHECK(CountLines(r.out, "\"kind\":\"percent\"") == 2);
  CHECK(r.out.find("\"doc\":\"stdin\"") != std::string::npos);
  CHECK(r.out.find("\"surface\":\"6,2 %\"") != std::string::npos);
}

TEST_CASE("cli extract --jsonl reports bad lines with line numbers and goes on", "[tools][cli]") {
  auto r = RunCli({"extract", "--jsonl", "-"},
                  "{\"id\":\"a\",\"body\":\"el 17 % del mercado\",\"lang\":\"es\"}\n"
                  "{broken\n"
                  "{\"id\":\"c\",\"body\":\"15 % más\",\"lang\":\"es\"}\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("-:2: invalid JSON") != std::string::npos);
  CHECK(CountLines(r.out, "\"doc\":\"a\"") >= 1);
  CHECK(CountLines(r.out, "\"doc\":\"c\"") >= 1);
  CHECK(r.out.find("\"field\":\"body\"") != std::string::npos);
}

TEST_CASE("cli ingest fails with exit 1 on a missing input file", "[tools][cli]") {
  TempDir dir;
  auto r = RunCli({"ingest", "--input", "/nonexistent.jsonl", "--db", dir.sub("db")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent.jsonl") != std::string::npos);
}

TEST_CASE("cli ingest then query round-trips the sample articles", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  auto ing = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db});
  REQUIRE(ing.exit_code == 0);
  CHECK(ing.err.find("4 articles (4 new") != std::string::npos);

  auto bad = RunCli({"ingest", "--input", kSamples + "/bad.jsonl", "--db", db});
  CHECK(bad.exit_code == 0);
  CHECK(bad.err.find("line 2: missing required field 'body'") != std::string::npos);
  CHECK(bad.err.find("line 3: field 'id' must be a string, got number") != std::string::npos);
  CHECK(bad.err.find("line 5: invalid UTF-8") != std::string::npos);
  CHECK(bad.err.find("5 bad lines") != std::string::npos);

  auto again = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db});
  CHECK(again.err.find("4 unchanged") != std::string::npos);

  auto q = RunCli({"query", "--db", db, "--format", "jsonl"});
  REQUIRE(q.exit_code == 0);
  const size_t facts = CountLines(q.out, "\"kind\":");
  CHECK(facts >= 4);
  CHECK(CountLines(q.out, "002_295dfa78b104697f.txt") >= 1);
  auto ext = RunCli({"extract", "--jsonl", kSamples + "/seeds.jsonl"});
  CHECK(CountLines(ext.out, "\"kind\":") == facts);  // every extracted figure was stored
}

TEST_CASE("cli query --entity finds a country's facts stored in each language", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string input = dir.sub("countries.jsonl");
  // Invented export figures: the German and Spanish texts name the country by an adjective
  // (stored under its name in the text's language), the English ones by name.
  std::ofstream(input)
      << R"({"id":"c-de","lang":"de","body":"Die österreichischen Ausfuhren nach )"
         R"(Übersee stiegen 2023 um 7,5 Prozent."})"
      << "\n"
      << R"({"id":"c-es","lang":"es","body":"Las exportaciones austriacas a ultramar )"
         R"(crecieron un 6,5 % en 2023."})"
      << "\n"
      << R"({"id":"c-en","lang":"en","body":"Austria's overseas exports rose 5.5 percent )"
         R"(in 2023."})"
      << "\n"
      << R"({"id":"d-de","lang":"de","body":"Die deutschen Ausfuhren nach Übersee )"
         R"(stiegen 2023 um 4,5 Prozent."})"
      << "\n"
      << R"({"id":"d-en","lang":"en","body":"Germany's overseas exports rose 2.5 percent )"
         R"(in 2023."})"
      << "\n"
      // The gazetteer's Germany, stored under its name in the text's language.
      << R"({"id":"g-de","lang":"de","body":"In Deutschland wuchsen die Ausfuhren nach )"
         R"(Übersee 2023 um 3,5 Prozent."})"
      << "\n"
      << R"({"id":"g-es","lang":"es","body":"En Alemania las exportaciones a ultramar )"
         R"(crecieron un 1,5 % en 2023."})"
      << "\n";
  REQUIRE(RunCli({"ingest", "--input", input, "--db", db}).exit_code == 0);
  auto facts = [&](const std::string& entity) {
    auto r = RunCli({"query", "--db", db, "--entity", entity, "--format", "jsonl"});
    REQUIRE(r.exit_code == 0);
    return CountLines(r.out, "\"kind\":");
  };
  for (const char* typed : {"Austria", "\u00d6sterreich", "austria"}) {
    INFO(typed);
    CHECK(facts(typed) == 3);  // de, es and en; none of Germany's
  }
  for (const char* typed : {"Germany", "Deutschland", "Alemania"}) {
    INFO(typed);
    CHECK(facts(typed) == 4);
  }
  // Each language's name is stored: a query by one name finds the others' facts.
  auto germany = RunCli({"query", "--db", db, "--entity", "Germany", "--format", "jsonl"});
  CHECK(CountLines(germany.out, "\"entity\":\"Deutschland\"") == 2);
  CHECK(CountLines(germany.out, "\"entity\":\"Alemania\"") == 1);
  CHECK(facts("Kralmo AG") == 0);  // an unknown name as typed
}

TEST_CASE("cli indicators and alerts key a country's de and es articles by one name",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string input = dir.sub("spend.jsonl");
  // Invented state AI spending, the country named in each text's language; and a city, also
  // named in both (no published_at: event time = ingestion time, inside every window).
  std::ofstream(input)
      << R"({"id":"p-de","lang":"de","body":"Polen investiert 2026 drei Milliarden Euro in )"
         R"(staatliche KI-Rechenzentren, teilte das Ministerium am Montag mit."})"
      << "\n"
      << R"({"id":"p-es","lang":"es","body":"Polonia invertir\u00e1 2.000 millones de euros )"
         R"(en centros de datos de IA en 2026, inform\u00f3 el Gobierno."})"
      << "\n"
      << R"({"id":"w-de","lang":"de","body":"In Wien er\u00f6ffnet ein neues Rechenzentrum."})"
      << "\n"
      << R"({"id":"w-es","lang":"es","body":"En Viena abre un nuevo centro de datos."})"
      << "\n";
  REQUIRE(RunCli({"ingest", "--input", input, "--db", db, "-q"}).exit_code == 0);
  auto run = [&](const std::string& cmd, const std::string& entity) {
    auto r = RunCli({cmd, "--db", db, "--entity", entity, "--format", "jsonl"});
    REQUIRE(r.exit_code == 0);
    return r.out;
  };
  for (const char* typed : {"Polen", "Polonia", "Poland"}) {
    INFO(typed);
    const std::string rows = run("indicators", typed);
    // One spend series: the later (Spanish) report, the German one as its predecessor.
    CHECK(CountLines(rows, "\"name\":\"ai_spend_usd\",\"entity\":\"Poland\"") == 1);
    CHECK(CountLines(rows,
                     "\"name\":\"mentions_24h\",\"entity\":\"Poland\",\"period\":null,"
                     "\"value\":2,") == 1);
    CHECK(CountLines(rows, "\"entity\":\"Pol") == CountLines(rows, "\"entity\":\"Poland\""));
    // Its alerts: the first figure and the change between the two languages' reports.
    const std::string alerts = run("alerts", typed);
    CHECK(CountLines(alerts, "\"rule\":\"first_figure\"") == 1);
    CHECK(CountLines(alerts, "\"rule\":\"budget_change\"") == 1);
  }
  // The city keeps one series per spelling.
  CHECK(CountLines(run("indicators", "Wien"),
                   "\"name\":\"mentions_24h\",\"entity\":\"Wien\","
                   "\"period\":null,\"value\":1,") == 1);
  CHECK(CountLines(run("indicators", "Viena"), "\"entity\":\"Viena\"") == 3);
  // Rebuilt by reindex: the same one series.
  REQUIRE(RunCli({"reindex", "--db", db, "-q"}).exit_code == 0);
  CHECK(CountLines(run("indicators", "Polonia"),
                   "\"name\":\"ai_spend_usd\",\"entity\":\"Poland\"") == 1);
}

TEST_CASE("cli reindex re-extracts stored articles and replaces changed facts", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string input = dir.sub("acme.jsonl");
  std::ofstream(input) << R"({"id":"acme-1","lang":"de","body":"Acme plant, 5 Milliarden )"
                          R"(US-Dollar in KI-Chips zu investieren."})"
                       << "\n";
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code == 0);
  REQUIRE(RunCli({"ingest", "--input", input, "--db", db}).exit_code == 0);
  auto same = RunCli({"reindex", "--db", db});
  REQUIRE(same.exit_code == 0);
  CHECK(same.err.find("5 articles (0 re-extracted with changes, 5 unchanged") != std::string::npos);
  const size_t all_before =
      CountLines(RunCli({"query", "--db", db, "--format", "jsonl"}).out, "\"kind\":");
  CHECK(
      RunCli({"query", "--db", db, "--entity", "Acme Robotics", "--format", "jsonl"}).out.empty());

  // With a user gazetteer that knows Acme, the article's figure gains an entity.
  const std::string gaz = dir.sub("user.gaz");
  std::ofstream(gaz) << "Acme Robotics | org | Acme |\n";
  auto changed = RunCli({"reindex", "--db", db, "--entities-file", gaz});
  REQUIRE(changed.exit_code == 0);
  CHECK(changed.err.find("5 articles (1 re-extracted with changes, 4 unchanged") !=
        std::string::npos);
  auto acme = RunCli({"query", "--db", db, "--entity", "Acme Robotics", "--format", "jsonl"});
  CHECK(CountLines(acme.out, "\"value\":5000000000") == 1);
  // Replacement leaves no orphans: the total number of facts is unchanged.
  CHECK(CountLines(RunCli({"query", "--db", db, "--format", "jsonl"}).out, "\"kind\":") ==
        all_before);
}

TEST_CASE("cli reports an invalid user gazetteer as a usage error", "[tools][cli]") {
  TempDir dir;
  const std::string gaz = dir.sub("bad.gaz");
  std::ofstream(gaz) << "Acme | spaceship | Acme |\n";
  auto r = RunCli({"extract", "--entities-file", gaz}, "text");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("bad.gaz") != std::string::npos);
}

// Issue 13 item 7: input that reaches the terminal (table cells, error lines echoing `lang`
// or `published_at`) is printed with control characters escaped, never interpreted.
TEST_CASE("cli escapes control characters from articles in tables and error lines",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string input = dir.sub("evil.jsonl");
  std::ofstream(input)
      // Sets the window title when printed raw.
      << R"({"id":"evil\u001b]0;pwned\u0007-1","lang":"de","body":"Acme plant, 5 Milliarden )"
         R"(US-Dollar in KI-Chips zu investieren."})"
      << "\n"
      // Clears the screen when echoed raw in the error line.
      << R"({"id":"bad-lang","lang":"\u001b[2Jxx","body":"Text."})"
      << "\n"
      // An impossible date, and CR/LF that would fake a log line.
      << R"({"id":"bad-date","body":"Text.","published_at":"2025-02-30T00:00:00Z\r\nnewsfacts ingest: all good"})"
      << "\n";
  auto raw_controls = [](const std::string& s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == '\x7f';
    return n;
  };
  auto ing = RunCli({"ingest", "--input", input, "--db", db});
  INFO(ing.err);
  REQUIRE(ing.exit_code == 0);
  CHECK(raw_controls(ing.err) == 0);
  CHECK(ing.err.find(R"(line 2: field 'lang' must be one of de, es, en (got "\x1b[2Jxx"))") !=
        std::string::npos);
  CHECK(ing.err.find(R"(line 3: field 'published_at' is not an RFC 3339 timestamp)") !=
        std::string::npos);
  CHECK(ing.err.find(R"(2025-02-30T00:00:00Z\r\nnewsfacts ingest: all good)") != std::string::npos);
  CHECK(CountLines(ing.err, "newsfacts ingest: all good") == 1);  // inside line 3's message

  auto table = RunCli({"query", "--db", db, "--format", "table", "--explain"});
  INFO(table.out);
  REQUIRE(table.exit_code == 0);
  CHECK(raw_controls(table.out) == 0);
  CHECK(table.out.find(R"(evil\x1b]0;pwned\x07-1)") != std::string::npos);
  // JSON output keeps its own escaping.
  auto jsonl = RunCli({"query", "--db", db, "--format", "jsonl"});
  CHECK(jsonl.out.find(R"("article_id":"evil\u001b]0;pwned\u0007-1")") != std::string::npos);
}

TEST_CASE("cli --threads must be an integer from 1 up: usage error otherwise", "[tools][cli]") {
  TempDir dir;
  for (const char* cmd : {"ingest", "extract", "reindex"}) {
    for (const char* bad : {"0", "lots", "-2"}) {
      INFO(cmd << " --threads " << bad);
      std::vector<std::string> args = {cmd, "--threads", bad};
      if (std::string(cmd) != "extract") args.insert(args.end(), {"--db", dir.sub("db")});
      if (std::string(cmd) == "ingest") args.insert(args.end(), {"--input", "-"});
      auto r = RunCli(args, "");
      CHECK(r.exit_code == 2);
      CHECK(r.err.find("--threads") != std::string::npos);
    }
  }
  CHECK_FALSE(fs::exists(dir.sub("db")));  // refused before anything was opened
}

TEST_CASE("cli reindex and extract with --threads 2 give what --threads 1 gives", "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  const std::string news = std::string(NEWSFACTS_TEST_DATA_DIR) + "/news/es_ancora_sample.jsonl";
  REQUIRE(RunCli({"ingest", "--input", news, "--db", db, "--threads", "2"}).exit_code == 0);
  REQUIRE(RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code == 0);
  // A user gazetteer that attributes figures to a new entity changes some articles.
  const std::string gaz = dir.sub("user.gaz");
  std::ofstream(gaz) << "Gobierno Central | org | Gobierno |\n";
  std::string summary[2], facts[2], indicators[2];
  for (int t = 0; t < 2; ++t) {
    const std::string copy = dir.sub("copy" + std::to_string(t));
    fs::copy(db, copy, fs::copy_options::recursive);
    auto r = RunCli({"reindex", "--db", copy, "--entities-file", gaz, "--batch-size", "7",
                     "--threads", t == 0 ? "1" : "2"});
    REQUIRE(r.exit_code == 0);
    summary[t] = r.err;
    facts[t] = RunCli({"query", "--db", copy, "--sort", "article_id", "--format", "jsonl"}).out;
  }
  // The mention windows end at the reading's current hour ("mentions_1h" of the articles
  // ingested above turns from value 1 into previous 1 at the next hour): both copies are read
  // within one clock hour, again if an hour began between the readings.
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto hour = [] {
      return std::chrono::floor<std::chrono::hours>(std::chrono::system_clock::now());
    };
    const auto before = hour();
    for (int t = 0; t < 2; ++t) {
      indicators[t] =
          RunCli({"indicators", "--db", dir.sub("copy" + std::to_string(t)), "--format", "jsonl"})
              .out;
    }
    if (hour() == before) break;
  }
  CHECK(indicators[0].find("\"mentions_1h\"") != std::string::npos);  // the hour-bound rows
  CHECK(summary[0].find("re-extracted with changes") != std::string::npos);
  CHECK(summary[0].find("(0 re-extracted") == std::string::npos);  // the gazetteer changed some
  CHECK(summary[1] == summary[0]);
  CHECK(CountLines(facts[0], "\"kind\":") > 50);
  CHECK(facts[1] == facts[0]);
  CHECK(indicators[1] == indicators[0]);

  auto one = RunCli({"extract", "--jsonl", "--entities", "--threads", "1", news});
  auto two = RunCli({"extract", "--jsonl", "--entities", "--threads", "2", news});
  REQUIRE(one.exit_code == 0);
  CHECK(CountLines(one.out, "\"kind\":") > 50);
  CHECK(two.out == one.out);
}
