#include "common/utf8.h"

#include <simdjson.h>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsfacts::common {

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  const uint8_t c = p[i];
  if (c < 0x80) {
    if (cp) *cp = c;
    return 1;
  }
  size_t len;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  char32_t v;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  if (p[i + 1] < lo || p[i + 1] > hi) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[i + k] & 0x3F);
  }
  if (cp) *cp = v;
  return len;
}

Utf8Piece ValidUtf8PieceAt(std::string_view s, size_t i) {
  const size_t len = DecodeUtf8(s, i, nullptr);
  if (len == 0) return {kReplacementUtf8, 1};
  return {s.substr(i, len), len};
}

namespace {

// The first bad offset by a scalar walk (ASCII stretches 16 or 8 bytes at a time).
std::optional<size_t> FindInvalidUtf8Scalar(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // ASCII fast path, 16 bytes at a time, then straight to the first non-ASCII byte.
    while (i + 16 <= n) {
      const auto high = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
      if (high != 0) {
        i += static_cast<size_t>(__builtin_ctz(high));
        break;
      }
      i += 16;
    }
#endif
    // ASCII fast path, 8 bytes at a time (the tail, or all of it without SSE2).
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    // Two-byte letters (ä, é, ñ …) without a call: lead C2..DF, one continuation byte.
    if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const size_t len = DecodeUtf8(s, i, nullptr);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  // Almost every text is valid: simdjson's vector validator (chosen for the CPU at run time)
  // says so without a branch per non-ASCII letter; only a failure walks for the offset.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::nullopt;
  return FindInvalidUtf8Scalar(s);
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string CutCodePoints(std::string_view s, size_t max) {
  if (CountCodePoints(s) <= max) return std::string(s);
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max - 1) break;
      ++n;
    }
  }
  return std::string(s.substr(0, i)) + "\u2026";
}

}  // namespace newsfacts::common
