// LiteralSet (literal_set.h).
#include "extract/literal_set.h"

#include <algorithm>

namespace newsfacts::extract {

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals) {
  size_t shortest = literals.begin()->size();
  for (std::string_view w : literals) shortest = std::min(shortest, w.size());
  step_ = shortest - 1;
  for (std::string_view w : literals) {
    for (size_t j = 0; j < step_; ++j) {
      const uint32_t key =
          Key(static_cast<unsigned char>(w[j]), static_cast<unsigned char>(w[j + 1]));
      grams_.set(key);
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

bool LiteralSet::FoundIn(std::string_view text) const {
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i + 1 < n; i += step_) {
    const uint32_t key = Key(u[i], u[i + 1]);
    if (!grams_[key]) continue;
    const uint32_t b = Bucket(key);
    for (auto it = entries_.begin() + first_[b], end = entries_.begin() + first_[b + 1]; it != end;
         ++it) {
      if (it->key != key || it->offset > i) continue;
      const size_t start = i - it->offset;
      if (text.substr(start).starts_with(it->literal)) return true;
    }
  }
  return false;
}

}  // namespace newsfacts::extract
