// The output contract (README "Output contract") checked against the real binary: every
// listing command (query, query --group-by, indicators, alerts, dead-letters list) in every
// format over one small store; then the flags of indicators and alerts, the progress line,
// and the --help of every command.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_util.h"
#include "tests/tools/cli_runner.h"

using newsfacts::testing::CliResult;
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

// The top-level and nested field names of one JSON object line, in order, nested ones as
// "parent.child" (as CSV names them). A bare quote never occurs inside a JSON string, so
// `{"` / `,"` followed by `":` only start keys.
std::vector<std::string> Keys(const std::string& line) {
  std::vector<std::string> keys, parents;
  std::string pending;  // the last key (a parent when an object follows)
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"' && i > 0 && (line[i - 1] == '{' || line[i - 1] == ',')) {
      const size_t end = line.find('"', i + 1);
      if (end != std::string::npos && end + 1 < line.size() && line[end + 1] == ':') {
        pending = line.substr(i + 1, end - i - 1);
        std::string full;
        for (const auto& p : parents) full += p + ".";
        const bool object = end + 2 < line.size() && line[end + 2] == '{';
        if (!object) keys.push_back(full + pending);
        i = end + 1;
        continue;
      }
    }
    if (c == '"') in_string = true;
    if (c == '{' && !pending.empty()) parents.push_back(pending);
    if (c == '}' && !parents.empty()) parents.pop_back();
  }
  return keys;
}

std::string Join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

const std::regex kRfc3339(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)");

// Checks one listing's JSONL against the contract; returns its lines.
std::vector<std::string> CheckJsonl(const std::string& what, const std::string& jsonl) {
  INFO(what);
  const auto lines = Lines(jsonl);
  REQUIRE_FALSE(lines.empty());
  const auto keys = Keys(lines.front());
  for (const auto& line : lines) {
    INFO(line);
    CHECK(line.front() == '{');
    CHECK(line.back() == '}');
    CHECK(Keys(line) == keys);  // every record of a listing has the same fields
    // Times: every *_at field is RFC 3339 UTC with milliseconds, or null.
    static const std::regex at(R"re("([a-z_]+_at)":(null|"([^"]*)"))re");
    for (auto m = std::sregex_iterator(line.begin(), line.end(), at); m != std::sregex_iterator();
         ++m) {
      if ((*m)[2] != "null") CHECK(std::regex_match((*m)[3].str(), kRfc3339));
    }
    // Null is null: never an empty string, "-" or "(none)".
    CHECK(line.find("\":\"\"") == std::string::npos);
    CHECK(line.find("\":\"-\"") == std::string::npos);
    CHECK(line.find("(none)") == std::string::npos);
    // Exact decimals: no exponent notation.
    static const std::regex exponent(R"(:-?\d+(\.\d+)?[eE][+-]?\d)");
    CHECK_FALSE(std::regex_search(line, exponent));
  }
  // The old, per-command names are gone.
  for (const char* old : {"\"doc\":", "\"article\":", "\"time\":", "\"date\":", "\"event_time\":",
                          "\"rejected_at_ms\":", "\"indicator\":{", "\"sentence\":"}) {
    INFO(old);
    CHECK(jsonl.find(old) == std::string::npos);
  }
  return lines;
}

// The same listing in every format agrees with its JSONL: JSON is the array of the same
// objects, CSV has the same field names with nulls empty, the table names contract fields and
// shows nulls as "-"; piped without --format it is JSONL.
void CheckFormats(const std::string& what, std::vector<std::string> args,
                  const std::vector<std::string>& table_columns) {
  INFO(what);
  auto run = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> a = args;
    a.insert(a.end(), extra.begin(), extra.end());
    CliResult r = RunCli(a);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  };
  const std::string jsonl = run({"--format", "jsonl"});
  const auto lines = CheckJsonl(what, jsonl);
  CHECK(run({}) == jsonl);  // piped: JSONL

  CHECK(run({"--format", "json"}) == "[\n" + Join(lines, ",\n") + "\n]\n");

  const std::string csv = run({"--format", "csv"});
  REQUIRE(csv.find("\r\n") != std::string::npos);
  CHECK(csv.substr(0, csv.find("\r\n")) == Join(Keys(lines.front()), ","));
  if (jsonl.find(":null") != std::string::npos) {  // a null is an empty cell
    CHECK((csv.find(",,") != std::string::npos || csv.find(",\r\n") != std::string::npos));
  }
  CHECK(csv.find(",-,") == std::string::npos);

  const std::string table = run({"--format", "table"});
  const auto rows = Lines(table);
  REQUIRE(rows.size() == lines.size() + 1);  // header + one row per record
  for (const auto& column : table_columns) {
    INFO(column);
    CHECK(rows.front().find(column) != std::string::npos);
  }
  if (jsonl.find("_at\":\"") != std::string::npos) CHECK(std::regex_search(table, kRfc3339));
}

}  // namespace

