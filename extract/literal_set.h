#pragma once
// LiteralSet: a fixed set of byte strings and the test "does any of them occur in this text"
// (substring semantics, case-sensitive, as `text.find(w) != npos` for each w). One pass over
// the text: a 64 Ki-bit table of the literals' first two bytes rejects almost every
// position with one bit test; only where two bytes match are the literals with that start
// compared. Replaces loops of `find` calls over a word list, which scan the text once per
// word (a literal starting with a space stops at every space).
//
// Thread-safety: immutable after construction; FoundIn may be called from any thread.
// Ownership: copies the literals.

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newsfacts::extract {

class LiteralSet {
 public:
  // REQUIRES: every literal has at least 2 bytes.
  LiteralSet(std::initializer_list<std::string_view> literals);

  // True when some literal occurs in `text`.
  [[nodiscard]] bool FoundIn(std::string_view text) const;

 private:
  static uint32_t Key(unsigned char a, unsigned char b) { return a | (uint32_t{b} << 8); }

  struct Entry {
    uint32_t key;      // first two bytes
    std::string rest;  // the bytes after them
  };
  std::bitset<65536> starts_;
  std::vector<Entry> entries_;  // sorted by key
};

}  // namespace newsfacts::extract
