#pragma once
// Internal helpers of the entity stage (entity_matcher.cc, attribution.cc) and the small word
// tests every extract/ file shares: word tokens, ASCII case folding, the word before a byte,
// membership in a word table, sentence bounds. Not part of the public extract/ API.
// Thread-safety: pure functions.

#include <emmintrin.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/ner_features.h"
#include "extract/person_lexicon.h"
#include "extract/sentence.h"

namespace newsfacts::extract::scan {

constexpr char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
// LowerAscii of the four bytes packed in `w`, all at once (SWAR, no branch): a byte is
// 'A'..'Z' when its low seven bits are 0x41..0x5A and its top bit is clear.
constexpr uint32_t LowerAscii4(uint32_t w) {
  const uint32_t low7 = w & 0x7F7F7F7Fu;
  const uint32_t upper = (low7 + 0x3F3F3F3Fu) & ~(low7 + 0x25252525u) & ~w & 0x80808080u;
  return w | upper >> 2;
}
constexpr bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Bytes of the dash a dateline sets between its place and the story that `s` starts with: 1
// for "-", 3 for "\u2013" (en dash) or "\u2014" (em dash), else 0. The one definition the
// tagger (ner_tagger.cc) and attribution share ("Kralstetten \u2014 Die …", "MERIDA - ").
constexpr size_t DatelineDashLength(std::string_view s) {
  if (s.starts_with('-')) return 1;
  if (s.starts_with("\u2013") || s.starts_with("\u2014")) return 3;
  return 0;
}
// Bytes of the English possessive marker that `s` starts with: 2 for "'s", 4 for "’s"
// (U+2019 and "s"), else 0. Only the marker is tested, not what follows it.
constexpr size_t PossessiveLength(std::string_view s) {
  if (s.starts_with("'s")) return 2;
  if (s.starts_with("\u2019s")) return 4;
  return 0;
}

// Bytes of the English possessive marker that `s` ends with: "'s" (2), "’s" (4), or the
// apostrophe alone after a plural's "s" ("Services'": 1, "Services’": 3); else 0.
constexpr size_t PossessiveSuffixLength(std::string_view s) {
  if (s.ends_with("'s")) return 2;
  if (s.ends_with("\u2019s")) return 4;
  if (s.ends_with("s'")) return 1;
  if (s.ends_with("s\u2019")) return 3;
  return 0;
}

// True when `s` ends with an English possessive marker and a blank ("Dorvan's ",
// "Dorvan’s "): a name follows the possessive.
constexpr bool EndsWithPossessive(std::string_view s) {
  return s.ends_with("'s ") || s.ends_with("\u2019s ");
}

// A 16-bit hash of three bytes (multiplicative: the product's top half), the index of the
// three-byte gram filters (the entity matcher's capital scan, the metric cue filter).
// Gram3Packed takes the three bytes packed little-endian (b0 | b1 << 8 | b2 << 16).
constexpr uint32_t Gram3Packed(uint32_t b) {
  return (b * 0x9E3779B1u) >> 16;
}
constexpr uint32_t Gram3(unsigned char b0, unsigned char b1, unsigned char b2) {
  return Gram3Packed(b0 | uint32_t{b1} << 8 | uint32_t{b2} << 16);
}

// Length of the UTF-8 sequence at text[i] and whether it is a word character (letter or
// digit): ASCII alphanumerics, Latin/Greek/Cyrillic/CJK letters; not punctuation, symbols,
// spaces (Latin-1 U+0080..U+00BF, U+00D7, U+00F7, U+2000..U+2BFF, U+3000..U+303F, U+FEFF,
// U+FF00..U+FF0F).
struct AsciiWordTable {
  bool word[128] = {};
  constexpr AsciiWordTable() {
    for (int c = 0; c < 128; ++c) word[c] = IsAsciiAlnum(static_cast<char>(c));
  }
};
inline constexpr AsciiWordTable kAsciiWord{};

// True for an ASCII letter or digit and for every byte >= 0x80 (any byte of a non-ASCII
// character): the byte test of the word walks that do not decode UTF-8. One table load.
struct WordOrHighTable {
  bool word[256] = {};
  constexpr WordOrHighTable() {
    for (int c = 0; c < 256; ++c) word[c] = c >= 0x80 || IsAsciiAlnum(static_cast<char>(c));
  }
};
inline constexpr WordOrHighTable kWordOrHigh{};
constexpr bool IsWordOrHigh(char c) {
  return kWordOrHigh.word[static_cast<unsigned char>(c)];
}

// The lanes of `v` whose byte is in [lo, hi] set to 0xFF (ASCII ranges with lo + (hi - lo + 1)
// <= 128), by one add and one signed compare: the add moves lo to -128, so the range is the
// bytes below -128 + its width; no other byte, those >= 0x80 included, lands there (SSE2).
inline __m128i InAsciiRange(__m128i v, char lo, char hi) {
  const __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
  return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
}

// Start of the run of IsWordOrHigh bytes that ends at `end` (exclusive), not before `lo`: the
// loop WordOrHighRunStartScalar, 16 bytes at a time (SSE2 masks: (c | 0x20) - 'a' < 26 and
// c - '0' < 10 as signed compares shifted by 0x80, c >= 0x80 as c < 0). REQUIRES: lo <= end
// <= text.size().
[[nodiscard]] inline size_t WordOrHighRunStartScalar(std::string_view text, size_t lo, size_t end) {
  size_t i = end;
  while (i > lo && IsWordOrHigh(text[i - 1])) --i;
  return i;
}
// Bit k set: IsWordOrHigh of byte k of the 16 bytes in v (SSE2).
inline uint32_t WordOrHighMask16(__m128i v) {
  const __m128i letter = InAsciiRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i digit = InAsciiRange(v, '0', '9');
  const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), high)));
}
[[nodiscard]] inline size_t WordOrHighRunStart(std::string_view text, size_t lo, size_t end) {
  size_t i = end;
  while (i >= lo + 16) {
    const uint32_t word =
        WordOrHighMask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i - 16)));
    const uint32_t other = ~word & 0xFFFFu;  // bit k: text[i - 16 + k] is no word byte
    if (other != 0) return i - 16 + static_cast<size_t>(32 - std::countl_zero(other));
    i -= 16;
  }
  return WordOrHighRunStartScalar(text, lo, i);
}