TEST_CASE("every listing command follows the output contract in every format",
          "[tools][cli][contract]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "-q", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code ==
          0);
  REQUIRE(RunCli({"ingest", "-q", "--input", kSamples + "/bad.jsonl", "--db", db}).exit_code == 0);

  CheckFormats("query", {"query", "--db", db},
               {"article_id", "published_at", "entity", "metric", "value", "period"});
  CheckFormats("query --group-by",
               {"query", "--db", db, "--group-by", "entity", "--agg", "count,latest,max"},
               {"entity", "count", "latest.article_id", "max"});
  // Mention counts end at "now": the latest-value indicators are stable between two runs.
  CheckFormats("indicators", {"indicators", "--db", db, "--name", "ai_spend_usd"},
               {"name", "entity", "period", "value", "previous", "published_at", "article_id"});
  CheckFormats("alerts", {"alerts", "--db", db},
               {"published_at", "severity", "rule", "entity", "value", "article_id"});
  CheckFormats("dead-letters list", {"dead-letters", "list", "--db", db},
               {"source", "reason", "rejected_at"});

  // The same field names for the same things across commands.
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"query", "--db", db},
                                             {"indicators", "--db", db, "--name", "ai_spend_usd"},
                                             {"alerts", "--db", db}}) {
    const std::string first = Lines(RunCli(args).out).front();
    INFO(first);
    const auto keys = Keys(first);
    const std::set<std::string> names(keys.begin(), keys.end());
    for (const char* field : {"article_id", "published_at", "entity", "period", "value"}) {
      INFO(field);
      CHECK(names.count(field) == 1);
    }
  }
  // Exact decimals: a 12 bn budget prints all its digits in every format.
  for (const char* format : {"jsonl", "csv", "table"}) {
    auto r = RunCli({"indicators", "--db", db, "--name", "ai_budget_usd", "--format", format});
    INFO(format);
    CHECK(r.out.find("12000000000") != std::string::npos);
  }
}

