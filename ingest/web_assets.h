#pragma once
// WebAsset: one static file of the web dashboard (the files under ingest/web/), compiled into
// the binary at build time (ingest/web/embed_assets.cmake), so `newsfacts serve` and
// `newsfacts ingest --http` serve the dashboard offline, without files beside the binary.
//
// Thread-safety: the table is immutable static data; FindWebAsset may be called from any
// thread. Ownership: the returned pointer and its views point at static storage (never freed).

#include <cstddef>
#include <span>
#include <string_view>

namespace newsfacts::ingest {

struct WebAsset {
  std::string_view path;          // relative to the web root: "index.html", "app.js"
  std::string_view content_type;  // "text/html; charset=utf-8", "text/javascript; ..."
  std::string_view bytes;         // the file's content
};

// The asset served at the URL path `path`, or nullptr. Accepted spellings: "" and "/" (the
// index page), "index.html", "/index.html", "/ui/app.js", "ui/app.js" ("/ui/" is the prefix
// the server mounts the assets under). A query string or fragment must be cut off first.
const WebAsset* FindWebAsset(std::string_view path);

// Every compiled-in asset, in file-name order.
std::span<const WebAsset> WebAssets();

}  // namespace newsfacts::ingest
