// Sentence splitter (sentence.h).
#include "extract/sentence.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsfacts::extract {

namespace {

constexpr bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool IsAlpha(char c) {
  return IsUpper(c) || IsLower(c);
}
constexpr char Lower(char c) {
  return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Abbreviations that end in '.' without ending a sentence (lower case, without the dot;
// dotted ones like "z.B." are matched by their last segment "b" after a '.').
constexpr std::string_view kAbbreviations[] = {
    // de
    "mio", "mrd", "bio", "tsd", "bzw", "ca", "vgl", "nr", "inkl", "exkl", "zzgl", "evtl", "ggf",
    "usw", "sog", "rd", "abs", "bd", "dr", "prof", "hr", "fr", "str", "st", "mill", "jh", "jhd",
    "max", "min", "lt", "tel", "okt", "nov", "dez", "jan", "feb", "aug", "sept", "sep", "mrz",
    "dipl", "ing", "mag", "gegr", "geb", "verh", "ehem", "insb", "bspw", "zb",
    // es
    "aprox", "sr", "sra", "srta", "dña", "núm", "pág", "ej", "av", "avda", "mín", "máx", "dól",
    "mill", "mll", "pts", "ptas", "admón", "lic", "ing", "gral", "cía", "depto", "dpto",
    // en
    "mr", "mrs", "ms", "inc", "co", "corp", "ltd", "vs", "approx", "no", "jr", "gov"};

// Abbreviations are at most this many bytes (IsAbbreviation rejects longer words).
constexpr size_t kMaxAbbreviationBytes = 6;

// The last bytes of the word (ASCII letters and UTF-8 letters) ending right before text[i]:
// all of it when it is at most kMaxAbbreviationBytes long, else only its last
// kMaxAbbreviationBytes + 1 bytes (EndsAt asks only "an abbreviation?" and "empty?", which
// the cut word answers as the whole one; long words need not be walked to their start).
std::string_view WordBefore(std::string_view text, size_t i) {
#if defined(__SSE2__)
  static_assert(kMaxAbbreviationBytes + 1 <= 8, "the word fits in the 8 bytes tested");
  if (i >= 8) {
    // The 8 bytes before i at once: bit k of `word` set when text[i - 8 + k] is an ASCII
    // letter ((c | 0x20) - 'a' < 26, as a signed compare shifted by 0x80) or >= 0x80.
    const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(text.data() + i - 8));
    const __m128i shifted = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                         _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
    const __m128i letter = _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)));
    const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
    const auto word = static_cast<uint8_t>(_mm_movemask_epi8(_mm_or_si128(letter, high)));
    // The run of word bytes that ends at i - 1 (bit 7), cut as the loop below cuts it.
    const size_t n = std::min<size_t>(std::countl_one(word), kMaxAbbreviationBytes + 1);
    return text.substr(i - n, n);
  }
#endif
  const size_t stop = i > kMaxAbbreviationBytes + 1 ? i - kMaxAbbreviationBytes - 1 : 0;
  size_t b = i;
  while (b > stop && (IsAlpha(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80)) {
    --b;
  }
  return text.substr(b, i - b);
}

bool IsAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > kMaxAbbreviationBytes) return false;
  char buf[8];
  for (size_t k = 0; k < word.size(); ++k) buf[k] = Lower(word[k]);
  const std::string_view w(buf, word.size());
  // Bit k of kLengths[b]: some abbreviation of k bytes starts with byte b (most words: none).
  static constexpr std::array<uint16_t, 256> kLengths = [] {
    std::array<uint16_t, 256> t{};
    for (std::string_view a : kAbbreviations) t[static_cast<uint8_t>(a[0])] |= 1u << a.size();
    return t;
  }();
  if (((kLengths[static_cast<uint8_t>(w[0])] >> w.size()) & 1) == 0) return false;
  // The entries grouped by first byte: only the word's group is compared.
  struct ByFirstByte {
    std::array<uint16_t, 257> off{};
    std::array<std::string_view, std::size(kAbbreviations)> words{};
  };
  static constexpr ByFirstByte kByFirst = [] {
    ByFirstByte t;
    size_t n = 0;
    for (size_t b = 0; b < 256; ++b) {
      t.off[b] = static_cast<uint16_t>(n);
      for (std::string_view a : kAbbreviations) {
        if (static_cast<uint8_t>(a[0]) == b) t.words[n++] = a;
      }
    }
    t.off[256] = static_cast<uint16_t>(n);
    return t;
  }();
  const auto b = static_cast<uint8_t>(w[0]);
  for (size_t k = kByFirst.off[b]; k < kByFirst.off[b + 1]; ++k) {
    // Same first byte by the grouping: the size, then the bytes after it (no memcmp call).
    const std::string_view a = kByFirst.words[k];
    if (a.size() != w.size()) continue;
    size_t j = 1;
    while (j < a.size() && a[j] == w[j]) ++j;
    if (j == a.size()) return true;
  }
  return false;
}