TEST_CASE("alerts: newest first by event time, filters on rule, entity alias, severity, times",
          "[tools][cli][contract]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "-q", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code ==
          0);
  static const std::regex published(R"re("published_at":"([^"]+)")re");
  auto times = [](const std::string& jsonl) {
    std::vector<std::string> out;
    for (const auto& line : Lines(jsonl)) {
      std::smatch m;
      REQUIRE(std::regex_search(line, m, published));
      out.push_back(m[1]);
    }
    return out;
  };
  const std::string all = RunCli({"alerts", "--db", db}).out;
  const auto t = times(all);
  REQUIRE(t.size() > 3);
  CHECK(std::is_sorted(t.rbegin(), t.rend()));  // newest first
  CHECK(t.front() != t.back());                 // the seeds span several dates

  auto count = [](const std::string& s) { return Lines(s).size(); };
  const std::string rule = RunCli({"alerts", "--db", db, "--rule", "ai_budget_over_10bn"}).out;
  CHECK(count(rule) > 0);
  CHECK(count(rule) < count(all));
  for (const auto& line : Lines(rule))
    CHECK(line.find("\"rule\":\"ai_budget_over_10bn\"") != std::string::npos);

  // An alias resolves to the canonical entity, as in query.
  const std::string by_name = RunCli({"alerts", "--db", db, "--entity", "ByteDance"}).out;
  CHECK(count(by_name) > 0);
  CHECK(RunCli({"alerts", "--db", db, "--entity", "bytedance"}).out == by_name);
  for (const auto& line : Lines(by_name))
    CHECK(line.find("\"entity\":\"ByteDance\"") != std::string::npos);

  const std::string warnings = RunCli({"alerts", "--db", db, "--severity", "warning"}).out;
  for (const auto& line : Lines(warnings))
    CHECK(line.find("\"severity\":\"warning\"") != std::string::npos);
  CHECK(count(warnings) + count(RunCli({"alerts", "--db", db, "--severity", "info"}).out) +
            count(RunCli({"alerts", "--db", db, "--severity", "critical"}).out) ==
        count(all));

  // --since/--until on event time: the newest date only, then everything before it.
  const std::string newest_day = t.front().substr(0, 10);
  const auto since = times(RunCli({"alerts", "--db", db, "--since", newest_day}).out);
  const auto until = times(RunCli({"alerts", "--db", db, "--until", newest_day}).out);
  CHECK(since.size() + until.size() == t.size());
  for (const auto& s : since) CHECK(s >= newest_day);
  for (const auto& u : until) CHECK(u < newest_day);
  // --detected-since on detection time: every alert was detected just now, none in 2100.
  CHECK(count(RunCli({"alerts", "--db", db, "--detected-since", "2020-01-01"}).out) == t.size());
  CHECK(RunCli({"alerts", "--db", db, "--detected-since", "2100-01-01"}).out.empty());
  CHECK(count(RunCli({"alerts", "--db", db, "--limit", "2"}).out) == 2);

  CHECK(RunCli({"alerts", "--db", db, "--severity", "loud"}).exit_code == 2);
  CHECK(RunCli({"alerts", "--db", db, "--since", "soon"}).exit_code == 2);
  CHECK(RunCli({"alerts", "--db", db, "--follow", "--format", "table"}).exit_code == 2);
}

TEST_CASE("a progress line for file ingest and reindex only on a terminal or when forced",
          "[tools][cli][progress]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  // stderr is a file here: no progress line unless NEWSFACTS_PROGRESS=1.
  auto plain = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", db});
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.err.find("\x1b[K") == std::string::npos);

  ::setenv("NEWSFACTS_PROGRESS", "1", 1);
  auto forced = RunCli({"ingest", "--input", kSamples + "/seeds.jsonl", "--db", dir.sub("db2")});
  auto reindex = RunCli({"reindex", "--db", db});
  auto quiet = RunCli({"ingest", "-q", "--input", kSamples + "/seeds.jsonl", "--db", db});
  ::unsetenv("NEWSFACTS_PROGRESS");
  REQUIRE(forced.exit_code == 0);
  INFO(forced.err);
  CHECK_THAT(forced.err, Catch::Contains("\r\x1b[Kingest: 4 articles") &&
                             Catch::Contains(" KB (100%)") && Catch::Contains("ETA 0:00"));
  // The line is cleared before the summary.
  CHECK_THAT(forced.err, Catch::Contains("\r\x1b[K") && Catch::Contains("4 lines, 4 articles"));
  REQUIRE(reindex.exit_code == 0);
  CHECK_THAT(reindex.err,
             Catch::Contains("reindex: 1 articles") && Catch::Contains("of 4 articles (25%)"));
  CHECK(quiet.err.find("\x1b[K") == std::string::npos);
}