// End of the run of IsWordOrHigh bytes that starts at `begin` (the forward twin of
// WordOrHighRunStart), 16 bytes at a time. REQUIRES: begin <= text.size().
[[nodiscard]] inline size_t WordOrHighRunEnd(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i + 16 <= text.size()) {
    const uint32_t word =
        WordOrHighMask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)));
    const uint32_t other = ~word & 0xFFFFu;  // bit k: text[i + k] is no word byte
    if (other != 0) return i + static_cast<size_t>(std::countr_zero(other));
    i += 16;
  }
  while (i < text.size() && IsWordOrHigh(text[i])) ++i;
  return i;
}

// The run of IsWordOrHigh bytes that ends where a walk back from `pos` over the bytes `skip`
// accepts stops, not before `lo` (empty if none); *word_start is where it starts. The one
// "word before byte p" walk of the entity stage; its two skips are WordBefore's and
// WordBeforeBlanks'. REQUIRES: pos <= text.size().
template <class Skip>
std::string_view WordBeforeSkipping(std::string_view text, size_t lo, size_t pos, Skip skip,
                                    size_t* word_start) {
  size_t i = pos;
  while (i > lo && skip(text[i - 1])) --i;
  const size_t end = i;
  i = WordOrHighRunStart(text, lo, end);
  *word_start = i;
  return text.substr(i, end - i);
}
// The word token ending at or before `pos`, walking back over any non-word bytes.
inline std::string_view WordBefore(std::string_view text, size_t lo, size_t pos,
                                   size_t* word_start) {
  return WordBeforeSkipping(
      text, lo, pos, [](char c) { return !IsWordOrHigh(c); }, word_start);
}
// The word right before `pos` across blanks and dots only ("ca. 5" gives "ca"; "(5" none).
inline std::string_view WordBeforeBlanks(std::string_view text, size_t lo, size_t pos) {
  size_t word_start = 0;
  return WordBeforeSkipping(
      text, lo, pos, [](char c) { return c == ' ' || c == '.'; }, &word_start);
}

// The blank-separated chunk right before byte `pos` of `text` (skipping spaces and dots), with
// its punctuation ("Kralinger," — GovernedDe reads the comma of a list member); "" if none.
// Not WordBefore: that one is the word token alone. Shared by the mention-level rules of
// extractor.cc and places_es.cc. REQUIRES: pos <= text.size().
inline std::string_view ChunkBefore(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '.')) --i;
  const size_t end = i;
  while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') --i;
  return text.substr(i, end - i);
}

// The non-ASCII part of CharInfo (out of line: the ASCII test stays small enough to inline).
inline size_t CharInfoMultiByte(std::string_view text, size_t i, bool* word) {
  const auto c = static_cast<unsigned char>(text[i]);
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > text.size()) len = text.size() - i;
  uint32_t cp = 0;
  if (len == 2) {
    cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
  } else if (len == 3) {
    cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
  } else if (len == 4) {
    cp = 0x10000;  // supplementary planes: treat as word characters
  }
  *word = len > 1 && !(cp < 0xC0) && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) &&
          !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFEFF && !(cp >= 0xFF00 && cp <= 0xFF0F);
  return len;
}

