#pragma once
// Builds the process's Extractor, optionally with a user gazetteer merged over the default.
// Startup misconfiguration (unreadable or invalid --entities-file) throws UsageError.

#include <memory>
#include <string>

#include "extract/extractor.h"

namespace newsfacts::tools {

struct ExtractorHolder {
  std::shared_ptr<const void> gazetteer;  // keeps a merged gazetteer alive (type-erased)
  std::unique_ptr<extract::Extractor> extractor;
};

// `entities_file` empty = default gazetteer only.
ExtractorHolder MakeExtractor(const std::string& entities_file);

}  // namespace newsfacts::tools