TEST_CASE("the help of each command lists its flags", "[tools][cli]") {
  const std::map<std::string, std::vector<std::string>> flags = {
      {"ingest",
       {"--input", "--db", "-b,--brokers", "-t,--topic", "-X", "-F,--config", "--group",
        "--from-beginning", "--offset", "--offset-time", "--exit-at-end", "-q,--quiet",
        "--batch-size", "--linger-ms", "--dlq-topic", "--alerts-topic"}},
      {"query",
       {"--entity", "--metric", "--period", "--published-since", "--ingested-since", "--sort",
        "--group-by", "--agg", "--limit", "--cursor", "--format"}},
      {"indicators", {"--name", "--entity", "--format", "--watch", "--interval"}},
      {"alerts",
       {"--rule", "--entity", "--severity", "--since", "--until", "--detected-since", "--limit",
        "--format", "--follow"}},
      {"reindex", {"--db", "-q,--quiet"}},
      {"produce", {"-b,--brokers", "-t,--topic", "-X", "-F,--config", "--key-field"}},
  };
  for (const auto& [command, expected] : flags) {
    auto r = RunCli({command, "--help"});
    INFO(command);
    REQUIRE(r.exit_code == 0);
    for (const auto& flag : expected) {
      INFO(flag);
      CHECK(r.out.find(flag) != std::string::npos);
    }
  }
  // Every listing command documents the four formats and the default.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"query"}, {"indicators"}, {"alerts"}, {"dead-letters", "list"}}) {
    auto a = args;
    a.push_back("--help");
    auto r = RunCli(a);
    INFO(args.front());
    CHECK_THAT(r.out, Catch::Contains("table, jsonl, csv or json") &&
                          Catch::Contains("table on a terminal"));
  }
}

TEST_CASE("command errors are one line: plain text, or a JSON log line with --log-format json",
          "[tools][cli]") {
  TempDir dir;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"query", "--db", dir.sub("none")},
        {"indicators", "--db", dir.sub("none")},
        {"alerts", "--db", dir.sub("none")},
        {"dead-letters", "list", "--db", dir.sub("none")},
        {"show", "article", "x", "--db", dir.sub("none")}}) {
    INFO(args.front());
    auto text = RunCli(args);
    CHECK(text.exit_code == 1);
    CHECK(text.err ==
          "newsfacts " + args.front() + ": no newsfacts DB at " + dir.sub("none") + "\n");
    auto a = args;
    a.insert(a.begin(), {"--log-format", "json"});
    auto json = RunCli(a);
    CHECK(json.exit_code == 1);
    CHECK_THAT(json.err,
               Catch::StartsWith("{\"time\":\"") &&
                   Catch::Contains("\"level\":\"error\",\"component\":\"" + args.front() + "\"") &&
                   Catch::EndsWith("}\n"));
    CHECK(Lines(json.err).size() == 1);
  }
}

TEST_CASE("summary lines are plain text, or a JSON log line with --log-format json",
          "[tools][cli]") {
  TempDir dir;
  const std::string db = dir.sub("db");
  REQUIRE(RunCli({"ingest", "-q", "--input", kSamples + "/seeds.jsonl", "--db", db}).exit_code ==
          0);
  // Text: the stable line scripts compare, unchanged by the logger.
  auto text = RunCli({"backup", "--db", db, "--to", dir.sub("copy1")});
  CHECK(text.exit_code == 0);
  CHECK(text.err ==
        "newsfacts backup: checkpoint of " + db + " written to " + dir.sub("copy1") + "\n");
  // JSON: one log line (time, level info, component) carrying the same message.
  auto json = RunCli({"--log-format", "json", "backup", "--db", db, "--to", dir.sub("copy2")});
  CHECK(json.exit_code == 0);
  CHECK_THAT(json.err, Catch::StartsWith("{\"time\":\"") &&
                           Catch::Contains(R"("level":"info","component":"backup")") &&
                           Catch::Contains("written to " + dir.sub("copy2")) &&
                           Catch::EndsWith("}\n"));
  CHECK(Lines(json.err).size() == 1);
  // The ingest summary (logged by the daemon itself) follows the same switch.
  auto ingest = RunCli({"--log-format", "json", "ingest", "--input", kSamples + "/seeds.jsonl",
                        "--db", dir.sub("db2")});
  CHECK(ingest.exit_code == 0);
  bool summary = false;
  for (const auto& line : Lines(ingest.err)) {
    CHECK_THAT(line, Catch::StartsWith("{\"time\":\"") && Catch::EndsWith("}"));
    summary = summary || line.find("articles (4 new") != std::string::npos;
  }
  CHECK(summary);
}
