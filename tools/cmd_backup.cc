// newsfacts backup: a consistent RocksDB checkpoint of a newsfacts DB.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "common/terminal.h"
#include "ingest/hot_backup.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct BackupArgs {
  std::string db;
  std::string to;
  int timeout_s = 120;
};

int RunBackup(const BackupArgs& args) {
  store::OpenOptions o;
  o.create_if_missing = false;
  auto db = store::Store::Open(args.db, o);
  if (!db.ok() && db.status().code() == common::Status::Code::kUnavailable) {
    // A running writer holds the DB: ask it for the checkpoint (ingest/hot_backup.h).
    if (auto pid = store::Store::LockHolder(args.db)) {
      common::Status s =
          ingest::RequestHotBackup(args.db, *pid, args.to, std::chrono::seconds(args.timeout_s));
      if (!s.ok()) {
        CliError("backup", s.message());
        return s.code() == common::Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime;
      }
      CliReport("backup", fmt::format("checkpoint of {} written to {} by the running writer "
                                      "(pid {})",
                                      args.db, args.to, *pid));
      return kExitOk;
    }
  }
  if (!db.ok()) {
    CliError("backup", db.status().message());
    return kExitRuntime;
  }
  common::Status s = (*db)->Backup(args.to);
  if (!s.ok()) {
    CliError("backup", s.message());
    return kExitRuntime;
  }
  CliReport("backup", fmt::format("checkpoint of {} written to {}", args.db, args.to));
  return kExitOk;
}

}  // namespace

Command AddBackupCommand(CLI::App& app) {
  auto args = std::make_shared<BackupArgs>();
  Command c;
  c.app = app.add_subcommand(
      "backup",
      "Write a consistent checkpoint of a DB (while `newsfacts ingest` runs, it takes the "
      "checkpoint on request)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--to", args->to, "Checkpoint directory (must not exist)")->required();
  c.app
      ->add_option("--timeout", args->timeout_s,
                   "Seconds to wait for a running writer to take the checkpoint")
      ->capture_default_str();
  c.run = [args] { return RunBackup(*args); };
  return c;
}

}  // namespace newsfacts::tools