[[gnu::always_inline]] inline size_t CharInfo(std::string_view text, size_t i, bool* word) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *word = kAsciiWord.word[c];
    return 1;
  }
  return CharInfoMultiByte(text, i, word);
}

// The first position >= i whose byte is not an ASCII letter or digit (text.size() if none):
// the end of the ASCII part of a word, 16 bytes at a time (SSE2).
inline size_t AsciiAlnumEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  const char* p = text.data();
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // 'A'..'Z' -> 'a'..'z' by the 0x20 bit; bytes >= 0x80 are in no range.
    const __m128i letter = InAsciiRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    const __m128i digit = InAsciiRange(v, '0', '9');
    const auto other =
        ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFu;
    if (other != 0) return i + static_cast<size_t>(__builtin_ctz(other));
  }
  while (i < n && IsAsciiAlnum(p[i])) ++i;
  return i;
}

// The first byte at or after `pos` that starts a word character (text.size() when none):
// where NextToken and NextTokenScalar start a token.
inline size_t SkipToWord(std::string_view text, size_t pos) {
  bool word = false;
  size_t i = pos;
  while (i < text.size()) {
    size_t len = CharInfo(text, i, &word);
    if (word) break;
    i += len;
  }
  return i;
}

// Finds the next word token at or after `pos`: [*start, *end). False at the end of text.
// The ASCII letters and digits of the token are skipped 16 bytes at a time (AsciiAlnumEnd);
// NextTokenScalar is the same one character at a time (the reference of the tests).
inline bool NextToken(std::string_view text, size_t pos, size_t* start, size_t* end) {
  size_t i = SkipToWord(text, pos);
  if (i >= text.size()) return false;
  *start = i;
  bool word = false;
  for (;;) {
    i = AsciiAlnumEnd(text, i);
    // An ASCII byte that is no letter or digit ends the token; a non-ASCII character may
    // go on with it.
    if (i >= text.size() || static_cast<unsigned char>(text[i]) < 0x80) break;
    const size_t len = CharInfoMultiByte(text, i, &word);
    if (!word) break;
    i += len;
  }
  *end = i;
  return true;
}
inline bool NextTokenScalar(std::string_view text, size_t pos, size_t* start, size_t* end) {
  size_t i = SkipToWord(text, pos);
  if (i >= text.size()) return false;
  *start = i;
  bool word = false;
  while (i < text.size()) {
    size_t len = CharInfo(text, i, &word);
    if (!word) break;
    i += len;
  }
  *end = i;
  return true;
}

// FNV-1a over the ASCII-lower-cased bytes.
inline uint64_t HashLower(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(LowerAscii(c));
    h *= 1099511628211ull;
  }
  return h;
}

// Sentence bounds: the shared splitter of extract/sentence.h.
inline bool IsSentenceEnd(std::string_view text, size_t i) {
  return extract::IsSentenceEnd(text, i);
}
inline size_t SentenceStart(std::string_view text, size_t pos, size_t lo = 0) {
  return extract::SentenceStart(text, pos, lo);
}
inline size_t SentenceEnd(std::string_view text, size_t pos) {
  return extract::SentenceEnd(text, pos);
}

// Position of the first occurrence of the lower-case `cue` at the start of a word of
// `text` (ASCII case-insensitive); npos if none.
inline size_t FindWordPrefix(std::string_view text, std::string_view cue) {
  if (cue.empty() || cue.size() > text.size()) return std::string_view::npos;
  for (size_t i = 0; i + cue.size() <= text.size(); ++i) {
    if (LowerAscii(text[i]) != cue[0]) continue;
    if (i > 0 && IsAsciiAlnum(text[i - 1])) continue;
    size_t k = 1;
    while (k < cue.size() && LowerAscii(text[i + k]) == cue[k]) ++k;
    if (k == cue.size()) return i;
  }
  return std::string_view::npos;
}

// FindLower one byte at a time: the reference its test compares FindLower with.
inline size_t FindLowerScalar(std::string_view text, std::string_view cue, size_t from = 0) {
  if (cue.empty()) return std::string_view::npos;
  for (size_t i = from; i + cue.size() <= text.size(); ++i) {
    if (LowerAscii(text[i]) != cue[0]) continue;
    size_t k = 1;
    while (k < cue.size() && LowerAscii(text[i + k]) == cue[k]) ++k;
    if (k == cue.size()) return i;
  }
  return std::string_view::npos;
}

