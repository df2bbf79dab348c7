#pragma once
// Log: the one logger of newsfacts processes. Every diagnostic line — the daemon's startup and
// stats lines, librdkafka's own log, command errors — goes through it once, as
//   text: 2026-12-01T15:18:57.123Z INFO  ingest: consuming articles as group 'g' into db
//   json: {"time":"2026-12-01T15:18:57.123Z","level":"info","component":"ingest","message":"..."}
// Messages are made terminal-safe in text form (common/terminal.h) and JSON-escaped in JSON
// form, so input echoed in a message can never fake a log line.
//
// Thread-safety: Log() may be called from any thread (librdkafka's threads included); one
// line is written with one call under a mutex. ConfigureLog() is meant for startup, before
// other threads log. Ownership: the sink FILE* and the clock are borrowed and must outlive
// every Log() call (stderr and SystemClock by default).

#include <cstdio>
#include <optional>
#include <string_view>

#include "ingest/clock.h"

namespace newsfacts::ingest {

enum class LogLevel : unsigned char { kDebug = 0, kInfo, kWarn, kError };
enum class LogFormat : unsigned char { kText = 0, kJson };

struct LogOptions {
  LogFormat format = LogFormat::kText;
  LogLevel min_level = LogLevel::kInfo;  // lower levels are dropped
  std::FILE* sink = stderr;
  const Clock* clock = nullptr;  // nullptr = SystemClock
};

// Replaces the process-wide log settings.
void ConfigureLog(const LogOptions& options);

// "text" | "json" -> format; nullopt otherwise.
[[nodiscard]] std::optional<LogFormat> ParseLogFormat(std::string_view s);

// Writes one line (when `level` >= the configured minimum).
void Log(LogLevel level, std::string_view component, std::string_view message);

// printf-style Log(): the formatted text without one trailing newline is the message.
[[gnu::format(printf, 3, 4)]] void LogF(LogLevel level, std::string_view component,
                                        const char* format, ...);

// syslog(3) severities as librdkafka reports them (0 emerg .. 7 debug) -> our levels.
[[nodiscard]] LogLevel LogLevelFromSyslog(int severity);

// "debug", "info", "warn", "error".
[[nodiscard]] std::string_view LogLevelName(LogLevel level);

}  // namespace newsfacts::ingest
