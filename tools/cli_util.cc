#include "tools/cli_util.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "common/terminal.h"
#include "common/time.h"
#include "tools/command.h"

namespace newsfacts::tools {

bool WriteStdout(const std::string& data) {
  return std::fwrite(data.data(), 1, data.size(), stdout) == data.size();
}

bool StdoutIsTerminal() {
  return ::isatty(STDOUT_FILENO) == 1;
}

bool SleepUnlessStopped(const std::atomic<bool>& stop, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
  while (!stop.load() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return !stop.load();
}

namespace {
std::atomic<bool> g_stop{false};
extern "C" void OnStopSignal(int sig) {
  g_stop.store(true);
  std::signal(sig, SIG_DFL);
}
}  // namespace

const std::atomic<bool>& InstallStopSignals() {
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  return g_stop;
}

namespace {
std::atomic<bool> g_backup{false};
extern "C" void OnBackupSignal(int /*sig*/) {
  g_backup.store(true);
}
}  // namespace

std::atomic<bool>& InstallBackupSignal() {
  std::signal(SIGUSR1, OnBackupSignal);
  return g_backup;
}

namespace {
std::atomic<ingest::LogFormat> g_error_format{ingest::LogFormat::kText};
}  // namespace

void SetErrorFormat(ingest::LogFormat format) {
  g_error_format.store(format);
}

namespace {

// One line of a command in the chosen form (CliError, CliReport).
void CommandLine(ingest::LogLevel level, std::string_view command, std::string_view message,
                 bool usage_hint) {
  if (g_error_format.load() == ingest::LogFormat::kJson) {
    ingest::Log(level, command, message);
    return;
  }
  std::string line = "newsfacts ";
  line.append(command);
  line += ": ";
  line += common::TerminalSafe(message);
  line.push_back('\n');
  if (usage_hint) line += "Run with --help for usage.\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace

void CliError(std::string_view command, std::string_view message, bool usage_hint) {
  CommandLine(ingest::LogLevel::kError, command, message, usage_hint);
}

void CliReport(std::string_view command, std::string_view message, ingest::LogLevel level) {
  CommandLine(level, command, message, false);
}

int Failed(std::string_view command, const common::Status& s) {
  CliError(command, s.ToString());
  return s.code() == common::Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime;
}

std::unique_ptr<store::Store> OpenReadOnly(std::string_view command, const std::string& path) {
  store::OpenOptions o;
  o.read_only = true;
  o.create_if_missing = false;
  auto db = store::Store::Open(path, o);
  if (!db.ok()) {
    CliError(command, db.status().message());
    return nullptr;
  }
  return std::move(db).value();
}

std::optional<int64_t> TimeFlag(const std::string& flag, const std::string& value) {
  if (value.empty()) return std::nullopt;
  auto ms = common::ParseRfc3339Ms(value);
  if (!ms) {
    throw UsageError(flag + " must be an RFC 3339 time or a date (2024-09-30), got '" + value +
                     "'");
  }
  return ms;
}

store::OutputFormat ListingFormat(const std::string& flag) {
  if (flag.empty()) {
    return StdoutIsTerminal() ? store::OutputFormat::kTable : store::OutputFormat::kJsonl;
  }
  auto f = store::ParseOutputFormat(flag);
  if (!f) throw UsageError("--format must be table, jsonl, csv or json, got '" + flag + "'");
  return *f;
}

CLI::Option* AddFormatOption(CLI::App* app, std::string* format, std::string_view note) {
  std::string help = "table, jsonl, csv or json (default: table on a terminal, else jsonl";
  if (!note.empty()) help += "; " + std::string(note);
  help += ")";
  return app->add_option("--format", *format, help)->option_text("FORMAT");
}

bool ProgressWanted(bool quiet) {
  if (quiet) return false;
  const char* env = std::getenv("NEWSFACTS_PROGRESS");
  if (env != nullptr && std::string_view(env) == "1") return true;
  if (env != nullptr && std::string_view(env) == "0") return false;
  return ::isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(std::string label, std::string unit, bool enabled)
    : label_(std::move(label)), unit_(std::move(unit)), enabled_(enabled) {}

namespace {

// 1234567 -> "1,234,567".
std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// `n` in `unit`, scaled like `total` (bytes: KB below 1 MB, else MB).
std::string Amount(int64_t n, int64_t total, const std::string& unit) {
  if (unit == "bytes") {
    return fmt::format("{:.1f}", static_cast<double>(n) / (total < 1000000 ? 1e3 : 1e6));
  }
  return Grouped(static_cast<uint64_t>(std::max<int64_t>(n, 0)));
}

}  // namespace

std::string ProgressLine::Text(uint64_t articles, int64_t done, int64_t total,
                               double elapsed_s) const {
  std::string text = label_ + ": " + Grouped(articles) + " articles";
  const double rate = elapsed_s > 0 ? static_cast<double>(articles) / elapsed_s : 0;
  text += fmt::format("  {:.0f}/s", rate);
  if (total > 0) {
    done = std::clamp<int64_t>(done, 0, total);
    const std::string unit = unit_ != "bytes" ? " " + unit_ : total < 1000000 ? " KB" : " MB";
    text += fmt::format("  {} of {}{} ({}%)", Amount(done, total, unit_),
                        Amount(total, total, unit_), unit, done * 100 / total);
    if (done > 0 && elapsed_s > 0) {
      const auto eta = static_cast<int64_t>(static_cast<double>(total - done) * elapsed_s /
                                            static_cast<double>(done));
      text += eta >= 3600 ? fmt::format("  ETA {}:{:02}:{:02}", eta / 3600, eta / 60 % 60, eta % 60)
                          : fmt::format("  ETA {}:{:02}", eta / 60, eta % 60);
    }
  }
  return text;
}

void ProgressLine::Update(uint64_t articles, int64_t done, int64_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  // Throttled, except when the total becomes known or changes, and at completion.
  const bool news = total != last_total_ || (total > 0 && done >= total && last_done_ < total);
  if (drawn_ && !news && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  last_total_ = total;
  last_done_ = done;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const std::string line = "\r\x1b[K" + Text(articles, done, total, elapsed) + "\r";
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressLine::Finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace newsfacts::tools
