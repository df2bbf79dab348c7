#pragma once
// HttpServer: the bounded HTTP core under the newsfacts API (ingest/api.h) — binds an
// address (loopback by default; another address needs a bearer token or an explicit
// insecure_public), bounds connections (a fixed worker pool), request line, header and body
// size, read/write and keep-alive idle time, checks the bearer token, allows GET/HEAD only,
// and turns every error into JSON {"error":{"code","message"}} with the matching status.
// Built on Debian's cpp-httplib; this header is internal to ingest/ (api.cc, sse.cc).
//
// Thread-safety: routes are added before Start(); handlers then run on the worker threads
// concurrently. Stop() may be called from any thread (once). Ownership: owns its threads.

#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "common/status.h"
#include "ingest/http_options.h"

namespace newsfacts::ingest {

// Sets `res` to the JSON error {"error":{"code":code,"message":message}} with `status`.
void SendError(httplib::Response& res, int status, std::string_view code, std::string_view message);
// The error code of an HTTP status ("bad_request", "not_found", ...).
std::string_view ErrorCodeOf(int status);

class HttpServer {
 public:
  explicit HttpServer(HttpServerOptions options);
  ~HttpServer();  // Stop()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The routes; REQUIRES: before Start().
  httplib::Server& routes() { return server_; }
  const HttpServerOptions& options() const { return options_; }

  // Binds HOST:PORT (port 0 = any free port, see port()) and serves on its own threads.
  // Errors: InvalidArgument (bad address; non-loopback without token or insecure_public),
  // IoError (cannot bind).
  [[nodiscard]] common::Status Start(const std::string& address);
  int port() const { return port_; }
  // True from Stop() on: long-running handlers (SSE) must return soon after.
  bool stopping() const { return stopping_.load(); }
  void Stop();

  // SSE admission: true and counted when a stream slot is free (release with EndStream).
  bool BeginStream();
  void EndStream();

 private:
  HttpServerOptions options_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<size_t> streams_{0};
};

}  // namespace newsfacts::ingest