using sentence_detail::IsEndByte;

#if defined(__SSE2__)
// Bit k set when p[k] (k < 16) is a byte that can end a sentence.
inline uint32_t EndByteBits(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i m = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
  return static_cast<uint32_t>(_mm_movemask_epi8(m));
}
#endif

// First i in [from, to) with IsSentenceEnd(text, i); `to` if none.
size_t FindEnd(std::string_view text, size_t from, size_t to) {
  size_t i = from;
#if defined(__SSE2__)
  while (i + 16 <= to) {
    for (uint32_t bits = EndByteBits(text.data() + i); bits != 0; bits &= bits - 1) {
      const size_t k = i + static_cast<size_t>(std::countr_zero(bits));
      if (sentence_detail::EndsAt(text, k)) return k;
    }
    i += 16;
  }
#endif
  for (; i < to; ++i) {
    if (IsEndByte(text[i]) && sentence_detail::EndsAt(text, i)) return i;
  }
  return to;
}

// Last i in [from, to) with IsSentenceEnd(text, i); npos if none.
size_t FindEndBackward(std::string_view text, size_t from, size_t to) {
  size_t i = to;
#if defined(__SSE2__)
  while (i >= from + 16) {
    for (uint32_t bits = EndByteBits(text.data() + i - 16); bits != 0;) {
      const int top = 31 - std::countl_zero(bits);
      const size_t k = i - 16 + static_cast<size_t>(top);
      if (sentence_detail::EndsAt(text, k)) return k;
      bits &= ~(1U << top);
    }
    i -= 16;
  }
#endif
  while (i > from) {
    --i;
    if (IsEndByte(text[i]) && sentence_detail::EndsAt(text, i)) return i;
  }
  return std::string_view::npos;
}

// The sentence-end index of one text (SentenceIndexScope), filled by 64-byte blocks as the
// questions reach them: bit k of ends[b] is IsSentenceEnd(text, 64 * b + k), valid once bit
// b % 64 of done[b / 64] is set. Each end byte meets the rule at most once per text, and
// the bit masks answer without the rule's branches. The vectors stay allocated from text to
// text.
struct IndexSlot {
  const char* data = nullptr;
  size_t size = 0;
  bool active = false;
  bool ready = false;  // ends and done sized and cleared for this text
  std::vector<uint64_t> ends, done;

  uint64_t Block(size_t b) {
    if (((done[b >> 6] >> (b & 63)) & 1) == 0) Fill(b);
    return ends[b];
  }
  [[gnu::noinline]] void Fill(size_t b) {
    const std::string_view text(data, size);
    const size_t from = b * 64, to = std::min(size, from + 64);
    uint64_t bits = 0;
    size_t i = from;
#if defined(__SSE2__)
    if (to - from == 64) {
      // A whole block: one loop over the end bytes of its 64 (a loop per 16 bytes
      // mispredicted its exits, about twice a block).
      uint64_t m = 0;
      for (size_t k = 0; k < 4; ++k) {
        m |= uint64_t{EndByteBits(data + from + 16 * k)} << (16 * k);
      }
      for (; m != 0; m &= m - 1) {
        const auto k = static_cast<size_t>(std::countr_zero(m));
        if (sentence_detail::EndsAt(text, from + k)) bits |= uint64_t{1} << k;
      }
      i = to;
    }
    for (; i + 16 <= to; i += 16) {
      for (uint32_t m = EndByteBits(data + i); m != 0; m &= m - 1) {
        const size_t k = i + static_cast<size_t>(std::countr_zero(m));
        if (sentence_detail::EndsAt(text, k)) bits |= uint64_t{1} << (k - from);
      }
    }
#endif
    for (; i < to; ++i) {
      if (IsEndByte(text[i]) && sentence_detail::EndsAt(text, i)) bits |= uint64_t{1} << (i - from);
    }
    ends[b] = bits;
    done[b >> 6] |= uint64_t{1} << (b & 63);
  }
};
thread_local std::array<IndexSlot, 2> tl_index;
// Scopes alive on this thread: constant-initialised, so the test costs no TLS guard where no
// scope is open (figures alone).
constinit thread_local int tl_active = 0;