// Like FindWordPrefix but anywhere, also inside words ("Halbleiterbestellungen"), from
// `from` on. A cue starting with a lower-case ASCII letter is looked for by its first byte in
// either case 16 bytes at a time (SSE2); others byte by byte (FindLowerScalar).
inline size_t FindLower(std::string_view text, std::string_view cue, size_t from = 0) {
  if (cue.empty() || cue[0] < 'a' || cue[0] > 'z') return FindLowerScalar(text, cue, from);
  if (cue.size() > text.size()) return std::string_view::npos;
  const size_t last = text.size() - cue.size();  // the last position the cue can start at
  // (Also keeps `i + 16` below from wrapping for a `from` near SIZE_MAX.)
  if (from > last) return std::string_view::npos;
  auto rest_at = [&](size_t i) {
    size_t k = 1;
    while (k < cue.size() && LowerAscii(text[i + k]) == cue[k]) ++k;
    return k == cue.size();
  };
  const char* p = text.data();
  const __m128i lower = _mm_set1_epi8(cue[0]);
  const __m128i upper = _mm_set1_epi8(static_cast<char>(cue[0] - 'a' + 'A'));
  size_t i = from;
  for (; i + 16 <= last + 1; i += 16) {  // starts i .. i + 15, all <= last
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    auto first = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lower), _mm_cmpeq_epi8(v, upper))));
    for (; first != 0; first &= first - 1) {
      const size_t j = i + static_cast<size_t>(__builtin_ctz(first));
      if (rest_at(j)) return j;
    }
  }
  for (; i <= last; ++i) {
    if (LowerAscii(p[i]) == cue[0] && rest_at(i)) return i;
  }
  return std::string_view::npos;
}

// text.find(needle, from), byte-exact, for the name searches of the entity stage (a name
// looked for in the whole article): positions whose first and last bytes are the needle's,
// 64 at a time (four SSE2 compares of 16), then the bytes between compared.
// std::string_view::find calls memchr for every occurrence of the first byte (a capital
// letter recurs every few dozen bytes), each call a mispredicted exit; this tests 64 starts
// per step without a call. Any `from` (also beyond text.size(), as find allows): npos when
// the needle cannot start at or after it.
inline size_t FindExact(std::string_view text, std::string_view needle, size_t from = 0) {
  const size_t n = needle.size();
  if (n == 0) return from <= text.size() ? from : std::string_view::npos;
  if (n > text.size()) return std::string_view::npos;
  const size_t last = text.size() - n;  // the last position the needle can start at
  // (Also keeps `i + 64` below from wrapping for a `from` near SIZE_MAX.)
  if (from > last) return std::string_view::npos;
  const char* p = text.data();
  const char* q = needle.data();
  auto rest_at = [&](size_t i) {  // bytes 1 .. n-2 (the first and last are tested already)
    for (size_t k = 1; k + 1 < n; ++k) {
      if (p[i + k] != q[k]) return false;
    }
    return true;
  };
  const __m128i first = _mm_set1_epi8(q[0]);
  const __m128i final = _mm_set1_epi8(q[n - 1]);
  // Bytes 0xFF where a start among o .. o + 15 has the needle's first and last bytes.
  // REQUIRES: o + 15 <= last (the loads in bounds).
  auto at = [&](size_t o) {
    return _mm_and_si128(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + o)), first),
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + o + n - 1)), final));
  };
  auto bits_of = [](__m128i x) { return static_cast<uint64_t>(_mm_movemask_epi8(x)); };
  size_t i = from;
  // 64 starts per step while they fit (one branch for the four quarters: most steps hold no
  // start; whole articles are searched for names, and the loop's own add, compare and branch
  // were a third of a 32-start step), then 32, 16, then one at a time.
  for (; i + 64 <= last + 1; i += 64) {  // starts i .. i + 63, all <= last: loads in bounds
    const __m128i a = at(i), b = at(i + 16), c = at(i + 32), d = at(i + 48);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0) continue;
    uint64_t bits = bits_of(a) | (bits_of(b) << 16) | (bits_of(c) << 32) | (bits_of(d) << 48);
    for (; bits != 0; bits &= bits - 1) {
      const size_t j = i + static_cast<size_t>(__builtin_ctzll(bits));
      if (rest_at(j)) return j;
    }
  }
  if (i + 32 <= last + 1) {  // starts i .. i + 31, all <= last: loads in bounds
    const __m128i lo = at(i), hi = at(i + 16);
    for (uint64_t bits = bits_of(lo) | (bits_of(hi) << 16); bits != 0; bits &= bits - 1) {
      const size_t j = i + static_cast<size_t>(__builtin_ctzll(bits));
      if (rest_at(j)) return j;
    }
    i += 32;
  }
  for (; i + 16 <= last + 1; i += 16) {  // starts i .. i + 15, all <= last: loads in bounds
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(at(i))); bits != 0; bits &= bits - 1) {
      const size_t j = i + static_cast<size_t>(__builtin_ctz(bits));
      if (rest_at(j)) return j;
    }
  }
  for (; i <= last; ++i) {
    if (p[i] == q[0] && p[i + n - 1] == q[n - 1] && rest_at(i)) return i;
  }
  return std::string_view::npos;
}

