#pragma once
// Loads the benchmark corpus (../shared/corpus/*.jsonl) into memory, so benchmarks time
// extraction only. Header-only, for the bench executables of this folder.

#include <simdjson.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"

namespace newsfacts::bench {

// Every article (title and body) of the *.jsonl files in `dir` whose name starts with
// `prefix` ("de_", "es_"), with `lang` set. Unreadable files and lines are skipped.
inline std::vector<extract::Article> LoadCorpus(const std::filesystem::path& dir,
                                                std::string_view prefix, extract::Lang lang) {
  std::vector<extract::Article> out;
  simdjson::ondemand::parser parser;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0 || entry.path().extension() != ".jsonl") continue;
    simdjson::padded_string json;
    if (simdjson::padded_string::load(entry.path().string()).get(json)) continue;
    simdjson::ondemand::document_stream docs;
    if (parser.iterate_many(json).get(docs)) continue;
    for (auto doc : docs) {
      extract::Article a;
      a.lang = lang;
      std::string_view title, body;
      if (!doc["title"].get_string().get(title)) a.title = std::string(title);
      if (!doc["body"].get_string().get(body)) a.body = std::string(body);
      out.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace newsfacts::bench
