#pragma once
// The `newsfacts` CLI is one CLI11 app with one subcommand per tools/cmd_<name>.cc.
// Each file defines one Add<Name>Command(CLI::App&) that registers its subcommand, binds its
// options into state it owns, and returns the function main() calls when that subcommand
// was chosen. Exit codes: 0 success, 1 runtime error, 2 usage error (CLI11 parse errors, and
// UsageError thrown by a command while validating its options). Errors go to stderr.
// Exceptions are used only for startup misconfiguration, inside tools/.

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>
#include <string>

namespace newsfacts::tools {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;
inline constexpr int kExitUsage = 2;

// Thrown by a command for a bad combination of options; main prints it and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Command {
  CLI::App* app = nullptr;   // the subcommand (owned by the parent CLI::App)
  std::function<int()> run;  // runs the command; returns the exit code
};

// "newsfacts 0.3.0 (extractor 2, store schema 2)": `newsfacts version` and `--version`.
std::string VersionString();

Command AddExtractCommand(CLI::App& app);
Command AddIngestCommand(CLI::App& app);
Command AddProduceCommand(CLI::App& app);
Command AddQueryCommand(CLI::App& app);
Command AddBackupCommand(CLI::App& app);
Command AddRepairCommand(CLI::App& app);
Command AddReindexCommand(CLI::App& app);
Command AddIndicatorsCommand(CLI::App& app);
Command AddAlertsCommand(CLI::App& app);
Command AddVersionCommand(CLI::App& app);
Command AddDeadLettersCommand(CLI::App& app);
Command AddShowCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);

}  // namespace newsfacts::tools
