#pragma once
// UTF-8 helpers: validation, sequence decoding, code point counting and cutting.
// Pure functions; thread-safe.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsfacts::common {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed);
// nullopt when all of `s` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Length (1-4) of the well-formed UTF-8 sequence starting at s[i], and its code point in
// *cp (may be null); 0 when s[i] does not start one. REQUIRES: i < s.size().
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// U+FFFD REPLACEMENT CHARACTER, encoded: what stands for a byte that starts no well-formed
// sequence in output that must be valid UTF-8 (the JSON writer, the dead-letter preview).
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// The piece of valid UTF-8 that stands for the input at s[i]: the well-formed sequence there
// (`bytes` views `s`, `consumed` = its length), or U+FFFD for the one byte that starts none
// (`bytes` = kReplacementUtf8, `consumed` = 1). REQUIRES: i < s.size().
struct Utf8Piece {
  std::string_view bytes;
  size_t consumed;
};
Utf8Piece ValidUtf8PieceAt(std::string_view s, size_t i);

// Number of code points in `s` (bytes that are not continuation bytes).
size_t CountCodePoints(std::string_view s);

// `s` cut to at most `max` code points, ending with "…" (U+2026) when it was cut.
// REQUIRES: max >= 1.
std::string CutCodePoints(std::string_view s, size_t max);

}  // namespace newsfacts::common
