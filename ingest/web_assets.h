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
  std::string_view path;          // the URL path it is served at: "/ui/index.html", "/ui/app.js"
  std::string_view content_type;  // "text/html; charset=utf-8", "text/javascript; ..."
  std::string_view body;          // the file's bytes
};

// The asset served for the request path `path`, or nullptr. The server mounts the files at
// "/ui/<file>"; "/", "/ui" and "/ui/" give the index page ("", "app.js", "/app.js" and
// "ui/app.js" are accepted too). A query string or fragment must be cut off first.
const WebAsset* FindWebAsset(std::string_view path);

// Every compiled-in asset, in file-name order.
std::span<const WebAsset> WebAssets();

}  // namespace newsfacts::ingest
