// The dashboard's files are compiled into the binary byte for byte (ingest/web_assets.h).

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "ingest/web_assets.h"
#include "tests/test_util.h"

namespace nf = newsfacts;

TEST_CASE("every dashboard file is embedded byte for byte with its content type", "[web]") {
  const std::filesystem::path dir = std::string(NEWSFACTS_SOURCE_DIR) + "/ingest/web";
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const std::string ext = entry.path().extension().string();
    if (ext != ".html" && ext != ".css" && ext != ".js" && ext != ".svg") continue;
    ++files;
    const nf::ingest::WebAsset* asset = nf::ingest::FindWebAsset("/ui/" + name);
    INFO(name);
    REQUIRE(asset != nullptr);
    CHECK(asset->path == "/ui/" + name);
    CHECK(asset->body == nf::testing::ReadFile(entry.path().string()));
    CHECK(!asset->content_type.empty());
  }
  CHECK(files >= 4);
  CHECK(nf::ingest::WebAssets().size() == files);
}

TEST_CASE("the root path is the index page, unknown paths find nothing", "[web]") {
  for (const char* root : {"", "/", "/ui", "/ui/", "index.html", "/index.html"}) {
    const nf::ingest::WebAsset* index = nf::ingest::FindWebAsset(root);
    INFO(root);
    REQUIRE(index != nullptr);
    CHECK(index->path == "/ui/index.html");
    CHECK(index->content_type.starts_with("text/html"));
  }
  const nf::ingest::WebAsset* js = nf::ingest::FindWebAsset("ui/app.js");
  REQUIRE(js != nullptr);
  CHECK(js->content_type.starts_with("text/javascript"));
  CHECK(nf::ingest::FindWebAsset("/ui/style.css")->content_type.starts_with("text/css"));
  CHECK(nf::ingest::FindWebAsset("/ui/missing.js") == nullptr);
  CHECK(nf::ingest::FindWebAsset("/ui/../CMakeLists.txt") == nullptr);
  CHECK(nf::ingest::FindWebAsset("/api/v1/facts") == nullptr);
}

TEST_CASE("the pages build the DOM from text nodes, never from markup strings", "[web]") {
  // Text from the data must never be parsed as HTML: no innerHTML / outerHTML /
  // insertAdjacentHTML / document.write in the dashboard's scripts.
  for (const nf::ingest::WebAsset& asset : nf::ingest::WebAssets()) {
    if (!asset.path.ends_with(".js")) continue;
    INFO(asset.path);
    for (const char* sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"}) {
      CHECK(asset.body.find(sink) == std::string_view::npos);
    }
  }
}
