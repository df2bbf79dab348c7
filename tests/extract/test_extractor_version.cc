// Extractor version discipline: the extraction output over tests/data must match the digest
// recorded for the current Extractor::kVersion in tests/data/extractor_digests.txt. Stored
// facts carry the version; an output change without a bump would leave old and new facts
// under one version. How to re-record: tests/data/README.md (tools/extractor_digest --record).
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "extract/extractor.h"
#include "tests/extract/extractor_digest.h"
#include "tests/test_util.h"

namespace newsfacts::testing {
namespace {

const std::string kData = NEWSFACTS_TEST_DATA_DIR;

TEST_CASE("extraction output over tests/data matches the digest recorded for kVersion",
          "[extract][version]") {
  const auto recorded = ReadRecordedDigests(kData + "/extractor_digests.txt");
  const uint32_t version = extract::Extractor::kVersion;
  const auto d = ComputeExtractorDigest(kData);
  CHECK(d.documents >= 80);
  CHECK(d.lines > 200);
  const auto it = recorded.find(version);
  INFO("no digest recorded for Extractor::kVersion " << version
                                                     << ": run tools/extractor_digest --record");
  REQUIRE(it != recorded.end());
  INFO("extraction output changed (digest " << d.hex << ", recorded " << it->second
                                            << ") without an Extractor::kVersion bump: bump "
                                               "kVersion in extract/extractor.h, then run "
                                               "tools/extractor_digest --record");
  CHECK(d.hex == it->second);
}

TEST_CASE("the digest changes when the extraction output changes", "[extract][version]") {
  // The digest covers the seeds: dropping one seed file (a different output) must change it.
  TempDir tmp("digest");
  std::filesystem::create_directories(tmp.sub("seeds"));
  size_t copied = 0;
  for (const auto& e : std::filesystem::directory_iterator(kData + "/seeds")) {
    if (copied++ == 0) continue;  // leave one out
    std::filesystem::copy_file(e.path(), tmp.sub("seeds/" + e.path().filename().string()));
  }
  const auto full = ComputeExtractorDigest(kData);
  const auto fewer = ComputeExtractorDigest(tmp.path());
  CHECK(fewer.documents < full.documents);
  CHECK(fewer.hex != full.hex);
  CHECK(ComputeExtractorDigest(kData).hex == full.hex);  // deterministic
}

}  // namespace
}  // namespace newsfacts::testing
