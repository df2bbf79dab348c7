// Window normalization with ICU; see normalize.h.
#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsfacts::extract {
namespace {

// Output cursor: NormalizeWindow sizes the buffers for the worst case up front and writes
// through raw pointers (no per-byte push_back).
struct Sink {
  char* text;
  uint32_t* begin;
  size_t n = 0;
};

void PutAscii(char ch, uint32_t b, Sink* out) {
  out->text[out->n] = ch;
  out->begin[out->n] = b;
  ++out->n;
}

// Appends code point c as UTF-8 with every byte mapped to the original code point at b.
void Put(UChar32 c, uint32_t b, Sink* out) {
  uint8_t buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(buf, n, 4, c, err);
  if (err) return;
  for (int32_t i = 0; i < n; ++i) PutAscii(static_cast<char>(buf[i]), b, out);
}

bool IsQuote(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

// NFKC of one code point from the half-/full-width block; returns false when it does not
// map to a single code point.
bool WidthFold(UChar32 c, UChar32* mapped) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) return false;
  UChar src[2];
  int32_t len = 0;
  U16_APPEND_UNSAFE(src, len, c);
  UChar dst[8];
  const int32_t n = unorm2_normalize(nfkc, src, len, dst, 8, &status);
  if (U_FAILURE(status) || n <= 0) return false;
  UChar32 r;
  int32_t i = 0;
  U16_NEXT(dst, i, n, r);
  if (i != n) return false;
  *mapped = r;
  return true;
}

void PutNonAscii(UChar32 c, uint32_t b, Sink* out) {
  if (c >= 0xFF00 && c <= 0xFFEF) {
    UChar32 m;
    if (WidthFold(c, &m)) c = m;
    if (c < 0x80) {
      const char ch = static_cast<char>(c);
      PutAscii(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch, b, out);
      return;
    }
  }
  if (c == 0x20AC || c == 0xA3 || c == 0xA5) return Put(c, b, out);  // € £ ¥
  if (u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC)) {
    return Put(u_foldCase(c, U_FOLD_CASE_DEFAULT), b, out);
  }
  const int8_t type = u_charType(c);
  if (type == U_DECIMAL_DIGIT_NUMBER) {
    return PutAscii(static_cast<char>('0' + u_charDigitValue(c)), b, out);
  }
  if (type == U_FORMAT_CHAR) return;  // soft hyphen, ZWSP, ZWJ, BOM: invisible
  if (u_isUWhiteSpace(c) || type == U_SPACE_SEPARATOR) return PutAscii(' ', b, out);
  if (type == U_DASH_PUNCTUATION || c == 0x2212) return PutAscii('-', b, out);
  if (IsQuote(c)) return PutAscii('"', b, out);
  if (c == 0x2026) return PutAscii('.', b, out);  // ellipsis
  PutAscii(' ', b, out);
}

// What PutNonAscii writes for each two-byte code point U+0080..U+07FF (Latin-1 letters,
// NBSP, soft hyphen, Greek, Cyrillic, ...), computed once by PutNonAscii itself, so the
// window loop copies it instead of asking ICU per character. Immutable after static init.
struct TwoByteOutput {
  uint8_t len = 0;  // 0..4 bytes
  std::array<char, 4> bytes{};
};
std::array<TwoByteOutput, 0x800> BuildTwoByteOutputs() {
  std::array<TwoByteOutput, 0x800> t{};
  char text[8];
  uint32_t begin[8];
  for (UChar32 c = 0x80; c < 0x800; ++c) {
    Sink sink{text, begin};
    PutNonAscii(c, 0, &sink);
    t[static_cast<size_t>(c)].len = static_cast<uint8_t>(sink.n);
    for (size_t k = 0; k < sink.n; ++k) t[static_cast<size_t>(c)].bytes[k] = text[k];
  }
  return t;
}
const std::array<TwoByteOutput, 0x800> kTwoByteOutputs = BuildTwoByteOutputs();

