// LiteralSet (literal_set.h).
#include "extract/literal_set.h"

#include <algorithm>

namespace newsfacts::extract {

LiteralSet::LiteralSet(std::initializer_list<std::string_view> literals) {
  for (std::string_view w : literals) {
    const uint32_t key = Key(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]));
    starts_.set(key);
    entries_.push_back({key, std::string(w.substr(2))});
  }
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

bool LiteralSet::FoundIn(std::string_view text) const {
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint32_t key = Key(u[i], u[i + 1]);
    if (!starts_[key]) continue;
    const std::string_view after = text.substr(i + 2);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry& e, uint32_t k) { return e.key < k; });
    for (; it != entries_.end() && it->key == key; ++it) {
      if (after.starts_with(it->rest)) return true;
    }
  }
  return false;
}

}  // namespace newsfacts::extract
