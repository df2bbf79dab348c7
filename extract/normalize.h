#pragma once
// Window normalization: turns a small slice of an original UTF-8 text into the canonical form
// the figure grammar matches against, keeping a byte-offset map back into the original.
//
// Output is "folded" text: ASCII lower-cased; every other code point case-folded with ICU
// (u_foldCase); all Unicode white space (NBSP, narrow NBSP, thin space, ...) -> ' ';
// dashes and minus signs -> '-'; quotation marks -> '"'; soft hyphens and other format
// characters (ZWSP, ZWJ, BOM) dropped; any decimal digit (full-width, Arabic-Indic, ...) ->
// its ASCII digit; half-/full-width forms (U+FF00..U+FFEF) through ICU NFKC; other
// non-letter symbols -> ' ' except the currency signs € £ ¥ which are kept.
//
// Thread-safety: pure functions; a NormalizedWindow is a plain value owned by the caller
// (reuse one per thread to avoid allocations).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsfacts::extract {

// Not copyable: `text` views the internal buffer.
struct NormalizedWindow {
  NormalizedWindow() = default;
  NormalizedWindow(const NormalizedWindow&) = delete;
  NormalizedWindow& operator=(const NormalizedWindow&) = delete;

  std::string_view text;            // normalized, folded UTF-8 (valid until the next Normalize)
  const uint32_t* begin = nullptr;  // begin[i]: original offset of the code point of text[i]
  // The original text (not owned; valid while the caller's string lives). The end of a code
  // point is derived from its lead byte there rather than stored per output byte (a third
  // of NormalizeWindow's stores, and the end is read only at a figure's last byte).
  const char* original = nullptr;
  uint32_t orig_begin = 0;  // the window in the original
  uint32_t orig_end = 0;
  // Buffers, grown as needed and reused (no per-window allocation in steady state).
  std::vector<char> text_buf;
  std::vector<uint32_t> begin_buf;

  // Original offset just past the code point of text[i] (its begin plus its UTF-8 length).
  uint32_t End(size_t i) const {
    const uint32_t s = begin[i];
    const auto lead = static_cast<uint8_t>(original[s]);
    return s + (lead < 0xC0 ? 1U : lead < 0xE0 ? 2U : lead < 0xF0 ? 3U : 4U);
  }
  // Original [start, end) for normalized [a, b). REQUIRES a < b <= text.size().
  uint32_t OrigStart(size_t a) const { return begin[a]; }
  uint32_t OrigEnd(size_t b) const { return End(b - 1); }
};

// Normalizes original[from, to) into *out (previous contents replaced, capacity reused).
// REQUIRES: `original` is valid UTF-8; from <= to <= original.size(); both at code point
// boundaries (use SnapToCharStart).
void NormalizeWindow(std::string_view original, size_t from, size_t to, NormalizedWindow* out);

namespace normalize_detail {
// NormalizeWindow without its fast paths (16-byte ASCII blocks, the table of two-byte code
// points): every code point by itself. The same output; the reference of the tests.
void NormalizeWindowPerCodePoint(std::string_view original, size_t from, size_t to,
                                 NormalizedWindow* out);
}  // namespace normalize_detail

// Largest code point boundary <= pos (pos clamped to s.size()).
size_t SnapToCharStart(std::string_view s, size_t pos);

}  // namespace newsfacts::extract
