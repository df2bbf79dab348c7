#pragma once
// UTF-8 validation helpers. Pure functions; thread-safe.

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsfacts::common {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed);
// nullopt when all of `s` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

}  // namespace newsfacts::common
