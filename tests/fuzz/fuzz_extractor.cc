// libFuzzer harness: the extractor on arbitrary text. The first byte picks the language
// (de, es, en, detect); every figure and entity mention must lie inside the text, its surface
// must be the bytes at its offsets, and values must be finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/extractor.h"

namespace {

using newsfacts::extract::Extraction;
using newsfacts::extract::Extractor;
using newsfacts::extract::ExtractorOptions;
using newsfacts::extract::Field;
using newsfacts::extract::Lang;

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Extractor extractor{ExtractorOptions{}};
  if (size == 0) return 0;
  constexpr Lang kLangs[] = {Lang::kDe, Lang::kEs, Lang::kEn, Lang::kUnknown};
  const Lang lang = kLangs[data[0] % 4];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Extraction out;
  if (!extractor.ExtractText(text, lang, Field::kBody, &out).ok()) return 0;
  for (const auto& f : out.figures) {
    Check(f.start < f.end && f.end <= text.size());
    Check(text.substr(f.start, f.end - f.start) == f.surface);
    Check(std::isfinite(f.value));
    Check(f.same_as < 0 || static_cast<size_t>(f.same_as) < out.figures.size());
  }
  for (const auto& m : out.entities) {
    Check(m.start < m.end && m.end <= text.size());
    Check(text.substr(m.start, m.end - m.start) == m.surface);
  }
  return 0;
}
