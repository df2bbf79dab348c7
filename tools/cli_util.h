#pragma once
// Small helpers shared by the tools/cmd_*.cc commands (tools/ is the only place that does
// process-level I/O: files, signals, terminals).

#include <atomic>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "ingest/log.h"
#include "store/fact_format.h"
#include "store/store.h"

namespace newsfacts::tools {

// Reads a whole file ("-" = stdin). Errors: NotFound, IoError.
[[nodiscard]] common::Result<std::string> ReadFile(const std::string& path);

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

}  // namespace newsfacts::tools
