#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "ingest/clock.h"
#include "ingest/log.h"

namespace ingest = newsfacts::ingest;

namespace {
// Everything written to `f` so far.
std::string Contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  return out;
}
}  // namespace

TEST_CASE("log lines carry time, level and component, in text and JSON", "[log]") {
  ingest::FakeClock clock(1727697600250);
  std::FILE* sink = std::tmpfile();
  REQUIRE(sink != nullptr);
  ingest::LogOptions o;
  o.sink = sink;
  o.clock = &clock;
  ingest::ConfigureLog(o);
  ingest::Log(ingest::LogLevel::kInfo, "ingest", "consuming articles");
  ingest::Log(ingest::LogLevel::kError, "kafka", "broker down\n2099-01-01T00:00:00.000Z INFO fake");
  ingest::Log(ingest::LogLevel::kDebug, "kafka", "dropped below the minimum level");
  CHECK(Contents(sink) ==
        "2024-09-30T12:00:00.250Z INFO  ingest: consuming articles\n"
        "2024-09-30T12:00:00.250Z ERROR kafka: broker down\\n2099-01-01T00:00:00.000Z INFO fake\n");
  std::fclose(sink);

  sink = std::tmpfile();
  o.sink = sink;
  o.format = ingest::LogFormat::kJson;
  o.min_level = ingest::LogLevel::kDebug;
  ingest::ConfigureLog(o);
  ingest::Log(ingest::LogLevel::kWarn, "serve", "say \"hi\"");
  ingest::Log(ingest::LogLevel::kDebug, "kafka", "kept");
  CHECK(Contents(sink) ==
        "{\"time\":\"2024-09-30T12:00:00.250Z\",\"level\":\"warn\",\"component\":\"serve\","
        "\"message\":\"say \\\"hi\\\"\"}\n"
        "{\"time\":\"2024-09-30T12:00:00.250Z\",\"level\":\"debug\",\"component\":\"kafka\","
        "\"message\":\"kept\"}\n");
  std::fclose(sink);
  ingest::ConfigureLog(ingest::LogOptions{});  // back to stderr for other tests
}

TEST_CASE("log formats parse by name and syslog severities map to levels", "[log]") {
  CHECK(ingest::ParseLogFormat("json") == ingest::LogFormat::kJson);
  CHECK(ingest::ParseLogFormat("text") == ingest::LogFormat::kText);
  CHECK_FALSE(ingest::ParseLogFormat("xml"));
  CHECK(ingest::LogLevelFromSyslog(3) == ingest::LogLevel::kError);
  CHECK(ingest::LogLevelFromSyslog(4) == ingest::LogLevel::kWarn);
  CHECK(ingest::LogLevelFromSyslog(6) == ingest::LogLevel::kInfo);
  CHECK(ingest::LogLevelFromSyslog(7) == ingest::LogLevel::kDebug);
}