// Whether `word` occurs in `text` as a whole word: an occurrence with no word byte right
// before or after it. `exact_case`: in exactly this spelling (FindExact: "Kralix" but not
// "kralix"), else ignoring ASCII case (FindLower; `word` written in lower case). `high_is_word`:
// a byte >= 0x80 (of a UTF-8 letter) is a word byte too ("zur" is no word of "Bürzur"),
// else only ASCII letters and digits are. The one reader of the gazetteer's capitalised
// ctx= cues (exact, ASCII bounds) and of period.cc's title words (caseless, UTF-8 bounds).
inline bool HasWholeWord(std::string_view text, std::string_view word, bool exact_case,
                         bool high_is_word) {
  auto word_byte = [high_is_word](char c) {
    return IsAsciiAlnum(c) || (high_is_word && static_cast<unsigned char>(c) >= 0x80);
  };
  auto find = [&](size_t from) {
    return exact_case ? FindExact(text, word, from) : FindLower(text, word, from);
  };
  for (size_t i = find(0); i != std::string_view::npos; i = find(i + 1)) {
    const size_t e = i + word.size();
    if ((i == 0 || !word_byte(text[i - 1])) && (e == text.size() || !word_byte(text[e]))) {
      return true;
    }
  }
  return false;
}

// text.rfind(needle): the last position where `needle` starts (npos if none), byte-exact.
// FindExact's occurrences from the first on, the last kept: std::string_view::rfind calls
// memcmp at every position from the end (a 200-byte clause without the needle costs 200
// calls), this one vector pass when the needle is rare, as clause cuts and phrase cues are.
// REQUIRES: !needle.empty().
inline size_t FindLastExact(std::string_view text, std::string_view needle) {
  size_t last = std::string_view::npos;
  for (size_t p = FindExact(text, needle); p != std::string_view::npos;
       p = FindExact(text, needle, p + 1)) {
    last = p;
  }
  return last;
}

// FindLower(text, c) != npos for some cue c of `cues`, in one pass: positions whose first two
// bytes and last byte are a cue's (ASCII letters in either case by the 0x20 bit; 16 positions
// at a time, SSE2), then the cues compared there. The last byte keeps common two-byte starts
// ("ma", "pa") from reaching the compare; the last bytes of the text go through the same
// test on a zero-padded copy, not one compare per position. Cues whose first two bytes are
// not lower-case ASCII letters are looked for by FindLower one by one.
template <size_t N>
inline bool ContainsAnyLower(std::string_view text, const std::string_view (&cues)[N]) {
  size_t min_len = text.size() + 1;
  size_t max_len = 0;
  for (std::string_view c : cues) {
    if (c.size() < 2 || c.size() > 32 || c[0] < 'a' || c[0] > 'z' || c[1] < 'a' || c[1] > 'z') {
      for (std::string_view d : cues) {
        if (FindLower(text, d) != std::string_view::npos) return true;
      }
      return false;
    }
    min_len = std::min(min_len, c.size());
    max_len = std::max(max_len, c.size());
  }
  if (min_len > text.size()) return false;
  const size_t last = text.size() - min_len;  // the last position a cue can start at
  auto cue_at = [&](size_t i) {
    for (std::string_view c : cues) {
      if (i + c.size() > text.size()) continue;
      size_t k = 0;
      while (k < c.size() && LowerAscii(text[i + k]) == c[k]) ++k;
      if (k == c.size()) return true;
    }
    return false;
  };
  // Each cue's first, second and (0x20-folded) last byte in all 16 lanes, broadcast once per
  // call rather than once per block.
  __m128i first[N], second[N], last_byte[N];
  for (size_t c = 0; c < N; ++c) {
    first[c] = _mm_set1_epi8(cues[c][0]);
    second[c] = _mm_set1_epi8(cues[c][1]);
    last_byte[c] = _mm_set1_epi8(static_cast<char>(cues[c].back() | 0x20));
  }
  // Bit k: start b + k has some cue's first, second and last byte (a superset of the
  // matches: the 0x20 bit folds more than the case). Reads b[0 .. 15 + max_len).
  auto block = [&](const char* b) {
    const __m128i bit = _mm_set1_epi8(0x20);
    auto at = [&](size_t k) {
      return _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + k)), bit);
    };
    const __m128i v0 = at(0);
    const __m128i v1 = at(1);
    __m128i m = _mm_setzero_si128();
    for (size_t c = 0; c < N; ++c) {
      const __m128i first_two =
          _mm_and_si128(_mm_cmpeq_epi8(v0, first[c]), _mm_cmpeq_epi8(v1, second[c]));
      m = _mm_or_si128(
          m, _mm_and_si128(first_two, _mm_cmpeq_epi8(at(cues[c].size() - 1), last_byte[c])));
    }
    return static_cast<unsigned>(_mm_movemask_epi8(m));
  };
  const char* p = text.data();
  size_t i = 0;
  for (; i + 15 + max_len <= text.size() && i <= last; i += 16) {
    for (unsigned bits = block(p + i); bits != 0; bits &= bits - 1) {
      const size_t j = i + static_cast<size_t>(__builtin_ctz(bits));
      if (j <= last && cue_at(j)) return true;
    }
  }
  if (i > last) return false;
  // Fewer than 15 + max_len bytes are left: blocks over a zero-padded copy (starts up to
  // 13 + max_len - min_len on, each block reading 15 + max_len bytes: < 94 with max_len 32).
  std::array<char, 96> tail{};
  std::copy(p + i, p + text.size(), tail.data());
  for (size_t k = 0; i + k <= last; k += 16) {
    for (unsigned bits = block(tail.data() + k); bits != 0; bits &= bits - 1) {
      const size_t j = i + k + static_cast<size_t>(__builtin_ctz(bits));
      if (j <= last && cue_at(j)) return true;
    }
  }
  return false;
}

