#pragma once
// The web dashboard's static files, compiled into the binary (no CDN, works offline) and
// served by the API server at "/" and "/ui/...". The web UI owns the content
// (ingest/web_assets.cc); the server only looks files up here.
//
// Thread-safety: immutable data. Ownership: static storage, valid for the whole program.

#include <string_view>

namespace newsfacts::ingest {

struct WebAsset {
  std::string_view path;          // "/ui/index.html", "/ui/app.js", ...
  std::string_view content_type;  // "text/html; charset=utf-8", ...
  std::string_view body;
};

// The asset served for a request path: "/" and "/ui/" give the index page; nullptr when
// there is none.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace newsfacts::ingest
