// newsfacts: the command-line entry point. Wires the subcommands of tools/cmd_*.cc.
#include <cstdio>
#include <exception>
#include <vector>

#include "common/terminal.h"
#include "ingest/log.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace nt = newsfacts::tools;

namespace {

int Main(int argc, char** argv) {
  CLI::App app{
      "newsfacts: extract market facts (money, shares, chip counts) from news, store "
      "them in RocksDB and watch indicators and alerts"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every command");
  app.set_version_flag("--version", nt::VersionString(), "Print the version and exit");
  // Log options are global and may follow the subcommand: `newsfacts ingest --log-format json`.
  app.fallthrough();
  std::string log_format = "text";
  std::string log_level = "info";
  app.add_option("--log-format", log_format, "Diagnostics on stderr as text or json lines")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_option("--log-level", log_level, "Lowest level logged: debug, info, warn, error")
      ->check(CLI::IsMember({"debug", "info", "warn", "error"}))
      ->capture_default_str();
  std::vector<nt::Command> commands = {
      nt::AddIngestCommand(app),     nt::AddExtractCommand(app),     nt::AddQueryCommand(app),
      nt::AddIndicatorsCommand(app), nt::AddAlertsCommand(app),      nt::AddVersionCommand(app),
      nt::AddBackupCommand(app),     nt::AddProduceCommand(app),     nt::AddReindexCommand(app),
      nt::AddRepairCommand(app),     nt::AddDeadLettersCommand(app), nt::AddShowCommand(app),
      nt::AddServeCommand(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);  // prints help or the error
    return rc == 0 ? nt::kExitOk : nt::kExitUsage;
  }
  newsfacts::ingest::LogOptions log;
  log.format = *newsfacts::ingest::ParseLogFormat(log_format);
  log.min_level = log_level == "debug"   ? newsfacts::ingest::LogLevel::kDebug
                  : log_level == "warn"  ? newsfacts::ingest::LogLevel::kWarn
                  : log_level == "error" ? newsfacts::ingest::LogLevel::kError
                                         : newsfacts::ingest::LogLevel::kInfo;
  newsfacts::ingest::ConfigureLog(log);
  nt::SetErrorFormat(log.format);
  for (const auto& c : commands) {
    if (!c.app->parsed()) continue;
    try {
      return c.run();
    } catch (const nt::UsageError& e) {
      nt::CliError(c.app->get_name(), e.what(), /*usage_hint=*/true);
      return nt::kExitUsage;
    } catch (const std::exception& e) {
      nt::CliError(c.app->get_name(), e.what());
      return nt::kExitRuntime;
    }
  }
  return nt::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {  // setting up the CLI itself failed
    std::fprintf(stderr, "newsfacts: %s\n", e.what());
    return nt::kExitRuntime;
  }
}