// True when `text` holds a byte of `set`: text.find_first_of(set) != npos without its libc
// memchr call per byte of `text` (the gaps between two words it mostly tests hold a byte
// or two).
inline bool HasAnyOf(std::string_view text, std::string_view set) {
  for (char c : text) {
    for (char d : set) {
      if (c == d) return true;
    }
  }
  return false;
}

// ASCII case-insensitive equality of `w` and the lower-case `lower`.
inline bool EqualsLowerAscii(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (LowerAscii(w[i]) != lower[i]) return false;
  }
  return true;
}

// Byte equality of `w` and a string literal, without a libc call: the size, then the bytes
// (unrolled; `w == "der"` calls string_view::compare and memcmp out of line).
template <size_t N>
inline bool EqualsLiteral(std::string_view w, const char (&lit)[N]) {
  if (w.size() != N - 1) return false;
  for (size_t k = 0; k + 1 < N; ++k) {
    if (w[k] != lit[k]) return false;
  }
  return true;
}
// Membership of `w` in a short word table (an array, std::array or braced list): InList
// compares bytes exactly, InListLower ASCII case-insensitively against lower-case entries
// (EqualsLowerAscii). A linear walk; a long table asked per token wants LowerWordSet.
// (Plain loops, one per overload: each stays a small leaf that the compiler inlines.)
// InList compares the first byte before the rest: string_view's == calls memcmp for every
// entry of the word's length, most of which differ in the first byte already.
inline bool SameBytes(std::string_view x, std::string_view w) {
  return x.size() == w.size() && (x.empty() || (x[0] == w[0] && x == w));
}
inline bool InList(std::string_view w, std::span<const std::string_view> list) {
  for (std::string_view x : list) {
    if (SameBytes(x, w)) return true;
  }
  return false;
}
inline bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (SameBytes(x, w)) return true;
  }
  return false;
}
inline bool InListLower(std::string_view w, std::span<const std::string_view> list) {
  for (std::string_view x : list) {
    if (EqualsLowerAscii(w, x)) return true;
  }
  return false;
}
inline bool InListLower(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (EqualsLowerAscii(w, x)) return true;
  }
  return false;
}

