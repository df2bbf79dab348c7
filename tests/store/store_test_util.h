#pragma once
// Helpers shared by the store tests and their child writer process: temporary directories
// and deterministic articles whose figures exercise every stored field.

#include <spawn.h>
#include <stdlib.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"
#include "tests/test_util.h"

extern char** environ;  // for posix_spawn

namespace newsfacts::store::testing {

// A fresh directory under $TMPDIR, removed with its contents on destruction.
using ::newsfacts::testing::TempDir;

// Article `id`; `version` changes its content (and facts) deterministically.
inline extract::Article MakeArticle(const std::string& id, int version = 0,
                                    int64_t published_ms = 1727697600000) {
  extract::Article a;
  a.id = id;
  a.lang = extract::Lang::kDe;
  a.title = "Titel " + id;
  a.body = "Nvidia setzte " + std::to_string(10 + version) + " Milliarden Dollar um.";
  a.source = "heise";
  a.url = "https://example.org/" + id;
  a.published_at = "2024-09-30T12:00:00Z";
  a.published_at_ms = published_ms;
  return a;
}

// `n` figures alternating between two entities/metrics/kinds, every field set.
inline extract::Extraction MakeExtraction(int n, int version = 0,
                                          const std::string& entity_a = "Nvidia",
                                          const std::string& entity_b = "AMD") {
  extract::Extraction x;
  x.lang = extract::Lang::kDe;
  for (int i = 0; i < n; ++i) {
    extract::Figure f;
    const bool even = i % 2 == 0;
    f.kind = even ? extract::FigureKind::kMoney : extract::FigureKind::kPercent;
    f.value = even ? 1.2e10 + version : 45.5 + i;
    if (!even) f.value_high = 50.0 + i;
    f.unit = even ? "USD" : "";
    f.qualifier = even ? extract::Qualifier::kApprox : extract::Qualifier::kRange;
    f.vague = i == 2;
    f.field = i == 0 ? extract::Field::kTitle : extract::Field::kBody;
    f.start = 10 * i;
    f.end = 10 * i + 7;
    f.surface = "12 Mrd. \"$\", " + std::to_string(i);
    f.period = even ? "2024-Q3" : "";
    f.same_as = i == 1 ? 0 : -1;
    f.entity = even ? entity_a : entity_b;
    f.counterpart = even ? "TSMC" : "";
    f.metric = even ? "revenue" : "market_share";
    f.sentence = "Satz " + std::to_string(i) + " mit \u00e4, Komma\nund Zeile.";
    if (even) {  // the evidence of the attribution; odd figures keep the defaults
      f.entity_type = i == 2 ? extract::EntityType::kProduct : extract::EntityType::kOrg;
      f.unit_source = extract::UnitSource::kContext;
      f.entity_field = i == 0 ? extract::Field::kTitle : extract::Field::kBody;
      f.entity_surface = i == 2 ? "H20" : entity_a + "s";
      f.entity_start = 3 + i;
      f.entity_end = 300 + i;
      f.product = i == 2 ? "H20" : "";
    }
    x.figures.push_back(f);
  }
  extract::EntityMention m;
  m.entity = entity_a;
  m.type = extract::EntityType::kOrg;
  m.field = extract::Field::kBody;
  m.start = 0;
  m.end = 6;
  m.surface = entity_a;
  x.entities.push_back(m);
  m.entity = "H100";
  m.type = extract::EntityType::kProduct;
  m.field = extract::Field::kTitle;
  m.start = 3;
  m.end = 7;
  m.surface = "H100";
  x.entities.push_back(m);
  x.entities.push_back(x.entities.front());
  return x;
}

#ifdef NEWSFACTS_STORE_WRITER  // defined for the test binaries, not for the writer itself
// Starts the store test writer (NEWSFACTS_STORE_WRITER) with `args`; returns its pid.
inline pid_t SpawnWriter(const std::vector<std::string>& args) {
  std::vector<std::string> all = {NEWSFACTS_STORE_WRITER};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0);
  return pid;
}
#endif

}  // namespace newsfacts::store::testing
