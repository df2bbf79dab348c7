// newsfacts version: program, extractor and store schema versions.
#include <cstdio>
#include <string>

#include "extract/extractor.h"
#include "store/store.h"
#include "tools/command.h"

namespace newsfacts::tools {

std::string VersionString() {
  return "newsfacts " NEWSFACTS_VERSION " (extractor " +
         std::to_string(extract::Extractor::kVersion) + ", store schema " +
         std::to_string(store::Store::kSchemaVersion) + ")";
}

Command AddVersionCommand(CLI::App& app) {
  Command c;
  c.app = app.add_subcommand("version", "Print the newsfacts, extractor and schema versions");
  c.run = [] {
    std::printf("%s\n", VersionString().c_str());
    return kExitOk;
  };
  return c;
}

}  // namespace newsfacts::tools
