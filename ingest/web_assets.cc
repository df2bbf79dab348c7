#include "ingest/web_assets.h"

#include <algorithm>

namespace newsfacts::ingest {

// Generated at build time by ingest/web/embed_assets.cmake (web_assets_data.cc).
extern const WebAsset kWebAssets[];
extern const size_t kWebAssetCount;

std::span<const WebAsset> WebAssets() {
  return {kWebAssets, kWebAssetCount};
}

const WebAsset* FindWebAsset(std::string_view path) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  if (path == "ui") path = "";
  if (path.starts_with("ui/")) path.remove_prefix(3);
  if (path.empty()) path = "index.html";
  constexpr std::string_view kMount = "/ui/";
  const auto assets = WebAssets();
  const auto it = std::find_if(assets.begin(), assets.end(), [&](const WebAsset& a) {
    return a.path.starts_with(kMount) && a.path.substr(kMount.size()) == path;
  });
  return it == assets.end() ? nullptr : &*it;
}

}  // namespace newsfacts::ingest
