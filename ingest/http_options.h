#pragma once
// HttpServerOptions: the bounds and access rule of the API's HTTP server (ingest/api.h,
// ingest/http_server.h), without the HTTP library's types. Plain value.

#include <cstddef>
#include <string>

namespace newsfacts::ingest {

struct HttpServerOptions {
  // Required as "Authorization: Bearer <token>" (or ?access_token=, for EventSource) on every
  // route except /healthz and the static UI (/, /ui/...) when set; 401 otherwise.
  std::string token;
  bool insecure_public = false;        // allow a non-loopback address without a token
  size_t max_connections = 64;         // worker threads = connections served at once
  size_t max_streams = 32;             // SSE streams open at once (503 beyond; each holds a worker)
  int io_timeout_seconds = 5;          // each socket read / write
  int keep_alive_seconds = 5;          // idle time of a kept-alive connection
  size_t max_body_bytes = 64 << 10;    // 413 beyond
  size_t max_header_bytes = 16 << 10;  // all header names and values; 431 beyond
};

}  // namespace newsfacts::ingest
