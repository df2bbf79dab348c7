#pragma once
// Small helpers shared by the tools/cmd_*.cc commands (tools/ is the only place that does
// process-level I/O: files, signals, terminals).

#include <atomic>
#include <string>

#include "common/status.h"

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

}  // namespace newsfacts::tools
