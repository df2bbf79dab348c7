#include "ingest/log.h"

#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <string>

#include "common/json_writer.h"
#include "common/terminal.h"
#include "common/time.h"

namespace newsfacts::ingest {

namespace {

struct LogState {
  std::mutex mu;
  LogOptions options;
};

// Never destroyed: librdkafka's threads may still log while the process exits.
LogState& State() {
  static auto* state = new LogState();
  return *state;
}

}  // namespace

void ConfigureLog(const LogOptions& options) {
  LogState& st = State();
  std::lock_guard<std::mutex> lock(st.mu);
  st.options = options;
}

std::optional<LogFormat> ParseLogFormat(std::string_view s) {
  if (s == "text") return LogFormat::kText;
  if (s == "json") return LogFormat::kJson;
  return std::nullopt;
}

std::string_view LogLevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug:
      return "debug";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarn:
      return "warn";
    case LogLevel::kError:
      return "error";
  }
  return "info";
}

LogLevel LogLevelFromSyslog(int severity) {
  if (severity <= 3) return LogLevel::kError;  // emerg, alert, crit, err
  if (severity == 4) return LogLevel::kWarn;   // warning
  if (severity <= 6) return LogLevel::kInfo;   // notice, info
  return LogLevel::kDebug;
}

void Log(LogLevel level, std::string_view component, std::string_view message) {
  LogState& st = State();
  std::lock_guard<std::mutex> lock(st.mu);
  const LogOptions& o = st.options;
  if (level < o.min_level || o.sink == nullptr) return;
  const Clock& clock = o.clock != nullptr ? *o.clock : SystemClock::Get();
  const std::string time = common::FormatRfc3339Ms(clock.NowMs(), common::Millis::kAlways);
  std::string line;
  line.reserve(message.size() + 64);
  if (o.format == LogFormat::kJson) {
    common::JsonWriter w(&line);
    w.BeginObject()
        .Key("time")
        .String(time)
        .Key("level")
        .String(LogLevelName(level))
        .Key("component")
        .String(common::TerminalSafe(component))
        .Key("message")
        .String(common::TerminalSafe(message))
        .EndObject();
  } else {
    std::string name(LogLevelName(level));
    for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
    line += time;
    line += ' ';
    line += name;
    line.append(6 - name.size(), ' ');  // "INFO  ", "ERROR "
    common::AppendTerminalSafe(component, &line);
    line += ": ";
    common::AppendTerminalSafe(message, &line);
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), o.sink);
  std::fflush(o.sink);
}

void LogF(LogLevel level, std::string_view component, const char* format, ...) {
  char small[512];
  va_list args;
  va_start(args, format);
  va_list again;
  va_copy(again, args);
  const int n = std::vsnprintf(small, sizeof small, format, args);
  va_end(args);
  std::string text;
  if (n >= 0 && static_cast<size_t>(n) < sizeof small) {
    text.assign(small, static_cast<size_t>(n));
  } else if (n >= 0) {
    text.resize(static_cast<size_t>(n) + 1);
    (void)std::vsnprintf(text.data(), text.size(), format, again);
    text.resize(static_cast<size_t>(n));
  }
  va_end(again);
  if (!text.empty() && text.back() == '\n') text.pop_back();
  Log(level, component, text);
}

}  // namespace newsfacts::ingest
