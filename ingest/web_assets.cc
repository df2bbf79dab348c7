#include "ingest/web_assets.h"

#include <array>

namespace newsfacts::ingest {
namespace {

// Placeholder until the dashboard lands: one page that lists the API.
constexpr std::string_view kIndex = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts</title></head>
<body><h1>newsfacts</h1>
<p>API: <a href="/api/v1/indicators">indicators</a>, <a href="/api/v1/alerts">alerts</a>,
<a href="/api/v1/facts">facts</a>, <a href="/api/v1/openapi.json">OpenAPI</a>.</p>
</body></html>
)";

constexpr std::array<WebAsset, 1> kAssets = {{
    {"/ui/index.html", "text/html; charset=utf-8", kIndex},
}};

}  // namespace

const WebAsset* FindWebAsset(std::string_view path) {
  if (path == "/" || path == "/ui" || path == "/ui/") path = "/ui/index.html";
  for (const WebAsset& a : kAssets) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

}  // namespace newsfacts::ingest
