#include "tools/cli_util.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

#include "common/terminal.h"
#include "tools/command.h"

namespace newsfacts::tools {

common::Result<std::string> ReadFile(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int e = errno;
    std::string msg = "cannot open " + path + ": " + std::strerror(e);
    return e == ENOENT ? common::Status::NotFound(msg) : common::Status::IoError(msg);
  }
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return common::Status::IoError("read error in " + path);
  return out;
}

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

void CliError(std::string_view command, std::string_view message, bool usage_hint) {
  if (g_error_format.load() == ingest::LogFormat::kJson) {
    ingest::Log(ingest::LogLevel::kError, command, message);
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

int Failed(std::string_view command, const common::Status& s) {
  CliError(command, s.ToString());
  return s.code() == common::Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime;
}

std::unique_ptr<store::Store> OpenReadOnly(std::string_view command, const std::string& path) {
  store::OpenOptions o;
  o.read_only = true;
  auto db = store::Store::Open(path, o);
  if (!db.ok()) {
    CliError(command, db.status().message());
    return nullptr;
  }
  return std::move(db).value();
}

store::OutputFormat ListingFormat(const std::string& flag) {
  if (flag.empty()) {
    return StdoutIsTerminal() ? store::OutputFormat::kTable : store::OutputFormat::kJsonl;
  }
  auto f = store::ParseOutputFormat(flag);
  if (!f) throw UsageError("--format must be table, jsonl, csv or json, got '" + flag + "'");
  return *f;
}

}  // namespace newsfacts::tools
