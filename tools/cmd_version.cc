// newsfacts version: program, extractor and store schema versions, and the credits of the
// place data compiled in.
#include <cstdio>
#include <string>

#include "extract/extractor.h"
#include "store/store.h"
#include "tools/command.h"

namespace newsfacts::tools {

// The second line credits the place data compiled into the extractor, as their licences ask
// (extract/data/README.md): a binary carries them without the repository's READMEs.
std::string VersionString() {
  return "newsfacts " NEWSFACTS_VERSION " (extractor " +
         std::to_string(extract::Extractor::kVersion) + ", store schema " +
         std::to_string(store::Store::kSchemaVersion) +
         ")\n"
         "place data: country names from ICU (Unicode licence), regions from iso-codes "
         "(LGPL-2.1+), towns from GeoNames (geonames.org, CC BY 4.0, "
         "https://creativecommons.org/licenses/by/4.0/; selected and filtered)";
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
