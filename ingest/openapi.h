#pragma once
// The OpenAPI 3.0 document of the newsfacts HTTP API (served at /api/v1/openapi.json).
// Kept next to the routes (ingest/api.cc); a test checks that every route is described.
// Thread-safety: immutable data.

#include <string_view>

namespace newsfacts::ingest {

std::string_view OpenApiDocument();

}  // namespace newsfacts::ingest
