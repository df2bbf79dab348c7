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
  const uint32_t* end = nullptr;    // end[i]: original offset just past that code point
  uint32_t orig_begin = 0;          // the window in the original
  uint32_t orig_end = 0;
  // Buffers, grown as needed and reused (no per-window allocation in steady state).
  std::vector<char> text_buf;
  std::vector<uint32_t> begin_buf, end_buf;

  // Original [start, end) for normalized [a, b). REQUIRES a < b <= text.size().
  uint32_t OrigStart(size_t a) const { return begin[a]; }
  uint32_t OrigEnd(size_t b) const { return end[b - 1]; }
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
