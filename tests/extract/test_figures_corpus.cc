// Robustness: the extractor over every article of the shared corpus (run it under
// ASan/UBSan: -DNEWSFACTS_ASAN=ON -DNEWSFACTS_UBSAN=ON).
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <filesystem>
#include <string>

#include "extract/extractor.h"

namespace newsfacts::extract {
namespace {

TEST_CASE("every corpus article extracts without error and with sane offsets", "[slow]") {
  const std::filesystem::path dir = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  REQUIRE(std::filesystem::exists(dir));
  const Extractor ex(ExtractorOptions{.entities = false});
  simdjson::ondemand::parser parser;
  size_t articles = 0, figures = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".jsonl") continue;
    simdjson::padded_string json = simdjson::padded_string::load(entry.path().string());
    simdjson::ondemand::document_stream docs = parser.iterate_many(json);
    for (auto doc : docs) {
      Article a;
      std::string_view title, body, lang;
      if (!doc["lang"].get_string().get(lang)) a.lang = ParseLang(lang).value_or(Lang::kUnknown);
      if (!doc["title"].get_string().get(title)) a.title = std::string(title);
      if (!doc["body"].get_string().get(body)) a.body = std::string(body);
      Extraction out;
      REQUIRE(ex.Extract(a, &out).ok());
      ++articles;
      for (const Figure& f : out.figures) {
        const std::string& text = f.field == Field::kTitle ? a.title : a.body;
        REQUIRE(f.start < f.end);
        REQUIRE(f.end <= text.size());
        REQUIRE(text.compare(f.start, f.end - f.start, f.surface) == 0);
        REQUIRE(std::isfinite(f.value));
        if (f.same_as >= 0) REQUIRE(static_cast<size_t>(f.same_as) < out.figures.size());
        ++figures;
      }
      // The same article also as plain text with language detection.
      Extraction again;
      REQUIRE(ex.ExtractText(a.body, Lang::kUnknown, Field::kBody, &again).ok());
    }
  }
  CHECK(articles > 2000);
  CHECK(figures > 1000);
}

}  // namespace
}  // namespace newsfacts::extract
