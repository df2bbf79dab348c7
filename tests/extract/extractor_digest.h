#pragma once
// The extractor-output digest of the test data: one XXH3-64 over every figure and entity
// mention the extractor (default options: entities and attribution on) emits for
// tests/data/seeds/*.txt and tests/data/news/*.jsonl, as the JSON lines of `newsfacts extract`.
// tests/data/extractor_digests.txt records one digest per Extractor::kVersion; the test
// test_extractor_version.cc fails when the output changes without a version bump, and
// tools/extractor_digest prints or records it. Thread-safety: pure functions (they read files).

#include <cstdint>
#include <map>
#include <string>

namespace newsfacts::testing {

struct ExtractorDigest {
  std::string hex;       // 16 lowercase hex digits
  size_t documents = 0;  // texts extracted (seed files + JSONL articles)
  size_t lines = 0;      // figure and entity lines hashed
};

// Computes the digest over `data_dir` (the layout of tests/data). Throws std::runtime_error
// when a file cannot be read or a JSONL line is not an article (test-only code).
ExtractorDigest ComputeExtractorDigest(const std::string& data_dir);

// Reads "<version> <hex>" lines (blank lines and '#' comments skipped) of the digest file;
// an empty map when it does not exist.
std::map<uint32_t, std::string> ReadRecordedDigests(const std::string& path);

}  // namespace newsfacts::testing
