// newsfacts_extractor_digest: prints "<Extractor::kVersion> <digest>" of the extraction output
// over tests/data (tests/extract/extractor_digest.h). Used by tools/extractor_digest.
//   newsfacts_extractor_digest [DATA_DIR]      (default: the source tree's tests/data)
#include <cstdio>
#include <exception>

#include "extract/extractor.h"
#include "tests/extract/extractor_digest.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : NEWSFACTS_TEST_DATA_DIR;
  try {
    const auto d = newsfacts::testing::ComputeExtractorDigest(dir);
    std::printf("%u %s\n", newsfacts::extract::Extractor::kVersion, d.hex.c_str());
    std::fprintf(stderr, "extractor_digest: %zu documents, %zu lines\n", d.documents, d.lines);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "extractor_digest: %s\n", e.what());
    return 1;
  }
  return 0;
}