// The index of `text` when a scope for it is alive on this thread, else nullptr (FindIndex).
// The test of tl_active inline (no scope: one load), the search out of line.
[[gnu::noinline]] IndexSlot* FindIndex(std::string_view text) {
  for (IndexSlot& slot : tl_index) {
    if (slot.active && slot.data == text.data() && slot.size == text.size()) {
      if (!slot.ready) {
        const size_t blocks = (slot.size + 63) / 64;
        slot.ends.assign(blocks, 0);
        slot.done.assign((blocks + 63) / 64, 0);
        slot.ready = true;
      }
      return &slot;
    }
  }
  return nullptr;
}
inline IndexSlot* IndexOf(std::string_view text) {
  return tl_active == 0 ? nullptr : FindIndex(text);
}

// First i in [from, to) with IsSentenceEnd(text, i); `to` if none (by the index or the scan).
[[gnu::always_inline]] inline size_t FirstEnd(std::string_view text, size_t from, size_t to) {
  if (from >= to) return to;
  IndexSlot* idx = IndexOf(text);
  if (idx == nullptr) return FindEnd(text, from, to);
  size_t b = from / 64;
  uint64_t m = idx->Block(b) & (~uint64_t{0} << (from % 64));
  while (m == 0) {
    ++b;
    if (b * 64 >= to) return to;
    m = idx->Block(b);
  }
  const size_t e = b * 64 + static_cast<size_t>(std::countr_zero(m));
  return e < to ? e : to;
}

// Last i in [from, to) with IsSentenceEnd(text, i); npos if none (by the index or the scan).
[[gnu::always_inline]] inline size_t LastEnd(std::string_view text, size_t from, size_t to) {
  if (from >= to) return std::string_view::npos;
  IndexSlot* idx = IndexOf(text);
  if (idx == nullptr) return FindEndBackward(text, from, to);
  size_t b = (to - 1) / 64;
  const size_t keep = to - b * 64;  // 1..64 bits of block b lie below `to`
  uint64_t m = idx->Block(b) & (keep == 64 ? ~uint64_t{0} : (uint64_t{1} << keep) - 1);
  while (m == 0) {
    if (b * 64 <= from) return std::string_view::npos;
    --b;
    m = idx->Block(b);
  }
  const size_t e = b * 64 + 63 - static_cast<size_t>(std::countl_zero(m));
  return e >= from ? e : std::string_view::npos;
}

}  // namespace

SentenceIndexScope::SentenceIndexScope(std::string_view text, bool enabled) {
  if (!enabled || text.empty()) return;
  for (size_t k = 0; k < tl_index.size(); ++k) {
    IndexSlot& slot = tl_index[k];
    if (slot.active) continue;
    slot.data = text.data();
    slot.size = text.size();
    slot.active = true;
    slot.ready = false;
    slot_ = static_cast<int>(k);
    ++tl_active;
    return;
  }
}

SentenceIndexScope::~SentenceIndexScope() {
  if (slot_ >= 0) {
    tl_index[static_cast<size_t>(slot_)].active = false;
    --tl_active;
  }
}

bool sentence_detail::EndsAtShared(std::string_view text, size_t i) {
  if (IndexSlot* idx = IndexOf(text)) return ((idx->Block(i / 64) >> (i % 64)) & 1) != 0;
  return EndsAt(text, i);
}

