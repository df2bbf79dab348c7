// newsfacts version: program, extractor and store schema versions.
#include <cstdio>

#include "extract/extractor.h"
#include "store/store.h"
#include "tools/command.h"

namespace newsfacts::tools {

Command AddVersionCommand(CLI::App& app) {
  Command c;
  c.app = app.add_subcommand("version", "Print the newsfacts, extractor and schema versions");
  c.run = [] {
    std::printf("newsfacts %s (extractor %u, store schema %u)\n", NEWSFACTS_VERSION,
                extract::Extractor::kVersion, store::Store::kSchemaVersion);
    return kExitOk;
  };
  return c;
}

}  // namespace newsfacts::tools
