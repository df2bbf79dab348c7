#pragma once
// TextBlocks: word and number starts of one text, found once by the figure candidate scan
// (figure_detail::ScanCandidates, which classifies every 64-byte block of the text anyway)
// and read by the later whole-text scans that would classify the same bytes again: the
// entity matcher's capital scan (EntityMatcher::Find) and the period finder's year scan
// (AssignPeriods). One bit per byte, 64 bytes per word of each mask; block b covers
// text[64 b, 64 b + 64), bit k byte 64 b + k; no bit at or past the text's end.
//
// Lifetime: describes exactly the text it was filled for (same data pointer and size, see
// For()); a reader given blocks of another text ignores them and scans itself, so a stale or
// empty value is never wrong, only slower. REQUIRES: the text's bytes do not change between
// the fill and the reads. Thread-safety: a plain value; one per thread and text (the
// Extractor keeps one per thread, refilled per field).

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsfacts::extract {

struct TextBlocks {
  // The text the masks describe.
  const char* data = nullptr;
  size_t size = 0;
  // Bit set: an 'A'..'Z' byte after a byte that is no ASCII letter or digit, or at the text's
  // start (the candidate starts of capitalised words; a byte >= 0x80 before counts as "no
  // letter": the reader decides about non-ASCII letters).
  std::vector<uint64_t> capital_starts;
  // Bit set: an ASCII digit after a byte that is no ASCII digit, or at the text's start (the
  // first digit of each digit run).
  std::vector<uint64_t> digit_starts;

  // Empties the masks and binds them to `text` (blocks = ceil(size / 64), all zero).
  void Reset(std::string_view text) {
    data = text.data();
    size = text.size();
    const size_t blocks = (text.size() + 63) / 64;
    capital_starts.assign(blocks, 0);
    digit_starts.assign(blocks, 0);
  }
  // True when the masks describe `text` (same bytes: same data pointer and size).
  [[nodiscard]] bool For(std::string_view text) const {
    return data != nullptr && data == text.data() && size == text.size();
  }
};

}  // namespace newsfacts::extract
