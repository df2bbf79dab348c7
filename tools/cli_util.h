#pragma once
// Small helpers shared by the tools/cmd_*.cc commands (tools/ is the only place that does
// process-level I/O: files, signals, terminals).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "ingest/log.h"
#include "ingest/read_file.h"
#include "store/fact_format.h"
#include "store/store.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace newsfacts::tools {

// Reads a whole file ("-" = stdin). Errors: NotFound, IoError. (The one reader:
// ingest/read_file.h.)
using ingest::ReadFile;

// Writes `data` to stdout; returns false when stdout is closed (e.g. a closed pipe).
bool WriteStdout(const std::string& data);

// True when stdout is a terminal (choose table vs JSONL output).
bool StdoutIsTerminal();

// Sleeps for `seconds` in short steps; returns false as soon as `stop` is set.
bool SleepUnlessStopped(const std::atomic<bool>& stop, double seconds);

// Installs SIGINT/SIGTERM handlers that set the returned flag (first signal), and restore
// the default action so a second signal ends the process at once.
const std::atomic<bool>& InstallStopSignals();

// Installs a SIGUSR1 handler that sets the returned flag: `newsfacts backup` asks a running
// writer for a hot checkpoint (ingest/hot_backup.h). The writer clears the flag when served.
std::atomic<bool>& InstallBackupSignal();

// The one error line of every command: "newsfacts <command>: <message>" on stderr
// (terminal-safe), or, after SetErrorFormat(kJson) (--log-format json), one JSON log line of
// ingest/log.h with level "error" and component <command>. `usage_hint` adds the line
// "Run with --help for usage." (text form) for usage errors.
void SetErrorFormat(ingest::LogFormat format);
void CliError(std::string_view command, std::string_view message, bool usage_hint = false);

// The success and summary lines of a command (backup, reindex, produce, repair, serve,
// dead-letters replay, query's "more rows" hint) in the same two forms as CliError: the text
// line "newsfacts <command>: <message>" (stable: tests and scripts compare it), or with
// --log-format json one JSON log line of ingest/log.h at `level` (info unless a warning).
// The long-running ingest logs its summary through ingest/log.h itself.
void CliReport(std::string_view command, std::string_view message,
               ingest::LogLevel level = ingest::LogLevel::kInfo);

// CliError(command, s.ToString()) and the exit code: kExitUsage (2) for InvalidArgument,
// else kExitRuntime (1).
int Failed(std::string_view command, const common::Status& s);

// Opens the store at `path` read-only (a RocksDB secondary instance: works while an ingest
// writes). On failure prints the error (CliError) and returns nullptr (exit 1).
std::unique_ptr<store::Store> OpenReadOnly(std::string_view command, const std::string& path);

// The format of a listing command (README "Output contract"): --format `flag` when given
// (table, jsonl, csv, json; anything else throws UsageError), else table when stdout is a
// terminal and JSONL when it is piped.
store::OutputFormat ListingFormat(const std::string& flag);

// Declares `--format FORMAT` on a listing command (query, indicators, alerts, dead-letters
// list), bound to `*format` and read with ListingFormat: the one help text of the output
// contract, plus `note` (e.g. what a mode of that command accepts) in parentheses. The option
// is owned by `app`; `format` must outlive it.
CLI::Option* AddFormatOption(CLI::App* app, std::string* format, std::string_view note = {});

// The value of a time filter flag (--since, --published-until …): nullopt when `value` is
// empty, else its UTC ms (common::ParseRfc3339Ms: RFC 3339 or a date). Throws UsageError naming
// `flag` when it is neither.
std::optional<int64_t> TimeFlag(const std::string& flag, const std::string& value);

// True when a command should draw a progress line: not `quiet`, and stderr is a terminal, or
// the environment sets NEWSFACTS_PROGRESS=1 (tests, `script` sessions); NEWSFACTS_PROGRESS=0
// turns it off.
bool ProgressWanted(bool quiet);

// ProgressLine: the one progress line of long commands (file ingest, Kafka backfill, reindex)
// on stderr, redrawn in place at most every 250 ms (and at once when the total becomes known
// or the work is complete):
//   ingest: 12,345 articles  850/s  12.3 of 45.6 MB (27%)  ETA 0:32
// `done`/`total` count `unit`s ("bytes" prints as KB or MB; total 0 = unknown: no percentage, no
// ETA); the rate is articles per second since the line was created. Each draw ends with a
// carriage return, so a log line written meanwhile starts at the left edge.
// Thread-safety: one thread. Ownership: writes to stderr.
class ProgressLine {
 public:
  // A disabled line draws nothing (see ProgressWanted).
  ProgressLine(std::string label, std::string unit, bool enabled);
  ~ProgressLine() { Finish(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void Update(uint64_t articles, int64_t done, int64_t total);
  // Clears the line (call before printing a summary); Update draws it again.
  void Finish();
  // The text of one draw (no control characters); for tests and Update.
  [[nodiscard]] std::string Text(uint64_t articles, int64_t done, int64_t total,
                                 double elapsed_s) const;

 private:
  std::string label_, unit_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
  int64_t last_total_ = 0, last_done_ = 0;  // of the last draw
};

}  // namespace newsfacts::tools
