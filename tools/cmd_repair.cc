// newsfacts repair: rebuild the metadata of a DB that Open refused as corrupt (a MANIFEST
// that does not match the table files), with RocksDB's RepairDB. On a copy (--to) by
// default; in place only with an explicit --yes.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

namespace {

namespace fs = std::filesystem;

struct RepairArgs {
  std::string db;
  std::string to;
  bool yes = false;
};

int RunRepair(const RepairArgs& args) {
  if (args.to.empty() == !args.yes)
    throw UsageError("give --to NEW_DIR (repair a copy) or --yes (repair " + args.db +
                     " in place), not both");
  std::error_code ec;
  if (!fs::exists(fs::path(args.db) / "CURRENT", ec)) {
    CliError("repair", "no RocksDB database at " + args.db);
    return kExitRuntime;
  }
  std::string target = args.db;
  if (!args.to.empty()) {
    if (fs::exists(args.to, ec)) throw UsageError(args.to + " already exists");
    fs::copy(args.db, args.to, fs::copy_options::recursive, ec);
    if (ec) {
      CliError("repair", "cannot copy " + args.db + " to " + args.to + ": " + ec.message());
      return kExitRuntime;
    }
    target = args.to;
  }
  common::Status s = store::Store::Repair(target);
  if (!s.ok()) {
    CliError("repair", s.ToString() + " (stop every ingest using the DB first)");
    return kExitRuntime;
  }
  store::OpenOptions o;
  o.create_if_missing = false;
  auto db = store::Store::Open(target, o);
  if (!db.ok()) {
    CliError("repair", "repaired, but the result does not open: " + db.status().ToString());
    return kExitRuntime;
  }
  auto st = (*db)->Stats();
  if (!st.ok()) {
    CliError("repair", "repaired, but reading it fails: " + st.status().ToString());
    return kExitRuntime;
  }
  CliReport("repair", fmt::format("{} repaired: {} articles, {} facts, {} dead letters "
                                  "(unusable files, if any, are in {}/lost)",
                                  target, st->articles, st->facts, st->dead_letters, target));
  return kExitOk;
}

}  // namespace

Command AddRepairCommand(CLI::App& app) {
  auto args = std::make_shared<RepairArgs>();
  Command c;
  c.app = app.add_subcommand(
      "repair",
      "Rebuild the metadata of a DB refused as corrupt (RocksDB RepairDB); no ingest may run");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--to", args->to, "Repair a copy written to this new directory");
  c.app->add_flag("--yes", args->yes, "Repair --db in place");
  c.run = [args] { return RunRepair(*args); };
  return c;
}

}  // namespace newsfacts::tools