#if defined(__SSE2__)
// The ASCII rules of NormalizeWindow for 16 bytes at once: A-Z lower-cased; \t \v \f \r
// -> ' '; ' and ` -> '"'; offsets begin[k] = at + k. REQUIRES: the
// 16 bytes at `src` are ASCII (only the first `count` are kept when not: the output
// cursor moves by `count`; the bytes written after it are overwritten later), and the
// output has room for 16 more bytes.
void PutAscii16(const uint8_t* src, uint32_t at, Sink* out, size_t count = 16) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  v = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  // \t (9), \v (11), \f (12), \r (13): 9..13 except \n (10).
  const __m128i ctrl = _mm_andnot_si128(
      _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(8)), _mm_cmplt_epi8(v, _mm_set1_epi8(14))));
  v = _mm_or_si128(_mm_andnot_si128(ctrl, v), _mm_and_si128(ctrl, _mm_set1_epi8(' ')));
  const __m128i quote =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
  v = _mm_or_si128(_mm_andnot_si128(quote, v), _mm_and_si128(quote, _mm_set1_epi8('"')));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out->text + out->n), v);
  const __m128i step = _mm_set_epi32(3, 2, 1, 0);
  const __m128i four = _mm_set1_epi32(4);
  __m128i b = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(at)), step);
  for (size_t q = 0; q < 4; ++q) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out->begin + out->n + 4 * q), b);
    b = _mm_add_epi32(b, four);
  }
  out->n += count;
}
#endif

}  // namespace

size_t SnapToCharStart(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && (static_cast<uint8_t>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

namespace {

// The window loop; kFast selects the 16-byte ASCII blocks and the two-byte table, without
// them every code point goes through PutAscii/PutNonAscii one at a time.
template <bool kFast>
void Normalize(std::string_view original, size_t from, size_t to, NormalizedWindow* out) {
  // A code point of k bytes yields at most 4 output bytes (k >= 2 for non-ASCII), so 2x the
  // input bounds the output.
  const size_t cap = 2 * (to - from) + 4;
  if (out->text_buf.size() < cap) {
    out->text_buf.resize(cap);
    out->begin_buf.resize(cap);
  }
  out->original = original.data();
  out->orig_begin = static_cast<uint32_t>(from);
  out->orig_end = static_cast<uint32_t>(to);
  Sink sink{out->text_buf.data(), out->begin_buf.data()};
  const auto* p = reinterpret_cast<const uint8_t*>(original.data());
  int32_t i = static_cast<int32_t>(from);
  const int32_t n = static_cast<int32_t>(to);
  while (i < n) {
#if defined(__SSE2__)
    if constexpr (kFast) {
      // Runs of ASCII, 16 bytes at a time, then the ASCII bytes before the first non-ASCII one
      // (the output has room: it holds at most 2x the input so far, cap is 2x the window).
      while (i + 16 <= n) {
        const auto high = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
        // 16 when all are ASCII, without a branch (bit 16 stands in for a 17th byte).
        const auto ascii = static_cast<size_t>(__builtin_ctz(high | 0x10000U));
        if (ascii > 0) PutAscii16(p + i, static_cast<uint32_t>(i), &sink, ascii);
        i += static_cast<int32_t>(ascii);
        if (ascii < 16) break;
      }
      if (i >= n) break;
    }
#endif
    const uint8_t byte = p[i];
    if (kFast && byte >= 0xC2 && byte <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      // A two-byte code point: its output from the table.
      const TwoByteOutput& o =
          kTwoByteOutputs[(static_cast<size_t>(byte & 0x1F) << 6) | (p[i + 1] & 0x3Fu)];
      for (size_t k = 0; k < o.len; ++k) {
        PutAscii(o.bytes[k], static_cast<uint32_t>(i), &sink);
      }
      i += 2;
      continue;
    }
    if (byte < 0x80) {
      char ch = static_cast<char>(byte);
      if (ch >= 'A' && ch <= 'Z') {
        ch = static_cast<char>(ch - 'A' + 'a');
      } else if (ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
        ch = ' ';
      } else if (ch == '\'' || ch == '`') {
        ch = '"';
      }
      PutAscii(ch, static_cast<uint32_t>(i), &sink);
      ++i;
      continue;
    }
    const int32_t b = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {  // ill-formed: cannot happen for validated input; keep offsets sane
      PutAscii(' ', static_cast<uint32_t>(b), &sink);
      continue;
    }
    PutNonAscii(c, static_cast<uint32_t>(b), &sink);
  }
  out->text = std::string_view(out->text_buf.data(), sink.n);
  out->begin = out->begin_buf.data();
}

}  // namespace

void NormalizeWindow(std::string_view original, size_t from, size_t to, NormalizedWindow* out) {
  Normalize<true>(original, from, to, out);
}

namespace normalize_detail {
void NormalizeWindowPerCodePoint(std::string_view original, size_t from, size_t to,
                                 NormalizedWindow* out) {
  Normalize<false>(original, from, to, out);
}
}  // namespace normalize_detail

}  // namespace newsfacts::extract