// True when `gap`, the text between two figures of one sentence, is the boundary between two
// items of a list of figures: a list separator ("," ";" "y" "und" "and" "e" "sowie") and
// otherwise only the items' names (capitalised words), brackets around a figure and the
// function words an item is built with — "en", "in", "im", "um", "con", "mit", "with", "at",
// articles ("el", "un", "der", "the" …): ", Kralia ", " en Norlandia, un ", "; en Kralia,
// el ", "), Ostland (", ", in Ostland um ", " in Norland and ". Not a gap with a verb or
// another lower-case word ("300 empleados en X y facturó 20 millones"), a number (a year:
// "del 70 % en 1997 al 78 %"), a colon or a full stop. At most 60 bytes.
inline bool FigureListGap(std::string_view gap) {
  static constexpr std::string_view kJoiners[] = {"y", "und", "and", "e", "sowie"};
  static constexpr std::string_view kItemWords[] = {
      "en",  "in", "im",  "um",  "con", "mit", "with", "at",  "el",  "la", "los",
      "las", "un", "una", "der", "die", "das", "den",  "dem", "the", "a",  "an"};
  if (gap.size() > 60) return false;
  bool separator = false;
  size_t i = 0;
  while (i < gap.size()) {
    const char c = gap[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == ',' || c == ';') {
      separator = true;
      ++i;
      continue;
    }
    if (c == '(' || c == ')') {
      ++i;
      continue;
    }
    const auto u = static_cast<unsigned char>(c);
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
    if (!letter) return false;  // a digit, a colon, a full stop, a quote, a dash …
    size_t j = i;
    while (j < gap.size()) {
      const auto b = static_cast<unsigned char>(gap[j]);
      if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80 || b == '-' ||
            b == '\'')) {
        break;
      }
      ++j;
    }
    const std::string_view w = gap.substr(i, j - i);
    i = j;
    if (i < gap.size() && gap[i] != ' ' && gap[i] != ',' && gap[i] != ';' && gap[i] != '(' &&
        gap[i] != ')') {
      return false;  // "Inc." or "S.A.": a full stop inside
    }
    if (ner::StartsUpper(w)) continue;
    if (InList(w, kJoiners)) {
      separator = true;
      continue;
    }
    if (!InList(w, kItemWords)) return false;
  }
  return separator;
}

// Shapes (first byte, byte length) of a lower-case word list: a word whose ASCII-lower-cased
// first byte and length match no entry equals none of them (EqualsLowerAscii), without
// comparing strings. Bit n of first[b]: some entry has n bytes and starts with byte b.
struct WordShapes {
  std::array<uint32_t, 256> first{};
  template <size_t N>
  constexpr explicit WordShapes(const std::string_view (&list)[N]) {
    Add(list);
  }
  template <size_t N>  // (lexicon::kSelected lists)
  constexpr explicit WordShapes(const std::array<std::string_view, N>& list) {
    Add(list);
  }
  constexpr void Add(std::span<const std::string_view> list) {
    for (std::string_view w : list) {
      // (Entries of 32 bytes or more need no bit: Maybe passes every word that long.)
      if (!w.empty() && w.size() < 32) first[static_cast<unsigned char>(w[0])] |= 1U << w.size();
    }
  }
  bool Maybe(std::string_view w) const {
    if (w.empty()) return false;
    if (w.size() >= 32) return true;
    return (first[static_cast<unsigned char>(LowerAscii(w[0]))] >> w.size() & 1U) != 0;
  }
};

// Membership of a word in a fixed list of lower-case words (EqualsLowerAscii with some
// entry): WordShapes first, then only the entries starting with the word's lower-cased first
// byte are compared. Built once (a function-local static) from a list that outlives it;
// LowerWordSetScalar is the same test over the whole list (the reference of the tests).
class LowerWordSet {
 public:
  template <size_t N>
  explicit LowerWordSet(const std::string_view (&list)[N]) : shapes_(list) {
    static_assert(N < 65535, "LowerWordSet offsets are 16 bits");
    Build(list);
  }
  template <size_t N>  // (lexicon::kSelected lists)
  explicit LowerWordSet(const std::array<std::string_view, N>& list) : shapes_(list) {
    static_assert(N < 65535, "LowerWordSet offsets are 16 bits");
    Build(list);
  }
  // An empty word is in no set (WordShapes::Maybe rejects it before w[0] is read).
  bool Contains(std::string_view w) const {
    if (!shapes_.Maybe(w)) return false;
    const auto b = static_cast<unsigned char>(LowerAscii(w[0]));
    for (size_t i = begin_[b]; i < begin_[b + 1]; ++i) {
      if (EqualsLowerAscii(w, words_[i])) return true;
    }
    return false;
  }

 private:
  template <typename List>
  void Build(const List& list) {
    for (std::string_view w : list) {
      if (!w.empty()) words_.push_back(w);
    }
    std::stable_sort(words_.begin(), words_.end(), [](std::string_view a, std::string_view b) {
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    });
    size_t k = 0;
    for (size_t b = 0; b < 256; ++b) {
      begin_[b] = static_cast<uint16_t>(k);
      while (k < words_.size() && static_cast<unsigned char>(words_[k][0]) == b) ++k;
    }
    begin_[256] = static_cast<uint16_t>(k);
  }
  WordShapes shapes_;
  std::vector<std::string_view> words_;  // the non-empty entries, by first byte
  std::array<uint16_t, 257> begin_{};
};
template <size_t N>
bool LowerWordSetScalar(std::string_view w, const std::string_view (&list)[N]) {
  return !w.empty() && InListLower(w, list);
}

