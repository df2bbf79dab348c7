#pragma once
// LiteralSet: a fixed set of byte strings and the test "does any of them occur in this text"
// (substring semantics, case-sensitive, as `text.find(w) != npos` for each w). One pass over
// the text that looks at every (m-1)-th position only, m = the shortest literal's length:
// a 64 Ki-bit table holds m-1 consecutive two-byte grams of every literal, the run of the
// rarest letters (each occurrence of a literal covers one of the looked-at positions with one
// of them), and a
// literal is compared only where its gram matches (its entries found through a hashed bucket
// index, no search). Replaces loops of `find` calls over a
// word list, which scan the text once per word (a literal starting with a space stops at
// every space).
//
// Thread-safety: immutable after construction; FoundIn may be called from any thread.
// Ownership: copies the literals.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newsfacts::extract {

class LiteralSet {
 public:
  // REQUIRES: at least one literal; every literal has at least 2 bytes.
  LiteralSet(std::initializer_list<std::string_view> literals);

  // True when some literal occurs in `text`.
  [[nodiscard]] bool FoundIn(std::string_view text) const;

 private:
  static uint32_t Key(unsigned char a, unsigned char b) { return a | (uint32_t{b} << 8); }
  // 1 when the gram `key` is one of a literal's looked-for grams, else 0.
  [[nodiscard]] uint64_t Gram(uint32_t key) const { return (grams_[key >> 6] >> (key & 63)) & 1; }
  // Whether a literal whose gram `key` (grams_ holds it) stands at text[i, i + 2) occurs in
  // `text` there.
  [[nodiscard]] bool OccursAt(std::string_view text, size_t i, uint32_t key) const;
  // Bucket of a key in `first_` (multiplicative hash to kBucketBits bits).
  static constexpr unsigned kBucketBits = 10;
  static uint32_t Bucket(uint32_t key) { return (key * 0x9E3779B1u) >> (32 - kBucketBits); }

  struct Entry {
    uint32_t key;         // the two bytes at `offset`
    uint32_t offset;      // where they stand in the literal
    std::string literal;  // the whole literal
  };
  size_t step_ = 1;  // shortest literal length - 1
  // Bit k of grams_[k / 64] (k = Key(...)) set for the grams the literals are looked for by.
  std::array<uint64_t, 65536 / 64> grams_{};
  std::vector<Entry> entries_;  // sorted by bucket, then key
  // entries_[first_[b] .. first_[b + 1]) are those of bucket b.
  std::vector<uint32_t> first_;
};

}  // namespace newsfacts::extract
