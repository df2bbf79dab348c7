// LiteralSet (literal_set.h).
#include "extract/literal_set.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>
#include <string_view>

namespace newsfacts::extract {

namespace {

// Rough frequency of a byte in German, English and Spanish news text (higher: more common),
// for choosing rare grams: space and the common lower-case letters high, capitals and bytes
// >= 0x80 low.
int ByteWeight(unsigned char c) {
  static constexpr std::string_view kCommon = " enisrtaodhulcmg";  // most common first
  const size_t r = kCommon.find(static_cast<char>(c));
  if (r != std::string_view::npos) return static_cast<int>(32 - r);
  if (c >= 'a' && c <= 'z') return 8;
  return 2;  // capitals, digits, punctuation, bytes of multi-byte characters
}

// How common the grams at offsets k .. k+step-1 of w are (the commonest one decides).
int GramsWeight(std::string_view w, size_t k, size_t step) {
  int worst = 0;
  for (size_t j = k; j < k + step; ++j) {
    worst = std::max(worst, ByteWeight(static_cast<unsigned char>(w[j])) *
                                ByteWeight(static_cast<unsigned char>(w[j + 1])));
  }
  return worst;
}

}  // namespace

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals) {
  assert(literals.size() > 0);
  // (A one-byte literal would make the step 0: FoundIn would never advance.)
  assert(std::all_of(literals.begin(), literals.end(),
                     [](std::string_view w) { return w.size() >= 2; }));
  size_t shortest = literals.begin()->size();
  for (std::string_view w : literals) shortest = std::min(shortest, w.size());
  step_ = shortest - 1;
  for (std::string_view w : literals) {
    // Any `step_` consecutive grams of a literal will do (an occurrence at p covers one
    // looked-at position in p + k .. p + k + step_ - 1): take the rarest run, so that common
    // grams ("er", "en", " d") stop the scan less often.
    size_t k = 0;
    for (size_t c = 1; c + step_ + 1 <= w.size(); ++c) {
      if (GramsWeight(w, c, step_) < GramsWeight(w, k, step_)) k = c;
    }
    for (size_t j = k; j < k + step_; ++j) {
      const uint32_t key =
          Key(static_cast<unsigned char>(w[j]), static_cast<unsigned char>(w[j + 1]));
      grams_[key >> 6] |= uint64_t{1} << (key & 63);
      entries_.push_back({key, static_cast<uint32_t>(j), std::string(w)});
    }
  }
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    const uint32_t ba = Bucket(a.key), bb = Bucket(b.key);
    return ba != bb ? ba < bb : a.key < b.key;
  });
  first_.assign((size_t{1} << kBucketBits) + 1, 0);
  for (const Entry& e : entries_) ++first_[Bucket(e.key) + 1];
  for (size_t b = 1; b < first_.size(); ++b) first_[b] += first_[b - 1];
}

inline bool LiteralSet::OccursAt(std::string_view text, size_t i, uint32_t key) const {
  const size_t n = text.size();
  const uint32_t b = Bucket(key);
  for (auto it = entries_.begin() + first_[b], end = entries_.begin() + first_[b + 1]; it != end;
       ++it) {
    if (it->key != key || it->offset > i) continue;
    const size_t start = i - it->offset;
    const std::string_view lit = it->literal;
    // The last byte first (inline): most gram hits that are no occurrence fail there, and
    // only the others call memcmp.
    if (start + lit.size() > n || text[start + lit.size() - 1] != lit.back()) continue;
    if (text.substr(start).starts_with(lit)) return true;
  }
  return false;
}

bool LiteralSet::FoundIn(std::string_view text) const {
  if (text.size() < 2) return false;
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  const size_t step = step_;
  // The looked-at positions i = 0, step, 2 step … while i + 1 < text.size(), each gram
  // Key(u[i], u[i + 1]) read with one two-byte load. (An index, not a pointer: the last
  // step may pass the end, where no pointer may point.)
  const size_t stop = text.size() - 1;
  for (size_t i = 0; i < stop; i += step) {
    uint32_t key;
    if constexpr (std::endian::native == std::endian::little) {
      uint16_t k;
      std::memcpy(&k, u + i, 2);
      key = k;
    } else {
      key = Key(u[i], u[i + 1]);
    }
    if (Gram(key) != 0 && OccursAt(text, i, key)) [[unlikely]] {
      return true;
    }
  }
  return false;
}

}  // namespace newsfacts::extract
