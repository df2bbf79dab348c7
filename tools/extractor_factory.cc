#include "tools/extractor_factory.h"

#include "tools/cli_util.h"
#include "tools/command.h"

namespace newsfacts::tools {

ExtractorHolder MakeExtractor(const std::string& entities_file) {
  ExtractorHolder h;
  if (!entities_file.empty()) {
    // Wired to extract::Gazetteer once entity recognition lands.
    auto text = ReadFile(entities_file);
    if (!text.ok()) throw UsageError("--entities-file: " + text.status().message());
  }
  h.extractor = std::make_unique<extract::Extractor>();
  return h;
}

}  // namespace newsfacts::tools
