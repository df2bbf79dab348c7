#include "tools/extractor_factory.h"

#include "extract/gazetteer.h"
#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

ExtractorHolder MakeExtractor(const std::string& entities_file) {
  ExtractorHolder h;
  extract::ExtractorOptions options;
  if (!entities_file.empty()) {
    auto text = ReadFile(entities_file);
    if (!text.ok()) throw UsageError("--entities-file: " + text.status().message());
    auto user = extract::Gazetteer::Parse(*text);
    if (!user.ok())
      throw UsageError("--entities-file " + entities_file + ": " + user.status().message());
    auto merged = std::make_shared<extract::Gazetteer>(extract::Gazetteer::Default());
    merged->Merge(*user);
    options.gazetteer = merged.get();
    h.gazetteer = merged;
  }
  h.extractor = std::make_unique<extract::Extractor>(options);
  return h;
}

}  // namespace newsfacts::tools
