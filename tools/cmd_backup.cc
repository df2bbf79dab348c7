// newsfacts backup: a consistent RocksDB checkpoint of a newsfacts DB.
#include <cstdio>
#include <string>

#include "common/terminal.h"
#include "store/store.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

struct BackupArgs {
  std::string db;
  std::string to;
};

int RunBackup(const BackupArgs& args) {
  store::OpenOptions o;
  o.create_if_missing = false;
  auto db = store::Store::Open(args.db, o);
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts backup: %s\n",
                 common::TerminalSafe(db.status().message()).c_str());
    return kExitRuntime;
  }
  common::Status s = (*db)->Backup(args.to);
  if (!s.ok()) {
    std::fprintf(stderr, "newsfacts backup: %s\n", common::TerminalSafe(s.message()).c_str());
    return kExitRuntime;
  }
  std::fprintf(stderr, "newsfacts backup: checkpoint of %s written to %s\n", args.db.c_str(),
               args.to.c_str());
  return kExitOk;
}

}  // namespace

Command AddBackupCommand(CLI::App& app) {
  auto args = std::make_shared<BackupArgs>();
  Command c;
  c.app = app.add_subcommand(
      "backup", "Write a consistent checkpoint of a DB (needs the DB not opened by a writer)");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--to", args->to, "Checkpoint directory (must not exist)")->required();
  c.run = [args] { return RunBackup(*args); };
  return c;
}

}  // namespace newsfacts::tools