bool sentence_detail::EndsAt(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n') return true;
  // The next byte after closing quotes / brackets must be white space (or the end).
  size_t j = i + 1;
  while (j < text.size() && (text[j] == '"' || text[j] == ')' || text[j] == '\'')) ++j;
  if (j + 2 < text.size() && static_cast<unsigned char>(text[j]) == 0xE2 &&
      static_cast<unsigned char>(text[j + 1]) == 0x80 &&
      (static_cast<unsigned char>(text[j + 2]) == 0x9C ||
       static_cast<unsigned char>(text[j + 2]) == 0x9D)) {
    j += 3;  // “ ” after the stop
  }
  if (j < text.size() && !IsSpace(text[j])) return false;
  if (c == ';') {
    // "537m euros ($701m; £371m)": a ';' inside brackets (within 48 bytes) separates items.
    for (size_t k = i; k-- > 0 && k + 48 > i;) {
      if (text[k] == ')' || text[k] == '\n') break;
      if (text[k] == '(') return false;
    }
  }
  if (c != '.') return true;
  // "EE. UU.", "U.S.", "z.B.": a single letter before the dot.
  if (i >= 1 && IsAlpha(text[i - 1]) && (i == 1 || !IsAlpha(text[i - 2]))) {
    if (IsUpper(text[i - 1]) || (i >= 2 && text[i - 2] == '.')) return false;
  }
  // "EE. UU.": two capitals after a space.
  if (i >= 3 && IsUpper(text[i - 1]) && IsUpper(text[i - 2]) && text[i - 3] == ' ' &&
      text[i - 1] == text[i - 2]) {
    return false;
  }
  const std::string_view word = WordBefore(text, i);
  if (IsAbbreviation(word)) return false;
  // German ordinals: "im 3. Quartal", "am 30. September" (one or two digits before the dot).
  if (word.empty() && i >= 1 && IsDigit(text[i - 1])) {
    size_t d = i;
    while (d > 0 && IsDigit(text[d - 1])) --d;
    if (i - d <= 2 && (d == 0 || text[d - 1] == ' ' || text[d - 1] == '(')) {
      size_t n = j;
      while (n < text.size() && text[n] == ' ') ++n;
      if (n < text.size() && (IsAlpha(text[n]) || static_cast<unsigned char>(text[n]) >= 0x80) &&
          !(n + 1 < text.size() && IsUpper(text[n]) && IsUpper(text[n + 1]))) {
        // ... unless the next word starts a new sentence: only digits-dot-Capitalized
        // month / period nouns are common enough to keep together; plain "12. Die" ends.
        const std::string_view next = text.substr(n, 12);
        static constexpr std::string_view kOrdinalNouns[] = {
            "Quartal", "Jan",   "Feb", "März", "Apr",   "Mai",      "Jun",   "Jul",
            "Aug",     "Sep",   "Okt", "Nov",  "Dez",   "Halbjahr", "Jahr",  "Platz",
            "Runde",   "Stock", "Mal", "Tag",  "Woche", "Monat",    "Bezirk"};
        for (std::string_view w : kOrdinalNouns) {
          // The first byte before the comparison (most entries differ there).
          if (next[0] == w[0] && next.starts_with(w)) return false;
        }
      }
    }
  }
  // A lower-case word after the stop continues the sentence ("ca. 5", "Mio. euro").
  size_t n = j;
  while (n < text.size() && text[n] == ' ') ++n;
  if (n < text.size() && IsLower(text[n])) return false;
  return true;
}

size_t SentenceStart(std::string_view text, size_t pos, size_t lo) {
  size_t i = pos > text.size() ? text.size() : pos;
  // A run without a sentence end is cut kMaxSentenceBytes before `pos` (on a code point
  // start), so work per figure stays bounded in text without punctuation.
  const size_t floor = std::max(lo, i > kMaxSentenceBytes ? i - kMaxSentenceBytes : 0);
  // The loop "while (i > floor && !IsSentenceEnd(text, i - 1)) --i", 16 bytes at a time.
  if (i > floor) {
    const size_t e = LastEnd(text, floor, i);
    i = e == std::string_view::npos ? floor : e + 1;
  }
  while (i < pos && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  while (i < pos && IsSpace(text[i])) ++i;
  return i;
}

bool SentenceBefore(std::string_view text, size_t s, size_t* start, size_t* end) {
  size_t e = s;
  while (e > 0 && IsSpace(text[e - 1])) --e;
  if (e == 0) return false;
  *end = e;
  *start = SentenceStart(text, e - 1);
  return true;
}

size_t SentenceEnd(std::string_view text, size_t pos) {
  const size_t limit = std::min(text.size(), pos + kMaxSentenceBytes);
  if (pos < limit) {
    const size_t e = FirstEnd(text, pos, limit);
    if (e < limit) return text[e] == '\n' ? e : e + 1;
  }
  size_t i = limit;
  while (i > pos && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool CrossesSentence(std::string_view text, size_t a, size_t b) {
  b = std::min(b, text.size());
  return a < b && FirstEnd(text, a, b) < b;
}

}  // namespace newsfacts::extract