// True when `pred` holds for a word token of `words` (NextToken's tokens, in order): the one
// walk of a phrase's words for a word test (AnyWordIn; a Spanish participle, HasParticiple).
template <class Pred>
bool AnyWordOf(std::string_view words, Pred pred) {
  size_t pos = 0, ts = 0, te = 0;
  while (NextToken(words, pos, &ts, &te)) {
    pos = te;
    if (pred(words.substr(ts, te - ts))) return true;
  }
  return false;
}
// True when a word token of `words` is in `set`.
inline bool AnyWordIn(std::string_view words, const LowerWordSet& set) {
  return AnyWordOf(words, [&set](std::string_view w) { return set.Contains(w); });
}

// True when `word` ends with one of `list` (lower case), ASCII case-insensitive: a German
// compound or a Spanish prefixed word by its last part ("Finanzminister", "vicepresidenta").
inline bool EndsWithAnyLower(std::string_view word, std::span<const std::string_view> list) {
  for (std::string_view r : list) {
    if (word.size() >= r.size() && EqualsLowerAscii(word.substr(word.size() - r.size()), r)) {
      return true;
    }
  }
  return false;
}

// The last three bytes (ASCII lower-cased) of the words of lower-case lists, hashed (Gram3,
// 4,096 bits): a word whose last three bytes are those of no entry ends with none of them
// (EndsWithAnyLower is false), without comparing strings. Built at compile time. Entries of
// fewer than three bytes let every word through.
struct SuffixGrams {
  std::array<uint64_t, 64> bits{};
  bool any_short = false;
  constexpr void Add(std::span<const std::string_view> list) {
    for (std::string_view w : list) {
      if (w.size() < 3) {
        any_short = true;
        continue;
      }
      const uint32_t g = Gram(w) >> 4;
      bits[g >> 6] |= uint64_t{1} << (g & 63);
    }
  }
  bool Maybe(std::string_view w) const {
    if (any_short || w.size() < 3) return any_short;
    const uint32_t g = Gram(w) >> 4;
    return (bits[g >> 6] >> (g & 63) & 1U) != 0;
  }

 private:
  static constexpr uint32_t Gram(std::string_view w) {  // REQUIRES: w.size() >= 3
    const size_t n = w.size();
    return Gram3(static_cast<unsigned char>(LowerAscii(w[n - 3])),
                 static_cast<unsigned char>(LowerAscii(w[n - 2])),
                 static_cast<unsigned char>(LowerAscii(w[n - 1])));
  }
};

// The offices of a country's government or state (lexicon::kRoleWords flagged kState: one
// list for PersonRole, attribution's GovernmentOffice and, those flagged kCabinet,
// MinisterCountry).
inline constexpr const auto& kStateOffices =
    lexicon::kSelected<lexicon::kRoleWords, lexicon::kAllLangs, lexicon::kState>;
inline constexpr const auto& kCabinetOffices =
    lexicon::kSelected<lexicon::kRoleWords, lexicon::kAllLangs, lexicon::kCabinet>;

// True when `word` names a role a person holds in a text of `lang` (lexicon::kRoleWords;
// Lang::kUnknown: of any language): "presidente", "Finanzminister", "consejera", "chairman",
// "cantante"; German compounds and Spanish prefixes by their last part: "Konzernchef",
// "Parteiobmann", "vicepresidenta", "Popstar". ASCII case-insensitive, but for the flags of
// lexicon::kRoleWords (kPartOnly, kNoPersonRole, lower-case whole words). Defined in
// person_lexicon.cc (out of line: its tables stay out of its callers' units).
[[nodiscard]] bool PersonRole(std::string_view word, Lang lang);

// True when `word` is a courtesy title of a person's name ("Herr", "Frau", "Mr", "Mrs", "Ms",
// "señor", "señora", "Sr", "Sra"; without its "."): the name after it is a person's even when
// a place has it ("Herr Velbert"). ASCII case-insensitive.
[[nodiscard]] bool CourtesyTitle(std::string_view word);

// True when `word`, written right before a name in a text of `lang` (Lang::kUnknown: any),
// shows it to be a person's: a personal title (CourtesyTitle, "Dr", "doña"), a role
// (PersonRole) or a speech verb that may precede its speaker ("sagte Huber", "dijo Pérez",
// "said Jones"; lexicon::kSpeechWords flagged kBeforeName). ASCII case-insensitive.
[[nodiscard]] bool PersonCue(std::string_view word, Lang lang);

}  // namespace newsfacts::extract::scan
